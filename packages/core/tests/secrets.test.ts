import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { createSecretBox, keyIdFor, loadSecretKeys, parseKey } from '../src/secrets.ts';

describe('secret box (AES-256-GCM)', () => {
  const key = { id: 'k1', key: randomBytes(32) };

  test('seals and opens; the sealed text names its key and never contains the secret', () => {
    const box = createSecretBox([key]);
    const sealed = box.seal('ATATT3xFfGF0-secret-token');
    expect(sealed).toMatch(/^v1\.k1\./);
    expect(sealed).not.toContain('secret-token');
    expect(box.open(sealed)).toBe('ATATT3xFfGF0-secret-token');
    // A fresh IV each time: the same secret never seals to the same text.
    expect(box.seal('same')).not.toBe(box.seal('same'));
  });

  test('rotation: a box with a new current key opens values sealed with the old one and seals with the new', () => {
    const old = createSecretBox([key]).seal('token');
    const rotated = createSecretBox([{ id: 'k2', key: randomBytes(32) }, key]);
    expect(rotated.open(old)).toBe('token');
    expect(rotated.keyIdOf(old)).toBe('k1');
    expect(rotated.keyIdOf(rotated.seal('token'))).toBe('k2');
  });

  test('rotating from ENCRYPTION_KEY to ENCRYPTION_KEYS=new:…,old:… still opens what the single key sealed', () => {
    const k1 = randomBytes(32).toString('base64');
    const k2 = randomBytes(32).toString('base64');
    const sealed = createSecretBox(loadSecretKeys({ ENCRYPTION_KEY: k1 }).keys).seal('token');
    const rotated = createSecretBox(loadSecretKeys({ ENCRYPTION_KEYS: `new:${k2},old:${k1}` }).keys);
    expect(rotated.open(sealed)).toBe('token');
    expect(rotated.keyIdOf(rotated.seal('token'))).toBe('new');
  });

  test('tampering or a missing key fails loudly', () => {
    const box = createSecretBox([key]);
    const sealed = box.seal('token');
    const parts = sealed.split('.');
    parts[4] = Buffer.from('tampered').toString('base64url');
    expect(() => box.open(parts.join('.'))).toThrow();
    expect(() => createSecretBox([{ id: 'other', key: randomBytes(32) }]).open(sealed)).toThrow(/key k1, which is not configured/);
  });

  test('keys come from ENCRYPTION_KEYS (id:key, current first) or ENCRYPTION_KEY', () => {
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('hex');
    const { keys } = loadSecretKeys({ ENCRYPTION_KEYS: `new:${a},old:${b}` });
    expect(keys.map((k) => k.id)).toEqual(['new', 'old']);
    const single = loadSecretKeys({ ENCRYPTION_KEY: a });
    expect(single.keys[0].id).toBe(keyIdFor(Buffer.from(a, 'base64')));
    expect(() => parseKey('too-short')).toThrow(/32 bytes/);
  });

  test('without a key, one is generated once into the data folder (owner-only) and reused', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sr-keys-'));
    const first = loadSecretKeys({}, dir);
    expect(first.source).toBe('generated');
    expect(statSync(first.file!).mode & 0o077).toBe(0);
    const second = loadSecretKeys({}, dir);
    expect(second.source).toBe('file');
    expect(second.keys[0].id).toBe(first.keys[0].id);
    expect(readFileSync(first.file!, 'utf8').trim()).toHaveLength(44);
  });
});
