import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, seededRouter, smallTeam, type TestRouter } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

const DASHBOARD = fs.readFileSync(new URL('../../tests/dashboard.graphql', import.meta.url), 'utf8');

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let acme: Dataset;
let other: Dataset;

beforeAll(async () => {
  ({
    database,
    router,
    tenants: { acme, other },
  } = await seededRouter({
    acme: [smallTeam('Atlas'), smallTeam('Borealis', { sprints: 12, issuesPerSprint: 25, issues: 400 })],
    other: [smallTeam('Zeta')],
  }));
});
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

describe('the dashboard query through the router', () => {
  test("JIRA's sprint-report figures beyond completion: completed outside, scope change, and estimate changes naming their issues (from the issues subgraph)", async () => {
    const res = await router.query(
      `query($boardId: ID!) { board(id: $boardId) { sprints { state issues { key } analysis {
        committedPoints addedPoints removedPoints completedOutsidePoints scopeChangeRate
        estimateChanges { issue { key summary } at from to } } } } }`,
      { boardId: acme.boards[1].id },
    );
    expect(res.errors).toBeUndefined();
    const started = res.data.board.sprints.filter((s: { state: string }) => s.state !== 'FUTURE');
    let changes = 0;
    for (const { issues, analysis } of started) {
      expect(analysis.completedOutsidePoints).toBeGreaterThanOrEqual(0);
      if (analysis.committedPoints > 0)
        expect(analysis.scopeChangeRate).toBeCloseTo((analysis.addedPoints + analysis.removedPoints) / analysis.committedPoints, 2);
      const keys = new Set(issues.map((i: { key: string }) => i.key));
      for (const change of analysis.estimateChanges) {
        expect(keys.has(change.issue.key), `${change.issue.key} changed its estimate in a sprint it is not in`).toBe(true);
        expect(change.issue.summary).toEqual(expect.any(String));
        expect(change.from).not.toBe(change.to);
        changes++;
      }
    }
    // The seeded histories re-estimate some issues mid-sprint.
    expect(changes).toBeGreaterThan(0);
  });

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

  test("the numbers are the stored issue history: each closed sprint's scope, assignees and analysis agree with what was seeded", async () => {
    const board = acme.boards[0];
    const res = await router.query(DASHBOARD.replace('sprints(last: 6)', 'sprints'), { boardId: board.id });
    const closed = res.data.board.sprints.filter((s: { state: string }) => s.state === 'CLOSED');
    expect(closed.length).toBe(4);
    for (const sprint of closed) {
      const seeded = acme.sprints.find((s) => s.id === sprint.id)!;
      const memberships = acme.memberships.filter((m) => m.sprintId === seeded.id);
      // Issues still in the sprint are exactly the memberships not removed while it ran.
      expect(sprint.issues.map((i: { id: string }) => i.id).sort()).toEqual(
        memberships
          .filter((m) => !m.removedAt)
          .map((m) => m.issueId)
          .sort(),
      );
      // Each issue's assignee resolves through the users subgraph to the seeded person.
      for (const issue of sprint.issues) {
        const row = acme.issues.find((i) => i.id === issue.id)!;
        expect(issue.assignee?.id ?? null).toBe(row.assigneeId);
        if (row.assigneeId) expect(issue.assignee.displayName).toBe(acme.users.find((u) => u.id === row.assigneeId)!.displayName);
      }
      const { disciplineBreakdown, burndown, completionRate, ...totals } = sprint.analysis;
      expect(totals).toEqual(fromSeededHistory(acme, seeded.id));
    }
  });

  test("a tenant sees only its own boards; another tenant's board is NOT_FOUND", async () => {
    const asOther = router.as(await router.signIn(other.tenant.id, 'ADMIN'));
    const res = await asOther(`query($id: ID!) { board(id: $id) { name } }`, { id: acme.boards[0].id });
    expect(res.data.board).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const list = await asOther(`{ boards { name } }`);
    expect(list.data.boards).toEqual([{ name: 'Zeta board' }]);
  });

  test('bad input is an error with a code', async () => {
    const bad = await router.query(`{ board(id: "not-an-id") { name } }`);
    expect(bad.errors?.[0]).toMatchObject({ message: '"not-an-id" is not a valid id', extensions: { code: 'BAD_USER_INPUT' } });
    const negative = await router.query(`query($id: ID!) { board(id: $id) { sprints(last: -1) { id } } }`, { id: acme.boards[0].id });
    expect(negative.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
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

/**
 * The analysis totals worked out directly from the seeded rows (memberships, estimate and status
 * changes), independently of the facts the issues subgraph serves and of computeAnalysis.
 */
function fromSeededHistory(ds: Dataset, sprintId: string) {
  const sprint = ds.sprints.find((s) => s.id === sprintId)!;
  const start = sprint.startDate!.getTime();
  const end = sprint.completeDate!.getTime();
  const sorted = <T extends { at: Date }>(rows: T[]) => [...rows].sort((a, b) => +a.at - +b.at);
  const pointsAt = (issueId: string, t: number) => {
    const changes = sorted(ds.estimateChanges.filter((c) => c.issueId === issueId));
    const last = changes.filter((c) => c.at.getTime() <= t).pop();
    return (last ? last.toPoints : changes.length ? changes[0].fromPoints : ds.issues.find((i) => i.id === issueId)!.storyPoints) ?? 0;
  };
  const doneAt = (issueId: string, t: number) => {
    const changes = sorted(ds.statusChanges.filter((c) => c.issueId === issueId));
    if (!changes.length) return ds.issues.find((i) => i.id === issueId)!.statusCategory === 'DONE';
    return changes.filter((c) => c.at.getTime() <= t).pop()?.toCategory === 'DONE';
  };
  const inSprint = (m: Dataset['memberships'][number], t: number) => m.addedAt.getTime() <= t && (!m.removedAt || m.removedAt.getTime() > t);
  const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 100) / 100;
  const ms = ds.memberships.filter((m) => m.sprintId === sprintId);
  const atEnd = ms.filter((m) => inSprint(m, end));
  return {
    committedPoints: sum(ms.filter((m) => inSprint(m, start)).map((m) => pointsAt(m.issueId, start))),
    completedPoints: sum(atEnd.filter((m) => doneAt(m.issueId, end)).map((m) => pointsAt(m.issueId, end))),
    addedPoints: sum(ms.filter((m) => m.addedAt.getTime() > start && m.addedAt.getTime() <= end).map((m) => pointsAt(m.issueId, m.addedAt.getTime()))),
    removedPoints: sum(
      ms.filter((m) => m.removedAt && m.removedAt.getTime() > start && m.removedAt.getTime() <= end).map((m) => pointsAt(m.issueId, m.removedAt!.getTime())),
    ),
    notCompletedPoints: sum(atEnd.filter((m) => !doneAt(m.issueId, end)).map((m) => pointsAt(m.issueId, end))),
  };
}
