import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';
import type { RefreshTokenRow } from '../models.ts';

const { refreshTokens } = usersTables;

/** How long a refresh token lasts unused; each use gets a new one with the full lifetime again. */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 3600_000;

/** Only the hash is stored: a copy of the table signs nobody in. */
export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new refresh token for the user, in `familyId` (a new family at sign-in, the same one when rotated). */
export async function insertRefreshToken(db: Database, row: { tenantId: string; userId: string; familyId?: string; now: Date }) {
  const token = randomBytes(32).toString('base64url');
  const [stored] = await db
    .insert(refreshTokens)
    .values({
      id: randomUUID(),
      tenantId: row.tenantId,
      userId: row.userId,
      tokenHash: hashRefreshToken(token),
      familyId: row.familyId ?? randomUUID(),
      createdAt: row.now,
      expiresAt: new Date(row.now.getTime() + REFRESH_TOKEN_TTL_MS),
    })
    .returning();
  return { token, stored };
}

/** Which tenant a token belongs to (system scope: before the tenant is known). */
export const tenantOfRefreshToken = async (db: Database, token: string) =>
  (
    await db
      .select({ tenantId: refreshTokens.tenantId })
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashRefreshToken(token)))
  )[0]?.tenantId ?? null;

/** The token's row, locked: two refreshes with one token are serialised, and the second is a reuse. */
export const lockRefreshToken = async (db: Database, token: string): Promise<RefreshTokenRow | null> =>
  (
    await db
      .select()
      .from(refreshTokens)
      .where(eq(refreshTokens.tokenHash, hashRefreshToken(token)))
      .for('update')
  )[0] ?? null;

export const markReplaced = (db: Database, id: string, replacedBy: string) => db.update(refreshTokens).set({ replacedBy }).where(eq(refreshTokens.id, id));

export async function revokeFamily(db: Database, familyId: string, now: Date) {
  const revoked = await db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
    .returning({ id: refreshTokens.id });
  return revoked.length;
}

/** Ends every session of a user (they were disabled). */
export const revokeUserTokens = (db: Database, tenantId: string, userId: string, now: Date) =>
  db
    .update(refreshTokens)
    .set({ revokedAt: now })
    .where(and(eq(refreshTokens.tenantId, tenantId), eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
