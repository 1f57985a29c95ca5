import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, seedTenant, smallTeam, startTestRouter, type TestRouter } from '@sprint-reports/testing';
import type { Dataset } from '@sprint-reports/demo-data';

const DASHBOARD = fs.readFileSync(new URL('../../tests/dashboard.graphql', import.meta.url), 'utf8');

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let acme: Dataset;
let other: Dataset;

beforeAll(async () => {
  database = await createTestDatabase();
  acme = await seedTenant(database, 'acme', [smallTeam('Atlas'), smallTeam('Borealis', { sprints: 12, issuesPerSprint: 25, issues: 400 })]);
  other = await seedTenant(database, 'other', [smallTeam('Zeta')]);
  router = await startTestRouter(database, { tenantId: acme.tenant.id });
});
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

describe('the dashboard query through the router', () => {
  test('answers for every board in one request, joining all six subgraphs, without errors', async () => {
    const boards = await router.query(`{ boards { id name } }`);
    expect(boards.data.boards.map((b: { name: string }) => b.name)).toEqual(['Atlas board', 'Borealis board']);
    for (const { id } of boards.data.boards) {
      const res = await router.query(DASHBOARD, { boardId: id });
      expect(res.errors).toBeUndefined();
      const board = res.data.board;
      expect(board.team.members.length).toBe(5);
      expect(board.sprints).toHaveLength(6);
      expect(board.sprints.map((s: { state: string }) => s.state).slice(-2)).toEqual(['ACTIVE', 'FUTURE']);
      for (const sprint of board.sprints) {
        expect(sprint.issues.length).toBeGreaterThan(0);
        expect(sprint.capacity.totalPoints).toBeGreaterThan(0);
        expect(sprint.reports).toEqual([]);
        if (sprint.state === 'FUTURE') expect(sprint.analysis).toBeNull();
        else expect(sprint.analysis.burndown.length).toBeGreaterThan(1);
      }
      expect(board.velocity.length).toBeGreaterThan(0);
    }
  });

  test('the numbers are the stored issue history: sprint scope, assignees and analysis agree with what was seeded', async () => {
    const board = acme.boards[0];
    const res = await router.query(DASHBOARD, { boardId: board.id });
    const closed = res.data.board.sprints.find((s: { state: string }) => s.state === 'CLOSED');
    const seeded = acme.sprints.find((s) => s.id === closed.id)!;
    const memberships = acme.memberships.filter((m) => m.sprintId === seeded.id);
    // Issues still in the sprint are exactly the memberships not removed while it ran.
    expect(closed.issues.map((i: { id: string }) => i.id).sort()).toEqual(memberships.filter((m) => !m.removedAt).map((m) => m.issueId).sort());
    // Each issue's assignee resolves through the users subgraph to the seeded person.
    for (const issue of closed.issues) {
      const row = acme.issues.find((i) => i.id === issue.id)!;
      expect(issue.assignee?.id ?? null).toBe(row.assigneeId);
      if (row.assigneeId) expect(issue.assignee.displayName).toBe(acme.users.find((u) => u.id === row.assigneeId)!.displayName);
    }
    // Committed points: issues in the sprint at its start, at their estimate then (seeded issues here never change estimate before the start).
    const start = seeded.startDate!.getTime();
    const atStart = memberships.filter((m) => m.addedAt.getTime() <= start && (!m.removedAt || m.removedAt.getTime() > start));
    const estimateAtStart = (issueId: string) => {
      const changes = acme.estimateChanges.filter((c) => c.issueId === issueId).sort((a, b) => +a.at - +b.at);
      const before = changes.filter((c) => c.at.getTime() <= start).pop();
      return before ? before.toPoints : changes.length ? changes[0].fromPoints : acme.issues.find((i) => i.id === issueId)!.storyPoints;
    };
    expect(closed.analysis.committedPoints).toBeCloseTo(atStart.reduce((s, m) => s + (estimateAtStart(m.issueId) ?? 0), 0), 2);
    const breakdown = closed.analysis.disciplineBreakdown as { committedPoints: number; completedPoints: number }[];
    expect(breakdown.reduce((s, d) => s + d.committedPoints, 0)).toBeCloseTo(closed.analysis.committedPoints, 2);
    expect(breakdown.reduce((s, d) => s + d.completedPoints, 0)).toBeCloseTo(closed.analysis.completedPoints, 2);
  });

  test("a tenant sees only its own boards; another tenant's board is NOT_FOUND", async () => {
    const res = await router.query(`query($id: ID!) { board(id: $id) { name } }`, { id: acme.boards[0].id }, { 'x-tenant-id': other.tenant.id });
    expect(res.data.board).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await router.query(`{ boards { name } }`, {}, { 'x-tenant-id': other.tenant.id });
    expect(list.data.boards).toEqual([{ name: 'Zeta board' }]);
  });

  test('bad input is an error with a code', async () => {
    const bad = await router.query(`{ board(id: "not-an-id") { name } }`);
    expect(bad.errors?.[0]).toMatchObject({ message: '"not-an-id" is not a valid id', extensions: { code: 'BAD_USER_INPUT' } });
    const negative = await router.query(`query($id: ID!) { board(id: $id) { sprints(last: -1) { id } } }`, { id: acme.boards[0].id });
    expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const tenant = await router.query(`{ boards { id } }`, {}, { 'x-tenant-id': 'acme' });
    expect(tenant.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('internal fields stay internal: issueFacts is not part of the public schema', async () => {
    const res = await router.query(`query($id: ID!) { sprint(id: $id) { issueFacts { issueId } } }`, { id: acme.sprints[0].id });
    expect(res.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the router over HTTP', () => {
  test('serves GraphiQL to browsers from its own bundle, and health', async () => {
    const page = await fetch(router.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Sprint Reports');
    const asset = html.match(/src="(\/graphiql\/assets\/[^"]+\.js)"/)![1];
    const js = await fetch(new URL(asset, router.url));
    expect(js.status).toBe(200);
    expect(html).not.toMatch(/(src|href)="https?:\/\//);
    expect(await (await fetch(new URL('/health', router.url))).json()).toEqual({ status: 'ok' });
  });
});
