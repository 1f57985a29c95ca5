import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { stableId, withTenant } from '@sprint-reports/core';
import { queuesData } from '@sprint-reports/queues';
import { reportsData } from '@sprint-reports/reports';
import { FIXED_NOW, seededRouter, smallTeam, type TestDatabase, type TestRouter } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

const DASHBOARD = fs.readFileSync(new URL('../../tests/dashboard.graphql', import.meta.url), 'utf8');
// The same query over every sprint and the whole velocity history: the strongest N+1 probe.
const WHOLE_BOARD = DASHBOARD.replace('sprints(last: 6)', 'sprints').replace('velocity(last: 6)', 'velocity(last: 1000)');

let database: TestDatabase;
let router: TestRouter;
let small: Dataset;
let large: Dataset;

beforeAll(async () => {
  ({
    database,
    router,
    tenants: { small, large },
  } = await seededRouter(
    {
      small: [smallTeam('Small', { sprints: 6, issuesPerSprint: 20, issues: 130 })],
      large: [smallTeam('Large', { members: 8, sprints: 60, issuesPerSprint: 200, issues: 12_500 })],
    },
    {
      as: null,
      beforeRouter: async (db, tenants) => {
        for (const ds of [tenants.small, tenants.large]) await planEverySprint(db, ds);
      },
    },
  ));
}, 300_000);

/** Gives every sprint a queue (items, a conflict) and a report, so those paths count too (in the tenant's scope, as the app role may). */
async function planEverySprint(database: TestDatabase, ds: Dataset) {
  const tenantId = ds.tenant.id;
  await withTenant(database.db, tenantId, async (tx) => {
    for (const [n, sprint] of ds.sprints.entries()) {
      const queueId = stableId(tenantId, 'queue', sprint.id);
      const issues = ds.issues.slice(n * 5, n * 5 + 5);
      await queuesData.insertQueue(
        tx,
        { id: queueId, tenantId, sprintId: sprint.id, status: 'DRAFT', generatedAt: FIXED_NOW },
        issues.map((issue, position) => ({
          tenantId,
          queueId,
          position,
          issueId: issue.id,
          discipline: issue.discipline,
          points: issue.storyPoints,
          reason: 'RANK',
        })),
        [{ id: stableId(queueId, 'conflict'), tenantId, queueId, kind: 'UNESTIMATED', message: 'no estimate', issueIds: [issues[0].id] }],
      );
      await reportsData.insertReport(tx, {
        id: stableId(tenantId, 'report', sprint.id),
        tenantId,
        kind: 'SPRINT',
        format: 'PDF',
        status: 'READY',
        sprintId: sprint.id,
        boardId: sprint.boardId,
        teamId: null,
        sizeBytes: 100,
        createdAt: FIXED_NOW,
      });
    }
  });
}
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

/**
 * Each tenant's admin, signed in; one request first, so the router has fetched the keys that verify
 * tokens and knows the user's current access (it asks again every few seconds: sign-in's reads are
 * not the dashboard's).
 */
const tokens = new Map<string, string>();
async function tokenFor(ds: Dataset) {
  let token = tokens.get(ds.tenant.id);
  if (!token) {
    token = (await router.signIn(ds.tenant.id, 'ADMIN')).accessToken;
    tokens.set(ds.tenant.id, token);
  }
  expect((await router.query(`{ tenant { id } }`, {}, { token })).errors).toBeUndefined();
  return token;
}

async function statementsFor(query: string, ds: Dataset) {
  const token = await tokenFor(ds);
  const before = database.statements.count;
  const res = await router.query(query, { boardId: ds.boards[0].id }, { token });
  expect(res.errors).toBeUndefined();
  const sprints = res.data.board.sprints as { issues: unknown[]; queue: { items: { issue: { key: string } }[] }; reports: unknown[] }[];
  // Every sprint's queue items resolve to issues, and its report is there: those paths ran.
  expect(sprints.every((s) => s.queue.items.length === 5 && s.queue.items.every((i) => i.issue.key) && s.reports.length === 1)).toBe(true);
  return { statements: database.statements.count - before, sprints: sprints.length, issues: sprints.reduce((n, s) => n + s.issues.length, 0) };
}

test('the dashboard costs the same number of SQL statements for 6 sprints of 20 issues as for 60 sprints of 200', async () => {
  const a = await statementsFor(DASHBOARD, small);
  const b = await statementsFor(DASHBOARD, large);
  expect(b.issues).toBeGreaterThan(5 * a.issues);
  console.log(`statements per dashboard: ${a.statements} (${a.issues} issues) vs ${b.statements} (${b.issues} issues)`);
  expect(b.statements).toBe(a.statements);

  const wholeSmall = await statementsFor(WHOLE_BOARD, small);
  const wholeLarge = await statementsFor(WHOLE_BOARD, large);
  expect([wholeSmall.sprints, wholeLarge.sprints]).toEqual([6, 60]);
  expect(wholeLarge.issues).toBeGreaterThan(10_000);
  console.log(`statements per whole board: ${wholeSmall.statements} (${wholeSmall.issues} issues) vs ${wholeLarge.statements} (${wholeLarge.issues} issues)`);
  expect(wholeLarge.statements).toBe(wholeSmall.statements);
  // A small, fixed number: one statement per loader the query touches, whatever the size (at most
  // 24, counting the loaders capacity reaches through other subgraphs: the team's members, the
  // board's sprints and their stored analyses, the future sprint's queue), plus one per subgraph fetch of the query plan (8): each fetch runs in its own transaction
  // scoped to the tenant for row-level security, whose set_config is counted here (its BEGIN and
  // COMMIT go through the driver, not the query logger, so the server sees two more per fetch).
  const SUBGRAPH_FETCHES = 8;
  expect(wholeLarge.statements).toBeLessThanOrEqual(24 + SUBGRAPH_FETCHES);
});
