import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IDENTITY_HEADER, IdentitySigner, subgraphNames, type Identity, type SubgraphName } from '@sprint-reports/core';
import { supergraphPath } from '../src/gateway.ts';
import { representationKey } from '../src/distinct-representations.ts';
import {
  seededDatabase,
  smallTeam,
  startSubgraphProcesses,
  startTestRouter,
  testDatabaseUrl,
  testInternalSecret,
  type GraphQLResponse,
  type SubgraphProcesses,
  type TestDatabase,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';

const DASHBOARD = fs.readFileSync(new URL('../../tests/dashboard.graphql', import.meta.url), 'utf8');

interface EntityFetch {
  subgraph: SubgraphName;
  representations: unknown[];
}

/**
 * An HTTP proxy in front of each subgraph process that records every entity fetch's representations;
 * for the users subgraph it can answer some users as unresolvable (null, and an error at that
 * entity), as a subgraph that fails part of a fetch does.
 */
async function startRecordingProxies(urls: Record<SubgraphName, string>) {
  const fetches: EntityFetch[] = [];
  const unresolvable = new Set<string>();
  const servers: http.Server[] = [];
  const proxied = {} as Record<SubgraphName, string>;
  for (const subgraph of subgraphNames) {
    const server = http.createServer((req, res) => {
      // A proxy that fails says so at once (the plain gateway would otherwise wait for it forever).
      forward(subgraph, req, res).catch((err: Error) => res.writeHead(502, { 'content-type': 'text/plain' }).end(`the recording proxy failed: ${err.stack}`));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    proxied[subgraph] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }
  async function forward(subgraph: SubgraphName, req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables?: { representations?: { __typename: string; id: string }[] } };
    const representations = body.variables?.representations;
    if (representations) fetches.push({ subgraph, representations });
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection', 'transfer-encoding'].includes(name)),
    ) as Record<string, string>;
    const upstream = await fetch(urls[subgraph], { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
    let text = await upstream.text();
    if (subgraph === 'users' && representations?.some((r) => unresolvable.has(r.id))) {
      const answer = JSON.parse(text) as { data: { _entities: unknown[] }; errors?: unknown[] };
      representations.forEach((r, i) => {
        if (!unresolvable.has(r.id)) return;
        answer.data._entities[i] = null;
        (answer.errors ??= []).push({ message: 'This user could not be loaded', path: ['_entities', i, 'displayName'], extensions: { code: 'NOT_FOUND' } });
      });
      text = JSON.stringify(answer);
    }
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(text);
  }
  return {
    urls: proxied,
    fetches,
    unresolvable,
    close: () => Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve).closeAllConnections()))),
  };
}

/** Apollo's gateway as it is, without our data sources: one representation per occurrence, as before. */
async function startPlainGateway(urls: Record<SubgraphName, string>) {
  const signer = new IdentitySigner(testInternalSecret);
  class Signed extends RemoteGraphQLDataSource<{ identity: Identity }> {
    override async willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<{ identity: Identity }>['willSendRequest']>>[0]) {
      if ('identity' in context) request.http?.headers.set(IDENTITY_HEADER, await signer.sign(context.identity));
    }
  }
  const gateway = new ApolloGateway({
    supergraphSdl: fs.readFileSync(supergraphPath, 'utf8'),
    buildService: ({ name }) => new Signed({ url: urls[name as SubgraphName] }),
  });
  const server = new ApolloServer<{ identity: Identity }>({ gateway });
  await server.start();
  return {
    async query(query: string, variables: Record<string, unknown>, identity: Identity): Promise<GraphQLResponse> {
      const res = await server.executeOperation({ query, variables }, { contextValue: { identity } });
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      return res.body.singleResult as GraphQLResponse;
    },
    stop: () => server.stop(),
  };
}

/** The errors as a client tells them apart: message, where, and code. */
const errorsOf = (res: GraphQLResponse) =>
  (res.errors as { message: string; path?: unknown[]; extensions?: { code?: string } }[] | undefined)?.map((e) => ({
    message: e.message,
    path: e.path,
    code: e.extensions?.code,
  }));

/** Each fetch's representations, distinct, in order of first occurrence, keyed stably; the fetches sorted. */
const distinctPerFetch = (fetches: EntityFetch[]) =>
  fetches.map((f) => `${f.subgraph} ${[...new Set(f.representations.map(representationKey))].join(' ')}`).sort();

const total = (fetches: EntityFetch[], subgraph: SubgraphName) =>
  fetches.filter((f) => f.subgraph === subgraph).reduce((n, f) => n + f.representations.length, 0);

