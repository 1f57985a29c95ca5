/**
 * JIRA's own sprint report of every closed sprint of the synced boards, handed to the sprints
 * subgraph (which owns sprints) for reconciliation with our analysis.
 *
 * Fetched once, and again only when the sprint's fingerprint moves: a hash of what JIRA's report
 * is computed from, all of it already at hand after the issues phase (no request to JIRA):
 * the sprint's name, state and dates, the board it is reported on with its columns and estimation
 * field, and the count, deletions and newest `updated` of the issues ever in it. An issue of the
 * sprint changed in JIRA (status, estimate, summary, moved), the sprint renamed or reopened, the
 * board's done column moved: fetched again. Nothing changed: not asked.
 *
 * The endpoint is undocumented: a site that refuses it (404, 403), answers another shape, or does
 * not answer records UNAVAILABLE for the sprint; this step never fails the sync. Only a
 * cancellation goes on up. A 403 (or no answer) is asked again at the next sync, since permission
 * may be granted later; a 404 or another shape only when the sprint changes.
 */
import { createHash } from 'node:crypto';
import { jiraObjectId, sprintBoards, type Database, type Logger, type Runtime } from '@sprint-reports/core';
import * as data from '../data/index.ts';
import { JiraError, type JiraClient } from '../jira/client.ts';
import { parseSprintReport } from '../jira/sprint-report.ts';
import type { JiraBoard, JiraBoardConfiguration } from '../jira/types.ts';
import { SprintReportFingerprintsDocument, SyncSprintReportsDocument, type JiraSprintInput } from '../remote/__generated__/sprints.ts';

/** A sprint as the sync read it from a board's sprint list (JiraSprintInput). */
export interface ListedSprint {
  jiraSprintId: number;
  jiraBoardId: number;
  originBoardId: number | null;
  name: string;
  state: JiraSprintInput['state'];
  startDate: string | null;
  endDate: string | null;
  completeDate: string | null;
  /** Server/DC: when Start was pressed (JIRA's report measures from it). */
  activatedDate?: string | null;
}

type InTenant = <T>(fn: (tx: Database) => Promise<T>) => Promise<T>;

/** Reports handed over per call: each carries its issue lists. */
const REPORTS_PER_CALL = 50;

/**
 * Why the site gave no report, in words. transient: no answer, worth asking again at the next sync
 * (a report already stored stands); retry: a refusal stored as such, but asked again at the next
 * sync too (its fingerprint is not stored). Otherwise (404, another shape) it stands until the
 * sprint changes.
 */
function refusal(err: unknown): { reason: string; transient: boolean; retry?: boolean } {
  if (err instanceof JiraError) {
    if (err.code === 'NOT_FOUND')
      return { reason: 'This JIRA does not answer the sprint report (404): the endpoint is undocumented, and this site does not serve it', transient: false };
    // Permission may be granted later (an admin fixes it): asked again at every sync, not only when the sprint changes.
    if (err.code === 'FORBIDDEN')
      return {
        reason: "JIRA refused the sprint report (403): the sync's user may not view this board's reports; the next sync asks again",
        transient: false,
        retry: true,
      };
    return { reason: `JIRA gave no sprint report: ${err.message}`, transient: err.transient };
  }
  return { reason: `JIRA's sprint report could not be read: ${err instanceof Error ? err.message : String(err)}`, transient: true };
}

