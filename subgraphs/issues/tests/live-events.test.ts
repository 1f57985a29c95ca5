import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { and, eq, isNull } from 'drizzle-orm';
import { closeRuntime, MAX_ISSUES_PER_EVENT, withTenant, type LiveEvent, type Published, type Runtime } from '@sprint-reports/core';
import { issuesTables, sprintsTables } from '@sprint-reports/drizzle';
import { startJiraSim, webhookSignature, type JiraSim } from '@sprint-reports/jira-sim';
import { adHoc, createTestDatabase, simSite, syncHarness, tenantNamed } from '@sprint-reports/testing';
import { announceIssues } from '../src/events.ts';
import { queueRun } from '../src/data/sync-runs.ts';
import { receiveWebhook } from '../src/sync/webhooks.ts';

/**
 * The issues subgraph's live events, from the real sync, webhooks and mutations over the JIRA
 * simulator: what reaches the process's event bus (in-process here), once the work commits.
 * The site is one board with a running sprint of about 500 issues and a future one of about 270.
 */
const TENANT = tenantNamed('live-issues');
const SECRET = 'live-issues-webhook-secret';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let harness: Awaited<ReturnType<typeof syncHarness>>;
let runtime: Runtime;
let sim: JiraSim;
let connectionId: string;
let boardId: string;
let active: { id: string; issueIds: string[] };
let future: { id: string };

/** Everything published (as the publishers called it) and delivered (after coalescing), since the last take. */
const published: LiveEvent[] = [];
const delivered: Published[] = [];

/** Waits for the work the last step queued, sends what coalescing holds back, and hands over what was delivered and published. */
async function take() {
  await runtime.jobs.idle();
  await runtime.events.flush();
  return { published: published.splice(0), delivered: delivered.splice(0) };
}

const ofType = <T extends LiveEvent['type']>(events: LiveEvent[], type: T) => events.filter((e): e is Extract<LiveEvent, { type: T }> => e.type === type);
const idsOf = (events: LiveEvent[]) => new Set(ofType(events, 'ISSUES_UPDATED').flatMap((e) => e.issueIds));

const issueIds = () =>
  withTenant(database.db, TENANT, async (db) =>
    (await db.select({ id: issuesTables.issues.id }).from(issuesTables.issues).where(eq(issuesTables.issues.tenantId, TENANT))).map((r) => r.id),
  );

/** A webhook as the router hands it over: the raw body, and its signature with the connection's secret. */
const webhook = (body: unknown) => {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return harness.call(TENANT, `mutation($c: ID!, $b: String!, $s: String) { receiveJiraWebhook(connectionId: $c, bodyBase64: $b, signature: $s) }`, {
    c: connectionId,
    b: Buffer.from(raw).toString('base64'),
    s: webhookSignature(raw, SECRET),
  });
};

beforeAll(async () => {
  database = await createTestDatabase();
  harness = await syncHarness(database);
  runtime = harness.runtime;
  runtime.events.subscribe((e) => delivered.push(e));
  const publish = runtime.events.publish.bind(runtime.events);
  runtime.events.publish = (event) => {
    published.push(event);
    return publish(event);
  };
  // Two sprints: the running one (455 planned, 46 added while it runs) and the next (273 planned).
  sim = await startJiraSim({ site: simSite('live-issues-site', 5, { sprints: 2, issuesPerSprint: 455, issues: 0 }), flavor: 'CLOUD' });
  connectionId = await harness.connect(TENANT, sim, { webhookSecret: SECRET });
});

afterAll(async () => {
  await sim?.close();
  if (runtime) await closeRuntime(runtime);
  await database?.close();
});

