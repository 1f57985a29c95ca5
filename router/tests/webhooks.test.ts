import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { withTenant } from '@sprint-reports/core';
import { issuesTables } from '@sprint-reports/drizzle';
import { DEFAULT_CLOUD_AUTH, startJiraSim, webhookSignature, type JiraSim } from '@sprint-reports/jira-sim';
import { seededRouter, simSite, snapshot, tenantNamed, type TestDatabase, type TestRouter } from '@sprint-reports/testing/router';

/**
 * JIRA webhooks through the real router: `POST /webhooks/jira/:connectionId`, signed with the
 * connection's secret. A connection to the JIRA simulator is created and synced through the
 * router's API; then changes made in the simulator are delivered as the webhooks JIRA would send,
 * and read back through the router. Then what must never be applied: bodies of the wrong shape
 * (400, naming what is wrong), unsigned or wrongly signed ones (401), and the secret's life cycle.
 */
const TENANT = tenantNamed('webhooks');
const SECRET = 'webhook-secret-for-tests';

let database: TestDatabase;
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
  analysis: {
    committedPoints: number;
    completedPoints: number;
    addedPoints: number;
    removedPoints: number;
    notCompletedPoints: number;
    issueCount: number;
  } | null;
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
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  sim = await startJiraSim({ site: simSite('webhook-site', 23, { sprints: 4, issuesPerSprint: 24, issues: 90 }), flavor: 'CLOUD' });

  const created = await gql<{ createJiraConnection: { id: string; hasWebhookSecret: boolean; webhookPath: string } }>(
    `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id hasWebhookSecret webhookPath } }`,
    {
      input: {
        name: 'Webhook sim',
        baseUrl: sim.url,
        flavor: 'CLOUD',
        email: DEFAULT_CLOUD_AUTH.email,
        apiToken: DEFAULT_CLOUD_AUTH.apiToken,
        webhookSecret: SECRET,
        syncIntervalMinutes: 0,
      },
    },
  );
  expect(created.createJiraConnection.hasWebhookSecret).toBe(true);
  connectionId = created.createJiraConnection.id;
  webhookUrl = new URL(created.createJiraConnection.webhookPath, router.url).toString();

  const { startSync } = await gql<{ startSync: { id: string } }>(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: connectionId });
  await router.runtime.jobs.idle();
  const { syncRun } = await gql<{ syncRun: { status: string; errors: string[] } }>(`query($id: ID!) { syncRun(id: $id) { status errors } }`, {
    id: startSync.id,
  });
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

    expect(await issue(body.issue.key)).toMatchObject({
      summary: 'Created by webhook',
      storyPoints: 3,
      deletedAt: null,
      sprintHistory: [{ sprint: { id: activeSprint.id }, removedAt: null }],
    });
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
    const stale = {
      timestamp: Date.parse(closed.completeDate!) - 60_000,
      webhookEvent: 'sprint_started',
      sprint: { id: activeSprint.jiraSprintId, state: 'active', name: closed.name, originBoardId: 1 },
    };
    expect(await deliver(stale)).toBe(200);
    expect(await sprint(activeSprint.id)).toMatchObject({ state: 'CLOSED', completeDate: closed.completeDate });
  });
});