export async function syncSprintReports(opts: {
  runtime: Runtime;
  client: JiraClient;
  inTenant: InTenant;
  tenantId: string;
  connectionId: string;
  boards: { board: JiraBoard; config: JiraBoardConfiguration }[];
  sprints: ListedSprint[];
  log: Logger;
  signal?: AbortSignal;
}): Promise<{ fetched: number; unavailable: number }> {
  const { runtime, client, inTenant, tenantId, connectionId, log, signal } = opts;
  const configOf = new Map(opts.boards.map(({ board, config }) => [board.id, config]));
  // One report per sprint, on the board the sprints subgraph stores it on (the same rule): its
  // origin board when that is synced, else the last synced board that listed it.
  const boardOf = sprintBoards(opts.sprints, (jiraBoardId) => configOf.has(jiraBoardId));
  const closed = new Map<number, ListedSprint & { boardId: number }>();
  for (const s of opts.sprints) {
    const boardId = boardOf.get(s.jiraSprintId);
    if (s.state === 'CLOSED' && boardId !== undefined) closed.set(s.jiraSprintId, { ...s, boardId });
  }
  if (!closed.size) return { fetched: 0, unavailable: 0 };
  try {
    const idOf = (jiraSprintId: number) => jiraObjectId(tenantId, connectionId, 'sprint', jiraSprintId);
    const stats = await inTenant((tx) => data.issueStatsOfSprints(tx, tenantId, [...closed.keys()].map(idOf)));
    const fingerprint = (s: ListedSprint & { boardId: number }) => {
      const config = configOf.get(s.boardId);
      const board = {
        id: s.boardId,
        columns: config?.columnConfig?.columns.map((c) => c.statuses.map((x) => String(x.id))),
        estimation: config?.estimation?.field?.fieldId ?? null,
      };
      const sprint = [s.name, s.state, s.startDate, s.endDate, s.completeDate, ...(s.activatedDate ? [s.activatedDate] : [])];
      return createHash('sha256')
        .update(JSON.stringify({ board, sprint, issues: stats.get(idOf(s.jiraSprintId)) ?? '' }))
        .digest('base64url');
    };
    const { jiraSprintReportFingerprints: stored } = await runtime.client.execute('sprints', tenantId, SprintReportFingerprintsDocument, {
      connectionId,
      jiraSprintIds: [...closed.keys()],
    });
    const storedOf = new Map(stored.map((f) => [f.jiraSprintId, f.fingerprint]));
    const due = [...closed.values()].map((s) => ({ s, fingerprint: fingerprint(s) })).filter(({ s, fingerprint: f }) => storedOf.get(s.jiraSprintId) !== f);
    if (!due.length) return { fetched: 0, unavailable: 0 };

    // The client bounds how many are under way at once (its semaphore), with its retries.
    const reports = await Promise.all(
      due.map(async ({ s, fingerprint: f }) => {
        try {
          const parsed = parseSprintReport(await client.sprintReport(s.boardId, s.jiraSprintId), s.jiraSprintId);
          if (!parsed.ok) return { jiraSprintId: s.jiraSprintId, fingerprint: f, unavailableReason: parsed.reason, transient: false };
          return { jiraSprintId: s.jiraSprintId, fingerprint: f, ...parsed.report };
        } catch (err) {
          if (signal?.aborted || (err instanceof JiraError && err.code === 'CANCELLED')) throw err;
          const { reason, transient, retry } = refusal(err);
          return { jiraSprintId: s.jiraSprintId, fingerprint: retry ? '' : f, unavailableReason: reason, transient };
        }
      }),
    );
    for (let i = 0; i < reports.length; i += REPORTS_PER_CALL) {
      await runtime.client.execute('sprints', tenantId, SyncSprintReportsDocument, { connectionId, reports: reports.slice(i, i + REPORTS_PER_CALL) });
    }
    const unavailable = reports.filter((r) => 'unavailableReason' in r);
    if (unavailable.length)
      log.warn(
        { sprints: unavailable.length, reason: (unavailable[0] as { unavailableReason: string }).unavailableReason },
        "JIRA's sprint report is unavailable for some sprints",
      );
    return { fetched: reports.length - unavailable.length, unavailable: unavailable.length };
  } catch (err) {
    if (signal?.aborted || (err instanceof JiraError && err.code === 'CANCELLED')) throw err;
    // Reconciliation is extra: the sync has done its work, and the next one tries again.
    log.warn({ err: err instanceof Error ? err.message : String(err) }, "Could not store JIRA's sprint reports; the next sync tries again");
    return { fetched: 0, unavailable: 0 };
  }
}