describe('a sync', () => {
  test("of a sprint of ~500 issues: one SPRINT_ANALYSIS_UPDATED for it, its issues announced to the board in events of at most 500, the run's progress to its end", async () => {
    await take();
    const run = await harness.sync(TENANT, connectionId);
    expect(run).toMatchObject({ status: 'SUCCEEDED', full: true, errors: [] });
    const events = await take();

    const { boards } = await runtime.client.execute(
      'sprints',
      TENANT,
      adHoc<{ boards: { id: string; sprints: { id: string; state: string }[] }[] }>(`{ boards { id sprints { id state } } }`),
    );
    expect(boards).toHaveLength(1);
    boardId = boards[0].id;
    future = { id: boards[0].sprints.find((s) => s.state === 'FUTURE')!.id };
    const activeId = boards[0].sprints.find((s) => s.state === 'ACTIVE')!.id;
    const inActive = await withTenant(database.db, TENANT, (db) =>
      db
        .select({ id: issuesTables.issueSprints.issueId })
        .from(issuesTables.issueSprints)
        .where(and(eq(issuesTables.issueSprints.sprintId, activeId), isNull(issuesTables.issueSprints.removedAt))),
    );
    active = { id: activeId, issueIds: inActive.map((r) => r.id) };
    expect(active.issueIds.length).toBeGreaterThanOrEqual(450);

    // Exactly one analysis event: the running sprint's (the future one has none), after the run's refresh.
    expect(ofType(events.delivered, 'SPRINT_ANALYSIS_UPDATED')).toEqual([
      { type: 'SPRINT_ANALYSIS_UPDATED', tenantId: TENANT, boardId, sprintId: active.id, at: expect.any(Number) },
    ]);
    expect(new Set(ofType(events.delivered, 'SPRINT_UPDATED').map((e) => e.sprintId))).toEqual(new Set([active.id, future.id]));

    // Every issue synced reaches the board; each announcement holds at most 500 (a page holds 100).
    const all = await issueIds();
    const announced = ofType(events.published, 'ISSUES_UPDATED');
    expect(announced.length).toBeGreaterThan(1);
    for (const e of announced) {
      expect(e).toMatchObject({ tenantId: TENANT, boardId });
      expect(e.issueIds.length).toBeLessThanOrEqual(MAX_ISSUES_PER_EVENT);
    }
    expect(idsOf(events.published)).toEqual(new Set(all));
    expect(idsOf(events.delivered)).toEqual(new Set(all));
    expect(ofType(events.delivered, 'ISSUES_UPDATED').every((e) => e.tenantId === TENANT && e.boardId === boardId)).toBe(true);
    // Coalesced on the bus, still at most 500 each: what the router resolves in one query.
    expect(Math.max(...ofType(events.delivered, 'ISSUES_UPDATED').map((e) => e.issueIds.length))).toBeLessThanOrEqual(MAX_ISSUES_PER_EVENT);

    // Progress: queued, claimed, phases and pages, coalesced; the last one delivered after the run succeeded.
    const progress = ofType(events.delivered, 'SYNC_PROGRESS') as (Extract<LiveEvent, { type: 'SYNC_PROGRESS' }> & { at: number })[];
    expect(progress.length).toBeGreaterThanOrEqual(2);
    expect(progress.every((e) => e.tenantId === TENANT && e.connectionId === connectionId && e.runId === run.id)).toBe(true);
    expect(ofType(events.published, 'SYNC_PROGRESS').length).toBeGreaterThan(10); // queued, claimed, 5 phases, 8 pages, done
    const finishedAt = Date.parse((run as unknown as { finishedAt: string }).finishedAt);
    expect(progress.at(-1)!.at).toBeGreaterThanOrEqual(finishedAt);
  });

  test('the same sync again (full: every sprint sent, every analysis recomputed) announces no sprint and no analysis', async () => {
    const computedAt = () =>
      withTenant(
        database.db,
        TENANT,
        async (db) =>
          (
            await db
              .select({ at: sprintsTables.sprintAnalyses.computedAt })
              .from(sprintsTables.sprintAnalyses)
              .where(eq(sprintsTables.sprintAnalyses.sprintId, active.id))
          )[0].at,
      );
    const before = await computedAt();
    const run = await harness.sync(TENANT, connectionId, true);
    expect(run).toMatchObject({ status: 'SUCCEEDED', full: true });
    const events = await take();
    expect((await computedAt()).getTime()).toBeGreaterThan(before.getTime()); // recomputed, to the same figures
    expect(ofType(events.delivered, 'SPRINT_ANALYSIS_UPDATED')).toEqual([]);
    expect(ofType(events.delivered, 'SPRINT_UPDATED')).toEqual([]);
    expect(ofType(events.delivered, 'SYNC_PROGRESS').at(-1)).toMatchObject({ runId: run.id });
  });
});

