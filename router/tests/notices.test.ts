import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createInterface } from 'node:readline';
import { buildASTSchema, parse, print, validate, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IDENTITY_HEADER, IdentitySigner, noticeJob, sendNotice, serviceIdentity, type InternalOperation, type SubgraphCall } from '@sprint-reports/core';
import {
  seededDatabase,
  smallTeam,
  startSubgraphProcesses,
  startTestRouter,
  testDatabaseUrl,
  testInternalSecret,
  type SubgraphProcess,
  type SubgraphProcesses,
  type TestDatabase,
  type TestRouter,
} from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

/**
 * A notice after a commit (here: users telling capacity that a team's members changed) that its
 * receiver fails is not lost: it is sent again by a job until the receiver takes it, so the
 * receiver's copy ends up current. One that is delivered at once queues nothing. One whose mutation
 * the receiver does not take (a receiver of another version: GRAPHQL_VALIDATION_FAILED) is dropped
 * with an error log naming it, not sent again for minutes, and later notices still go through.
 */

const CAPACITY = /* GraphQL */ `query($id: ID!) { sprint(id: $id) { capacity { members { user { id } allocationPercent } } } }`;
const ALLOCATE = /* GraphQL */ `mutation($t: ID!, $u: ID!, $a: Int!) { updateTeamMember(teamId: $t, userId: $u, input: { allocationPercent: $a }) { id } }`;
const SET_FOCUS = /* GraphQL */ `mutation($t: ID!, $f: Float!) { setTeamCapacity(teamId: $t, input: { focusFactor: $f }) { focusFactor } }`;

/** A notice capacity does not take (no such mutation in its schema): what a sender of a newer version would send. */
const UNKNOWN_NOTICE = parse(/* GraphQL */ `
  mutation CapacityTeamsArchived($ids: [ID!]!) {
    teamsArchived(teamIds: $ids)
  }
`) as InternalOperation<unknown, { ids: string[] }>;

interface LogLine {
  level: number;
  name?: string;
  msg?: string;
  [key: string]: unknown;
}

/** The JSON log lines a subgraph process writes from now on (its pino logger's destination: its stdout). */
function logLinesOf(subgraph: SubgraphProcess) {
  const lines: LogLine[] = [];
  const waiters: { match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }[] = [];
  const reader = createInterface({ input: subgraph.child!.stdout! });
  reader.on('line', (text) => {
    if (!text.startsWith('{')) return;
    const line = JSON.parse(text) as LogLine;
    lines.push(line);
    for (const waiter of waiters.filter((w) => w.match(line))) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(line);
    }
  });
  return {
    lines,
    /** The first line from now on that `match`es. */
    next: (match: (l: LogLine) => boolean) => new Promise<LogLine>((resolve) => waiters.push({ match, resolve })),
    close: () => reader.close(),
  };
}

/**
 * The queues subgraph of an older version, on `port`: it validates each operation against queues'
 * served schema without `capacityChanged` (graphql-js, as Apollo Server does) and answers a failure
 * as Apollo does (HTTP 400, GRAPHQL_VALIDATION_FAILED). It executes nothing; it records the names
 * of the operations it received.
 */
