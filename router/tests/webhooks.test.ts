import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DEFAULT_CLOUD_AUTH, startJiraSim, webhookSignature, type JiraSim } from '@sprint-reports/jira-sim';
import { createTestDatabase, simSite, snapshot, startTestRouter, tenantNamed, type TestRouter } from '@sprint-reports/testing';

/**
 * JIRA webhooks through the real router: `POST /webhooks/jira/:connectionId`, signed with the
 * connection's secret. A connection to the JIRA simulator is created and synced through the
 * router's API; then changes made in the simulator are delivered as the webhooks JIRA would send,
 * and read back through the router.
 */
const TENANT = tenantNamed('webhooks');
const SECRET = 'webhook-secret-for-tests';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let sim: JiraSim;
let connectionId: string;
let webhookUrl: string;
let activeSprint: SprintView;
let futureSprint: SprintView;

interface SprintView {
  id: string;
  jiraSprintId: number;
  name: string;
  state: string;
  completeDate: string | null;
  issues: { key: string; statusCategory: string; storyPoints: number | null }[];
  analysis: { committedPoints: number; completedPoints: number; addedPoints: number; removedPoints: number; notCompletedPoints: number; issueCount: number } | null;
}

const SPRINT = /* GraphQL */ `
  query Sprint($id: ID!) {
    sprint(id: $id) {
      id jiraSprintId name state completeDate
      issues { key statusCategory storyPoints }
      analysis { committedPoints completedPoints addedPoints removedPoints notCompletedPoints issueCount }
    }
  }
`;
const ISSUE = /* GraphQL */ `
  query Issue($key: String!) {
    issue(key: $key) {
      key summary status statusCategory storyPoints updatedAt deletedAt
      sprintHistory { sprint { id jiraSprintId } addedAt removedAt }
      statusHistory { at to category }
    }
  }
`;

/** Runs an operation through the router and fails on GraphQL errors. */
async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const sprint = async (id: string) => (await gql<{ sprint: SprintView }>(SPRINT, { id })).sprint;
const issue = async (key: string) => (await gql<{ issue: any }>(ISSUE, { key })).issue;

/** Everything the tenant has synced, and the analyses: what a webhook may or may not change. */
const tenantData = () => snapshot(database, TENANT);

/** Delivers a webhook as JIRA does (signed with the connection's secret), then waits for the work it queued. */
async function deliver(body: unknown, secret: string = SECRET): Promise<number> {
  const status = await sim.sendWebhook(webhookUrl, body, secret);
  await router.runtime.jobs.idle();
  return status;
}

/** A POST with exactly these bytes and headers: for what JIRA would never send. */
async function post(url: string, raw: string, headers: Record<string, string> = {}) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  const json = (await res.json()) as { ok: boolean; code?: string; message?: string; result?: string };
  await router.runtime.jobs.idle();
  return { status: res.status, json };
}

/**
 * Each test changes its own issues, handed out once: `openIssue` gives one of the active sprint's
 * issues that is not done and has an estimate (the analysis moves with it), `otherIssue` one outside it.
 */
const openKeys: string[] = [];
const otherKeys: string[] = [];
const take = (pool: string[]) => {
  const key = pool.shift();
  if (!key) throw new Error('The simulated site has run out of issues for these tests');
  return key;
};
const openIssue = () => take(openKeys);
const otherIssue = () => take(otherKeys);

