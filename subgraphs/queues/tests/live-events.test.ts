import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { closeRuntime, startSubgraphs, withTenant, type Runtime } from '@sprint-reports/core';
import type { Dataset } from '@sprint-reports/demo-data';
import { adHoc, createTestDatabase, eventRecorder, seedTenant, smallTeam, testRuntime } from '@sprint-reports/testing';
import { generateQueue } from '../src/index.ts';

/**
 * QUEUE_UPDATED whenever a sprint's queue is stored or changes: generated (by a planner, or again in
 * the background), re-planned after a pin, a move or an unpin, accepted, marked outdated. Published
 * once the change commits. A seeded tenant (a team's board with a future sprint and a backlog), every
 * subgraph and job in this process, events on its in-process bus.
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let runtime: Runtime;
let ds: Dataset;
let tenant: string;
let sprintId: string;
let queueId: string;
let recorder: ReturnType<typeof eventRecorder>;
const take = () => recorder.take();

const call = <T = any>(query: string, variables: Record<string, unknown> = {}) => runtime.client.execute('queues', tenant, adHoc<T>(query), variables);
const updated = () => [{ type: 'QUEUE_UPDATED', tenantId: tenant, sprintId, queueId, at: expect.any(Number) }];
const QUEUE = 'id status items { issue { id } } leftOut { issue { id } }';
type QueueView = { id: string; status: string; items: { issue: { id: string } }[]; leftOut: { issue: { id: string } }[] };
const changed = (teamId: string) => call(`mutation($t: ID!) { capacityChanged(teamId: $t, cause: { kind: TEAM_CAPACITY }) }`, { t: teamId });

beforeAll(async () => {
  database = await createTestDatabase();
  ds = await seedTenant(database, 'live-queues', [smallTeam('Atlas', { sprints: 4, issuesPerSprint: 12, issues: 80 })]);
  tenant = ds.tenant.id;
  sprintId = ds.sprints.find((s) => s.state === 'FUTURE')!.id;
  runtime = testRuntime(database);
  await startSubgraphs(runtime);
  recorder = eventRecorder(runtime);
});

afterAll(async () => {
  if (runtime) await closeRuntime(runtime);
  await database?.close();
});

describe('QUEUE_UPDATED', () => {
  let queue: QueueView;

  test('a planner generates the queue', async () => {
    await take();
    queue = (await call<{ generateQueue: QueueView }>(`mutation($s: ID!) { generateQueue(sprintId: $s) { ${QUEUE} } }`, { s: sprintId })).generateQueue;
    queueId = queue.id;
    expect(queue.items.length).toBeGreaterThan(1);
    expect(await take()).toEqual(updated());
  });

  test('pin, move and unpin each re-plan the queue and announce it', async () => {
    const issueId = queue.items[1].issue.id;
    await call(`mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i, position: 1) { id } }`, { q: queueId, i: issueId });
    expect(await take()).toEqual(updated());
    await call(`mutation($q: ID!, $i: ID!) { moveQueueItem(queueId: $q, issueId: $i, position: 2) { id } }`, { q: queueId, i: issueId });
    expect(await take()).toEqual(updated());
    await call(`mutation($q: ID!, $i: ID!) { unpinQueueItem(queueId: $q, issueId: $i) { id } }`, { q: queueId, i: issueId });
    expect(await take()).toEqual(updated());
  });

  test('bad input, and a generation whose transaction rolls back, announce nothing', async () => {
    const outsider = ds.issues.find((i) => !queue.items.some((q) => q.issue.id === i.id) && !queue.leftOut.some((l) => l.issue.id === i.id))!;
    await expect(call(`mutation($q: ID!, $i: ID!) { pinQueueItem(queueId: $q, issueId: $i) { id } }`, { q: queueId, i: outsider.id })).rejects.toThrow(
      /not a candidate/,
    );
    await expect(
      call(`mutation($q: ID!, $i: ID!) { unpinQueueItem(queueId: $q, issueId: $i) { id } }`, { q: queueId, i: queue.items[0].issue.id }),
    ).rejects.toThrow(/not pinned/);
    await expect(
      call(`mutation($q: ID!) { moveQueueItem(queueId: $q, issueId: "${queue.items[0].issue.id}", position: 0) { id } }`, { q: queueId }),
    ).rejects.toThrow(/outside the queue/);
    await expect(
      withTenant(database.db, tenant, async (tx) => {
        await generateQueue({ db: tx, client: runtime.client, events: runtime.events }, tenant, sprintId, { trigger: 'REQUESTED', userId: null });
        throw new Error('the request failed after the queue was stored');
      }),
    ).rejects.toThrow(/after the queue was stored/);
    expect(await take()).toEqual([]);
  });

  test("the team's capacity changed: the draft queue regenerates in the background and is announced", async () => {
    expect(await changed(ds.teams[0].id)).toEqual({ capacityChanged: 1 });
    expect(await take()).toEqual(updated());
  });

  test("a member's days off changed: the draft regenerates in the background, and says whose (Queue.cause)", async () => {
    const member = ds.members.find((m) => m.teamId === ds.teams[0].id)!.userId;
    const CAUSE = `query($s: ID!) { _entities(representations: [{ __typename: "Sprint", id: $s }]) { ... on Sprint { queue { trigger generatedBy { id } cause { kind user { id } sprint { id } } } } } }`;
    const causeOf = async () => (await call<{ _entities: { queue: any }[] }>(CAUSE, { s: sprintId }))._entities[0].queue;
    await runtime.client.execute(
      'capacity',
      tenant,
      adHoc(`mutation($s: ID!, $u: ID!) { setMemberAvailability(sprintId: $s, userId: $u, daysOff: 2) { id } }`),
      { s: sprintId, u: member },
    );
    // The capacity subgraph announces its own change too (CAPACITY_UPDATED).
    expect((await take()).filter((e) => e.type === 'QUEUE_UPDATED')).toEqual(updated());
    expect(await causeOf()).toEqual({
      trigger: 'CAPACITY_CHANGED',
      generatedBy: null,
      cause: { kind: 'DAYS_OFF', user: { id: member }, sprint: { id: sprintId } },
    });

    // Told by the users subgraph (a member added or changed): whose, and no sprint.
    await call(`mutation($t: ID!, $u: ID!) { teamMembershipChanged(teamId: $t, userId: $u) }`, { t: ds.teams[0].id, u: member });
    expect(await take()).toEqual(updated());
    expect((await causeOf()).cause).toEqual({ kind: 'TEAM_MEMBERS', user: { id: member }, sprint: null });

    // A planner generating it again: no cause, it is theirs.
    await call(`mutation($s: ID!) { generateQueue(sprintId: $s) { id } }`, { s: sprintId });
    expect(await take()).toEqual(updated());
    expect((await causeOf()).cause).toBeNull();
  });

  test('accepted: announced; accepted again: nothing changed, nothing announced; marked outdated once', async () => {
    await call(`mutation($q: ID!) { acceptQueue(queueId: $q) { id } }`, { q: queueId });
    expect(await take()).toEqual(updated());
    await call(`mutation($q: ID!) { acceptQueue(queueId: $q) { id } }`, { q: queueId });
    expect(await take()).toEqual([]);

    expect(await changed(ds.teams[0].id)).toEqual({ capacityChanged: 1 });
    expect(await take()).toEqual(updated());
    // Already outdated: nothing changes.
    expect(await changed(ds.teams[0].id)).toEqual({ capacityChanged: 1 });
    expect(await take()).toEqual([]);
  });
});
