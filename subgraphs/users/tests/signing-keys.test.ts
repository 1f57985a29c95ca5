import { describe, expect, test } from 'vitest';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify } from 'jose';
import { asSystem, createLogger, createRuntime, loadConfig, startSubgraphs, ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import { testRuntime } from '@sprint-reports/testing';
import { isNull } from 'drizzle-orm';
import { KEY_MAX_AGE_MS, RETIRED_KEY_KEPT_MS, rotateSigningKeys, subgraph } from '../src/index.ts';
import { ROTATION_JOB } from '../src/jobs.ts';
import { LOGIN, signUpTenant, system, useUsersSubgraph } from './harness.ts';

const h = useUsersSubgraph();

const keys = async () => JSON.parse((await h.ok(`{ accessTokenKeys }`, {}, system)).accessTokenKeys) as { keys: { kid: string }[] };
const allKeys = () => asSystem(h.runtime.db, (tx) => tx.select().from(usersTables.signingKeys).orderBy(usersTables.signingKeys.createdAt));
const verify = async (token: string) =>
  jwtVerify(token, createLocalJWKSet(await keys()), { algorithms: ['ES256'], issuer: ACCESS_TOKEN_ISSUER, audience: ACCESS_TOKEN_AUDIENCE });

describe('signing keys', () => {
  test('start creates one active key, sealed; starting again keeps it', async () => {
    const rows = await allKeys();
    expect(rows).toHaveLength(1);
    expect(rows[0].retiredAt).toBeNull();
    // The private key is stored sealed (SecretBox), never as a JWK.
    expect(rows[0].privateJwkSealed).toMatch(/^v1\./);
    expect(JSON.stringify(rows[0].publicJwk)).not.toContain('"d"');
    const again = testRuntime(h.database, { modules: [subgraph], secrets: h.runtime.secrets! });
    await startSubgraphs(again);
    await again.jobs.close();
    expect((await allKeys()).map((k) => k.kid)).toEqual([rows[0].kid]);
    expect(await rotateSigningKeys(h.runtime)).toEqual({ created: [], retired: [], dropped: [] });
  });

  test('a key older than 30 days is replaced; the retired key verifies its tokens for their lifetime + 1 h, then is dropped', async () => {
    const { admin } = await signUpTenant(h);
    const oldToken = (await h.ok(LOGIN, { email: admin.email, password: 'correct horse' })).login.accessToken;
    const [first] = await allKeys();
    expect(decodeProtectedHeader(oldToken).kid).toBe(first.kid);

    // Just short of 30 days: nothing to do.
    expect((await rotateSigningKeys(h.runtime, { now: new Date(first.createdAt.getTime() + KEY_MAX_AGE_MS - 60_000) })).retired).toEqual([]);

    const rotatedAt = new Date(first.createdAt.getTime() + KEY_MAX_AGE_MS + 60_000);
    const rotation = await rotateSigningKeys(h.runtime, { now: rotatedAt });
    expect(rotation.retired).toEqual([first.kid]);
    expect(rotation.created).toHaveLength(1);
    const second = rotation.created[0];

    // New tokens are signed with the new key; both keys are published, and the old token still verifies.
    const newToken = (await h.ok(LOGIN, { email: admin.email, password: 'correct horse' })).login.accessToken;
    expect(decodeProtectedHeader(newToken).kid).toBe(second);
    expect((await keys()).keys.map((k) => k.kid).sort()).toEqual([first.kid, second].sort());
    expect((await verify(oldToken)).payload.sub).toBe(admin.userId);
    expect((await verify(newToken)).payload.sub).toBe(admin.userId);

    // Still kept just before the end of the margin...
    expect((await rotateSigningKeys(h.runtime, { now: new Date(rotatedAt.getTime() + RETIRED_KEY_KEPT_MS - 60_000) })).dropped).toEqual([]);
    // ...and dropped after it: the old token no longer verifies, the new one does.
    const later = await rotateSigningKeys(h.runtime, { now: new Date(rotatedAt.getTime() + RETIRED_KEY_KEPT_MS + 60_000) });
    expect(later).toEqual({ created: [], retired: [], dropped: [first.kid] });
    expect((await keys()).keys.map((k) => k.kid)).toEqual([second]);
    await expect(verify(oldToken)).rejects.toThrow(/no applicable key|matching/i);
    expect((await verify(newToken)).payload.sub).toBe(admin.userId);
  });

  test('processes rotating at once leave exactly one active key', async () => {
    const [active] = await asSystem(h.runtime.db, (tx) => tx.select().from(usersTables.signingKeys).where(isNull(usersTables.signingKeys.retiredAt)));
    const now = new Date(active.createdAt.getTime() + KEY_MAX_AGE_MS + 1000);
    const other = testRuntime(h.database, { modules: [subgraph], secrets: h.runtime.secrets! });
    const results = await Promise.all([rotateSigningKeys(h.runtime, { now }), rotateSigningKeys(other, { now })]);
    expect(results.flatMap((r) => r.retired)).toEqual([active.kid]);
    expect(results.flatMap((r) => r.created)).toHaveLength(1);
    const actives = await asSystem(h.runtime.db, (tx) => tx.select().from(usersTables.signingKeys).where(isNull(usersTables.signingKeys.retiredAt)));
    expect(actives).toHaveLength(1);
    await other.jobs.close();
  });

  test('the rotation runs as a background job', async () => {
    const before = await allKeys();
    await h.runtime.jobs.enqueue(ROTATION_JOB, {});
    await h.runtime.jobs.idle();
    // Nothing was due: the job ran and changed nothing (the rotation itself is tested above).
    expect(await allKeys()).toEqual(before);
  });

  test('without an encryption key the users subgraph refuses to start, saying ENCRYPTION_KEY is needed', async () => {
    const runtime = createRuntime({
      config: loadConfig({ NODE_ENV: 'test' }),
      db: h.database.db,
      log: createLogger('silent'),
      modules: [subgraph],
      secrets: null,
    });
    await expect(startSubgraphs(runtime)).rejects.toThrow(/ENCRYPTION_KEY/);
    await runtime.jobs.close();
  });
});
