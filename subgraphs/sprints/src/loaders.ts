import DataLoader from 'dataloader';
import { type Database, type Runtime, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';
import { ANALYSIS_VERSION } from './analysis/compute.ts';
import { refreshSprintAnalyses } from './analysis/refresh.ts';
import type { AnalysisRow, SprintRow } from './models.ts';

/** Per-request loaders: each turns a request's worth of lookups into one SQL statement. */
export function createLoaders(db: Database, tenantId: string, runtime: Runtime) {
  const analysis = rowById((sprintIds) => data.analysesBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId);
  return {
    board: rowById((ids) => data.boardsByIds(db, tenantId, ids), (r) => r.id),
    boardsByTeam: rowsById((teamIds) => data.boardsByTeamIds(db, tenantId, teamIds), (r) => r.teamId!),
    boardsByConnection: rowsById((connectionIds) => data.boardsByConnectionIds(db, tenantId, connectionIds), (r) => r.connectionId!),
    sprint: rowById((ids) => data.sprintsByIds(db, tenantId, ids), (r) => r.id),
    sprintsByBoard: rowsById((boardIds) => data.sprintsByBoardIds(db, tenantId, boardIds), (r) => r.boardId),
    analysis,
    jiraReport: rowById((sprintIds) => data.jiraReportsBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId),
    disciplineFigures: rowById((sprintIds) => data.disciplineFiguresBySprintIds(db, tenantId, sprintIds), (r) => r.sprintId),
    /**
     * The stored analysis, recomputed first where it is stale: an active sprint's older than
     * ANALYSIS_TTL_SECONDS (its figures move with time and with JIRA), or one by older rules.
     * The stored row is the short cache: within the TTL every read is a row read. A sprint
     * without one waits for the due analyses (refreshDueAnalyses) rather than make a read fail on
     * history it cannot get; a recomputation that fails leaves the stored figures standing.
     */
    freshAnalysis: new DataLoader<SprintRow, AnalysisRow | null, string>(
      async (sprints) => {
        const stored = await analysis.loadMany(sprints.map((s) => s.id));
        const oldest = Date.now() - runtime.config.analysisTtlSeconds * 1000;
        const stale = sprints.filter((s, i) => {
          const row = stored[i];
          if (row instanceof Error) throw row;
          return !!row && (row.rulesVersion < ANALYSIS_VERSION || (s.state === 'ACTIVE' && row.computedAt.getTime() < oldest));
        });
        if (!stale.length) return stored as (AnalysisRow | null)[];
        try {
          await refreshSprintAnalyses({ db, client: runtime.client, events: runtime.events, log: runtime.log }, tenantId, stale.map((s) => s.id));
        } catch (err) {
          runtime.log.warn({ err, tenantId, sprints: stale.length }, 'Could not recompute stale sprint analyses; serving the stored ones');
          return stored as (AnalysisRow | null)[];
        }
        const fresh = new Map((await data.analysesBySprintIds(db, tenantId, stale.map((s) => s.id))).map((r) => [r.sprintId, r]));
        for (const [id, row] of fresh) analysis.clear(id).prime(id, row);
        return sprints.map((s, i) => fresh.get(s.id) ?? (stored[i] as AnalysisRow | null));
      },
      { cacheKeyFn: (s) => s.id },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
