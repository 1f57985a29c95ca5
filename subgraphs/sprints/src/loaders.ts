import DataLoader from 'dataloader';
import { type Database, type Runtime, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';
import { ANALYSIS_VERSION } from './analysis/compute.ts';
import { REFRESH_JOB } from './jobs.ts';
import type { AnalysisRow, SprintRow } from './models.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string, runtime: Runtime) {
  const analysis = rowById(
    (sprintIds) => data.analysesBySprintIds(db, tenantId, sprintIds),
    (r) => r.sprintId,
  );
  return {
    board: rowById(
      (ids) => data.boardsByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    boardsByTeam: rowsById(
      (teamIds) => data.boardsByTeamIds(db, tenantId, teamIds),
      (r) => r.teamId!,
    ),
    boardsByConnection: rowsById(
      (connectionIds) => data.boardsByConnectionIds(db, tenantId, connectionIds),
      (r) => r.connectionId!,
    ),
    sprint: rowById(
      (ids) => data.sprintsByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    sprintsByBoard: rowsById(
      (boardIds) => data.sprintsByBoardIds(db, tenantId, boardIds),
      (r) => r.boardId,
    ),
    analysis,
    jiraReport: rowById(
      (sprintIds) => data.jiraReportsBySprintIds(db, tenantId, sprintIds),
      (r) => r.sprintId,
    ),
    disciplineFigures: rowById(
      (sprintIds) => data.disciplineFiguresBySprintIds(db, tenantId, sprintIds),
      (r) => r.sprintId,
    ),
    /**
     * The stored analysis, whose recomputation is queued where it is stale: an active sprint's
     * older than ANALYSIS_TTL_SECONDS (its figures move with time and with JIRA), or one by older
     * rules. A read never recomputes (that needs the issues, users and capacity subgraphs, and a
     * write): the job does, after the read's transaction, and announces the new figures, which the
     * live subscription brings to the page. One job per sprint and TTL window, however many reads
     * see it stale. A sprint without an analysis waits for the due analyses (refreshDueAnalyses).
     */
    freshAnalysis: new DataLoader<SprintRow, AnalysisRow | null, string>(
      async (sprints) => {
        const stored = await analysis.loadMany(sprints.map((s) => s.id));
        const ttlMs = runtime.config.analysisTtlSeconds * 1000;
        const now = Date.now();
        const stale = sprints.filter((s, i) => {
          const row = stored[i];
          if (row instanceof Error) throw row;
          return !!row && (row.rulesVersion < ANALYSIS_VERSION || (s.state === 'ACTIVE' && row.computedAt.getTime() < now - ttlMs));
        });
        const window = Math.floor(now / Math.max(ttlMs, 1000));
        for (const s of stale) {
          // Queued once the read's transaction ends (jobs use afterCommit), outside the read.
          await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds: [s.id] }, { jobId: `stale-analysis-${s.id}-${window}` }).catch((err: Error) => {
            runtime.log.warn(
              { err: err.message, tenantId, sprintId: s.id },
              'Could not queue the recomputation of a stale sprint analysis; serving the stored one',
            );
          });
        }
        return stored as (AnalysisRow | null)[];
      },
      { cacheKeyFn: (s) => s.id },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
