import { randomUUID } from 'node:crypto';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@sprint-reports/core';
import { issuesTables, type SyncCheckpoint } from '@sprint-reports/drizzle';
import type { SyncRunRow } from '../models.ts';

const { syncRuns } = issuesTables;
const ACTIVE = ['QUEUED', 'RUNNING'] as const;

export const runById = async (db: Database, id: string) => (await db.select().from(syncRuns).where(eq(syncRuns.id, id)))[0] ?? null;

export const runsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db.select().from(syncRuns).where(and(eq(syncRuns.tenantId, tenantId), inArray(syncRuns.id, [...ids])));

export const recentRuns = (db: Database, tenantId: string, connectionId: string, limit: number) =>
  db.select().from(syncRuns).where(and(eq(syncRuns.tenantId, tenantId), eq(syncRuns.connectionId, connectionId))).orderBy(desc(syncRuns.queuedAt)).limit(limit);

export const activeRun = async (db: Database, connectionId: string) =>
  (await db.select().from(syncRuns).where(and(eq(syncRuns.connectionId, connectionId), inArray(syncRuns.status, [...ACTIVE]))))[0] ?? null;

/** Runs a crash or restart left unfinished, in every tenant: they resume from their checkpoint. */
export const unfinishedRuns = (db: Database) => db.select().from(syncRuns).where(inArray(syncRuns.status, [...ACTIVE]));

/**
 * Queues a run unless the connection has one queued or running, which is returned instead: one
 * sync per connection at a time, enforced by a partial unique index whichever process asks.
 */
export async function queueRun(db: Database, tenantId: string, connectionId: string, full: boolean): Promise<{ run: SyncRunRow; created: boolean }> {
  const [run] = await db
    .insert(syncRuns)
    .values({ id: randomUUID(), tenantId, connectionId, full, status: 'QUEUED' })
    .onConflictDoNothing({ target: syncRuns.connectionId, where: sql`status in ('QUEUED', 'RUNNING')` })
    .returning();
  if (run) return { run, created: true };
  const existing = await activeRun(db, connectionId);
  if (existing) return { run: existing, created: false };
  return queueRun(db, tenantId, connectionId, full); // the active one finished in between
}

export async function updateRun(db: Database, id: string, set: Partial<SyncRunRow>) {
  const [row] = await db.update(syncRuns).set(set).where(eq(syncRuns.id, id)).returning();
  return row;
}

/** Counters add up across pages and resumes; the checkpoint moves with the data it describes. */
export async function recordPage(db: Database, id: string, page: { checkpoint: SyncCheckpoint; issues: number }) {
  await db
    .update(syncRuns)
    .set({
      checkpoint: page.checkpoint,
      pages: sql`${syncRuns.pages} + 1`,
      issuesSynced: sql`${syncRuns.issuesSynced} + ${page.issues}`,
      heartbeatAt: new Date(),
    })
    .where(eq(syncRuns.id, id));
}

export async function appendWarnings(db: Database, id: string, warnings: string[]) {
  if (!warnings.length) return;
  // Keep the first 200: a site with thousands of bad estimates should not bloat the run row.
  await db
    .update(syncRuns)
    .set({ warnings: sql`(select coalesce(jsonb_agg(w), '[]'::jsonb) from (select w from jsonb_array_elements(${syncRuns.warnings} || ${JSON.stringify(warnings)}::jsonb) w limit 200) t)` })
    .where(eq(syncRuns.id, id));
}

export async function requestCancel(db: Database, tenantId: string, id: string) {
  const [row] = await db
    .update(syncRuns)
    .set({ cancelRequested: true })
    .where(and(eq(syncRuns.tenantId, tenantId), eq(syncRuns.id, id)))
    .returning();
  if (row?.status === 'QUEUED') return updateRun(db, id, { status: 'CANCELLED', finishedAt: new Date(), phase: 'cancelled' });
  return row ?? null;
}

export const isCancelRequested = async (db: Database, id: string) =>
  (await db.select({ c: syncRuns.cancelRequested }).from(syncRuns).where(eq(syncRuns.id, id)))[0]?.c ?? true;
