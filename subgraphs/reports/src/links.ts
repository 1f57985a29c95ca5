import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SignJWT, decodeJwt, errors, jwtVerify } from 'jose';
import type { Database } from '@sprint-reports/core';
import { reportsTables } from '@sprint-reports/drizzle';

/**
 * Signed links that work without signing in: a report's download URL (short-lived) and a
 * recipient's unsubscribe link (lasting). Signed with the tenant's own key (HS256), made on first
 * use and kept in the reports schema, so every process running the reports subgraph agrees.
 */

const { linkKeys } = reportsTables;

/** How long a download URL works. */
export const DOWNLOAD_TTL_SECONDS = 15 * 60;
const ISSUER = 'sprint-reports';

export async function linkKey(db: Database, tenantId: string): Promise<Uint8Array> {
  await db.insert(linkKeys).values({ tenantId, secret: randomBytes(32) }).onConflictDoNothing();
  const [row] = await db.select({ secret: linkKeys.secret }).from(linkKeys).where(eq(linkKeys.tenantId, tenantId));
  return new Uint8Array(row.secret);
}

type Use = 'download' | 'unsubscribe';

const sign = (key: Uint8Array, tenantId: string, use: Use, subject: string, claims: Record<string, unknown>, ttlSeconds?: number) => {
  const jwt = new SignJWT({ tid: tenantId, use, ...claims }).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setSubject(subject).setIssuedAt();
  if (ttlSeconds) jwt.setExpirationTime(`${ttlSeconds}s`);
  return jwt.sign(key);
};

/** The claims of a link the tenant's key signed for `use`, or null (bad signature, expired, other use). */
async function verify(key: Uint8Array, tenantId: string, use: Use, token: string) {
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

export async function verifyDownload(key: Uint8Array, tenantId: string, reportId: string, token: string): Promise<boolean> {
  return (await verify(key, tenantId, 'download', token))?.sub === reportId;
}

/** A recipient's link to stop a schedule's emails (scheduleId), or all of the tenant's report emails (null). */
export async function unsubscribeUrl(key: Uint8Array, publicUrl: string, tenantId: string, email: string, scheduleId: string | null): Promise<string> {
  const token = await sign(key, tenantId, 'unsubscribe', email, { sch: scheduleId });
  return `${publicUrl}/reports/unsubscribe?token=${token}`;
}

export async function verifyUnsubscribe(key: Uint8Array, tenantId: string, token: string): Promise<{ email: string; scheduleId: string | null } | null> {
  const claims = await verify(key, tenantId, 'unsubscribe', token);
  if (!claims?.sub) return null;
  return { email: claims.sub, scheduleId: typeof claims.sch === 'string' ? claims.sch : null };
}

