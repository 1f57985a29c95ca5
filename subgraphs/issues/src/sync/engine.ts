import { DrizzleQueryError } from 'drizzle-orm';
import type { Runtime } from '@sprint-reports/core';
import type { SyncCheckpoint } from '@sprint-reports/drizzle';
import { connectionById } from '../data.ts';
import { JiraError, type JiraClient } from '../jira/client.ts';
import { deriveIssue, type SiteFields } from '../jira/derive.ts';
import { estimateFieldCandidates, resolveSiteFields } from '../jira/fields.ts';
import { parseJiraDate, statusCategoryOf } from '../jira/parse.ts';
import type { JiraBoard, JiraBoardConfiguration, JiraIssue } from '../jira/types.ts';
import type { ConnectionRow, SyncRunRow } from '../models.ts';
import { withAssignees } from './assignees.ts';
import { clientFor, connectionFields } from './connections.ts';
import { boardIssuesJql, INCREMENTAL_OVERLAP_MS } from './jql.ts';
import { appendWarnings, isCancelRequested, recordPage, runById, updateRun } from './runs.ts';
import { idsByJiraIds, markSeen, markUnseenDeleted, sprintsOfIssues, storeIssues, type StoreScope } from './store.ts';

/** Disciplines an issue's component or label can name; per-board mappings come with sprint analysis. */
export const DEFAULT_DISCIPLINES = ['Frontend', 'Backend', 'QA', 'Design', 'DevOps', 'Mobile', 'Data'];

const BASE_FIELDS = [
  'summary', 'issuetype', 'status', 'priority', 'assignee', 'created', 'updated', 'resolution', 'resolutiondate',
  'project', 'parent', 'labels', 'components', 'issuelinks',
];

class Cancelled extends Error {}
export const T = { fetch: 0, derive: 0, assignees: 0, tx: 0 };
(globalThis as any).__syncT = T;

interface Site {
  fields: SiteFields;
  requested: string[];
  boards: { board: JiraBoard; config: JiraBoardConfiguration }[];
}

/**
 * Runs (or resumes) one sync run to its end. Every page of issues is written in one transaction
 * together with the checkpoint that follows it, so a run killed at any point resumes at the first
 * page it had not written, and re-reading a page changes nothing.
 */