describe('webhooks', () => {
  test("an issue's new estimate: ISSUES_UPDATED for its board, then (the refresh job) SPRINT_ANALYSIS_UPDATED for its sprint", async () => {
    // An open, estimated issue that has only ever been in the running sprint, and still is.
    const candidates = await withTenant(database.db, TENANT, (db) =>
      db
        .select({ issue: issuesTables.issues, membership: issuesTables.issueSprints })
        .from(issuesTables.issues)
        .innerJoin(issuesTables.issueSprints, eq(issuesTables.issueSprints.issueId, issuesTables.issues.id))
        .where(eq(issuesTables.issues.tenantId, TENANT)),
    );
    const membershipsOf = new Map<string, (typeof candidates)[number]['membership'][]>();
    for (const c of candidates) membershipsOf.set(c.issue.id, [...(membershipsOf.get(c.issue.id) ?? []), c.membership]);
    const { issue } = candidates.find(({ issue: i }) => {
      const [only, ...more] = membershipsOf.get(i.id)!;
      return i.statusCategory !== 'DONE' && i.storyPoints != null && !more.length && only.sprintId === active.id && only.removedAt === null;
    })!;

    await take();
    expect(await webhook(sim.updateIssue(issue.key, { points: issue.storyPoints! + 5 }))).toEqual({ receiveJiraWebhook: `jira:issue_updated ${issue.key}` });
    const events = await take();
    expect(ofType(events.delivered, 'ISSUES_UPDATED')).toEqual([
      { type: 'ISSUES_UPDATED', tenantId: TENANT, boardId, issueIds: [issue.id], at: expect.any(Number) },
    ]);
    expect(ofType(events.delivered, 'SPRINT_ANALYSIS_UPDATED')).toEqual([
      { type: 'SPRINT_ANALYSIS_UPDATED', tenantId: TENANT, boardId, sprintId: active.id, at: expect.any(Number) },
    ]);
    expect(ofType(events.delivered, 'SPRINT_UPDATED').map((e) => e.sprintId)).toEqual([active.id]);
  });

  test('a sprint renamed in JIRA: SPRINT_UPDATED for it; the same news again: nothing', async () => {
    const jiraSprintId = sim.site.sprints.find((s) => s.state === 'future')!.id;
    const body = sim.updateSprint(jiraSprintId, { name: 'Renamed in JIRA' });
    await take();
    await webhook(body);
    expect(ofType((await take()).delivered, 'SPRINT_UPDATED')).toEqual([
      { type: 'SPRINT_UPDATED', tenantId: TENANT, boardId, sprintId: future.id, at: expect.any(Number) },
    ]);
    await webhook(body);
    expect((await take()).delivered).toEqual([]);
  });

  test('bad input, and a webhook whose transaction rolls back after it applied, publish nothing', async () => {
    const { issue } = await withTenant(database.db, TENANT, async (db) => ({
      issue: (await db.select().from(issuesTables.issues).where(eq(issuesTables.issues.tenantId, TENANT)).limit(1))[0],
    }));
    await take();
    await expect(webhook('not json')).rejects.toThrow(/not JSON/);
    await expect(harness.call(TENANT, `mutation { startSync(connectionId: "00000000-0000-4000-8000-000000000000") { id } }`)).rejects.toThrow(
      /JIRA connection/,
    );
    await expect(harness.call(TENANT, `mutation { cancelSync(id: "00000000-0000-4000-8000-000000000000") { id } }`)).rejects.toThrow(/Sync run/);

    const body = Buffer.from(JSON.stringify(sim.updateIssue(issue.key, { summary: 'Rolled back' })));
    await expect(
      withTenant(database.db, TENANT, async (tx) => {
        await receiveWebhook(runtime, tx, TENANT, connectionId, body, webhookSignature(body.toString(), SECRET));
        throw new Error('the request failed after the webhook was applied');
      }),
    ).rejects.toThrow(/after the webhook/);
    expect(await take()).toEqual({ published: [], delivered: [] });
  });
});

describe('announcing issues', () => {
  test('more than 500 issues of a board go in events of 500', async () => {
    const all = await issueIds();
    expect(all.length).toBeGreaterThan(MAX_ISSUES_PER_EVENT);
    await take();
    await announceIssues(runtime, TENANT, all);
    const events = await take();
    expect(ofType(events.published, 'ISSUES_UPDATED').map((e) => e.issueIds.length)).toEqual([MAX_ISSUES_PER_EVENT, all.length - MAX_ISSUES_PER_EVENT]);
    expect(ofType(events.delivered, 'ISSUES_UPDATED').map((e) => e.issueIds.length)).toEqual([MAX_ISSUES_PER_EVENT, all.length - MAX_ISSUES_PER_EVENT]);
    expect(idsOf(events.delivered)).toEqual(new Set(all));
  });

  test('an issue deleted in JIRA is announced by the sync that marks it deleted', async () => {
    const key = sim.site.issues.find((i) => !i.deleted)!.key;
    const { id } = (
      await withTenant(database.db, TENANT, (db) =>
        db
          .select({ id: issuesTables.issues.id })
          .from(issuesTables.issues)
          .where(and(eq(issuesTables.issues.tenantId, TENANT), eq(issuesTables.issues.key, key))),
      )
    )[0];
    sim.deleteIssue(key);
    await take();
    expect(await harness.sync(TENANT, connectionId)).toMatchObject({ status: 'SUCCEEDED', full: false, issuesDeleted: 1 });
    const events = await take();
    expect(idsOf(events.delivered).has(id)).toBe(true);
  });
});

describe('sync runs', () => {
  test('a queued run cancelled: SYNC_PROGRESS for it', async () => {
    const { run } = await withTenant(database.db, TENANT, (db) => queueRun(db, TENANT, connectionId, false));
    await take();
    expect(await harness.call(TENANT, `mutation($id: ID!) { cancelSync(id: $id) { status } }`, { id: run.id })).toEqual({
      cancelSync: { status: 'CANCELLED' },
    });
    expect((await take()).delivered).toEqual([{ type: 'SYNC_PROGRESS', tenantId: TENANT, connectionId, runId: run.id, at: expect.any(Number) }]);
  });
});
