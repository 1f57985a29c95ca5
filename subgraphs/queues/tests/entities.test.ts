import { beforeAll, describe, expect, test } from 'vitest';
import { smallTeam, useSeededDatabase } from '@sprint-reports/testing';
import { stableId, withTenant } from '@sprint-reports/core';
import { subgraph, queuesData } from '../src/index.ts';

const seeded = useSeededDatabase({ acme: [smallTeam('Atlas')] }, subgraph);
const older = stableId('queue', 'older');
const latest = stableId('queue', 'latest');

beforeAll(async () => {
  const t = seeded.acme.tenant.id;
  const future = seeded.acme.sprints.find((s) => s.state === 'FUTURE')!;
  const active = seeded.acme.sprints.find((s) => s.state === 'ACTIVE')!;
  const [a, b, c] = seeded.acme.issues.slice(-3);
  // Fixtures go in as the tenant (row-level security), like every write.
  await withTenant(seeded.database.db, t, (db) =>
    queuesData.insertQueue(db, { id: older, tenantId: t, sprintId: active.id, status: 'DRAFT', generatedAt: new Date('2026-03-01T00:00:00Z') }, [], []),
  );
  await withTenant(seeded.database.db, t, (db) =>
    queuesData.insertQueue(
      db,
      {
        id: latest,
        tenantId: t,
        sprintId: future.id,
        status: 'ACCEPTED',
        generatedAt: new Date('2026-03-02T00:00:00Z'),
        utilisation: [
          { discipline: 'Backend', capacityPoints: 8, plannedPoints: 5 },
          { discipline: 'QA', capacityPoints: 3, plannedPoints: 3 },
        ],
        leftOut: [{ issueId: c.id, reason: 'UNESTIMATED' }],
      },
      [
        { tenantId: t, queueId: latest, position: 2, issueId: b.id, discipline: 'QA', points: 3, reason: 'RANK' },
        { tenantId: t, queueId: latest, position: 1, issueId: a.id, discipline: 'Backend', points: 5, reason: 'CARRY_OVER' },
      ],
      [{ id: stableId('conflict', 1), tenantId: t, queueId: latest, kind: 'UNESTIMATED', message: `${c.key} has no estimate`, issueIds: [c.id] }],
    ),
  );
});

describe('queues subgraph', () => {
  test("Sprint.queue is the sprint's queue, its items in position order, with what it left out and its conflicts", async () => {
    const future = seeded.acme.sprints.find((s) => s.state === 'FUTURE')!;
    const [a, b, c] = seeded.acme.issues.slice(-3);
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Sprint { queue { id status items { position issue { id } reason points pinned } utilisation { discipline capacityPoints plannedPoints } leftOut { issue { id } reason } conflicts { kind message issues { id } } } }
      ... on Queue { id sprint { id } } } }`,
      {
        r: [
          { __typename: 'Sprint', id: future.id },
          { __typename: 'Sprint', id: seeded.acme.sprints[0].id },
          { __typename: 'Queue', id: older },
        ],
      },
    );
    expect(data._entities[0].queue).toEqual({
      id: latest,
      status: 'ACCEPTED',
      items: [
        { position: 1, issue: { id: a.id }, reason: 'CARRY_OVER', points: 5, pinned: false },
        { position: 2, issue: { id: b.id }, reason: 'RANK', points: 3, pinned: false },
      ],
      utilisation: [
        { discipline: 'Backend', capacityPoints: 8, plannedPoints: 5 },
        { discipline: 'QA', capacityPoints: 3, plannedPoints: 3 },
      ],
      leftOut: [{ issue: { id: c.id }, reason: 'UNESTIMATED' }],
      conflicts: [{ kind: 'UNESTIMATED', message: `${c.key} has no estimate`, issues: [{ id: c.id }] }],
    });
    expect(data._entities[1].queue).toBeNull();
    expect(data._entities[2]).toEqual({ id: older, sprint: { id: seeded.acme.sprints.find((s) => s.state === 'ACTIVE')!.id } });
  });

  test('another tenant cannot reach the queue', async () => {
    const data = await seeded.call(stableId('tenant', 'other'), `query($r: [_Any!]!) { _entities(representations: $r) { ... on Queue { id } } }`, {
      r: [{ __typename: 'Queue', id: latest }],
    });
    expect(data._entities).toEqual([null]);
  });

  test('queue(id) finds the queue; a malformed id is bad input', async () => {
    const data = await seeded.call(seeded.acme.tenant.id, `query($id: ID!) { queue(id: $id) { id status items { position } } }`, { id: latest });
    expect(data.queue).toEqual({ id: latest, status: 'ACCEPTED', items: [{ position: 1 }, { position: 2 }] });
    await expect(seeded.call(seeded.acme.tenant.id, `{ queue(id: "q-1") { id } }`)).rejects.toThrow(/not a valid id/);
  });
});
