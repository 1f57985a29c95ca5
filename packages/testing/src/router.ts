import { randomUUID } from 'node:crypto';
import {
  createSecretBox,
  loadConfig,
  loadSecretKeys,
  logLevel,
  type Config,
  type DatabaseHandle,
  type EventBus,
  type Logger,
  type Role,
  type SubgraphName,
  type TeamRole,
} from '@sprint-reports/core';
import { startEmbedded, type EdgeOptions, type Embedded } from '@sprint-reports/router';
import { signInTestUser, type TestUser } from './auth.ts';
import { testEncryptionKey, testInternalSecret } from './secrets.ts';

const routerSecrets = createSecretBox(loadSecretKeys({ ENCRYPTION_KEY: testEncryptionKey }).keys);

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface QueryOptions {
  /** The access token to send (`Authorization: Bearer`); null: none, as an anonymous client. Default: the router's default user's. */
  token?: string | null;
  headers?: Record<string, string>;
}

export type Query = <T = any>(query: string, variables?: Record<string, unknown>, opts?: QueryOptions) => Promise<GraphQLResponse<T>>;

export interface TestRouter extends Embedded {
  url: string;
  /** The same URL for WebSocket (graphql-ws). */
  wsUrl: string;
  /** POSTs an operation to the router, as a client would. */
  query: Query;
  /** The same, and the HTTP response's status and headers. */
  request<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    opts?: QueryOptions,
  ): Promise<{ status: number; headers: Headers; body: GraphQLResponse<T> }>;
  /** Creates a user of the tenant with the role (and team roles) and signs them in through `login`. */
  signIn(tenantId: string, role?: Role, opts?: { teams?: Record<string, TeamRole> }): Promise<TestUser>;
  /** Queries as this user (their access token). */
  as(user: Pick<TestUser, 'accessToken'>): Query;
}

/**
 * A real router on a free port over the given database, subgraphs in-process unless URLs are given.
 * With `tenantId`, requests that pass no token act as an ADMIN of that tenant, signed in through the
 * real login (the user is created on first use). Rate limits are out of the way unless `config` sets
 * them; each router counts in its own Redis keys (REDIS_URL) unless `edge.rateLimitPrefix` says otherwise.
 * `port`: a given one (a test restarting a router where its clients reconnect), else a free one.
 */
export async function startTestRouter(
  database: DatabaseHandle,
  opts: {
    tenantId?: string;
    port?: number;
    subgraphUrls?: Partial<Record<SubgraphName, string>>;
    config?: Partial<Config>;
    edge?: EdgeOptions;
    events?: EventBus;
    log?: Logger;
  } = {},
): Promise<TestRouter> {
  const config: Config = {
    // Tests sign organisations up freely; a test of the closed modes sets `config.signupMode`.
    ...loadConfig({ NODE_ENV: 'test', LOG_LEVEL: logLevel('silent'), SIGNUP_MODE: 'open' }),
    subgraphUrls: opts.subgraphUrls ?? {},
    internalSecret: testInternalSecret,
    rateLimitPerMinute: 1_000_000,
    rateLimitLoginPerMinute: 1_000_000,
    // Reads return the stored analyses however long a test file runs (statement counts stay exact);
    // the test of the TTL itself lowers it.
    analysisTtlSeconds: 3600,
    // The JIRA simulators and identity providers of tests listen on this machine; the tests of the
    // refusal itself turn this off.
    allowPrivateHosts: true,
    ...opts.config,
  };
  // Jobs stay in this process; rate limits count in Redis when the tests have one.
  const edge = { rateLimitPrefix: `test:${randomUUID()}`, rateLimitRedisUrl: process.env.REDIS_URL || undefined, ...opts.edge };
  const app = await startEmbedded(config, {
    database,
    port: opts.port ?? 0,
    host: '127.0.0.1',
    secrets: routerSecrets,
    edge,
    events: opts.events,
    log: opts.log,
  });
  const url = `http://127.0.0.1:${app.router.port}/graphql`;
  const target = { url, db: database.db, client: app.client };

  let defaultUser: Promise<TestUser> | undefined;
  const defaultToken = async () => {
    if (!opts.tenantId) return null;
    let user = await (defaultUser ??= signInTestUser(target, opts.tenantId, 'ADMIN'));
    // Tokens live 15 minutes: a long test file signs in again rather than fail late.
    if (user.expiresAt.getTime() - Date.now() < 60_000) user = await (defaultUser = signInTestUser(target, opts.tenantId, 'ADMIN'));
    return user.accessToken;
  };

  const request: TestRouter['request'] = async (query, variables = {}, { token, headers = {} } = {}) => {
    const bearer = token === undefined ? await defaultToken() : token;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as GraphQLResponse };
  };
  const query: Query = async (q, variables, o) => (await request(q, variables, o)).body;
  return {
    ...app,
    url,
    wsUrl: url.replace(/^http/, 'ws'),
    query,
    request,
    signIn: (tenantId, role = 'ADMIN', o) => signInTestUser(target, tenantId, role, o),
    as: (user) => (q, variables, o) => query(q, variables, { token: user.accessToken, ...o }),
  };
}
