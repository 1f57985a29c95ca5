import { describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { withTenant } from '@sprint-reports/core';
import { sprintsTables } from '@sprint-reports/drizzle';
import { localClient, smallTeam, useSeededDatabase } from '@sprint-reports/testing';
import { refreshDueAnalyses, sprintsData, subgraph } from '../src/index.ts';

const seeded = useSeededDatabase({ acme: [smallTeam('Atlas'), smallTeam('Borealis', { sprints: 4 })], other: [smallTeam('Zeta')] }, subgraph);

describe('sprints subgraph', () => {
  test('resolves Board, Sprint and Team references through _entities', async () => {
    const [board] = seeded.acme.boards;
    const sprint = seeded.acme.sprints[0];
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { _entities(representations: $r) {
      ... on Board { id name jiraBoardId }
      ... on Sprint { id name state board { id } }
      ... on Team { id boards { name } } } }`,
      {
        r: [
          { __typename: 'Board', id: board.id },
          { __typename: 'Sprint', id: sprint.id },
          { __typename: 'Team', id: seeded.acme.teams[1].id },
          { __typename: 'Sprint', id: '00000000-0000-5000-8000-00000000dead' },
        ],
      },
    );
    expect(data._entities).toEqual([
      { id: board.id, name: 'Atlas board', jiraBoardId: 1 },
      { id: sprint.id, name: 'ATL Sprint 1', state: 'CLOSED', board: { id: board.id } },
      { id: seeded.acme.teams[1].id, boards: [{ name: 'Borealis board' }] },
      null,
    ]);
  });

  test("a JIRA connection's boards, by reference from the issues subgraph; none of another tenant's", async () => {
    const connectionId = seeded.acme.boards[0].connectionId!;
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on JiraConnection { id boards { name } } } }`;
    const data = await seeded.call(seeded.acme.tenant.id, query, { r: [{ __typename: 'JiraConnection', id: connectionId }] });
    expect(data._entities).toEqual([{ id: connectionId, boards: [{ name: 'Atlas board' }, { name: 'Borealis board' }] }]);
    const other = await seeded.call(seeded.other.tenant.id, query, { r: [{ __typename: 'JiraConnection', id: connectionId }] });
    expect(other._entities).toEqual([{ id: connectionId, boards: [] }]);
  });

  test("another tenant's boards and sprints do not resolve, by list or by reference", async () => {
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($r: [_Any!]!) { boards { name } _entities(representations: $r) { ... on Board { id } ... on Sprint { id } } }`,
      {
        r: [
          { __typename: 'Board', id: seeded.other.boards[0].id },
          { __typename: 'Sprint', id: seeded.other.sprints[0].id },
        ],
      },
    );
    expect(data.boards.map((b: { name: string }) => b.name)).toEqual(['Atlas board', 'Borealis board']);
    expect(data._entities).toEqual([null, null]);
  });

  test('sprints(last) keeps the most recent in board order, with the active and future sprint last', async () => {
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($id: ID!) { board(id: $id) { all: sprints { name } recent: sprints(last: 3) { name state } } }`,
      { id: seeded.acme.boards[0].id },
    );
    expect(data.board.all).toHaveLength(6);
    expect(data.board.recent).toEqual([
      { name: 'ATL Sprint 4', state: 'CLOSED' },
      { name: 'ATL Sprint 5', state: 'ACTIVE' },
      { name: 'ATL Sprint 6', state: 'FUTURE' },
    ]);
  });

  test('velocity lists closed sprints with their stored analysis; started sprints have an analysis, the future one none', async () => {
    const data = await seeded.call(
      seeded.acme.tenant.id,
      `query($id: ID!) { board(id: $id) {
      velocity(last: 2) { sprint { name } committedPoints completedPoints }
      sprints { name state analysis { committedPoints completedPoints issueCount } } } }`,
      { id: seeded.acme.boards[0].id },
    );
    const sprints = data.board.sprints as {
      name: string;
      state: string;
      analysis: { committedPoints: number; completedPoints: number; issueCount: number } | null;
    }[];
    expect(sprints.filter((s) => s.analysis === null).map((s) => s.state)).toEqual(['FUTURE']);
    expect(sprints.filter((s) => s.state !== 'FUTURE').every((s) => s.analysis!.issueCount > 0 && s.analysis!.committedPoints > 0)).toBe(true);
    const byName = new Map(sprints.map((s) => [s.name, s.analysis]));
    expect(data.board.velocity.map((v: { sprint: { name: string } }) => v.sprint.name)).toEqual(['ATL Sprint 3', 'ATL Sprint 4']);
    for (const v of data.board.velocity) {
      expect(v.committedPoints).toBe(byName.get(v.sprint.name)!.committedPoints);
      expect(v.completedPoints).toBe(byName.get(v.sprint.name)!.completedPoints);
    }
  });

  test('bad and unknown ids are errors with codes', async () => {
    await expect(seeded.call(seeded.acme.tenant.id, `{ board(id: "nope") { id } }`)).rejects.toThrow(/not a valid id/);
    await expect(seeded.call(seeded.acme.tenant.id, `query($id: ID!) { sprint(id: $id) { id } }`, { id: seeded.other.sprints[0].id })).rejects.toThrow(
      /was not found/,
    );
  });

  test("a write that carries another tenant's id changes nothing of theirs", async () => {
    const theirs = seeded.other.boards[0];
    // The upsert's tenant check skips their row (PGlite), or row-level security refuses the whole statement
    // (PostgreSQL 15): either way, nothing of theirs changes.
    await withTenant(seeded.database.db, seeded.acme.tenant.id, (db) =>
      sprintsData.upsertBoards(db, [{ ...theirs, tenantId: seeded.acme.tenant.id, name: 'Hijacked' }]),
    ).catch((err: Error) => expect((err.cause as Error).message).toMatch(/row-level security/));
    const data = await seeded.call(seeded.other.tenant.id, `{ boards { name } }`);
    expect(data.boards).toEqual([{ name: 'Zeta board' }]);
    const mine = await seeded.call(seeded.acme.tenant.id, `{ boards { name } }`);
    expect(mine.boards.map((b: { name: string }) => b.name)).not.toContain('Hijacked');
  });

  test('a closed sprint left without an analysis (an interrupted refresh) gets it back with the due analyses', async () => {
    const sprint = seeded.acme.sprints[0];
    const query = `query($id: ID!) { sprint(id: $id) { analysis { committedPoints completedPoints } } }`;
    const before = await seeded.call(seeded.acme.tenant.id, query, { id: sprint.id });
    await withTenant(seeded.database.db, seeded.acme.tenant.id, (db) =>
      db.delete(sprintsTables.sprintAnalyses).where(eq(sprintsTables.sprintAnalyses.sprintId, sprint.id)),
    );
    expect((await seeded.call(seeded.acme.tenant.id, query, { id: sprint.id })).sprint.analysis).toBeNull();
    // Active sprints of both tenants (three boards) plus the one missing closed sprint.
    expect(await refreshDueAnalyses({ db: seeded.database.db, client: localClient(seeded.database) })).toBe(4);
    expect(await seeded.call(seeded.acme.tenant.id, query, { id: sprint.id })).toEqual(before);
  });
});