beforeAll(async () => {
  database = await createTestDatabase();
  router = await startTestRouter(database, { tenantId: TENANT });
  sim = await startJiraSim({ site: simSite('webhook-site', 23, { sprints: 4, issuesPerSprint: 24, issues: 90 }), flavor: 'CLOUD' });

  const created = await gql<{ createJiraConnection: { id: string; hasWebhookSecret: boolean; webhookPath: string } }>(
    `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id hasWebhookSecret webhookPath } }`,
    { input: { name: 'Webhook sim', baseUrl: sim.url, flavor: 'CLOUD', email: DEFAULT_CLOUD_AUTH.email, apiToken: DEFAULT_CLOUD_AUTH.apiToken, webhookSecret: SECRET, syncIntervalMinutes: 0 } },
  );
  expect(created.createJiraConnection.hasWebhookSecret).toBe(true);
  connectionId = created.createJiraConnection.id;
  webhookUrl = new URL(created.createJiraConnection.webhookPath, router.url).toString();

  const { startSync } = await gql<{ startSync: { id: string } }>(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: connectionId });
  await router.runtime.jobs.idle();
  const { syncRun } = await gql<{ syncRun: { status: string; errors: string[] } }>(`query($id: ID!) { syncRun(id: $id) { status errors } }`, { id: startSync.id });
  expect(syncRun).toEqual({ status: 'SUCCEEDED', errors: [] });

  const { boards } = await gql<{ boards: { sprints: { id: string; state: string }[] }[] }>(`{ boards { sprints { id state } } }`);
  expect(boards).toHaveLength(1);
  activeSprint = await sprint(boards[0].sprints.find((s) => s.state === 'ACTIVE')!.id);
  futureSprint = await sprint(boards[0].sprints.find((s) => s.state === 'FUTURE')!.id);
  openKeys.push(...activeSprint.issues.filter((i) => i.statusCategory !== 'DONE' && (i.storyPoints ?? 0) > 0).map((i) => i.key));
  otherKeys.push(...sim.site.issues.map((i) => i.key).filter((key) => !activeSprint.issues.some((i) => i.key === key)));
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe('a change in JIRA reaches the product through its webhook', () => {
  test('an issue moved to Done reads back as done, and its active sprint completes its points', async () => {
    const key = openIssue();
    const before = await sprint(activeSprint.id);
    const points = before.issues.find((i) => i.key === key)!.storyPoints!;

    expect(await deliver(sim.updateIssue(key, { status: 'Done' }))).toBe(200);

    const after = await issue(key);
    expect(after).toMatchObject({ key, status: 'Done', statusCategory: 'DONE' });
    expect(after.statusHistory.at(-1)).toMatchObject({ to: 'Done', category: 'DONE' });
    expect(after.sprintHistory.at(-1)).toMatchObject({ sprint: { id: activeSprint.id }, removedAt: null });
    const sprintAfter = await sprint(activeSprint.id);
    expect(sprintAfter.issues.find((i) => i.key === key)?.statusCategory).toBe('DONE');
    expect(sprintAfter.analysis!.completedPoints).toBe(before.analysis!.completedPoints + points);
    expect(sprintAfter.analysis!.notCompletedPoints).toBe(before.analysis!.notCompletedPoints - points);
    expect(sprintAfter.analysis!.committedPoints).toBe(before.analysis!.committedPoints);
  });

  test('an issue moved to the next sprint leaves the active one (removed while it ran) and joins the next', async () => {
    const key = openIssue();
    const before = await sprint(activeSprint.id);
    const points = before.issues.find((i) => i.key === key)!.storyPoints!;
    const body = sim.updateIssue(key, { addToSprint: futureSprint.jiraSprintId });
    const movedAt = new Date(body.timestamp).toISOString();

    expect(await deliver(body)).toBe(200);

    const { sprintHistory } = await issue(key);
    expect(sprintHistory.slice(-2)).toEqual([
      expect.objectContaining({ sprint: { id: activeSprint.id, jiraSprintId: activeSprint.jiraSprintId }, removedAt: movedAt }),
      { sprint: { id: futureSprint.id, jiraSprintId: futureSprint.jiraSprintId }, addedAt: movedAt, removedAt: null },
    ]);
    const [activeAfter, futureAfter] = [await sprint(activeSprint.id), await sprint(futureSprint.id)];
    expect(activeAfter.issues.map((i) => i.key)).not.toContain(key);
    expect(futureAfter.issues.map((i) => i.key)).toContain(key);
    expect(activeAfter.analysis!.removedPoints).toBe(before.analysis!.removedPoints + points);
    expect(activeAfter.analysis!.notCompletedPoints).toBe(before.analysis!.notCompletedPoints - points);
    expect(activeAfter.analysis!.completedPoints).toBe(before.analysis!.completedPoints);
  });

  test('a newer update delivered before an older one keeps the newer values', async () => {
    const key = otherIssue();
    const t = Date.now();
    const older = sim.updateIssue(key, { summary: 'Older summary' }, new Date(t));
    const newer = sim.updateIssue(key, { summary: 'Newer summary' }, new Date(t + 1000));

    expect(await deliver(newer)).toBe(200);
    expect(await deliver(older)).toBe(200);

    expect(await issue(key)).toMatchObject({ summary: 'Newer summary', updatedAt: new Date(t + 1000).toISOString() });
  });

  test('the same webhook delivered twice changes nothing the second time', async () => {
    const key = otherIssue();
    const body = sim.updateIssue(key, { status: 'In Progress', points: 21 });
    expect(await deliver(body)).toBe(200);
    const once = await tenantData();
    expect(once.issues.find((i) => i.key === key)).toMatchObject({ status: 'In Progress', storyPoints: 21 });

    expect(await deliver(body)).toBe(200);
    expect(await tenantData()).toEqual(once);
  });
});

describe('webhooks the product must not apply', () => {
  test('a wrong signature is refused with 401 and changes nothing', async () => {
    const key = otherIssue();
    const before = await tenantData();
    const body = sim.updateIssue(key, { status: 'Done', summary: 'Forged' });

    expect(await deliver(body, 'not-the-secret')).toBe(401);

    expect(await tenantData()).toEqual(before);
    expect((await issue(key)).summary).not.toBe('Forged');
  });

  test('a missing signature is refused with 401', async () => {
    const before = await tenantData();
    const { status, json } = await post(webhookUrl, JSON.stringify(sim.updateIssue(otherIssue(), { summary: 'Unsigned' })));
    expect(status).toBe(401);
    expect(json).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await tenantData()).toEqual(before);
  });

  test('an event type the product does not use is acknowledged (200) and ignored', async () => {
    const before = await tenantData();
    const raw = JSON.stringify({ timestamp: Date.now(), webhookEvent: 'comment_created', comment: { id: '1', body: 'Looks good' } });
    const { status, json } = await post(webhookUrl, raw, { 'x-hub-signature': webhookSignature(raw, SECRET) });
    expect(status).toBe(200);
    expect(json).toEqual({ ok: true, result: 'ignored comment_created' });
    expect(await tenantData()).toEqual(before);
  });

  test('an unknown connection is 404', async () => {
    const raw = JSON.stringify({ timestamp: Date.now(), webhookEvent: 'jira:issue_updated' });
    for (const id of [randomUUID(), 'not-a-connection-id']) {
      const { status, json } = await post(new URL(`/webhooks/jira/${id}`, router.url).toString(), raw, { 'x-hub-signature': webhookSignature(raw, SECRET) });
      expect(status, id).toBe(404);
      expect(json.code).toBe('NOT_FOUND');
    }
  });

  test('a correctly signed body that is not JSON is 400', async () => {
    const raw = 'webhookEvent=jira:issue_updated';
    const { status, json } = await post(webhookUrl, raw, { 'x-hub-signature': webhookSignature(raw, SECRET) });
    expect(status).toBe(400);
    expect(json).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
  });
});

