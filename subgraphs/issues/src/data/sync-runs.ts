import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { isProcessAlive, type Database } from '@sprint-reports/core';
import { issuesTables, type SyncCheckpoint } from '@sprint-reports/drizzle';
import type { SyncRunRow } from '../models.ts';

const { syncRuns } = issuesTables;
const ACTIVE = ['QUEUED', 'RUNNING'] as const;

export const runById = async (db: Database, id: string) => (await db.select().from(syncRuns).where(eq(syncRuns.id, id)))[0] ?? null;

/** The tenant of a run, by its id alone: jobs name runs so. A lookup across tenants (system scope). */
export const tenantOfRun = async (db: Database, id: string) =>
  (await db.select({ tenantId: syncRuns.tenantId }).from(syncRuns).where(eq(syncRuns.id, id)))[0]?.tenantId ?? null;

export const runsByIds = (db: Database, tenantId: string, ids: readonly string[]) =>
  db
    .select()
    .from(syncRuns)
    .where(and(eq(syncRuns.tenantId, tenantId), inArray(syncRuns.id, [...ids])));

export const recentRuns = (db: Database, tenantId: string, connectionId: string, limit: number) =>
  db
    .select()
    .from(syncRuns)
    .where(and(eq(syncRuns.tenantId, tenantId), eq(syncRuns.connectionId, connectionId)))
    .orderBy(desc(syncRuns.queuedAt))
    .limit(limit);

export const activeRun = async (db: Database, connectionId: string) =>
  (
    await db
      .select()
      .from(syncRuns)
      .where(and(eq(syncRuns.connectionId, connectionId), inArray(syncRuns.status, [...ACTIVE])))
  )[0] ?? null;

/** Runs a crash or restart left unfinished, in every tenant (system scope): they resume from their checkpoint. */
export const unfinishedRuns = (db: Database) =>
  db
    .select()
    .from(syncRuns)
    .where(inArray(syncRuns.status, [...ACTIVE]));

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

async function updateRun(db: Database, id: string, set: Partial<SyncRunRow>) {
  const [row] = await db.update(syncRuns).set(set).where(eq(syncRuns.id, id)).returning();
  return row;
}

/**
 * Counters add up across pages and resumes; the checkpoint moves with the data it describes.
 * Answers whether a cancel was requested: the engine learns it with each page, at no extra statement.
 */
export async function recordPage(
  db: Database,
  id: string,
  owner: string,
  page: { checkpoint: SyncCheckpoint; issues: number },
): Promise<{ cancelRequested: boolean }> {
  const rows = await db
    .update(syncRuns)
    .set({
      checkpoint: page.checkpoint,
      pages: sql`${syncRuns.pages} + 1`,
      issuesSynced: sql`${syncRuns.issuesSynced} + ${page.issues}`,
      heartbeatAt: new Date(),
    })
    .where(and(eq(syncRuns.id, id), eq(syncRuns.owner, owner), eq(syncRuns.status, 'RUNNING')))
    .returning({ cancelRequested: syncRuns.cancelRequested });
  // Thrown inside the page's transaction: a run taken over writes nothing more.
  if (!rows.length) throw new LostRun(id);
  return rows[0];
}

export async function appendWarnings(db: Database, id: string, warnings: string[]) {
  if (!warnings.length) return;
  // Keep the first 200: a site with thousands of bad estimates should not bloat the run row.
  await db
    .update(syncRuns)
    .set({
      warnings: sql`(select coalesce(jsonb_agg(w), '[]'::jsonb) from (select w from jsonb_array_elements(${syncRuns.warnings} || ${JSON.stringify(warnings)}::jsonb) w limit 200) t)`,
    })
    .where(eq(syncRuns.id, id));
}

export async function requestCancel(db: Database, tenantId: string, id: string) {
  const [row] = await db
    .update(syncRuns)
    .set({ cancelRequested: true })
    .where(and(eq(syncRuns.tenantId, tenantId), eq(syncRuns.id, id)))
    .returning();
  // Nobody will see the flag of a queued run, or of one whose process died: end those here.
  const orphaned = row?.status === 'RUNNING' && (!row.heartbeatAt || Date.now() - row.heartbeatAt.getTime() > LEASE_MS);
  if (row?.status === 'QUEUED' || orphaned) return updateRun(db, id, { status: 'CANCELLED', finishedAt: new Date(), phase: 'cancelled' });
  return row ?? null;
}

export const isCancelRequested = async (db: Database, id: string) =>
  (await db.select({ c: syncRuns.cancelRequested }).from(syncRuns).where(eq(syncRuns.id, id)))[0]?.c ?? true;

/** This process, as a run's owner: host and pid say whether it still lives; the nonce tells restarts apart. */
export const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** A run whose owner has not written for this long is taken to be dead: a page with retries takes far less. */
export const LEASE_MS = 10 * 60_000;

/** An owner on this host whose process is gone; other hosts' owners are judged by their heartbeat. */
function ownerIsGone(owner: string | null): boolean {
  if (!owner) return true;
  const [host, pid] = owner.split(':');
  if (host !== hostname() || owner === PROCESS_OWNER) return false;
  return !isProcessAlive(Number(pid));
}

export class LostRun extends Error {
  constructor(id: string) {
    super(`Sync run ${id} is run by another process now`);
  }
}

/**
 * Takes a run to execute: a queued one, or a running one whose owner is gone (its lease ran out,
 * or its process on this host no longer exists). A compare-and-set on the owner, so of two
 * processes trying at once exactly one wins. Returns null when someone else holds it.
 */
export async function claimRun(db: Database, id: string, owner = PROCESS_OWNER): Promise<SyncRunRow | null> {
  const run = await runById(db, id);
  if (!run || (run.status !== 'QUEUED' && run.status !== 'RUNNING')) return null;
  const stale = !run.heartbeatAt || Date.now() - run.heartbeatAt.getTime() > LEASE_MS;
  if (run.status === 'RUNNING' && run.owner !== owner && !stale && !ownerIsGone(run.owner)) return null;
  const [claimed] = await db
    .update(syncRuns)
    .set({ status: 'RUNNING', owner, heartbeatAt: new Date(), startedAt: run.startedAt ?? new Date() })
    .where(and(eq(syncRuns.id, id), inArray(syncRuns.status, [...ACTIVE]), run.owner ? eq(syncRuns.owner, run.owner) : isNull(syncRuns.owner)))
    .returning();
  return claimed ?? null;
}

/** Writes to a run the caller owns; a run taken over (or cancelled and finished) throws LostRun. */
export async function updateOwnedRun(db: Database, id: string, owner: string, set: Partial<SyncRunRow>) {
  const [row] = await db
    .update(syncRuns)
    .set({ ...set, heartbeatAt: new Date() })
    .where(and(eq(syncRuns.id, id), eq(syncRuns.owner, owner), eq(syncRuns.status, 'RUNNING')))
    .returning();
  if (!row) throw new LostRun(id);
  return row;
}

/** Running runs nobody has written to within the lease, in every tenant (system scope): their process died. */
export const staleRuns = (db: Database) =>
  db
    .select()
    .from(syncRuns)
    .where(and(eq(syncRuns.status, 'RUNNING'), sql`${syncRuns.heartbeatAt} < now() - make_interval(secs => ${LEASE_MS / 1000})`));
