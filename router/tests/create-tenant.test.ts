import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asSystem, openDatabase, type DatabaseHandle } from '@sprint-reports/core';
import { usersData } from '@sprint-reports/users';
import { createTestDatabase, login, startTestRouter, testDatabaseUrl, testEncryptionKey, type TestRouter } from '@sprint-reports/testing/router';

/**
 * How an operator creates an organisation where sign-up is closed (SIGNUP_MODE invite, the default
 * outside the demo, or sso): `npm run create-tenant`, a process of its own over the database
 * `npm start` uses. Its admin then signs in through a router that refuses signUp. On PostgreSQL the
 * command uses the test database; on PGlite, a data folder the test opens once the command exited
 * (PGlite allows one process at a time).
 */
const dataDir = mkdtempSync(path.join(tmpdir(), 'create-tenant-'));
let database: DatabaseHandle & { url?: string };

async function createTenant(args: string[], stdin?: string) {
  const env = {
    ...process.env,
    ENCRYPTION_KEY: testEncryptionKey,
    DATA_DIR: dataDir,
    DATABASE_URL: testDatabaseUrl ? database.url : '',
    LOG_LEVEL: 'silent',
    REDIS_URL: '',
  };
  const child = spawn(process.execPath, ['--import', 'tsx', 'router/src/create-tenant-cli.ts', ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  child.stdin.end(stdin ?? '');
  const [code] = await once(child, 'exit');
  return { code: code as number, stdout, stderr };
}

/** A router in invite-only mode over the database the command wrote (on PGlite: opened after it). */
async function inviteOnlyRouter(): Promise<TestRouter> {
  if (!testDatabaseUrl) database = await openDatabase({ dataDir: path.join(dataDir, 'pglite') });
  return startTestRouter(database, { config: { signupMode: 'invite' } });
}

beforeAll(async () => {
  // PostgreSQL: a fresh test database. PGlite: the command creates and migrates the data folder.
  if (testDatabaseUrl) database = await createTestDatabase();
});
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm run create-tenant', () => {
  test('creates the organisation and its admin (password from stdin, or generated and printed once); the admin signs in where signUp is refused', async () => {
    const given = await createTenant(
      ['--name', 'Acme Corp', '--slug', 'acme', '--admin-email', 'Ops@Acme.test', '--admin-name', 'Ops', '--password-stdin'],
      'a long enough password\n',
    );
    expect(given.code, given.stderr).toBe(0);
    expect(given.stdout).toMatch(/^Created the organisation "Acme Corp" \(slug acme, id [0-9a-f-]{36}\) and its admin ops@acme\.test/);
    expect(given.stdout).not.toContain('a long enough password');

    const generated = await createTenant(['--name', 'Globex', '--admin-email', 'root@globex.test']);
    expect(generated.code, generated.stderr).toBe(0);
    const password = /The admin's password, shown this once: (\S+)/.exec(generated.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{24}$/);

    const router = await inviteOnlyRouter();
    try {
      const acme = await asSystem(database.db, (tx) => usersData.tenantBySlug(tx, 'acme'));
      expect(acme).toMatchObject({ name: 'Acme Corp', slug: 'acme' });
      const session = await login(router.url, 'ops@acme.test', 'a long enough password');
      const me = await router.query(`{ me { email role displayName tenant { slug } } }`, {}, { token: session.accessToken });
      expect(me.data.me).toEqual({ email: 'ops@acme.test', role: 'ADMIN', displayName: 'Ops', tenant: { slug: 'acme' } });
      const globex = await login(router.url, 'root@globex.test', password!);
      const other = await router.query(`{ me { role tenant { slug } } }`, {}, { token: globex.accessToken });
      expect(other.data.me).toEqual({ role: 'ADMIN', tenant: { slug: 'globex' } });
      // The admin brings people in: invite-only is a working mode, not a locked door.
      const { data } = await router.query(
        `mutation { createUser(input: { email: "dev@acme.test", displayName: "Dev", role: MEMBER, password: "another long password" }) { id } }`,
        {},
        { token: session.accessToken },
      );
      expect(data.createUser.id).toBeTruthy();
      await expect(login(router.url, 'dev@acme.test', 'another long password')).resolves.toBeTruthy();
      // The admin's first actions are in the audit log, as a sign-up's are.
      const audit = await router.query(`{ auditLog { action } }`, {}, { token: session.accessToken });
      expect(audit.data.auditLog.map((e: { action: string }) => e.action).sort()).toEqual(['tenant.created', 'user.created', 'user.created']);
    } finally {
      await router.stop();
    }
    // Two processes, each loading the product and opening the database: slow on a busy machine.
  }, 300_000);
});