export async function runSync(runtime: Runtime, runId: string, signal?: AbortSignal): Promise<SyncRunRow | null> {
  const { db, log } = runtime;
  let run = await runById(db, runId);
  if (!run || run.status === 'SUCCEEDED' || run.status === 'FAILED' || run.status === 'CANCELLED') return run;
  const connection = await connectionById(db, run.connectionId);
  if (!connection) return updateRun(db, run.id, { status: 'FAILED', errors: ['The connection was deleted'], finishedAt: new Date(), phase: 'failed' });
  const since = run.full ? null : (run.since ?? (connection.syncCursor ? new Date(connection.syncCursor.getTime() - INCREMENTAL_OVERLAP_MS) : null));
  run = await updateRun(db, run.id, { status: 'RUNNING', startedAt: run.startedAt ?? new Date(), heartbeatAt: new Date(), since, full: run.full || !since });
  const rlog = log.child({ run: run.id, connection: connection.id, tenant: connection.tenantId });
  rlog.info({ full: run.full, since, resumed: run.pages > 0 }, 'Sync started');
  const client = clientFor(runtime, connection, { signal });
  const scope: StoreScope & { runId: string } = { tenantId: connection.tenantId, connectionId: connection.id, runId: run.id };
  const checkCancel = async () => {
    if (signal?.aborted) throw signal.reason ?? new Error('aborted');
    if (await isCancelRequested(db, runId)) throw new Cancelled();
  };
  try {
    await updateRun(db, run.id, { phase: 'site' });
    const site = await readSite(client, connection);
    await connectionFields(db, connection.id, {
      sprintField: site.fields.sprintField,
      rankField: site.fields.rankField,
      effectiveStoryPointsField: site.fields.storyPointsField?.id ?? null,
      effectiveStoryPointsFieldName: site.fields.storyPointsField?.name ?? null,
      statuses: [...site.fields.statuses].map(([id, s]) => ({ id, name: s.name, category: s.category })),
    });

    await updateRun(db, run.id, { phase: 'boards' });
    await runtime.client.execute('sprints', scope.tenantId, SYNC_BOARDS, {
      connectionId: connection.id,
      boards: site.boards.map(({ board, config }) => ({
        jiraBoardId: board.id,
        name: board.name,
        projectKey: board.location?.projectKey ?? null,
        columns: (config.columnConfig?.columns ?? []).map((c) => ({ name: c.name, statusIds: c.statuses.map((s) => String(s.id)) })),
        estimationField: config.estimation?.field?.fieldId ?? null,
      })),
    });
    await updateRun(db, run.id, { boardsSynced: site.boards.length, phase: 'sprints' });

    const sprintInputs = [];
    for (const { board } of site.boards) {
      if (board.type && board.type !== 'scrum') continue; // kanban boards have no sprints
      for await (const s of client.sprints(board.id)) {
        sprintInputs.push({
          jiraSprintId: s.id,
          jiraBoardId: board.id,
          originBoardId: s.originBoardId ?? null,
          name: s.name,
          state: s.state.toUpperCase(),
          goal: s.goal || null,
          startDate: s.startDate ? parseJiraDate(s.startDate).toISOString() : null,
          endDate: s.endDate ? parseJiraDate(s.endDate).toISOString() : null,
          completeDate: s.completeDate ? parseJiraDate(s.completeDate).toISOString() : null,
        });
      }
      await checkCancel();
    }
    const { syncJiraSprints: sprintIds } = await runtime.client.execute<{ syncJiraSprints: string[] }>('sprints', scope.tenantId, SYNC_SPRINTS, {
      connectionId: connection.id,
      sprints: sprintInputs,
    });
    await updateRun(db, run.id, { sprintsSynced: sprintIds.length, phase: 'issues' });

    // Issues, board by board, page by page, from the checkpoint on.
    let checkpoint: SyncCheckpoint = { ...run.checkpoint, boardsDone: run.checkpoint.boardsDone ?? [] };
    const remaining = site.boards.filter(({ board }) => !checkpoint.boardsDone.includes(board.id));
    const jqlOf = (filterId: string) => boardIssuesJql(filterId, since, connection.siteTimeZone);
    if (run.issuesTotal == null) {
      let total = run.issuesSynced;
      for (const { config } of remaining) if (config.filter) total += await client.approximateCount(jqlOf(config.filter.id));
      await updateRun(db, run.id, { issuesTotal: total });
    }
    for (const { board, config } of remaining) {
      if (!config.filter) continue;
      const jql = jqlOf(config.filter.id);
      let cursor: { pageToken?: string; startAt?: number } | null =
        checkpoint.board === board.id ? { pageToken: checkpoint.nextPageToken, startAt: checkpoint.startAt } : {};
      while (cursor) {
        await checkCancel();
        let t0 = performance.now();
        const page = await client.searchPage({ jql, fields: site.requested, expandChangelog: true, pageToken: cursor.pageToken, startAt: cursor.startAt });
        T.fetch += performance.now() - t0; t0 = performance.now();
        const d0 = await deriveAll(client, page.issues, site.fields);
        T.derive += performance.now() - t0; t0 = performance.now();
        const derived = await withAssignees(runtime, scope.tenantId, d0);
        T.assignees += performance.now() - t0; t0 = performance.now();
        const warnings = derived.flatMap((d) => d.derived.warnings.map((w) => `${d.derived.key}: ${w}`));
        const maxUpdated = derived.reduce((m, d) => (d.derived.updatedAt.getTime() > m ? d.derived.updatedAt.getTime() : m), checkpoint.maxUpdated ? Date.parse(checkpoint.maxUpdated) : 0);
        cursor = page.next;
        checkpoint = cursor
          ? { ...checkpoint, board: board.id, nextPageToken: cursor.pageToken, startAt: cursor.startAt, maxUpdated: maxUpdated ? new Date(maxUpdated).toISOString() : undefined }
          : { boardsDone: [...checkpoint.boardsDone, board.id], touchedSprints: checkpoint.touchedSprints, maxUpdated: maxUpdated ? new Date(maxUpdated).toISOString() : undefined };
        const cp = checkpoint;
        await db.transaction(async (tx) => {
          const t = tx as unknown as typeof db;
          const { sprintIds: touched } = await storeIssues(t, scope, derived);
          cp.touchedSprints = [...new Set([...(cp.touchedSprints ?? []), ...touched])];
          await recordPage(t, run!.id, { checkpoint: cp, issues: derived.length });
          await appendWarnings(t, run!.id, warnings);
        });
        T.tx += performance.now() - t0;
      }
    }

    // What JIRA no longer has: a full run saw every issue; an incremental one lists ids to find out.
    await updateRun(db, run.id, { phase: 'sweep' });
    if (!run.full) await sweepIds(client, site, scope, checkCancel, runtime);
    const deleted = await markUnseenDeleted(db, scope, new Date());
    if (deleted.length) rlog.info({ deleted: deleted.length }, 'Marked issues deleted in JIRA');

    await updateRun(db, run.id, { phase: 'analysis', issuesDeleted: deleted.length });
    const touched = run.full ? sprintIds : [...new Set([...(checkpoint.touchedSprints ?? []), ...(await sprintsOfIssues(db, scope.tenantId, deleted))])];
    await runtime.client.execute('sprints', scope.tenantId, SPRINTS_CHANGED, { sprintIds: touched, wait: true });

    const finished = await runById(db, run.id);
    const cursorAt = finished?.checkpoint.maxUpdated ? new Date(finished.checkpoint.maxUpdated) : connection.syncCursor;
    await connectionFields(db, connection.id, { lastSyncedAt: new Date(), syncCursor: cursorAt ?? null });
    const done = await updateRun(db, run.id, { status: 'SUCCEEDED', phase: 'done', finishedAt: new Date() });
    rlog.info({ issues: done.issuesSynced, pages: done.pages, sprints: done.sprintsSynced, deleted: deleted.length }, 'Sync succeeded');
    return done;
  } catch (err) {
    if (err instanceof Cancelled) {
      rlog.info('Sync cancelled');
      return updateRun(db, run.id, { status: 'CANCELLED', phase: 'cancelled', finishedAt: new Date() });
    }
    if (signal?.aborted) {
      // The process is stopping: leave the run RUNNING, so it resumes from its checkpoint.
      rlog.info('Sync interrupted; it resumes at the next start');
      return runById(db, run.id);
    }
    const message = failureMessage(err);
    rlog.error({ err: message }, 'Sync failed');
    const current = await runById(db, run.id);
    return updateRun(db, run.id, { status: 'FAILED', phase: 'failed', finishedAt: new Date(), errors: [...(current?.errors ?? []), message] });
  }
}

