import { randomUUID } from 'node:crypto';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { withTenant } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import { createTestDatabase, seededRouter, simSite, smallTeam, startTestRouter, SYNC_RUN_FIELDS, type TestRouter } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { startIdentityProvider, type IdentityProvider } from './identity-provider.ts';

/**
 * Server-side request forgery: an admin of any tenant chooses the URLs this server calls (a JIRA
 * site, an identity provider's keys). Without JIRA_ALLOW_PRIVATE_HOSTS, every private or local
 * address is refused before anything is sent, with one message that names no port and no
 * connection error, so trying addresses maps nothing; and the check holds again when connecting.
 * Every target here is a server of this test on this machine, counting what reaches it.
 */
const PRIVATE =
  'The JIRA URL points at a private or local network address, which this server does not call; an operator can allow it with JIRA_ALLOW_PRIVATE_HOSTS';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let acme: Dataset;
/** The product's default: private hosts refused. */
let strict: TestRouter;
/** An operator's choice (JIRA_ALLOW_PRIVATE_HOSTS=true), over the same database. */
let allowing: TestRouter;
let sim: JiraSim;
/** An open port that speaks no HTTP, counting the connections made to it. */
let raw: net.Server;
let rawConnections = 0;
const rawSockets = new Set<net.Socket>();
let closedPort: number;

const CREATE = /* GraphQL */ `mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id baseUrl } }`;
const CONNECTIONS = /* GraphQL */ `{ jiraConnections { id } }`;
const input = (baseUrl: string) => ({
  name: 'Probe',
  baseUrl,
  flavor: 'CLOUD',
  email: DEFAULT_CLOUD_AUTH.email,
  apiToken: DEFAULT_CLOUD_AUTH.apiToken,
  syncIntervalMinutes: 0,
});

const portOf = (server: net.Server | http.Server) => (server.address() as AddressInfo).port;

beforeAll(async () => {
  ({
    database,
    router: strict,
    tenants: { acme },
  } = await seededRouter({ acme: [smallTeam('Atlas', { sprints: 1, issues: 5 })] }, { router: { config: { allowPrivateHosts: false } } }));
  allowing = await startTestRouter(database, { tenantId: acme.tenant.id, config: { allowPrivateHosts: true } });
  sim = await startJiraSim({ site: simSite('ssrf', 3, { sprints: 1, issues: 5 }), flavor: 'CLOUD' });
  raw = net.createServer((socket) => {
    rawConnections++;
    rawSockets.add(socket);
    socket.end('SSH-2.0-OpenSSH_9.6\r\n');
  });
  await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = portOf(probe);
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(async () => {
  await strict?.stop();
  await allowing?.stop();
  await sim?.close();
  for (const socket of rawSockets) socket.destroy();
  await new Promise((resolve) => raw?.close(resolve));
  await database?.close();
});

describe('createJiraConnection', () => {
  test('every private or local address is refused with one port-free message, and nothing reaches this machine', async () => {
    const simPort = new URL(sim.url).port;
    const rawPort = String(portOf(raw));
    const targets = [
      sim.url, // an open port with a real JIRA behind it
      `http://127.0.0.1:${rawPort}`, // an open port that is not JIRA
      `http://127.0.0.1:${closedPort}`, // a closed port
      `http://[::1]:${simPort}`,
      `http://localhost:${simPort}`, // a name that resolves to loopback
      `http://0.0.0.0:${simPort}`,
      `http://[::ffff:127.0.0.1]:${simPort}`,
      `http://2130706433:${simPort}`, // 127.0.0.1 written as one number
      'http://10.0.0.7:8080',
      'https://192.168.1.20/jira',
      'http://169.254.169.254/latest/meta-data/', // cloud metadata
      'http://[fd00::1]/',
    ];
    const stored = (await strict.query(CONNECTIONS)).data.jiraConnections;
    for (const baseUrl of targets) {
      const res = await strict.query(CREATE, { input: input(baseUrl) });
      expect(res.data?.createJiraConnection ?? null, baseUrl).toBeNull();
      expect(res.errors?.[0].extensions?.code, baseUrl).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message, baseUrl).toBe(PRIVATE);
    }
    expect(sim.requests).toHaveLength(0);
    expect(rawConnections).toBe(0);
    expect((await strict.query(CONNECTIONS)).data.jiraConnections).toEqual(stored);
  });

  test('other schemes are refused before any request', async () => {
    for (const baseUrl of ['file:///etc/passwd', `gopher://127.0.0.1:${portOf(raw)}/_INFO`, `ftp://127.0.0.1:${new URL(sim.url).port}/`]) {
      const res = await strict.query(CREATE, { input: input(baseUrl) });
      expect(res.errors?.[0].extensions?.code, baseUrl).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message, baseUrl).toBe('The JIRA URL must start with https:// (or http://)');
    }
    expect(rawConnections).toBe(0);
    expect(sim.requests).toHaveLength(0);
  });

  test('with private hosts allowed, the same simulator is connected; closed and non-HTTP ports fail alike, naming no port', async () => {
    const made = await allowing.query(CREATE, { input: input(sim.url) });
    expect(made.errors).toBeUndefined();
    expect(sim.requests.length).toBeGreaterThan(0);

    const closed = await allowing.query(CREATE, { input: input(`http://127.0.0.1:${closedPort}`) });
    const notJira = await allowing.query(CREATE, { input: input(`http://127.0.0.1:${portOf(raw)}`) });
    expect(rawConnections).toBeGreaterThan(0);
    for (const res of [closed, notJira]) {
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].message).toBe('JIRA at 127.0.0.1 could not be reached: check the URL, and that the site is reachable from this server');
    }
    await allowing.query(`mutation($id: ID!) { deleteJiraConnection(id: $id) }`, { id: made.data.createJiraConnection.id });
  });
});