// Separate processes share one database server, so this needs PostgreSQL (CI sets it).
describe.runIf(testDatabaseUrl)('entity fetches: each distinct representation once per fetch', () => {
  let database: TestDatabase;
  let acme: Dataset;
  let processes: SubgraphProcesses;
  let proxies: Awaited<ReturnType<typeof startRecordingProxies>>;
  let plain: Awaited<ReturnType<typeof startPlainGateway>>;
  let router: TestRouter;
  let embedded: TestRouter;
  let admin: TestUser;
  let identity: Identity;

  beforeAll(async () => {
    ({
      database,
      tenants: { acme },
    } = await seededDatabase({ acme: [smallTeam('Atlas')] }));
    // Stored analyses are served as they are (no recomputation mid-test): the answers stay comparable.
    processes = await startSubgraphProcesses(database.url!, { env: { ANALYSIS_TTL_SECONDS: '3600' } });
    proxies = await startRecordingProxies(processes.urls);
    router = await startTestRouter(database, { subgraphUrls: proxies.urls });
    embedded = await startTestRouter(database);
    plain = await startPlainGateway(proxies.urls);
    admin = await router.signIn(acme.tenant.id, 'ADMIN');
    identity = { kind: 'user', tenantId: acme.tenant.id, userId: admin.id, role: 'ADMIN', email: admin.email, teams: {} };
  }, 180_000);
  afterAll(async () => {
    await plain?.stop();
    await router?.stop();
    await embedded?.stop();
    await proxies?.close();
    await processes?.stop();
    await database?.close();
  });

  /** The dashboard through Apollo's gateway as it is, and through our router; with the entity fetches each made. */
  async function bothWays(query: string, variables: Record<string, unknown>) {
    proxies.fetches.length = 0;
    const before = await plain.query(query, variables, identity);
    const beforeFetches = proxies.fetches.splice(0);
    const after = await router.as(admin)(query, variables);
    const afterFetches = proxies.fetches.splice(0);
    return { before, beforeFetches, after, afterFetches };
  }

  test('the dashboard: the users subgraph gets each user once per fetch, and the answer is the one Apollo gives without it', async () => {
    const variables = { boardId: acme.boards[0].id };
    const { before, beforeFetches, after, afterFetches } = await bothWays(DASHBOARD, variables);
    expect(before.errors).toBeUndefined();
    expect(after).toEqual(before);
    // In one process, too.
    expect(await embedded.as(admin)(DASHBOARD, variables)).toEqual(before);

    // Apollo alone repeats a user for every issue they are assigned and every place they appear.
    expect(total(beforeFetches, 'users')).toBeGreaterThan(
      new Set(beforeFetches.filter((f) => f.subgraph === 'users').flatMap((f) => f.representations.map(representationKey))).size,
    );
    // Ours: the same fetches, each with exactly its distinct representations, none twice.
    for (const fetch of afterFetches) expect(new Set(fetch.representations.map(representationKey)).size).toBe(fetch.representations.length);
    expect(distinctPerFetch(afterFetches)).toEqual(distinctPerFetch(beforeFetches));
    // The users subgraph hears of each assignee once, however many issues they have.
    const assignees = new Set(
      after.data.board.sprints.flatMap((s: { issues: { assignee: { id: string } | null }[] }) => s.issues.flatMap((i) => (i.assignee ? [i.assignee.id] : []))),
    );
    const usersSent = afterFetches
      .filter((f) => f.subgraph === 'users')
      .flatMap((f) => f.representations as { __typename: string; id: string }[])
      .filter((r) => r.__typename === 'User');
    expect(usersSent.map((r) => r.id).sort()).toEqual([...assignees].sort());
    expect(total(beforeFetches, 'users')).toBeGreaterThan(usersSent.length);
  });

  test('a user the users subgraph cannot resolve: null and an error at every place that user appears, as without deduplication', async () => {
    const variables = { boardId: acme.boards[0].id };
    // The busiest assignee: many places in the answer, one representation on the wire.
    const { data } = await router.as(admin)(DASHBOARD, variables);
    const counts = new Map<string, number>();
    for (const sprint of data.board.sprints)
      for (const issue of sprint.issues) if (issue.assignee) counts.set(issue.assignee.id, (counts.get(issue.assignee.id) ?? 0) + 1);
    const [busiest, places] = [...counts].sort((a, b) => b[1] - a[1])[0];
    expect(places).toBeGreaterThan(1);
    proxies.unresolvable.add(busiest);
    try {
      const { before, after, afterFetches } = await bothWays(DASHBOARD, variables);
      expect(errorsOf(after)).toEqual(errorsOf(before));
      expect(after.data).toEqual(before.data);
      // Attributed to each issue the user is assigned to, the other issues unharmed.
      const paths = after.errors!.filter((e) => e.message === 'This user could not be loaded').map((e) => (e as { path?: (string | number)[] }).path!);
      expect(paths.filter((p) => p.includes('issues'))).toHaveLength(places);
      for (const path of paths.filter((p) => p.includes('issues'))) expect(path.slice(-2)).toEqual(['assignee', 'displayName']);
      const sent = afterFetches
        .filter((f) => f.subgraph === 'users')
        .flatMap((f) => f.representations as { id: string }[])
        .filter((r) => r.id === busiest);
      expect(sent.length).toBeLessThan(places);
    } finally {
      proxies.unresolvable.delete(busiest);
    }
  });
});