describe('signed bodies of the wrong shape are refused with 400, naming what is wrong, and change nothing', () => {
  type Body = Record<string, any>;
  /** Each case: a body JIRA would send, broken in one place, and where the answer must say the fault is. */
  const issueCases: [string, (b: Body) => void, RegExp][] = [
    ['the issue id an object', (b) => (b.issue.id = { id: b.issue.id }), /issue\.id: expected the issue id as a string of digits/],
    ['the issue id a number', (b) => (b.issue.id = Number(b.issue.id)), /issue\.id/],
    ['the issue id not digits', (b) => (b.issue.id = '10001; drop table'), /issue\.id/],
    ['the issue key a number', (b) => (b.issue.key = 42), /issue\.key/],
    ['no fields', (b) => delete b.issue.fields, /issue\.fields/],
    ['fields.created garbage', (b) => (b.issue.fields.created = 'yesterday'), /issue\.fields\.created: not a real date/],
    [
      'fields.updated an impossible date (Feb 30)',
      (b) => (b.issue.fields.updated = '2026-02-30T10:00:00.000+0000'),
      /issue\.fields\.updated: not a real date.*2026-02-30/,
    ],
    ['fields.updated a number', (b) => (b.issue.fields.updated = 1767225600000), /issue\.fields\.updated/],
    ['fields.resolutiondate hour 25', (b) => (b.issue.fields.resolutiondate = '2026-01-10T25:00:00.000+0000'), /issue\.fields\.resolutiondate/],
    ['fields.status a string', (b) => (b.issue.fields.status = 'Done'), /issue\.fields\.status/],
    ['fields.summary a number', (b) => (b.issue.fields.summary = 42), /issue\.fields\.summary/],
    ['fields.labels a string', (b) => (b.issue.fields.labels = 'a,b'), /issue\.fields\.labels/],
    ['fields.assignee an array', (b) => (b.issue.fields.assignee = ['someone']), /issue\.fields\.assignee/],
    ['changelog items a string', (b) => (b.changelog.items = 'status'), /changelog\.items/],
    ['a changelog item whose from is a number', (b) => (b.changelog.items[0].from = 7), /changelog\.items\[0\]\.from/],
    ['a changelog item whose toString is an object', (b) => (b.changelog.items[0].toString = { name: 'Done' }), /changelog\.items\[0\]\.toString/],
    ['a changelog item without its field', (b) => delete b.changelog.items[0].field, /changelog\.items\[0\]\.field/],
    ['the changelog id an object', (b) => (b.changelog.id = {}), /changelog\.id/],
    ['a timestamp of 1e20', (b) => (b.timestamp = 1e20), /timestamp: 100000000000000000000 is not a plausible event time/],
    ['a timestamp a year ahead', (b) => (b.timestamp = Date.now() + 366 * 24 * 3600 * 1000), /timestamp/],
    ['a timestamp as a string', (b) => (b.timestamp = '2026-03-01'), /timestamp/],
    ['a timestamp with a fraction', (b) => (b.timestamp = 1767225600000.5), /timestamp/],
  ];
  const sprintCases: [string, (b: Body) => void, RegExp][] = [
    ['the sprint state missing', (b) => delete b.sprint.state, /sprint\.state: expected the sprint state/],
    ['the sprint state a number', (b) => (b.sprint.state = 2), /sprint\.state/],
    ['the sprint state unknown', (b) => (b.sprint.state = 'running'), /sprint\.state/],
    ['the sprint id a string', (b) => (b.sprint.id = String(b.sprint.id)), /sprint\.id/],
    ['the sprint id 1e20', (b) => (b.sprint.id = 1e20), /sprint\.id/],
    ['the sprint name missing', (b) => delete b.sprint.name, /sprint\.name/],
    ['the start date Feb 30', (b) => (b.sprint.startDate = '2026-02-30T09:00:00.000Z'), /sprint\.startDate: not a real date/],
    ['the end date garbage', (b) => (b.sprint.endDate = 'end of March'), /sprint\.endDate/],
    ['the complete date a number', (b) => (b.sprint.completeDate = 1767225600000), /sprint\.completeDate/],
    ['the origin board an object', (b) => (b.sprint.originBoardId = { id: 1 }), /sprint\.originBoardId/],
    ['no sprint', (b) => delete b.sprint, /sprint/],
  ];

  /** Signs the raw text with the connection's secret and posts it. */
  const postSigned = (raw: string) => post(webhookUrl, raw, { 'x-hub-signature': webhookSignature(raw, SECRET) });

  test('issue events: wrong types, impossible dates, absurd timestamps', async () => {
    const key = otherIssue();
    // A real change (status and points, so the changelog has items), never delivered whole until the end.
    const base = sim.updateIssue(key, { status: 'In Progress', summary: 'Should not land', points: 13 });
    expect(base.changelog?.items.length).toBeGreaterThan(0);
    const before = await tenantData();

    for (const [name, breakIt, reason] of issueCases) {
      const body = structuredClone(base) as Body;
      breakIt(body);
      const { status, json } = await postSigned(JSON.stringify(body));
      expect(status, name).toBe(400);
      expect(json, name).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
      expect(json.message, name).toMatch(/^Not a valid jira:issue_updated webhook: /);
      expect(json.message, name).toMatch(reason);
    }
    expect(await tenantData()).toEqual(before);

    // The same body unbroken is applied: each refusal was for the one fault put in.
    expect(await deliver(base)).toBe(200);
    expect(await issue(key)).toMatchObject({ summary: 'Should not land', status: 'In Progress', storyPoints: 13 });
  });

  test('deletion events: the issue id an object', async () => {
    const key = otherIssue();
    const base = sim.deleteIssue(key) as Body;
    const before = await tenantData();
    const body = structuredClone(base);
    body.issue.id = { $ne: null };
    const { status, json } = await postSigned(JSON.stringify(body));
    expect(status).toBe(400);
    expect(json.message).toMatch(/jira:issue_deleted webhook: issue\.id/);
    expect(await tenantData()).toEqual(before);
    expect((await issue(key)).deletedAt).toBeNull();
  });

  test('sprint events: a state missing or a number, ids and dates of the wrong kind', async () => {
    const base = {
      timestamp: Date.now(),
      webhookEvent: 'sprint_updated',
      sprint: {
        id: futureSprint.jiraSprintId,
        self: `${sim.url}/rest/agile/1.0/sprint/${futureSprint.jiraSprintId}`,
        state: 'future',
        name: 'Renamed by webhook',
        startDate: '2026-03-30T09:00:00.000Z',
        endDate: '2026-04-13T09:00:00.000Z',
        originBoardId: 1,
        goal: '',
      },
    };
    const before = await tenantData();
    for (const [name, breakIt, reason] of sprintCases) {
      const body = structuredClone(base) as Body;
      breakIt(body);
      const { status, json } = await postSigned(JSON.stringify(body));
      expect(status, name).toBe(400);
      expect(json, name).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
      expect(json.message, name).toMatch(reason);
    }
    const deleted = { timestamp: Date.now(), webhookEvent: 'sprint_deleted', sprint: { id: [futureSprint.jiraSprintId] } };
    const refused = await postSigned(JSON.stringify(deleted));
    expect(refused.status).toBe(400);
    expect(refused.json.message).toMatch(/sprint_deleted webhook: sprint\.id/);
    expect(await tenantData()).toEqual(before);

    // JIRA writes states in either case; the unbroken body is applied.
    expect(await deliver({ ...base, sprint: { ...base.sprint, state: 'FUTURE' } })).toBe(200);
    expect(await sprint(futureSprint.id)).toMatchObject({ name: 'Renamed by webhook', state: 'FUTURE' });
  });

  test('__proto__ and constructor.prototype keys are refused and pollute nothing', async () => {
    const base = JSON.stringify(sim.updateIssue(otherIssue(), { summary: 'Polluted' }));
    const before = await tenantData();
    const bodies = [
      base.replace('"fields":{', '"fields":{"__proto__":{"polluted":"yes","created":"2026-01-01"},'),
      base.replace('{"timestamp"', '{"__proto__":{"polluted":"yes"},"timestamp"'),
      base.replace('"fields":{', '"fields":{"constructor":{"prototype":{"polluted":"yes"}},'),
    ];
    for (const raw of bodies) {
      expect(raw).not.toBe(base);
      const { status, json } = await postSigned(raw);
      expect(status, raw.slice(0, 80)).toBe(400);
      expect(json).toMatchObject({ ok: false, code: 'BAD_USER_INPUT', message: 'The webhook body has a __proto__ or constructor.prototype key' });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await tenantData()).toEqual(before);
  });

  test('bodies that are no JIRA webhook at all', async () => {
    const before = await tenantData();
    for (const [raw, reason] of [
      ['[1, 2]', /not a JSON object/],
      ['"jira:issue_updated"', /not a JSON object/],
      ['{"webhookEvent": 5}', /webhookEvent/],
      ['{"timestamp": 1767225600000}', /webhookEvent/],
      ['{"webhookEvent": "jira:issue_updated"', /not JSON/],
    ] as const) {
      const { status, json } = await postSigned(raw);
      expect(status, raw).toBe(400);
      expect(json.message, raw).toMatch(reason);
    }
    expect(await tenantData()).toEqual(before);
  });

  test('unusual bodies JIRA may send are applied, not refused', async () => {
    const key = otherIssue();
    const project = key.split('-')[0];
    // An issue with only the field the product cannot do without, a sprint without board, goal or dates, bare dates.
    const bare = {
      timestamp: Date.now(),
      webhookEvent: 'jira:issue_created',
      issue: { id: '990001', key: `${project}-90001`, fields: { created: '2026-03-02T10:00:00.000+0100' } },
    };
    expect(await deliver(bare)).toBe(200);
    expect(await issue(`${project}-90001`)).toMatchObject({ key: `${project}-90001`, summary: '', deletedAt: null });
    expect(
      await deliver({ timestamp: Date.now(), webhookEvent: 'sprint_created', sprint: { id: 990002, name: 'Boardless', state: 'FUTURE', goal: null } }),
    ).toBe(200);
    const bareDates = { id: futureSprint.jiraSprintId, name: 'Bare dates', state: 'future', startDate: '2026-04-01', endDate: '2026-04-15', originBoardId: 1 };
    expect(await deliver({ timestamp: Date.now(), webhookEvent: 'sprint_updated', sprint: bareDates })).toBe(200);
    expect(await sprint(futureSprint.id)).toMatchObject({ name: 'Bare dates' });
  });

  test('an event the product does not apply is acknowledged whatever it holds', async () => {
    const raw = JSON.stringify({ timestamp: 'whenever', webhookEvent: 'board_updated', board: 'garbage', __proto__: null });
    const { status, json } = await postSigned(raw);
    expect({ status, json }).toEqual({ status: 200, json: { ok: true, result: 'ignored board_updated' } });
  });
});