/**
 * What a failed run records and logs: the database's own complaint rather than drizzle's "Failed
 * query: …" with every parameter (whole issues), without NULs (the run row could not store them,
 * and the run would stay RUNNING), and short.
 */
function failureMessage(err: unknown): string {
  if (err instanceof JiraError) return err.message;
  const cause = err instanceof DrizzleQueryError && err.cause instanceof Error ? err.cause : err;
  const text = cause instanceof Error ? cause.message : String(cause);
  return `Sync failed: ${text}`.replaceAll('\0', '').slice(0, 2000);
}

/** The site's fields, statuses and boards with their configuration: what reading issues needs. */
async function readSite(client: JiraClient, connection: ConnectionRow): Promise<Site> {
  const [fields, statuses] = await Promise.all([client.fields(), client.statuses()]);
  const boards: Site['boards'] = [];
  for await (const board of client.boards()) boards.push({ board, config: await client.boardConfiguration(board.id) });
  const resolved = resolveSiteFields({
    fields,
    boardEstimationFields: boards.map((b) => b.config.estimation?.field?.fieldId).filter((f): f is string => !!f),
    override: connection.storyPointsField,
  });
  const siteFields: SiteFields = {
    sprintField: resolved.sprintField,
    storyPointsField: resolved.storyPointsField,
    rankField: resolved.rankField,
    statuses: new Map(statuses.map((s) => [String(s.id), { name: s.name, category: statusCategoryOf(s.statusCategory?.key) }])),
    disciplines: DEFAULT_DISCIPLINES,
  };
  // Every number field, not only today's story points field: re-deriving after a switch (rederive.ts) reads the stored values.
  const requested = [...new Set([...BASE_FIELDS, resolved.sprintField, resolved.rankField, resolved.storyPointsField?.id, ...estimateFieldCandidates(fields)])].filter(
    (f): f is string => !!f,
  );
  return { fields: siteFields, requested, boards };
}

/** Completes capped changelogs (bounded concurrency in the client), then derives each issue. */
async function deriveAll(client: JiraClient, issues: JiraIssue[], fields: SiteFields) {
  return Promise.all(
    issues.map(async (issue) => {
      const histories = await client.fullChangelog(issue);
      return { derived: deriveIssue(issue, histories, fields), rawFields: issue.fields };
    }),
  );
}

/** Incremental runs: list every issue id of every board (cheap: ids only) to find deletions. */
async function sweepIds(client: JiraClient, site: Site, scope: StoreScope & { runId: string }, checkCancel: () => Promise<void>, runtime: Runtime) {
  for (const { config } of site.boards) {
    if (!config.filter) continue;
    let cursor: { pageToken?: string; startAt?: number } | null = {};
    while (cursor) {
      await checkCancel();
      const page = await client.searchPage({ jql: boardIssuesJql(config.filter.id), fields: ['id'], expandChangelog: false, ...cursor, maxResults: 1000 });
      await markSeen(runtime.db, scope, await idsByJiraIds(runtime.db, scope, page.issues.map((i) => String(i.id))));
      cursor = page.next;
    }
  }
}

const SYNC_BOARDS = /* GraphQL */ `
  mutation SyncBoards($connectionId: ID!, $boards: [JiraBoardInput!]!) { syncJiraBoards(connectionId: $connectionId, boards: $boards) }
`;
const SYNC_SPRINTS = /* GraphQL */ `
  mutation SyncSprints($connectionId: ID!, $sprints: [JiraSprintInput!]!) { syncJiraSprints(connectionId: $connectionId, sprints: $sprints) }
`;
export const SPRINTS_CHANGED = /* GraphQL */ `
  mutation SprintsChanged($sprintIds: [ID!]!, $wait: Boolean) { sprintsChanged(sprintIds: $sprintIds, wait: $wait) }
`;