describe('a stored connection to a private address', () => {
  test('its sync is refused at connect time: the run fails saying why, and nothing reaches the site', async () => {
    // Stored where private hosts were allowed (or before this check existed); synced where they are not.
    const made = await allowing.query(CREATE, { input: input(sim.url) });
    expect(made.errors).toBeUndefined();
    const before = sim.requests.length;
    const { data } = await strict.query(`mutation($c: ID!) { startSync(connectionId: $c, full: true) { id } }`, { c: made.data.createJiraConnection.id });
    await strict.runtime.jobs.idle();
    const run = (await strict.query(`query($id: ID!) { syncRun(id: $id) { ${SYNC_RUN_FIELDS} } }`, { id: data.startSync.id })).data.syncRun;
    expect(run.status).toBe('FAILED');
    expect(run.errors.join('\n')).toContain('The JIRA base URL points at a private or local network address, which this server does not call');
    expect(run.errors.join('\n')).not.toContain(new URL(sim.url).port);
    expect(sim.requests.length).toBe(before);
    await allowing.query(`mutation($id: ID!) { deleteJiraConnection(id: $id) }`, { id: made.data.createJiraConnection.id });
  });
});

describe('identity providers (OIDC)', () => {
  let idp: IdentityProvider;
  const SET = /* GraphQL */ `mutation($input: OidcProviderInput!) { setOidcProvider(input: $input) { issuer jwksUrl } }`;
  beforeAll(async () => {
    idp = await startIdentityProvider();
  });
  afterAll(() => idp?.close());

  test('setOidcProvider refuses a private or local issuer or JWKS URL, by field', async () => {
    const cases = [
      { issuer: idp.issuer, jwksUrl: 'https://login.example.com/jwks', field: 'issuer', subject: 'The issuer' },
      { issuer: 'https://login.example.com', jwksUrl: idp.jwksUrl, field: 'jwksUrl', subject: 'The JWKS URL' },
      { issuer: 'https://login.example.com', jwksUrl: 'http://169.254.169.254/latest/meta-data/iam', field: 'jwksUrl', subject: 'The JWKS URL' },
      { issuer: 'https://login.example.com', jwksUrl: `http://localhost:${new URL(idp.jwksUrl).port}/jwks`, field: 'jwksUrl', subject: 'The JWKS URL' },
    ];
    for (const { issuer, jwksUrl, field, subject } of cases) {
      const res = await strict.query(SET, { input: { issuer, audience: 'sprint-reports', jwksUrl } });
      expect(res.errors?.[0].extensions?.code, jwksUrl).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.field, jwksUrl).toBe(field);
      expect(res.errors?.[0].message, jwksUrl).toBe(
        `${subject} points at a private or local network address, which this server does not call; an operator can allow it with JIRA_ALLOW_PRIVATE_HOSTS`,
      );
    }
    expect(idp.jwksFetches).toBe(0);
  });

  test('a stored provider whose keys are at a private address: its tokens are refused and the router never fetches the keys', async () => {
    const issuer = `https://idp-${randomUUID()}.example.com`;
    await withTenant(database.db, acme.tenant.id, (tx) =>
      tx.insert(usersTables.oidcProviders).values({ id: randomUUID(), tenantId: acme.tenant.id, issuer, audience: 'sprint-reports', jwksUrl: idp.jwksUrl }),
    );
    const token = await idp.token({ iss: issuer, aud: 'sprint-reports', sub: 'someone', email: 'someone@acme.test' });
    const res = await strict.request(`{ me { id } }`, {}, { token });
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.body.errors?.[0].message).toMatch(/private or local network address/);
    expect(idp.jwksFetches).toBe(0);
    // The same provider through a router that allows private hosts: the keys are fetched (the test's provider is really there).
    await allowing.request(`{ me { id } }`, {}, { token });
    expect(idp.jwksFetches).toBe(1);
  });
});
