import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { asSystem, notFound, withTenant, type Database, type Runtime } from '@sprint-reports/core';
import { documentCache } from './cache.ts';
import * as data from './data.ts';
import { queueDeliveries } from './email/deliveries.ts';
import { fingerprintOf } from './fingerprint.ts';
import { gatherReport } from './remote/gather.ts';
import type { ReportRow } from './models.ts';
import { linkKey } from './links.ts';
import { reportProgress, reportReady } from './events.ts';
import { headline, renderReport } from './render/index.ts';
import type { ReportRequest } from './request.ts';
import { teamById } from './remote/teams.ts';
import { ReportBoardScopeDocument, ReportSprintScopeDocument } from './remote/__generated__/sprints.ts';

/** Generates one report (its id): the background half of generateReport. */
export const GENERATE_JOB = 'reports.generate';

/** The sprint, board and team a request is about; NOT_FOUND when the tenant has no such thing. */
async function scopeOf(runtime: Runtime, tenantId: string, req: ReportRequest) {
  const { client } = runtime;
  if (req.sprintId) {
    const [sprint] = await client.entities('sprints', tenantId, ReportSprintScopeDocument, 'Sprint', [{ id: req.sprintId }]);
    if (!sprint) throw notFound('Sprint', req.sprintId);
    return { sprintId: req.sprintId, boardId: sprint.board.id, teamId: sprint.team?.id ?? null };
  }
  if (req.boardId) {
    const [board] = await client.entities('sprints', tenantId, ReportBoardScopeDocument, 'Board', [{ id: req.boardId }]);
    if (!board) throw notFound('Board', req.boardId);
    return { sprintId: null, boardId: req.boardId, teamId: board.team?.id ?? null };
  }
  const team = await teamById(client, tenantId, req.teamId!);
  if (!team) throw notFound('Team', req.teamId!);
  return { sprintId: null, boardId: null, teamId: team.id };
}

export const requestOf = (row: ReportRow): ReportRequest => ({
  kind: row.kind,
  format: row.format,
  ...(row.sprintId && row.kind === 'SPRINT' ? { sprintId: row.sprintId } : {}),
  ...(row.boardId && row.kind === 'VELOCITY' ? { boardId: row.boardId } : {}),
  ...(row.teamId && row.kind !== 'SPRINT' && !(row.kind === 'VELOCITY' && row.boardId) ? { teamId: row.teamId } : {}),
  ...row.params,
});

/**
 * Records a report request and queues its generation once `db`'s transaction commits. What it is
 * about is checked now, so a wrong id is the caller's error rather than a FAILED report.
 */
export async function requestReport(
  deps: { db: Database; runtime: Runtime },
  tenantId: string,
  req: ReportRequest,
  by: { userId: string | null; scheduleId?: string | null },
): Promise<ReportRow> {
  const scope = await scopeOf(deps.runtime, tenantId, req);
  const { kind, format, sprintId: _s, boardId: _b, teamId: _t, ...params } = req;
  const row = await data.insertReport(deps.db, {
    id: randomUUID(),
    tenantId,
    kind,
    format,
    ...scope,
    params,
    requestedBy: by.userId,
    scheduleId: by.scheduleId ?? null,
  });
  await deps.runtime.jobs.enqueue(GENERATE_JOB, { tenantId, reportId: row.id }, { jobId: row.id });
  return row;
}

const userError = (err: unknown) => err instanceof GraphQLError && ['BAD_USER_INPUT', 'NOT_FOUND'].includes(String(err.extensions.code));

/** How long a run holds its report without a sign of life (each progress step renews it). */
export const REPORT_LEASE_MS = 5 * 60_000;

/** Another run took the report over (this one stalled past its lease): this one stops and writes nothing. */
class LeaseLost extends Error {}

/**
 * Generates a queued report: gathers its figures, then answers the document made before from the
 * same figures (cached) or renders and stores a new one. Progress is stored and announced as it
 * goes; READY or FAILED is announced (reportReady) and lets its emails go.
 *
 * A run first claims the report for a lease that each step renews; every write is conditional on
 * still holding it. So a duplicate job waits its turn, a run that stalled past its lease (a crash,
 * a lost job) is taken over by the sweep's (requeueStalledReports), and a finished report is never
 * touched again.
 */
