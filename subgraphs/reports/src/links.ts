import { randomBytes } from 'node:crypto';
import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';
import type { Database } from '@sprint-reports/core';
import * as data from './data.ts';

/**
 * Signed links that work without signing in: a report's download URL (short-lived) and a
 * recipient's unsubscribe link (lasting). Signed with the tenant's own key (HS256), made on first
 * use and kept in the reports schema, so every process running the reports subgraph agrees.
 */

/** How long a download URL works. */
export const DOWNLOAD_TTL_SECONDS = 15 * 60;
const ISSUER = 'sprint-reports';

/** The tenant's key if it has one. Verifying never makes one: a forged link naming any tenant must not write. */
export async function storedLinkKey(db: Database, tenantId: string): Promise<Uint8Array | null> {
  const secret = await data.linkKeySecret(db, tenantId);
  return secret ? new Uint8Array(secret) : null;
}

/** The tenant's key, made on first use: for signing. Made by the work that writes (a report's job, an email's delivery): a read (downloadUrl) only reads it. */
export async function linkKey(db: Database, tenantId: string): Promise<Uint8Array> {
  const stored = await storedLinkKey(db, tenantId);
  if (stored) return stored;
  await data.insertLinkKey(db, tenantId, randomBytes(32));
  return (await storedLinkKey(db, tenantId))!;
}

type Use = 'download' | 'unsubscribe';

const sign = (key: Uint8Array, tenantId: string, use: Use, subject: string, claims: Record<string, unknown>, ttlSeconds?: number) => {
  const jwt = new SignJWT({ tid: tenantId, use, ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setSubject(subject).setIssuedAt();
  if (ttlSeconds) jwt.setExpirationTime(`${ttlSeconds}s`);
  return jwt.sign(key);
};

/** The claims of a link the tenant's key signed for `use`, or null (no key, bad signature, expired, other use). */
async function verify(db: Database, tenantId: string, use: Use, token: string) {
  const key = await storedLinkKey(db, tenantId);
  if (!key) return null;
  try {
    const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
    return payload.tid === tenantId && payload.use === use ? payload : null;
  } catch (err) {
    if (err instanceof errors.JOSEError) return null;
    throw err;
  }
}

/** The tenant a link names, unverified: to know whose key verifies it. */
export function tenantOfLink(token: string): string | null {
  try {
    const tid = decodeJwt(token).tid;
    return typeof tid === 'string' ? tid : null;
  } catch {
    return null;
  }
}

export async function downloadUrl(key: Uint8Array, publicUrl: string, tenantId: string, reportId: string): Promise<string> {
  const token = await sign(key, tenantId, 'download', reportId, {}, DOWNLOAD_TTL_SECONDS);
  return `${publicUrl}/reports/${reportId}/download?token=${token}`;
}

export async function verifyDownload(db: Database, tenantId: string, reportId: string, token: string): Promise<boolean> {
  return (await verify(db, tenantId, 'download', token))?.sub === reportId;
}

/** A recipient's link to stop a schedule's emails (scheduleId), or all of the tenant's report emails (null). */
export async function unsubscribeUrl(key: Uint8Array, publicUrl: string, tenantId: string, email: string, scheduleId: string | null): Promise<string> {
  const token = await sign(key, tenantId, 'unsubscribe', email, { sch: scheduleId });
  return `${publicUrl}/reports/unsubscribe?token=${token}`;
}

export async function verifyUnsubscribe(db: Database, tenantId: string, token: string): Promise<{ email: string; scheduleId: string | null } | null> {
  const claims = await verify(db, tenantId, 'unsubscribe', token);
  if (!claims?.sub) return null;
  return { email: claims.sub, scheduleId: typeof claims.sch === 'string' ? claims.sch : null };
}
