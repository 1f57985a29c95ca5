import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { withTenant, type SubgraphName } from '@sprint-reports/core';
import { capacityTables } from '@sprint-reports/drizzle';
import type { Dataset } from '@sprint-reports/demo-data';
import { createTestDatabase, eventRecorder, seededRouter, smallTeam, type TestRouter } from '@sprint-reports/testing/router';

/**
 * Capacity answers `Sprint.capacity` from its own read model (subgraphs/capacity/src/read-model.ts):
 * the sprints, team members and queues it needs are copied when their owners change them, before
 * the owner's mutation answers, so the next read sees the change; a read itself asks no other
 * subgraph, and data from before the read model is filled by a job that then announces it.
 */

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let ds: Dataset;
/** The subgraphs the runtime's client was asked of (subgraph-to-subgraph calls), in order. */
const calls: SubgraphName[] = [];

const CAPACITY = /* GraphQL */ `
  query($id: ID!) { sprint(id: $id) { id capacity {
    totalDays committedPoints historyAverageCompletedPoints historyUnstaffedCompletedPoints history { id }
    byDiscipline { discipline members availableDays pointsPerDaySource committedPoints }
    members { user { id } discipline allocationPercent availableDays } } } }
`;

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const capacityOf = async (sprintId: string) => (await gql(CAPACITY, { id: sprintId })).sprint.capacity;
const sprintOf = (state: string) => ds.sprints.find((s) => s.state === state)!;

/** Runs `fn` and answers the subgraph calls it made besides the router's own fetches. */
async function callsDuring(fn: () => Promise<unknown>): Promise<SubgraphName[]> {
  // Background work queued before (queue regenerations after a member change) is not the read's.
  await router.runtime.jobs.idle();
  calls.length = 0;
  await fn();
  return calls.splice(0);
}

beforeAll(async () => {
  ({
    database,
    router,
    tenants: { 'capacity-read-model': ds },
  } = await seededRouter({ 'capacity-read-model': [smallTeam('Atlas', { sprints: 6 })] }));
  // Signs the default user in (through the users subgraph) before any call is counted.
  await gql(`{ boards { id } }`);
  // The router's fetches go to the subgraphs directly; a subgraph asking another goes through the client.
  const client = router.runtime.client;
  const execute = client.execute.bind(client);
  client.execute = ((name: SubgraphName, ...rest: Parameters<typeof execute> extends [unknown, ...infer R] ? R : never) => {
    calls.push(name);
    return execute(name, ...rest);
  }) as typeof client.execute;
}, 120_000);
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

