import { describe, expect, test } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, ACCESS_TOKEN_TTL_SECONDS, asSystem, serviceIdentity } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import { eq } from 'drizzle-orm';
import { verifyPassword } from '../src/index.ts';
import { LOGIN, LOGOUT, REFRESH, SIGN_UP, atProductionCost, codeOf, identityOf, signUpTenant, system, useUsersSubgraph } from './harness.ts';

const h = useUsersSubgraph();

describe('sign-up', () => {
  test('creates the organisation and its first admin, signed in, with the password stored as a self-describing scrypt hash', async () => {
    const data = await h.ok(SIGN_UP, { input: { tenantName: 'Acme Rockets', email: ' Ada@Example.TEST ', password: 'correct horse', displayName: 'Ada' } });
    const { user, accessToken, refreshToken, expiresAt } = data.signUp;
    expect(user).toMatchObject({ email: 'ada@example.test', role: 'ADMIN', displayName: 'Ada', tenant: { slug: 'acme-rockets' }, teams: [] });
    expect(accessToken.split('.')).toHaveLength(3);
    expect(refreshToken.length).toBeGreaterThanOrEqual(43);
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());

    const [row] = await asSystem(h.runtime.db, (tx) => tx.select().from(usersTables.users).where(eq(usersTables.users.id, user.id)));
    // N is the configuration's (2^15; 2^10 under NODE_ENV=test), and stored with the hash.
    expect(row.passwordHash).toMatch(new RegExp(`^scrypt\\$${h.runtime.config.passwordHashCost}\\$8\\$1\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{43}$`));
    expect(await verifyPassword('correct horse', row.passwordHash!)).toBe(true);
    expect(await verifyPassword('correct horsE', row.passwordHash!)).toBe(false);
    // A salt per hash: the same password never hashes the same twice.
    const other = await signUpTenant(h);
    const [otherRow] = await asSystem(h.runtime.db, (tx) => tx.select().from(usersTables.users).where(eq(usersTables.users.id, other.admin.userId)));
    expect(otherRow.passwordHash!.split('$')[4]).not.toBe(row.passwordHash!.split('$')[4]);

    const log = await h.ok(`{ auditLog { action actorEmail targetType } }`, {}, identityOf(accessToken));
    expect(log.auditLog).toEqual([
      { action: 'user.created', actorEmail: 'ada@example.test', targetType: 'User' },
      { action: 'tenant.created', actorEmail: 'ada@example.test', targetType: 'Tenant' },
    ]);
  });

  test('refuses a taken organisation name, and bad input, naming the field', async () => {
    const input = { tenantName: 'Taken Inc', email: 'a@taken.test', password: 'long enough', displayName: 'A' };
    await h.ok(SIGN_UP, { input });
    const cases: [Record<string, string>, string][] = [
      [{ email: 'b@taken.test' }, 'tenantName'],
      [{ tenantName: 'Other', tenantSlug: 'taken-inc' }, 'tenantSlug'],
      [{ tenantName: 'Fresh', email: 'not-an-email' }, 'email'],
      [{ tenantName: 'Fresh', password: 'short' }, 'password'],
      [{ tenantName: 'Fresh', displayName: '  ' }, 'displayName'],
      [{ tenantName: ' !! ' }, 'tenantName'],
    ];
    for (const [change, field] of cases) {
      const result = await h.run(SIGN_UP, { input: { ...input, ...change } });
      expect(codeOf(result), JSON.stringify(change)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});

describe('login', () => {
  test('signs in with email and password; a wrong password and an unknown email get one answer', async () => {
    const { session } = await signUpTenant(h, 'Login Co', 'lena@login.test');
    const data = await h.ok(LOGIN, { email: 'LENA@login.test', password: 'correct horse' });
    expect(data.login.user).toEqual({ id: session.user.id, email: 'lena@login.test', role: 'ADMIN' });

    const wrong = await h.run(LOGIN, { email: 'lena@login.test', password: 'wrong horse' });
    const unknown = await h.run(LOGIN, { email: 'nobody@login.test', password: 'wrong horse' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });

  test('an unknown email costs the same scrypt work as a wrong password (no user enumeration by timing)', async () => {
    // At the product's cost: the one scrypt must dominate the answer's time, as it does in production.
    const strong = atProductionCost(h);
    await signUpTenant(strong, 'Timing Co', 'tim@timing.test');
    const time = async (email: string) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < 5; i++) await strong.run(LOGIN, { email, password: 'wrong horse' });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await time('warm@timing.test');
    const known = await time('tim@timing.test');
    const unknown = await time('nobody@timing.test');
    // Both are dominated by one scrypt (tens of ms); without the decoy an unknown email answers in ~1 ms.
    expect(unknown).toBeGreaterThan(known * 0.3);
  });

  test('a disabled user cannot sign in', async () => {
    const { admin } = await signUpTenant(h, 'Disabled Co', 'boss@disabled.test');
    const created = await h.ok(
      `mutation { createUser(input: { email: "gone@disabled.test", displayName: "Gone", role: MEMBER, password: "long enough" }) { id } }`,
      {},
      admin,
    );
    await h.ok(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabled } }`, { id: created.createUser.id }, admin);
    const result = await h.run(LOGIN, { email: 'gone@disabled.test', password: 'long enough' });
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.errors![0].message).toMatch(/disabled/);
  });

  test('an email with accounts in two organisations needs the organisation slug', async () => {
    const a = await signUpTenant(h, 'Twin A', 'twin@twins.test');
    const b = await signUpTenant(h, 'Twin B', 'twin@twins.test');
    const ambiguous = await h.run(LOGIN, { email: 'twin@twins.test', password: 'correct horse' });
    expect(codeOf(ambiguous)).toBe('BAD_USER_INPUT');
    expect(ambiguous.errors![0].extensions!.field).toBe('tenant');
    const inB = await h.ok(LOGIN, { email: 'twin@twins.test', password: 'correct horse', tenant: b.slug.toUpperCase() });
    expect(identityOf(inB.login.accessToken).tenantId).toBe(b.tenantId);
    const inA = await h.ok(LOGIN, { email: 'twin@twins.test', password: 'correct horse', tenant: a.slug });
    expect(identityOf(inA.login.accessToken).tenantId).toBe(a.tenantId);
  });

  test('sign-in fields are sent without an access token', async () => {
    const { admin } = await signUpTenant(h);
    const result = await h.run(LOGIN, { email: admin.email, password: 'correct horse' }, admin);
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
  });
});

describe('access tokens', () => {
  test('are ES256 JWTs with a kid, verifiable with jose against accessTokenKeys, carrying the contract claims', async () => {
    const { admin, session } = await signUpTenant(h, 'Claims Co', 'cleo@claims.test');
    const team = await h.ok(`mutation { createTeam(name: "Atlas") { id } }`, {}, admin);
    await h.ok(
      `mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, role: MANAGER, discipline: "Backend") { id } }`,
      { t: team.createTeam.id, u: admin.userId },
      admin,
    );
    const { login } = await h.ok(LOGIN, { email: 'cleo@claims.test', password: 'correct horse' });

    const { accessTokenKeys } = await h.ok(`{ accessTokenKeys }`, {}, system);
    const jwks = JSON.parse(accessTokenKeys);
    expect(jwks.keys.length).toBeGreaterThan(0);
    for (const key of jwks.keys) {
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      expect(key.d).toBeUndefined();
    }
    const header = decodeProtectedHeader(login.accessToken);
    expect(header.alg).toBe('ES256');
    expect(jwks.keys.map((k: { kid: string }) => k.kid)).toContain(header.kid);

    const { payload } = await jwtVerify(login.accessToken, createLocalJWKSet(jwks), {
      algorithms: ['ES256'],
      issuer: ACCESS_TOKEN_ISSUER,
      audience: ACCESS_TOKEN_AUDIENCE,
    });
    expect(payload).toMatchObject({
      sub: session.user.id,
      tid: admin.tenantId,
      role: 'ADMIN',
      email: 'cleo@claims.test',
      teams: { [team.createTeam.id]: 'MANAGER' },
    });
    expect(payload.exp! - payload.iat!).toBe(ACCESS_TOKEN_TTL_SECONDS);
    expect(payload.nbf).toBe(payload.iat);
    expect(payload.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Date(login.expiresAt).getTime()).toBe(payload.exp! * 1000);
  });

  test('accessTokenKeys is internal and system-wide: users and tenant services cannot read it', async () => {
    const { admin } = await signUpTenant(h);
    expect(codeOf(await h.run(`{ accessTokenKeys }`, {}, admin))).toBe('FORBIDDEN');
    expect(codeOf(await h.run(`{ accessTokenKeys }`))).toBe('FORBIDDEN');
    expect(codeOf(await h.run(`{ accessTokenKeys }`, {}, serviceIdentity(admin.tenantId)))).toBe('FORBIDDEN');
  });
});

describe('refresh tokens', () => {
  test('rotate: each use answers a new token and uses the old one up', async () => {
    const { session } = await signUpTenant(h);
    const first = (await h.ok(REFRESH, { t: session.refreshToken })).refreshToken;
    expect(first.refreshToken).not.toBe(session.refreshToken);
    expect(first.user.id).toBe(session.user.id);
    const second = (await h.ok(REFRESH, { t: first.refreshToken })).refreshToken;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(identityOf(second.accessToken).userId).toBe(session.user.id);
  });

  test('a used token presented again revokes its whole family: the thief and the owner both sign in again', async () => {
    const { session } = await signUpTenant(h);
    const owner = (await h.ok(REFRESH, { t: session.refreshToken })).refreshToken;
    // A copy of the first token is replayed.
    const replay = await h.run(REFRESH, { t: session.refreshToken });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
    expect(replay.errors![0].message).toMatch(/already used/);
    // The owner's newer token is revoked with it.
    expect(codeOf(await h.run(REFRESH, { t: owner.refreshToken }))).toBe('UNAUTHENTICATED');
    // Other sessions of the same user (another family) are untouched.
    const other = await h.ok(LOGIN, { email: session.user.email, password: 'correct horse' });
    expect((await h.ok(REFRESH, { t: other.login.refreshToken })).refreshToken.user.id).toBe(session.user.id);
  });

  test('reflect the current role, refuse disabled users, and reject made-up tokens', async () => {
    const { admin } = await signUpTenant(h);
    const member = await h.ok(
      `mutation { createUser(input: { email: "m@refresh.test", displayName: "M", role: MEMBER, password: "long enough" }) { id } }`,
      {},
      admin,
    );
    const { login } = await h.ok(LOGIN, { email: 'm@refresh.test', password: 'long enough' });
    await h.ok(`mutation($id: ID!) { updateUser(id: $id, input: { role: MANAGER }) { role } }`, { id: member.createUser.id }, admin);
    const refreshed = (await h.ok(REFRESH, { t: login.refreshToken })).refreshToken;
    expect(identityOf(refreshed.accessToken)).toMatchObject({ role: 'MANAGER' });
    await h.ok(`mutation($id: ID!) { updateUser(id: $id, input: { disabled: true }) { disabled } }`, { id: member.createUser.id }, admin);
    expect(codeOf(await h.run(REFRESH, { t: refreshed.refreshToken }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await h.run(REFRESH, { t: 'made-up' }))).toBe('UNAUTHENTICATED');
  });

  test('are stored only as their SHA-256', async () => {
    const { session, admin } = await signUpTenant(h);
    const rows = await asSystem(h.runtime.db, (tx) => tx.select().from(usersTables.refreshTokens).where(eq(usersTables.refreshTokens.userId, admin.userId)));
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(rows)).not.toContain(session.refreshToken);
  });
});

describe('logout', () => {
  test('ends the session and every one refreshed from it; answers false for an unknown token', async () => {
    const { session } = await signUpTenant(h);
    const next = (await h.ok(REFRESH, { t: session.refreshToken })).refreshToken;
    expect((await h.ok(LOGOUT, { t: next.refreshToken })).logout).toBe(true);
    expect(codeOf(await h.run(REFRESH, { t: next.refreshToken }))).toBe('UNAUTHENTICATED');
    expect((await h.ok(LOGOUT, { t: 'made-up' })).logout).toBe(false);
  });

  test('works signed in too, within the caller’s organisation only', async () => {
    const a = await signUpTenant(h);
    const b = await signUpTenant(h);
    // B's token is invisible to A's request (row-level security): nothing is revoked.
    expect((await h.ok(LOGOUT, { t: b.session.refreshToken }, a.admin)).logout).toBe(false);
    expect((await h.ok(REFRESH, { t: b.session.refreshToken })).refreshToken.user.id).toBe(b.admin.userId);
    expect((await h.ok(LOGOUT, { t: a.session.refreshToken }, a.admin)).logout).toBe(true);
    expect(codeOf(await h.run(REFRESH, { t: a.session.refreshToken }))).toBe('UNAUTHENTICATED');
  });
});

describe('me', () => {
  test('is the signed-in user; nobody for a service', async () => {
    const { admin } = await signUpTenant(h);
    expect((await h.ok(`{ me { id email role tenant { id } } }`, {}, admin)).me).toEqual({
      id: admin.userId,
      email: admin.email,
      role: 'ADMIN',
      tenant: { id: admin.tenantId },
    });
    expect(codeOf(await h.run(`{ me { id } }`))).toBe('UNAUTHENTICATED');
  });
});
