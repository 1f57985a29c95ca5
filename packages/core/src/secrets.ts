import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Seals secrets (JIRA tokens, webhook secrets) with AES-256-GCM. A sealed value names the key that
 * sealed it (`v1.<keyId>.<iv>.<tag>.<ciphertext>`), so keys rotate: new values are sealed with the
 * current key and older ones still open with the key they name.
 */
export interface SecretBox {
  readonly currentKeyId: string;
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** The key id a sealed value names: values not sealed with the current key should be resealed. */
  keyIdOf(sealed: string): string;
}

export interface SecretKey {
  id: string;
  key: Buffer;
}

const b64url = (b: Buffer) => b.toString('base64url');

/** The id of a key: derived from it, so the same key always has the same id on every process. */
export const keyIdFor = (key: Buffer) => createHash('sha256').update(key).digest('hex').slice(0, 12);

export function parseKey(text: string): SecretKey {
  const [maybeId, maybeKey] = text.includes(':') ? text.split(':', 2) : [undefined, text];
  const key = Buffer.from(maybeKey.trim(), /^[0-9a-f]{64}$/i.test(maybeKey.trim()) ? 'hex' : 'base64');
  if (key.length !== 32) throw new Error('An encryption key must be 32 bytes, in base64 or hex (openssl rand -base64 32)');
  return { id: maybeId?.trim() || keyIdFor(key), key };
}

export function createSecretBox(keys: SecretKey[]): SecretBox {
  if (!keys.length) throw new Error('No encryption key');
  // A key opens values sealed under its given id and under the id derived from it: a key first used
  // alone (ENCRYPTION_KEY, or the generated file) keeps opening its values once it is listed,
  // under any name, in ENCRYPTION_KEYS.
  const byId = new Map(keys.flatMap((k) => [[keyIdFor(k.key), k.key] as const, [k.id, k.key] as const]));
  const current = keys[0];
  return {
    currentKeyId: current.id,
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', current.key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', current.id, b64url(iv), b64url(cipher.getAuthTag()), b64url(ciphertext)].join('.');
    },
    open(sealed) {
      const [version, keyId, iv, tag, ciphertext] = sealed.split('.');
      if (version !== 'v1' || !ciphertext) throw new Error('Not a sealed secret');
      const key = byId.get(keyId);
      if (!key) throw new Error(`The secret was sealed with key ${keyId}, which is not configured (ENCRYPTION_KEYS)`);
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
    keyIdOf: (sealed) => sealed.split('.')[1],
  };
}

/**
 * The keys from the environment: ENCRYPTION_KEYS ("id:key,id:key", current first, for rotation)
 * or ENCRYPTION_KEY. Without either, a key generated once into DATA_DIR (the embedded default);
 * `generated` says so, for the start-up log. Separate processes must share keys via the environment.
 */
export function loadSecretKeys(env: NodeJS.ProcessEnv, dataDir?: string): { keys: SecretKey[]; source: 'environment' | 'file' | 'generated'; file?: string } {
  const list = env.ENCRYPTION_KEYS || env.ENCRYPTION_KEY;
  if (list) return { keys: list.split(',').filter(Boolean).map(parseKey), source: 'environment' };
  if (!dataDir) throw new Error('Set ENCRYPTION_KEY (32 bytes, base64: openssl rand -base64 32) to store JIRA credentials');
  const file = path.join(dataDir, 'encryption.key');
  if (existsSync(file)) return { keys: [parseKey(readFileSync(file, 'utf8'))], source: 'file', file };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return { keys: [parseKey(readFileSync(file, 'utf8'))], source: 'generated', file };
}