describe('webhook signing: every connection has a secret, and unsigned webhooks are refused unless an admin turns signing off', () => {
  const CONNECTION = /* GraphQL */ `id hasWebhookSecret webhookSigning webhookSecret webhookPath webhookUrl`;
  const createDefault = async (name: string) =>
    (
      await gql(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { ${CONNECTION} } }`, {
        input: { name, baseUrl: sim.url, flavor: 'CLOUD', email: DEFAULT_CLOUD_AUTH.email, apiToken: DEFAULT_CLOUD_AUTH.apiToken, syncIntervalMinutes: 0 },
      })
    ).createJiraConnection;
  const setSigning = async (id: string, webhookSigning: 'OFF' | 'REQUIRED') =>
    (
      await gql(`mutation($id: ID!, $input: UpdateJiraConnectionInput!) { updateJiraConnection(id: $id, input: $input) { ${CONNECTION} } }`, {
        id,
        input: { webhookSigning },
      })
    ).updateJiraConnection;
  const rotate = async (id: string) =>
    (await gql(`mutation($id: ID!) { rotateJiraWebhookSecret(connectionId: $id) { ${CONNECTION} } }`, { id })).rotateJiraWebhookSecret;
  /** An event the product acknowledges without writing: what is tested is only whether the signature lets it in. */
  const ping = (url: string, secret?: string) => {
    const raw = JSON.stringify({ timestamp: Date.now(), webhookEvent: 'comment_created', comment: { id: '1', body: 'ping' } });
    return post(url, raw, secret ? { 'x-hub-signature': webhookSignature(raw, secret) } : {});
  };
  const urlOf = (c: { webhookPath: string }) => new URL(c.webhookPath, router.url).toString();
  const sealedSecretOf = async (id: string) =>
    (await withTenant(database.db, TENANT, (db) => db.select().from(issuesTables.jiraConnections).where(eq(issuesTables.jiraConnections.id, id))))[0];

  test('a connection made without a secret gets a strong one, returned once and never readable afterwards', async () => {
    const created = await createDefault('Generated secret');
    expect(created).toMatchObject({
      hasWebhookSecret: true,
      webhookSigning: 'REQUIRED',
      webhookUrl: `${router.runtime.config.publicUrl}/webhooks/jira/${created.id}`,
    });
    expect(created.webhookSecret).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits

    const { jiraConnection } = await gql(`query($id: ID!) { jiraConnection(id: $id) { ${CONNECTION} } }`, { id: created.id });
    expect(jiraConnection).toEqual({ ...created, webhookSecret: null });
    expect(JSON.stringify(await gql(`{ jiraConnections { ${CONNECTION} } }`))).not.toContain(created.webhookSecret);
    const row = await sealedSecretOf(created.id);
    expect(JSON.stringify(row)).not.toContain(created.webhookSecret);

    // It is the secret the connection checks webhooks with.
    expect((await ping(urlOf(created), created.webhookSecret)).status).toBe(200);
  });

  test('an unsigned webhook on a connection made with the defaults is 401 and changes nothing', async () => {
    const created = await createDefault('Default signing');
    const url = urlOf(created);
    const before = await tenantData();
    const raw = JSON.stringify(sim.updateIssue(otherIssue(), { summary: 'Unsigned on a default connection' }));
    const { status, json } = await post(url, raw);
    expect(status).toBe(401);
    expect(json).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', message: expect.stringMatching(/must be signed/) });
    expect((await post(url, raw, { 'x-hub-signature': webhookSignature(raw, 'a-guess-at-the-secret') })).status).toBe(401);
    expect((await ping(url)).status).toBe(401);
    expect(await tenantData()).toEqual(before);
  });

  test('after an admin turns signing off, unsigned webhooks are applied; turned back on, refused again', async () => {
    const key = otherIssue();
    expect((await setSigning(connectionId, 'OFF')).webhookSigning).toBe('OFF');
    try {
      const { status } = await post(webhookUrl, JSON.stringify(sim.updateIssue(key, { summary: 'Unsigned, signing off' })));
      expect(status).toBe(200);
      expect((await issue(key)).summary).toBe('Unsigned, signing off');
    } finally {
      expect((await setSigning(connectionId, 'REQUIRED')).webhookSigning).toBe('REQUIRED');
    }
    const before = await tenantData();
    expect((await post(webhookUrl, JSON.stringify(sim.updateIssue(key, { summary: 'Unsigned, signing on' })))).status).toBe(401);
    expect(await tenantData()).toEqual(before);
  });

  test('rotating the secret: the old signature is refused, the new one accepted; the new secret is shown once', async () => {
    const created = await createDefault('Rotated');
    const url = urlOf(created);
    const rotated = await rotate(created.id);
    expect(rotated).toMatchObject({ id: created.id, hasWebhookSecret: true, webhookSigning: 'REQUIRED' });
    expect(rotated.webhookSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(rotated.webhookSecret).not.toBe(created.webhookSecret);

    expect((await ping(url, created.webhookSecret)).status).toBe(401);
    expect((await ping(url, rotated.webhookSecret)).status).toBe(200);
    expect((await gql(`query($id: ID!) { jiraConnection(id: $id) { webhookSecret } }`, { id: created.id })).jiraConnection.webhookSecret).toBeNull();
  });

  test('a connection made before secrets were generated refuses webhooks until an admin rotates one into being', async () => {
    const created = await createDefault('Legacy');
    const url = urlOf(created);
    // What the migration leaves for such a connection: signing REQUIRED, no secret.
    await withTenant(database.db, TENANT, (db) =>
      db.update(issuesTables.jiraConnections).set({ webhookSecretSealed: null }).where(eq(issuesTables.jiraConnections.id, created.id)),
    );
    expect((await gql(`query($id: ID!) { jiraConnection(id: $id) { hasWebhookSecret webhookSigning } }`, { id: created.id })).jiraConnection).toEqual({
      hasWebhookSecret: false,
      webhookSigning: 'REQUIRED',
    });
    expect((await ping(url)).status).toBe(401);
    expect((await ping(url, created.webhookSecret)).status).toBe(401);

    const { webhookSecret } = await rotate(created.id);
    expect((await ping(url, webhookSecret)).status).toBe(200);
  });

  test('the secret cannot be removed or made weak: signing off is said out loud', async () => {
    for (const [webhookSecret, reason] of [
      [null, /always has a webhook secret.*webhookSigning to OFF/],
      ['', /always has a webhook secret/],
      ['short', /16 to 256 characters/],
      ['x'.repeat(257), /16 to 256 characters/],
    ] as const) {
      const res = await router.query(`mutation($id: ID!, $input: UpdateJiraConnectionInput!) { updateJiraConnection(id: $id, input: $input) { id } }`, {
        id: connectionId,
        input: { webhookSecret },
      });
      expect(res.errors?.[0], String(webhookSecret)).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(reason) });
    }
    const res = await router.query(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id } }`, {
      input: {
        name: 'Weak',
        baseUrl: sim.url,
        flavor: 'CLOUD',
        email: DEFAULT_CLOUD_AUTH.email,
        apiToken: DEFAULT_CLOUD_AUTH.apiToken,
        webhookSecret: 'password',
      },
    });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/16 to 256 characters/) });
    // The connection still takes its signed webhooks.
    expect(await deliver({ timestamp: Date.now(), webhookEvent: 'comment_created' })).toBe(200);
  });

  test('only admins rotate secrets and change signing', async () => {
    const manager = await router.signIn(TENANT, 'MANAGER');
    const asManager = router.as(manager);
    const rotateRes = await asManager(`mutation($id: ID!) { rotateJiraWebhookSecret(connectionId: $id) { webhookSecret } }`, { id: connectionId });
    expect(rotateRes.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const offRes = await asManager(`mutation($id: ID!) { updateJiraConnection(id: $id, input: { webhookSigning: OFF }) { id } }`, { id: connectionId });
    expect(offRes.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await gql(`query($id: ID!) { jiraConnection(id: $id) { webhookSigning } }`, { id: connectionId })).jiraConnection.webhookSigning).toBe('REQUIRED');
  });
});
