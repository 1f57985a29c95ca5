import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asSystem, loadConfig, type SignupMode } from '@sprint-reports/core';
import { usersData } from '@sprint-reports/users';
import { createTestDatabase, login, startTestRouter, tenantNamed, type TestRouter } from '@sprint-reports/testing/router';
import { demoSignupMode } from '@sprint-reports/demo';

/**
 * Who may create an organisation (SIGNUP_MODE). signUp, anonymous, through a real router in each
 * mode over one database: open creates the organisation and signs its admin in; invite and sso
 * refuse with FORBIDDEN, saying how to get access, and create nothing. Existing accounts still sign
 * in with their password in every mode (sso included: an organisation's first admin needs it to set
 * up the identity provider). `npm start` opens sign-up for its demo unless SIGNUP_MODE is set, and
 * refuses to start with a SIGNUP_MODE it does not know.
 */
const SIGN_UP = /* GraphQL */ `
  mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { email role tenant { slug } } } }
`;

let database: Awaited<ReturnType<typeof createTestDatabase>>;
const routers = {} as Record<SignupMode, TestRouter>;

beforeAll(async () => {
  database = await createTestDatabase();
  for (const mode of ['open', 'invite', 'sso'] as const) routers[mode] = await startTestRouter(database, { config: { signupMode: mode } });
});
afterAll(async () => {
  for (const router of Object.values(routers)) await router.stop();
  await database?.close();
});

const input = (slug: string) => ({
  tenantName: `Org ${slug}`,
  tenantSlug: slug,
  email: `founder@${slug}.test`,
  password: 'a long enough password',
  displayName: 'Founder',
});
const tenantWithSlug = (slug: string) => asSystem(database.db, (tx) => usersData.tenantBySlug(tx, slug));

describe('signUp', () => {
  test('open: anyone creates an organisation and becomes its admin, signed in', async () => {
    const res = await routers.open.query(SIGN_UP, { input: input('open-org') }, { token: null });
    expect(res.errors).toBeUndefined();
    expect(res.data.signUp.user).toEqual({ email: 'founder@open-org.test', role: 'ADMIN', tenant: { slug: 'open-org' } });
    expect(await tenantWithSlug('open-org')).toMatchObject({ slug: 'open-org', name: 'Org open-org' });
    await expect(login(routers.open.url, 'founder@open-org.test', 'a long enough password')).resolves.toMatchObject({ user: { id: expect.any(String) } });
  });

  test.each([
    ['invite', /^Sign-up is closed on this server: ask an admin of your organisation to invite you/],
    ['sso', /^Sign-up is closed on this server: sign in with your company's identity provider/],
  ] as const)('%s: FORBIDDEN, saying how to get access, and no organisation or account is created', async (mode, message) => {
    const slug = `${mode}-org`;
    const res = await routers[mode].request(SIGN_UP, { input: input(slug) }, { token: null });
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.map((e) => ({ code: e.extensions?.code, message: e.message }))).toEqual([
      { code: 'FORBIDDEN', message: expect.stringMatching(message) },
    ]);
    expect(await tenantWithSlug(slug)).toBeNull();
    await expect(login(routers[mode].url, `founder@${slug}.test`, 'a long enough password')).rejects.toThrow(/UNAUTHENTICATED/);
  });

  test('closed modes refuse before looking at the input: a taken or invalid name tells nothing', async () => {
    for (const mode of ['invite', 'sso'] as const) {
      for (const attempt of [input('open-org'), { ...input('x'), email: 'not an email' }]) {
        const res = await routers[mode].query(SIGN_UP, { input: attempt }, { token: null });
        expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      }
    }
  });

  test('existing accounts sign in with their password in every mode', async () => {
    const tenantId = tenantNamed('sign-up-existing');
    for (const mode of ['open', 'invite', 'sso'] as const) {
      const user = await routers[mode].signIn(tenantId, 'VIEWER');
      expect(user.accessToken).toBeTruthy();
    }
  });
});

describe('the default', () => {
  test('invite-only outside the demo; the demo opens sign-up only where the operator did not choose', () => {
    expect(loadConfig({}).signupMode).toBe('invite');
    expect(demoSignupMode(loadConfig({}), {}).signupMode).toBe('open');
    for (const mode of ['open', 'invite', 'sso'] as const) {
      const env = { SIGNUP_MODE: mode };
      expect(demoSignupMode(loadConfig(env), env).signupMode).toBe(mode);
    }
  });

  test('npm start with an unknown SIGNUP_MODE stops before starting anything, saying what is allowed', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'sign-up-'));
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'tools/demo/src/main.ts'], {
        env: { ...process.env, SIGNUP_MODE: 'everyone', DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info', PORT: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
      const [code] = await once(child, 'exit');
      expect(code, output).toBe(1);
      expect(output).toContain('SIGNUP_MODE must be one of open, invite, sso (got \\"everyone\\")');
      expect(output).not.toContain('Sprint Reports is running');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