describe('deletions and sprint events', () => {
  test('a deleted issue is marked deleted and leaves its sprint', async () => {
    const key = openIssue();
    expect((await sprint(activeSprint.id)).issues.map((i) => i.key)).toContain(key);

    expect(await deliver(sim.deleteIssue(key))).toBe(200);

    expect((await issue(key)).deletedAt).not.toBeNull();
    expect((await sprint(activeSprint.id)).issues.map((i) => i.key)).not.toContain(key);
  });

  test('an update that arrives after the deletion (late, or a retry) does not bring the issue back', async () => {
    const [retried, late] = [otherIssue(), otherIssue()];
    const update = sim.updateIssue(retried, { summary: 'Edited before deletion' });
    expect(await deliver(update)).toBe(200);
    expect(await deliver(sim.deleteIssue(retried))).toBe(200);
    expect(await deliver(update)).toBe(200); // JIRA retries a delivery it thinks failed

    const lateUpdate = sim.updateIssue(late, { status: 'In Progress' });
    expect(await deliver(sim.deleteIssue(late))).toBe(200);
    expect(await deliver(lateUpdate)).toBe(200);

    for (const key of [retried, late]) expect((await issue(key)).deletedAt, key).not.toBeNull();
  });

  test('an issue created in JIRA inside the active sprint appears in it', async () => {
    const before = await sprint(activeSprint.id);
    const body = sim.createIssue({ summary: 'Created by webhook', sprintId: activeSprint.jiraSprintId, points: 3 });
    expect(await deliver(body)).toBe(200);

    expect(await issue(body.issue.key)).toMatchObject({ summary: 'Created by webhook', storyPoints: 3, deletedAt: null, sprintHistory: [{ sprint: { id: activeSprint.id }, removedAt: null }] });
    const after = await sprint(activeSprint.id);
    expect(after.issues.map((i) => i.key)).toContain(body.issue.key);
    expect(after.analysis!.addedPoints).toBe(before.analysis!.addedPoints + 3);
  });

  test('closing the sprint in JIRA closes it here, with its complete date', async () => {
    const body = sim.updateSprint(activeSprint.jiraSprintId, { state: 'closed' });
    expect(body.webhookEvent).toBe('sprint_closed');

    expect(await deliver(body)).toBe(200);

    const closed = await sprint(activeSprint.id);
    expect(closed).toMatchObject({ state: 'CLOSED', completeDate: new Date(body.timestamp).toISOString() });
    expect(closed.analysis).not.toBeNull();
  });

  test('sprint news out of order: a late, older sprint_started after sprint_closed changes nothing', async () => {
    const closed = await sprint(activeSprint.id);
    const stale = { timestamp: Date.parse(closed.completeDate!) - 60_000, webhookEvent: 'sprint_started', sprint: { id: activeSprint.jiraSprintId, state: 'active', name: closed.name, originBoardId: 1 } };
    expect(await deliver(stale)).toBe(200);
    expect(await sprint(activeSprint.id)).toMatchObject({ state: 'CLOSED', completeDate: closed.completeDate });
  });
});