export async function runReport(runtime: Runtime, tenantId: string, reportId: string): Promise<void> {
  const { db, events } = runtime;
  const runId = randomUUID();
  const lease = () => new Date(Date.now() + REPORT_LEASE_MS);
  const row = await withTenant(db, tenantId, (tx) => data.claimReport(tx, tenantId, reportId, runId, new Date(), lease()));
  if (!row) return;
  const update = async (set: Partial<ReportRow>) => {
    if (!(await withTenant(db, tenantId, (tx) => data.updateRun(tx, tenantId, reportId, runId, set)))) throw new LeaseLost();
  };
  const progress = async (done: number) => {
    await update({ progress: Math.round(done * 100) / 100, leaseUntil: lease() });
    await reportProgress(events, tenantId, reportId);
  };
  try {
    try {
      await reportProgress(events, tenantId, reportId);
      const request = requestOf(row);
      const model = await gatherReport(runtime.client, tenantId, request, (done) => progress(0.05 + done * 0.6));
      const fingerprint = fingerprintOf(request, model);
      const cache = documentCache(runtime);
      const cachedId = await withTenant(db, tenantId, (tx) => cache.find(tx, tenantId, fingerprint)).catch((err: Error) => {
        runtime.log.warn({ err: err.message }, 'Report cache unavailable: rendering');
        return null;
      });
      const cached = cachedId ? (await withTenant(db, tenantId, (tx) => data.documentMetaByIds(tx, tenantId, [cachedId])))[0] : undefined;
      let document = cached;
      if (!document) {
        await progress(0.7);
        const file = await renderReport(model, row.format);
        await progress(0.9);
        document = await withTenant(db, tenantId, (tx) =>
          data.saveDocument(tx, {
            id: randomUUID(),
            tenantId,
            fingerprint,
            title: model.title,
            content: file.content,
            contentType: file.contentType,
            fileName: file.fileName,
            sizeBytes: file.content.length,
            headline: headline(model),
          }),
        );
        await cache
          .remember(tenantId, fingerprint, document.id)
          .catch((err: Error) => runtime.log.warn({ err: err.message }, 'Report cache unavailable: not remembered'));
      }
      // The tenant's key for download links, before anyone can read the report READY: reads only read it.
      await withTenant(db, tenantId, (tx) => linkKey(tx, tenantId));
      await update({
        status: 'READY',
        progress: 1,
        documentId: document.id,
        sizeBytes: document.sizeBytes,
        cached: !!cached,
        finishedAt: new Date(),
        error: null,
        leaseUntil: null,
      });
      runtime.log.info({ tenantId, reportId, kind: row.kind, format: row.format, cached: !!cached, bytes: document.sizeBytes }, 'Report ready');
    } catch (err) {
      if (err instanceof LeaseLost) throw err;
      // What the user asked for can be wrong (a sprint deleted since); anything else is ours, logged, not shown.
      const error = userError(err) ? (err as Error).message : 'The report could not be made: an internal error (logged). Generate it again.';
      if (!userError(err)) runtime.log.error({ tenantId, reportId, err: (err as Error).message }, 'Report generation failed');
      await update({ status: 'FAILED', finishedAt: new Date(), error, leaseUntil: null });
    }
  } catch (err) {
    if (!(err instanceof LeaseLost)) throw err;
    runtime.log.warn({ tenantId, reportId }, 'Report run stopped: another run took the report over');
    return;
  }
  await reportProgress(events, tenantId, reportId);
  await reportReady(events, tenantId, reportId);
  await queueDeliveries(runtime, tenantId, reportId);
}

/**
 * Queues again the reports nobody is making: QUEUED long after they were asked for, or RUNNING
 * past their lease (a crash, a job lost with an in-process runner's restart, Redis refusing the
 * job). The claim in runReport makes a duplicate harmless. Answers how many.
 */
export async function requeueStalledReports(runtime: Runtime, now: Date): Promise<number> {
  const stalled = await asSystem(runtime.db, (tx) => data.stalledReports(tx, now, new Date(now.getTime() - REPORT_LEASE_MS)));
  for (const r of stalled) await runtime.jobs.enqueue(GENERATE_JOB, { tenantId: r.tenantId, reportId: r.id }, { jobId: `${r.id}:${now.getTime()}` });
  if (stalled.length) runtime.log.warn({ reports: stalled.length }, 'Re-queued stalled reports');
  return stalled.length;
}
