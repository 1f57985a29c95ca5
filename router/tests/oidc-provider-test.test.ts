import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, seededRouter, smallTeam, startTestRouter, type TestRouter } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { startIdentityProvider, type IdentityProvider } from './identity-provider.ts';

/**
 * testOidcProvider calls a real identity provider (the fake one of identity-provider.ts, on this
 * machine): through the router as an admin would, with the operator allowing private hosts, and
 * without (the outgoing policy refuses it before anything is sent).
 */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let acme: Dataset;
let allowing: TestRouter;
let strict: TestRouter;
let idp: IdentityProvider;
let closedPort: number;

const TEST = /* GraphQL */ `query($input: OidcProviderInput!) {
  testOidcProvider(input: $input) { ok checks { kind passed message code } keys { kid alg kty accepted } } }`;

interface Check {
  kind: string;
  passed: boolean;
  message: string;
  code: string | null;
}
const byKind = (checks: Check[]) => Object.fromEntries(checks.map((c) => [c.kind, c]));

beforeAll(async () => {
  ({
    database,
    router: allowing,
    tenants: { acme },
  } = await seededRouter({ acme: [smallTeam('Atlas', { sprints: 1, issues: 5 })] }, { router: { config: { allowPrivateHosts: true } } }));
  strict = await startTestRouter(database, { tenantId: acme.tenant.id, config: { allowPrivateHosts: false } });
  idp = await startIdentityProvider();
  const probe = http.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});
afterAll(async () => {
  await allowing?.stop();
  await strict?.stop();
  await idp?.close();
  await database?.close();
});

