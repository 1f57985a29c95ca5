import { describe, expect, test } from 'vitest';
import { decodeJwt } from 'jose';
import { IdentitySigner, type Identity } from '@sprint-reports/core';

/**
 * The identity header between the router and the subgraphs: what a signer's caches may reuse
 * (a header for the same identity, for a few seconds; a verification, for that exact header until
 * its exp) and what they never excuse.
 */
const SECRET = 'a-test-internal-secret-of-32-chars-or-more';
const alice: Identity = {
  kind: 'user',
  tenantId: '00000000-0000-4000-8000-000000000001',
  userId: '00000000-0000-4000-8000-000000000002',
  role: 'MEMBER',
  email: 'alice@acme.test',
  teams: {},
};
const bob: Identity = { ...alice, userId: '00000000-0000-4000-8000-000000000003', email: 'bob@acme.test' };
const refusal = (header: string | null, signer: IdentitySigner) =>
  signer.verify(header).then(
    () => null,
    (err: Error) => err.message,
  );

describe('signing', () => {
  test('one header serves an identity for 10 s of its 60 s lifetime; another identity, or later, gets a new one', async () => {
    let clock = Date.UTC(2026, 0, 5, 9, 0, 0);
    const signer = new IdentitySigner(SECRET, () => clock);
    const first = await signer.sign(alice);
    expect(decodeJwt(first)).toMatchObject({ identity: alice, exp: clock / 1000 + 60 });
    clock += 9_000;
    expect(await signer.sign({ ...alice })).toBe(first);
    expect(await signer.sign(bob)).not.toBe(first);
    expect(await signer.sign({ ...alice, role: 'VIEWER' })).not.toBe(first);
    clock += 1_000;
    const renewed = await signer.sign(alice);
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).exp).toBe(clock / 1000 + 60);
  });
});

describe('verifying', () => {
  test('a verified header is trusted again only until its exp: cached or not, an expired one is refused', async () => {
    let clock = Date.now();
    const signer = new IdentitySigner(SECRET, () => clock);
    const header = await signer.sign(alice);
    const verifier = new IdentitySigner(SECRET, () => clock);
    expect(await verifier.verify(header)).toEqual(alice);
    clock += 59_000;
    expect(await verifier.verify(header)).toEqual(alice);
    clock += 1_000;
    expect(await refusal(header, verifier)).toMatch(/expired/);
    // And stays refused: the expired entry is gone, and jose refuses it too.
    expect(await refusal(header, verifier)).toMatch(/expired/);
  });

  test('another header is verified anew: a forged or altered one is refused though a genuine one for the same identity is remembered', async () => {
    const verifier = new IdentitySigner(SECRET);
    const genuine = await new IdentitySigner(SECRET).sign(alice);
    expect(await verifier.verify(genuine)).toEqual(alice);
    const forged = await new IdentitySigner('another-secret-that-is-long-enough-0123456789').sign(alice);
    expect(await refusal(forged, verifier)).toMatch(/signature is not valid/);
    // Alice makes herself an admin: the claims change, the signature does not match.
    const [head, , signature] = genuine.split('.');
    const promoted = Buffer.from(JSON.stringify({ ...decodeJwt(genuine), identity: { ...alice, role: 'ADMIN' } })).toString('base64url');
    expect(await refusal(`${head}.${promoted}.${signature}`, verifier)).toMatch(/signature is not valid/);
    expect(await refusal(null, verifier)).toMatch(/no signed identity/);
  });

  test('what a remembered header gave cannot be changed by one request for the next', async () => {
    const verifier = new IdentitySigner(SECRET);
    const header = await verifier.sign(alice);
    const first = await verifier.verify(header);
    expect(() => Object.assign(first, { role: 'ADMIN' })).toThrow(TypeError);
    expect(await verifier.verify(header)).toMatchObject({ role: 'MEMBER' });
  });
});