async function startOlderQueues(port: number) {
  const served = parse(readFileSync(new URL('../../schema/served/queues.graphql', import.meta.url), 'utf8'));
  const schema = buildASTSchema(
    visit(served, {
      ObjectTypeDefinition: (node) =>
        node.name.value === 'Mutation' ? { ...node, fields: node.fields?.filter((f) => f.name.value !== 'capacityChanged') } : undefined,
    }),
  );
  const received: string[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const document = parse((JSON.parse(body) as { query: string }).query);
      const operation = document.definitions[0];
      received.push(operation.kind === 'OperationDefinition' ? (operation.name?.value ?? 'anonymous') : 'anonymous');
      const errors = validate(schema, document);
      const answer = errors.length
        ? {
            status: 400,
            body: { errors: errors.map((e) => ({ message: e.message, locations: e.locations, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })) },
          }
        : { status: 503, body: { errors: [{ message: 'This test receiver executes nothing', extensions: { code: 'SUBGRAPH_UNAVAILABLE' } }] } };
      res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  return {
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The capacity subgraph runs as its own process (it shares the database), so it needs PostgreSQL.
describe.runIf(testDatabaseUrl)('notices after a commit', () => {
  let database: TestDatabase;
  let ds: Dataset;
  let processes: SubgraphProcesses;
  let router: TestRouter;
  /** Notice jobs this router's process ran, and whether they failed. */
  const noticeJobs: { error?: string }[] = [];

  const gql = async <T = any>(query: string, variables: Record<string, unknown>) => {
    const res = await router.query<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const allocationOf = async (sprintId: string, userId: string) =>
    (await gql(CAPACITY, { id: sprintId })).sprint.capacity.members.find((m: { user: { id: string } }) => m.user.id === userId)?.allocationPercent;

  beforeAll(async () => {
    ({
      database,
      tenants: { notices: ds },
    } = await seededDatabase({ notices: [smallTeam('Atlas')] }));
    processes = await startSubgraphProcesses(database.url!);
    // Only capacity is another process: users (the sender) runs in the router's, with its jobs.
    router = await startTestRouter(database, { tenantId: ds.tenant.id, subgraphUrls: { capacity: processes.urls.capacity } });
    router.runtime.jobs.events.on('settled', (job: { name: string; error?: string }) => {
      if (job.name === noticeJob('capacity')) noticeJobs.push({ error: job.error });
    });
  }, 240_000);

  afterAll(async () => {
    await processes?.stop();
    await router?.stop();
    await database?.close();
  });

  const active = () => ds.sprints.find((s) => s.state === 'ACTIVE')!;
  const member = () => ds.members.find((m) => m.teamId === ds.teams[0].id && m.allocationPercent === 100)!;

  test("a member change made while capacity is down reaches capacity's copy once it is back", async () => {
    const { userId } = member();
    expect(await allocationOf(active().id, userId)).toBe(100);

    await processes.get('capacity').kill();
    // The change is made and answered: the notice that failed is the job's to deliver.
    await gql(ALLOCATE, { t: ds.teams[0].id, u: userId, a: 50 });
    await processes.get('capacity').restart();
    await router.runtime.jobs.idle();

    expect(await allocationOf(active().id, userId)).toBe(50);
    // Retried until capacity took it (attempts made while it was still starting queue the next).
    expect(noticeJobs.length).toBeGreaterThan(0);
    expect(noticeJobs.every((j) => !j.error)).toBe(true);
  }, 120_000);

  test('a notice delivered at once queues nothing, and the next read sees it', async () => {
    const { userId } = member();
    await router.runtime.jobs.idle();
    noticeJobs.length = 0;
    await gql(ALLOCATE, { t: ds.teams[0].id, u: userId, a: 100 });
    expect(await allocationOf(active().id, userId)).toBe(100);
    await router.runtime.jobs.idle();
    expect(noticeJobs).toEqual([]);
  }, 60_000);

  test('a notice the receiver does not take (validation fails) is dropped at once, not retried, and later notices still reach it', async () => {
    const { userId } = member();
    const tenantId = ds.tenant.id;
    const variables = { ids: [ds.teams[0].id] };
    await router.runtime.jobs.idle();
    noticeJobs.length = 0;

    // The capacity process refuses it over HTTP as Apollo does: status 400, GRAPHQL_VALIDATION_FAILED.
    const refused = await fetch(processes.urls.capacity, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await new IdentitySigner(testInternalSecret).sign(serviceIdentity(tenantId)) },
      body: JSON.stringify({ query: print(UNKNOWN_NOTICE), variables }),
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    // The router's process sends it as a sender does after its commit (none is open here: at once).
    const calls: SubgraphCall[] = [];
    const onCall = (call: SubgraphCall) => {
      if (call.to === 'capacity') calls.push(call);
    };
    // A retry, had one been queued, runs a second later and settles before the runner can be idle.
    let onSettled!: (job: { name: string }) => void;
    const retried = new Promise<void>((resolve) => {
      onSettled = (job) => {
        if (job.name === noticeJob('capacity')) resolve();
      };
      router.runtime.jobs.events.on('settled', onSettled);
    });
    router.client.events.on('call', onCall);
    try {
      // The sender is not failed for it.
      await expect(sendNotice(router.client, { subgraph: 'capacity', tenantId, document: UNKNOWN_NOTICE, variables })).resolves.toBeUndefined();
      await Promise.race([router.runtime.jobs.idle(), retried]);
    } finally {
      router.client.events.off('call', onCall);
      router.runtime.jobs.events.off('settled', onSettled);
    }
    // Nothing is waiting to send it again, and it reached capacity once.
    expect(noticeJobs).toEqual([]);
    expect(calls).toHaveLength(1);

    // Later notices still reach capacity at once: its copy follows the next member change.
    await gql(ALLOCATE, { t: ds.teams[0].id, u: userId, a: 60 });
    expect(await allocationOf(active().id, userId)).toBe(60);
    await router.runtime.jobs.idle();
    expect(noticeJobs).toEqual([]);
  }, 60_000);

  test('the sender logs the dropped notice by name: capacity telling a queues that does not take capacityChanged', async () => {
    const queues = processes.get('queues');
    const capacityLog = logLinesOf(processes.get('capacity'));
    await queues.kill();
    let olderQueues: Awaited<ReturnType<typeof startOlderQueues>> | undefined;
    try {
      olderQueues = await startOlderQueues(Number(new URL(queues.url).port));
      const logged = capacityLog.next((l) => l.name === 'notices' && l.notice === 'CapacityChanged');
      // The capacity process answers once its notice was dealt with (delivered, queued again or dropped).
      expect((await gql(SET_FOCUS, { t: ds.teams[0].id, f: 0.7 })).setTeamCapacity.focusFactor).toBe(0.7);
      expect(await logged).toMatchObject({
        level: 50, // error
        msg: 'Notice dropped: the receiver does not take this mutation',
        subgraph: 'queues',
        tenantId: ds.tenant.id,
        attempt: 1,
        variables: { teamId: ds.teams[0].id, cause: { kind: 'TEAM_CAPACITY' } },
        err: expect.stringContaining('Cannot query field "capacityChanged" on type "Mutation"'),
      });
      // Its one attempt logged that line only, not the warning that it is to be sent again (that no
      // retry follows, the router's runner shows in the test above).
      expect(olderQueues.received.filter((name) => name === 'CapacityChanged')).toEqual(['CapacityChanged']);
      expect(capacityLog.lines.filter((l) => l.name === 'notices')).toHaveLength(1);
    } finally {
      capacityLog.close();
      await olderQueues?.close();
      await queues.restart();
    }
  }, 120_000);
});
