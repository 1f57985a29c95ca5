import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { closeRuntime, startSubgraphs, withTenant, type Runtime } from '@sprint-reports/core';
import { sprintsTables } from '@sprint-reports/drizzle';
import type { Dataset } from '@sprint-reports/demo-data';
import { adHoc, createTestDatabase, seedTenant, smallTeam, testRuntime } from '@sprint-reports/testing';

/**
 * JIRA changed a board's columns or estimation field: the commitment and done depend on every
 * column, so the sync's syncJiraBoards has the board's started sprints analysed anew. The same
 * board again changes nothing and recomputes nothing.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let runtime: Runtime;
let ds: Dataset;

const SYNC_BOARDS = `mutation($c: ID!, $b: [JiraBoardInput!]!) { syncJiraBoards(connectionId: $c, boards: $b) }`;
const call = <T = any>(query: string, variables: Record<string, unknown> = {}) => runtime.client.execute('sprints', ds.tenant.id, adHoc<T>(query), variables);

/** When each of the board's sprint analyses was computed, by sprint id. */
async function computedAt(): Promise<Map<string, number>> {
  const rows = await withTenant(database.db, ds.tenant.id, (db) =>
    db
      .select({ sprintId: sprintsTables.sprintAnalyses.sprintId, at: sprintsTables.sprintAnalyses.computedAt })
      .from(sprintsTables.sprintAnalyses)
      .where(eq(sprintsTables.sprintAnalyses.tenantId, ds.tenant.id)),
  );
  return new Map(rows.map((r) => [r.sprintId, r.at.getTime()]));
}

beforeAll(async () => {
  database = await createTestDatabase();
  ds = await seedTenant(database, 'board-reshaped', [smallTeam('Atlas', { sprints: 3, issuesPerSprint: 6, issues: 20 })]);
  runtime = testRuntime(database);
  await startSubgraphs(runtime);
});

afterAll(async () => {
  if (runtime) await closeRuntime(runtime);
  await database?.close();
});

describe('a board reshaped in JIRA', () => {
  test('the same columns: nothing recomputed; a status moved to another column, or another estimation field: its started sprints analysed anew', async () => {
    const board = ds.boards[0];
    const stored = (board.columns ?? []).map((c) => ({ name: c.name, statusIds: [...c.statusIds] }));
    expect(stored.length).toBeGreaterThan(1);
    const input = (columns: { name: string; statusIds: string[] }[], estimationField = board.estimationField) => ({
      jiraBoardId: board.jiraBoardId,
      name: board.name,
      projectKey: board.projectKey,
      columns,
      estimationField,
    });
    const started = ds.sprints
      .filter((s) => s.boardId === board.id && s.state !== 'FUTURE')
      .map((s) => s.id)
      .sort();
    expect(started.length).toBeGreaterThan(0);
    // Every started sprint analysed first (the seed may not store analyses).
    await call(`mutation($ids: [ID!]!) { sprintsChanged(sprintIds: $ids, wait: true) }`, { ids: started });

    let before = await computedAt();
    expect(await call(SYNC_BOARDS, { c: board.connectionId, b: [input(stored)] })).toEqual({ syncJiraBoards: 1 });
    await runtime.jobs.idle();
    expect(await computedAt()).toEqual(before);

    // The right-most column's statuses moved into the one before it: done is another column now.
    const columns = stored.map((c) => ({ name: c.name, statusIds: [...c.statusIds] }));
    const last = columns.pop()!;
    columns[columns.length - 1].statusIds.push(...last.statusIds);
    before = await computedAt();
    await call(SYNC_BOARDS, { c: board.connectionId, b: [input(columns)] });
    await runtime.jobs.idle();
    let after = await computedAt();
    expect(started.filter((id) => after.get(id) !== before.get(id))).toEqual(started);

    before = after;
    await call(SYNC_BOARDS, { c: board.connectionId, b: [input(columns, 'timeoriginalestimate')] });
    await runtime.jobs.idle();
    after = await computedAt();
    expect(started.filter((id) => after.get(id) !== before.get(id))).toEqual(started);
  });
});
