import { and, gt, isNull, lt, lte, or } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { usersTables } from '@sprint-reports/drizzle';

const { signingKeys } = usersTables;

/** Drops retired keys retired before `before` (no token they signed can still live). */
export const dropSigningKeysRetiredBefore = (db: Database, before: Date) =>
  db.delete(signingKeys).where(lt(signingKeys.retiredAt, before)).returning({ kid: signingKeys.kid });

/** Retires the active key if it was created at or before `createdBy`: a conditional update, safe from several processes at once. */
export const retireSigningKeysCreatedBy = (db: Database, createdBy: Date, now: Date) =>
  db
    .update(signingKeys)
    .set({ retiredAt: now })
    .where(and(isNull(signingKeys.retiredAt), lte(signingKeys.createdAt, createdBy)))
    .returning({ kid: signingKeys.kid });

/** Inserts a new active key unless one is active already (the database holds at most one). */
export const insertSigningKey = (db: Database, key: typeof signingKeys.$inferInsert) =>
  db.insert(signingKeys).values(key).onConflictDoNothing().returning({ kid: signingKeys.kid });

/** The public keys of the active key and of keys retired after `retiredAfter`, oldest first. */
export const signingKeysInUseSince = (db: Database, retiredAfter: Date) =>
  db
    .select({ publicJwk: signingKeys.publicJwk })
    .from(signingKeys)
    .where(or(isNull(signingKeys.retiredAt), gt(signingKeys.retiredAt, retiredAfter)))
    .orderBy(signingKeys.createdAt);

export const activeSigningKeys = (db: Database) => db.select().from(signingKeys).where(isNull(signingKeys.retiredAt));