describe('testOidcProvider', () => {
  test('reads the discovery document and the keys, says what it found, and stores nothing', async () => {
    const fetches = idp.jwksFetches;
    const res = await allowing.query(TEST, { input: { issuer: idp.issuer, audience: 'sprint-reports', jwksUrl: idp.jwksUrl, clientId: 'sprint-reports-web' } });
    expect(res.errors).toBeUndefined();
    const result = res.data.testOidcProvider;
    expect(result.ok).toBe(true);
    expect(result.checks.map((c: Check) => [c.kind, c.passed, c.code])).toEqual([
      ['DISCOVERY', true, null],
      ['ISSUER', true, null],
      ['JWKS_URL', true, null],
      ['SIGNING_KEYS', true, null],
      ['AUTHORIZATION_ENDPOINT', true, null],
    ]);
    const checks = byKind(result.checks);
    expect(checks.DISCOVERY.message).toBe(`Reachable: the discovery document was read from ${idp.issuer}/.well-known/openid-configuration`);
    expect(checks.SIGNING_KEYS.message).toBe('2 signing keys found: RS256 (idp-rs256), ES256 (idp-es256)');
    expect(checks.AUTHORIZATION_ENDPOINT.message).toBe(`The sign-in button can use it: people sign in at ${idp.issuer}/authorize`);
    expect(result.keys).toEqual([
      { kid: 'idp-rs256', alg: 'RS256', kty: 'RSA', accepted: true },
      { kid: 'idp-es256', alg: 'ES256', kty: 'EC', accepted: true },
    ]);
    expect(idp.jwksFetches).toBe(fetches + 1);
    // A test is no change: no provider, no audit entry.
    expect((await allowing.query(`{ oidcProviders { issuer } }`)).data.oidcProviders).toEqual([]);
    expect((await allowing.query(`{ auditLog(kind: "oidc_provider") { action } }`)).data.auditLog).toEqual([]);
  });

  test('without a client id the sign-in button is not checked; a wrong issuer or JWKS URL is explained', async () => {
    const noClient = (await allowing.query(TEST, { input: { issuer: idp.issuer, audience: 'a', jwksUrl: idp.jwksUrl } })).data.testOidcProvider;
    expect(noClient.ok).toBe(true);
    expect(noClient.checks.map((c: Check) => c.kind)).not.toContain('AUTHORIZATION_ENDPOINT');

    // The discovery document itself is no JWKS, and the issuer differs by its trailing slash.
    const wrong = (
      await allowing.query(TEST, { input: { issuer: `${idp.issuer}/`, audience: 'a', jwksUrl: `${idp.issuer}/.well-known/openid-configuration` } })
    ).data.testOidcProvider;
    expect(wrong.ok).toBe(false);
    const checks = byKind(wrong.checks);
    expect(checks.DISCOVERY.passed).toBe(true);
    expect(checks.ISSUER).toMatchObject({
      passed: false,
      code: 'ISSUER_MISMATCH',
      message: `The provider calls itself "${idp.issuer}", not ${idp.issuer}/: its tokens' issuer would not match`,
    });
    expect(checks.JWKS_URL).toMatchObject({
      passed: false,
      code: 'JWKS_URL_MISMATCH',
      message: `The discovery document publishes its keys at ${idp.jwksUrl}, not at ${idp.issuer}/.well-known/openid-configuration`,
    });
    expect(checks.SIGNING_KEYS).toMatchObject({
      passed: false,
      code: 'NO_SIGNING_KEYS',
      message: 'The JWKS URL has no signing keys: the API verifies RS256 and ES256 tokens',
    });
    expect(wrong.keys).toEqual([]);

    const missing = (await allowing.query(TEST, { input: { issuer: `${idp.issuer}/nowhere`, audience: 'a', jwksUrl: `${idp.issuer}/nowhere/jwks` } })).data
      .testOidcProvider;
    expect(byKind(missing.checks).DISCOVERY).toMatchObject({ passed: false, code: 'HTTP_ERROR' });
    expect(byKind(missing.checks).DISCOVERY.message).toMatch(/^The discovery document answered HTTP 404/);
    expect(byKind(missing.checks).SIGNING_KEYS).toMatchObject({ passed: false, code: 'HTTP_ERROR', message: 'The JWKS URL answered HTTP 404' });

    const closed = `http://127.0.0.1:${closedPort}`;
    const down = (await allowing.query(TEST, { input: { issuer: closed, audience: 'a', jwksUrl: `${closed}/jwks`, clientId: 'web' } })).data.testOidcProvider;
    expect(down.checks.map((c: Check) => [c.kind, c.code])).toEqual([
      ['DISCOVERY', 'UNREACHABLE'],
      ['SIGNING_KEYS', 'UNREACHABLE'],
    ]);
    expect(byKind(down.checks).SIGNING_KEYS.message).toBe('The JWKS URL could not be reached');
  });

  test('an answer without a length (chunked) is read only up to the cap: an endless document is refused, not buffered', async () => {
    // Sends 64 KB chunks, declaring no length, until the reader hangs up (a safety stop at 64 MB):
    // a reader without a cap would read until its timeout and answer TIMEOUT.
    const flood = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      res.write('{"padding": "');
      const more = () => {
        while (sent < 64 * 1024 * 1024 && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end('"}');
      };
      more();
    });
    await new Promise<void>((resolve) => flood.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(flood.address() as AddressInfo).port}`;
    try {
      const result = (await allowing.query(TEST, { input: { issuer: base, audience: 'a', jwksUrl: `${base}/jwks` } })).data.testOidcProvider;
      expect(result.ok).toBe(false);
      expect(byKind(result.checks).DISCOVERY).toMatchObject({
        passed: false,
        code: 'NOT_JSON',
        message: `The discovery document answered more than 512 KB: too large for what it should be (${base}/.well-known/openid-configuration)`,
      });
      expect(byKind(result.checks).SIGNING_KEYS).toMatchObject({
        passed: false,
        code: 'NOT_JSON',
        message: 'The JWKS URL answered more than 512 KB: too large for what it should be',
      });
    } finally {
      flood.closeAllConnections();
      await new Promise<void>((resolve) => flood.close(() => resolve()));
    }
  });

  test('the outgoing policy refuses a private provider before anything is sent; bad URLs are refused by field; only admins test', async () => {
    const fetches = idp.jwksFetches;
    const refused = (await strict.query(TEST, { input: { issuer: idp.issuer, audience: 'a', jwksUrl: idp.jwksUrl } })).data.testOidcProvider;
    expect(refused.ok).toBe(false);
    const private_ = 'points at a private or local network address, which this server does not call; an operator can allow it with JIRA_ALLOW_PRIVATE_HOSTS';
    expect(refused.checks).toEqual([
      {
        kind: 'DISCOVERY',
        passed: false,
        code: 'OUTGOING_REFUSED',
        message: `The discovery document ${private_} (${idp.issuer}/.well-known/openid-configuration)`,
      },
      { kind: 'SIGNING_KEYS', passed: false, code: 'OUTGOING_REFUSED', message: `The JWKS URL ${private_}` },
    ]);
    expect(idp.jwksFetches).toBe(fetches);

    const bad = await allowing.query(TEST, { input: { issuer: 'not a url', audience: 'a', jwksUrl: idp.jwksUrl } });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'issuer' });

    const manager = await allowing.signIn(acme.tenant.id, 'MANAGER');
    const forbidden = await allowing.as(manager)(TEST, { input: { issuer: idp.issuer, audience: 'a', jwksUrl: idp.jwksUrl } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