describe('Sprint.capacity from its read model', () => {
  test("answering it asks no other subgraph, for a board's every sprint", async () => {
    const board = ds.boards[0];
    const asked = await callsDuring(async () => {
      const data = await gql(
        `query($b: ID!) { board(id: $b) { sprints { state capacity { totalPoints committedPoints history { id } members { user { id displayName } } } } } }`,
        { b: board.id },
      );
      const active = data.board.sprints.find((s: { state: string }) => s.state === 'ACTIVE');
      // Filled by the seeding, through capacity's own mutations: members, history and commitment.
      expect(active.capacity.members.length).toBeGreaterThan(0);
      expect(active.capacity.history.length).toBeGreaterThan(0);
      expect(active.capacity.committedPoints).toBeGreaterThan(0);
    });
    expect(asked).toEqual([]);
  });

  test("a member's allocation, removal and return show in the next read (read-your-writes)", async () => {
    const active = sprintOf('ACTIVE');
    const team = ds.teams[0];
    const member = ds.members.find((m) => m.teamId === team.id && m.allocationPercent === 100)!;
    const before = await capacityOf(active.id);
    const mine = (c: { members: { user: { id: string }; allocationPercent: number; availableDays: number }[] }) =>
      c.members.find((m) => m.user.id === member.userId);
    expect(mine(before)!.allocationPercent).toBe(100);

    // The mutation asks capacity to copy the team's members once it commits, before it answers.
    const asked = await callsDuring(() =>
      gql(`mutation($t: ID!, $u: ID!) { updateTeamMember(teamId: $t, userId: $u, input: { allocationPercent: 50 }) { id } }`, { t: team.id, u: member.userId }),
    );
    expect(asked).toContain('capacity');
    const halved = await capacityOf(active.id);
    expect(mine(halved)).toMatchObject({ allocationPercent: 50, availableDays: mine(before)!.availableDays / 2 });
    expect(halved.totalDays).toBeCloseTo(before.totalDays - mine(before)!.availableDays / 2, 2);

    await gql(`mutation($t: ID!, $u: ID!) { removeTeamMember(teamId: $t, userId: $u) }`, { t: team.id, u: member.userId });
    const removed = await capacityOf(active.id);
    expect(mine(removed)).toBeUndefined();
    expect(removed.members).toHaveLength(before.members.length - 1);

    await gql(`mutation($t: ID!, $u: ID!, $d: String!) { addTeamMember(teamId: $t, userId: $u, discipline: $d, allocationPercent: 100) { id } }`, {
      t: team.id,
      u: member.userId,
      d: member.discipline,
    });
    expect(await capacityOf(active.id)).toEqual(before);
  });

  test("a board's re-analysis shows in its sprints' commitment and history at once", async () => {
    const active = sprintOf('ACTIVE');
    const board = ds.boards[0];
    const before = await capacityOf(active.id);
    expect(before.byDiscipline.some((d: { discipline: string }) => d.discipline === 'Platform')).toBe(false);

    // Every issue becomes Platform's, a discipline nobody on the team is in: the board's analyses
    // are recomputed in the mutation's transaction, and capacity copies them once it commits.
    const types = [...new Set(ds.issues.map((i) => i.issueType))];
    await gql(`mutation($b: ID!, $s: BoardSettingsInput!) { updateBoardSettings(boardId: $b, settings: $s) { id } }`, {
      b: board.id,
      s: { disciplineRules: [{ discipline: 'Platform', issueTypes: types }] },
    });
    const after = await capacityOf(active.id);
    const { sprint } = await gql(`query($id: ID!) { sprint(id: $id) { analysis { committedPoints disciplineBreakdown { discipline committedPoints } } } }`, {
      id: active.id,
    });
    expect(sprint.analysis.disciplineBreakdown.map((d: { discipline: string }) => d.discipline)).toEqual(['Platform']);
    // The commitment moved to Platform, which has no people: its history is nobody's now.
    expect(after.byDiscipline.find((d: { discipline: string }) => d.discipline === 'Platform')).toMatchObject({
      members: 0,
      committedPoints: sprint.analysis.committedPoints,
    });
    expect(after.committedPoints).toBe(before.committedPoints);
    expect(after.historyAverageCompletedPoints).toBe(0);
    expect(after.historyUnstaffedCompletedPoints).toBeCloseTo((before.historyAverageCompletedPoints ?? 0) + (before.historyUnstaffedCompletedPoints ?? 0), 1);
    for (const d of after.byDiscipline.filter((d: { members: number }) => d.members > 0)) expect(d.committedPoints).toBe(0);

    await gql(`mutation($b: ID!, $s: BoardSettingsInput!) { updateBoardSettings(boardId: $b, settings: $s) { id } }`, {
      b: board.id,
      s: { disciplineRules: [] },
    });
    expect(await capacityOf(active.id)).toEqual(before);
  });

  test("a future sprint's queue is what it holds against its capacity, as soon as the queue is generated", async () => {
    const future = sprintOf('FUTURE');
    expect((await capacityOf(future.id)).committedPoints).toBe(0);
    const { generateQueue } = await gql(`mutation($s: ID!) { generateQueue(sprintId: $s) { utilisation { discipline plannedPoints } } }`, { s: future.id });
    const planned = generateQueue.utilisation.filter((u: { plannedPoints: number }) => u.plannedPoints > 0);
    expect(planned.length).toBeGreaterThan(0);
    const capacity = await capacityOf(future.id);
    for (const u of planned)
      expect(capacity.byDiscipline.find((d: { discipline: string }) => d.discipline === u.discipline).committedPoints).toBe(u.plannedPoints);
    expect(capacity.committedPoints).toBeCloseTo(
      planned.reduce((s: number, u: { plannedPoints: number }) => s + u.plannedPoints, 0),
      2,
    );
  });

  test('a sprint capacity has no copy of yet is filled by a job, which announces it', async () => {
    const active = sprintOf('ACTIVE');
    const team = ds.teams[0];
    const full = await capacityOf(active.id);
    // As after the read model's migration: nothing of the board or the team copied yet.
    await withTenant(database.db, ds.tenant.id, async (db) => {
      await db.delete(capacityTables.sprintInputs).where(eq(capacityTables.sprintInputs.boardId, ds.boards[0].id));
      await db.delete(capacityTables.teamMemberInputs).where(eq(capacityTables.teamMemberInputs.teamId, team.id));
      await db.delete(capacityTables.teamInputs).where(eq(capacityTables.teamInputs.teamId, team.id));
    });
    const events = eventRecorder(router.runtime);
    // Meanwhile, what capacity holds: no members, no history, nothing committed. (The calls are not
    // counted here: the in-process runner may start the job, which asks sprints and users, as soon
    // as the read's transaction ends, before its answer arrives.)
    expect(await capacityOf(active.id)).toMatchObject({ totalDays: 0, committedPoints: 0, history: [], members: [] });

    // take() waits for the job: it copies the board's sprints and the team, then announces the team's capacity.
    expect(await events.take()).toContainEqual(expect.objectContaining({ type: 'CAPACITY_UPDATED', teamId: team.id, sprintId: active.id }));
    events.stop();
    expect(await capacityOf(active.id)).toEqual(full);
  });
});
