import fs from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createLogger, loadConfig, SubgraphClient } from '@sprint-reports/core';
import { createTestDatabase, FIXED_NOW, startTestRouter, type TestRouter } from '@sprint-reports/testing';
import { localSubgraphs } from '@sprint-reports/router/src/embedded.ts';
import { DEMO_TENANT_ID, seedDemoData } from '../src/index.ts';

const DASHBOARD = fs.readFileSync(new URL('../../../tests/dashboard.graphql', import.meta.url), 'utf8');

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let client: SubgraphClient;
let seeded: Awaited<ReturnType<typeof seedDemoData>>;

beforeAll(async () => {
  database = await createTestDatabase();
  client = new SubgraphClient(localSubgraphs(loadConfig({ NODE_ENV: 'test' }), database.db, createLogger('silent')), {});
  seeded = await seedDemoData(database.db, client, { now: FIXED_NOW });
  router = await startTestRouter(database, { tenantId: DEMO_TENANT_ID });
}, 180_000);
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

test('the demo has 3 teams with disciplines, 3 boards of 12 sprints (one active, one future) and 1,500 issues with history', async () => {
  expect(seeded).toMatchObject({ teams: 3, boards: 3, sprints: 36, issues: 1500, analyses: 33 });
  const res = await router.query(`{ teams { name members { discipline } capacitySettings { id } boards { sprints { state issues { statusCategory storyPoints sprintHistory { addedAt } } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data.teams).toHaveLength(3);
  for (const team of res.data.teams) {
    expect(new Set(team.members.map((m: { discipline: string }) => m.discipline)).size).toBeGreaterThanOrEqual(4);
    expect(team.capacitySettings.length).toBe(team.members.length);
    const [board] = team.boards;
    expect(board.sprints).toHaveLength(12);
    expect(board.sprints.filter((s: { state: string }) => s.state === 'ACTIVE')).toHaveLength(1);
    expect(board.sprints.filter((s: { state: string }) => s.state === 'FUTURE')).toHaveLength(1);
    const issues = board.sprints.flatMap((s: { issues: unknown[] }) => s.issues);
    expect(issues.some((i: { statusCategory: string }) => i.statusCategory === 'DONE')).toBe(true);
    expect(issues.some((i: { sprintHistory: unknown[] }) => i.sprintHistory.length > 1)).toBe(true); // carried over
  }
});

test('the dashboard query answers for every demo board without errors', async () => {
  const { data } = await router.query(`{ boards { id } }`);
  expect(data.boards).toHaveLength(3);
  for (const { id } of data.boards) {
    const res = await router.query(DASHBOARD, { boardId: id });
    expect(res.errors).toBeUndefined();
    expect(res.data.board.velocity).toHaveLength(6);
  }
});

test('seeding again finds the demo there and writes nothing', async () => {
  const before = database.statements.count;
  expect(await seedDemoData(database.db, client, { now: FIXED_NOW })).toBeNull();
  expect(database.statements.count - before).toBe(1);
});
