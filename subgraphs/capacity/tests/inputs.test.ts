import { describe, expect, test } from 'vitest';
import { adHoc, smallTeam, testRuntime, useSeededDatabase } from '@sprint-reports/testing';

const seeded = useSeededDatabase({ acme: [smallTeam('Atlas', { sprints: 6 })] });
const client = () => testRuntime(seeded.database).client;

const HISTORY = /* GraphQL */ `query($r: [_Any!]!) { _entities(representations: $r) { ... on Sprint { capacity { history { id } } } } }`;

describe("capacity's read model", () => {
  test("a sprint deleted in JIRA leaves the board's history at once (the sprints subgraph tells capacity)", async () => {
    const { acme } = seeded;
    const active = acme.sprints.find((s) => s.state === 'ACTIVE')!;
    const ref = {
      __typename: 'Sprint',
      id: active.id,
      startDate: active.startDate!.toISOString(),
      endDate: active.endDate!.toISOString(),
      team: { id: acme.teams[0].id },
    };
    const history = async () =>
      (
        await client().execute('capacity', acme.tenant.id, adHoc<{ _entities: { capacity: { history: { id: string }[] } }[] }>(HISTORY), { r: [ref] })
      )._entities[0].capacity.history.map((h) => h.id);

    const closed = acme.sprints
      .filter((s) => s.state === 'CLOSED' && s.boardId === active.boardId)
      .sort((a, b) => b.startDate!.getTime() - a.startDate!.getTime());
    expect(await history()).toEqual(closed.slice(0, 3).map((s) => s.id));

    const [latest] = closed;
    const deleted = await client().execute(
      'sprints',
      acme.tenant.id,
      adHoc<{ deleteJiraSprint: boolean }>(`mutation($c: ID!, $j: Int!) { deleteJiraSprint(connectionId: $c, jiraSprintId: $j) }`),
      {
        c: latest.connectionId,
        j: latest.jiraSprintId,
      },
    );
    expect(deleted.deleteJiraSprint).toBe(true);
    expect(await history()).toEqual(closed.slice(1, 4).map((s) => s.id));
    // Asked again, capacity finds the sprint gone and keeps no row of it.
    expect(
      await client().execute('capacity', acme.tenant.id, adHoc(`mutation($s: [ID!]!) { sprintInputsChanged(sprintIds: $s) }`), { s: [latest.id, active.id] }),
    ).toEqual({ sprintInputsChanged: 1 });
  });
});
