import { DrizzleQueryError } from 'drizzle-orm';
import { asSystem, withTenant, type Database, type Runtime } from '@sprint-reports/core';
import type { SyncCheckpoint } from '@sprint-reports/drizzle';
import { connectionById } from '../data/index.ts';
import { JiraError, type JiraClient } from '../jira/client.ts';
import { deriveIssue, type SiteFields } from '../jira/derive.ts';
import { estimateFieldCandidates, resolveSiteFields } from '../jira/fields.ts';
import { parseJiraDate, statusCategoryOf } from '../jira/parse.ts';
import type { JiraBoard, JiraBoardConfiguration, JiraIssue } from '../jira/types.ts';
import type { ConnectionRow, SyncRunRow } from '../models.ts';
import { IssueAnnouncer, placesOfPage, syncProgress } from '../events.ts';
import { withAssignees } from './assignees.ts';
import { clientFor, connectionFields } from './connections.ts';
import { boardIssuesJql, INCREMENTAL_OVERLAP_MS } from './jql.ts';
import { SprintsChangedDocument, SyncBoardsDocument, SyncSprintsDocument } from '../remote/__generated__/sprints.ts';
import { backlogChanged } from '../remote/queues.ts';
import { REDERIVE_JOB } from './rederive.ts';
import { syncSprintReports, type ListedSprint } from './sprint-reports.ts';
import { appendWarnings, claimRun, isCancelRequested, LostRun, PROCESS_OWNER, recordPage, runById, tenantOfRun, updateOwnedRun } from '../data/sync-runs.ts';
import { followParents, writtenFamilies } from '../data/subtasks.ts';
import {
  analyzeSyncedTables,
  idsByJiraIds,
  markSeen,
  markUnseenDeleted,
  prepareIssues,
  sprintsOfIssues,
  unseenIssueCount,
  writeIssues,
  type StoreScope,
} from '../data/issue-store.ts';

/** Disciplines an issue's component or label can name; per-board mappings come with sprint analysis. */
export const DEFAULT_DISCIPLINES = ['Frontend', 'Backend', 'QA', 'Design', 'DevOps', 'Mobile', 'Data'];

/** A run that writes this many issues refreshes the tables' planner statistics before the analyses read them. */
const ANALYZE_AFTER_ISSUES = 1000;

const BASE_FIELDS = [
  'summary',
  'issuetype',
  'status',
  'priority',
  'assignee',
  'created',
  'updated',
  'resolution',
  'resolutiondate',
  'project',
  'parent',
  'labels',
  'components',
  'issuelinks',
  // Kept in the raw fields only: an estimate set at creation writes no changelog item (facts' originalEstimates).
  'timeoriginalestimate',
];

class Cancelled extends Error {}

/** Where a board's next search page starts: Cloud's token, Server/DC's offset. */
type Cursor = { pageToken?: string; startAt?: number };

interface Site {
  /** The JIRA user's time zone, read at each run: JQL dates are in it, and the user may change it. */
  timeZone: string;
  fields: SiteFields;
  requested: string[];
  boards: { board: JiraBoard; config: JiraBoardConfiguration }[];
}

/** Runs `fn` in the tenant's scope: one short transaction each, never one around JIRA requests. */
type InTenant = <T>(fn: (tx: Database) => Promise<T>) => Promise<T>;

/**
 * Runs (or resumes) one sync run to its end. Every page of issues is written in one transaction
 * together with the checkpoint that follows it, so a run killed at any point resumes at the first
 * page it had not written, and re-reading a page changes nothing. Jobs name the run by id alone:
 * its tenant is looked up across tenants (system scope), and all else runs in that tenant's scope.
 */
export async function runSync(runtime: Runtime, runId: string, signal?: AbortSignal, owner = PROCESS_OWNER): Promise<SyncRunRow | null> {
  const { db, log } = runtime;
  const tenantId = await asSystem(db, (tx) => tenantOfRun(tx, runId));
  if (!tenantId) return null;
  const inTenant: InTenant = (fn) => withTenant(db, tenantId, fn);
  // Every change to the run that its readers see is announced (SYNC_PROGRESS) once it commits.
  const progressed = async <T extends SyncRunRow | null>(row: T): Promise<T> => {
    if (row) await syncProgress(runtime, row);
    return row;
  };
  // Only one process runs a run: a finished one, or one another live process holds, is left alone.
  const claimed = await inTenant(async (tx) => progressed(await claimRun(tx, runId, owner)));
  if (!claimed) return inTenant((tx) => runById(tx, runId));
  let run: SyncRunRow = claimed;
  // Every write to the run checks this process still owns it (a process that lost its lease stops).
  const own = (set: Partial<SyncRunRow>) => inTenant(async (tx) => progressed(await updateOwnedRun(tx, runId, owner, set)));
  const rlog = log.child({ run: run.id, connection: run.connectionId, tenant: run.tenantId });
  const checkCancel = async () => {
    if (signal?.aborted) throw signal.reason ?? new Error('aborted');
    if (await inTenant((tx) => isCancelRequested(tx, runId))) throw new Cancelled();
  };
  try {
    const connection = (await inTenant((tx) => connectionById(tx, run.connectionId)))!; // a deleted connection takes its runs with it
    const since = run.full ? null : (run.since ?? (connection.syncCursor ? new Date(connection.syncCursor.getTime() - INCREMENTAL_OVERLAP_MS) : null));
    run = await own({ since, full: run.full || !since });
    rlog.info({ full: run.full, since, resumed: run.pages > 0 }, 'Sync started');
    const client = clientFor(runtime, connection, { signal });
    const scope: StoreScope & { runId: string } = { tenantId: connection.tenantId, connectionId: connection.id, runId: run.id };

    await own({ phase: 'site' });
    const site = await readSite(client, connection);
    await inTenant((tx) =>
      connectionFields(tx, connection.id, {
        siteTimeZone: site.timeZone,
        sprintField: site.fields.sprintField,
        rankField: site.fields.rankField,
        effectiveStoryPointsField: site.fields.storyPointsField?.id ?? null,
        effectiveStoryPointsFieldName: site.fields.storyPointsField?.name ?? null,
        statuses: [...site.fields.statuses].map(([id, s]) => ({ id, name: s.name, category: s.category })),
      }),
    );

    await own({ phase: 'boards' });
    await runtime.client.execute('sprints', scope.tenantId, SyncBoardsDocument, {
      connectionId: connection.id,
      boards: site.boards.map(({ board, config }) => ({
        jiraBoardId: board.id,
        name: board.name,
        projectKey: board.location?.projectKey ?? null,
        columns: (config.columnConfig?.columns ?? []).map((c) => ({ name: c.name, statusIds: c.statuses.map((s) => String(s.id)) })),
        estimationField: config.estimation?.field?.fieldId ?? null,
      })),
    });
    await own({ boardsSynced: site.boards.length, phase: 'sprints' });

    const sprintInputs: (ListedSprint & { goal: string | null })[] = [];
    for (const { board } of site.boards) {
      // Kanban boards have no sprints (the client takes JIRA's 400 for that as none); any other type may.
      for await (const s of client.sprints(board.id)) {
        sprintInputs.push({
          jiraSprintId: s.id,
          jiraBoardId: board.id,
          originBoardId: s.originBoardId ?? null,
          name: s.name,
          // JIRA's sprint states, upper-cased, are the sprints subgraph's SprintState.
          state: s.state.toUpperCase() as ListedSprint['state'],
          goal: s.goal || null,
          startDate: s.startDate ? parseJiraDate(s.startDate).toISOString() : null,
          endDate: s.endDate ? parseJiraDate(s.endDate).toISOString() : null,
          completeDate: s.completeDate ? parseJiraDate(s.completeDate).toISOString() : null,
          // Server/DC: when Start was pressed; the sprints subgraph takes it as the sprint's start.
          activatedDate: s.activatedDate ? parseJiraDate(s.activatedDate).toISOString() : null,
        });
      }
      await checkCancel();
    }
    const { syncJiraSprints: sprintIds } = await runtime.client.execute('sprints', scope.tenantId, SyncSprintsDocument, {
      connectionId: connection.id,
      sprints: sprintInputs,
    });
    await own({ sprintsSynced: sprintIds.length, phase: 'issues' });
    // The boards that show the issues written: the run's sprints' boards are asked once, with the first page's.
    const announcer = new IssueAnnouncer(runtime, scope.tenantId, { sprintIds });

    // Issues, board by board, page by page, from the checkpoint on.
    let checkpoint: SyncCheckpoint = { ...run.checkpoint, boardsDone: run.checkpoint.boardsDone ?? [] };
    const remaining = site.boards.filter(({ board }) => !checkpoint.boardsDone.includes(board.id));
    const jqlOf = (filterId: string) => boardIssuesJql(filterId, since, site.timeZone);
    if (run.issuesTotal == null) {
      const total = await countIssues(client, remaining, jqlOf, signal);
      if (total.count !== null) await own({ issuesTotal: run.issuesSynced + total.count });
      else {
        rlog.warn({ err: total.error }, 'JIRA did not count the issues; the run goes on with an unknown total');
        await inTenant((tx) => appendWarnings(tx, run.id, [`JIRA did not count the issues to read (${total.error}): progress shows counts only`]));
      }
    }
    // Pages are written one at a time, in order, each in one transaction with the checkpoint that
    // follows it. The next page is read from JIRA, derived and turned into statements while one is
    // written. Whether the run was cancelled is asked before the first page, then read back by each
    // page's checkpoint write (no statement of its own): the run stops after the page it is writing.
    const boards = remaining.filter(({ config }) => config.filter);
    await checkCancel();
    const readPage = async (index: number, cursor: Cursor) => {
      if (signal?.aborted) throw signal.reason ?? new Error('aborted');
      const search = (c: Cursor) =>
        client.searchPage({
          jql: jqlOf(boards[index].config.filter!.id),
          fields: site.requested,
          expandChangelog: true,
          pageToken: c.pageToken,
          startAt: c.startAt,
        });
      const page = await search(cursor).catch((err: unknown) => {
        // A resumed run's page token may have expired: JIRA answers 400. Read the board again from
        // its first page; pages already written are written again, which changes nothing.
        if (!(err instanceof JiraError && err.code === 'BAD_REQUEST' && cursor.pageToken)) throw err;
        rlog.warn({ board: boards[index].board.id }, 'JIRA refused the saved page token; reading the board from its first page');
        return search({});
      });
      const derived = await withAssignees(runtime, scope.tenantId, await deriveAll(client, page.issues, site.fields));
      return { index, derived, prepared: prepareIssues(db, scope, derived), next: page.next };
    };
    // A run resumes inside the board it was in; the boards after it start at their beginning.
    const resumeAt: Cursor = boards[0] && checkpoint.board === boards[0].board.id ? { pageToken: checkpoint.nextPageToken, startAt: checkpoint.startAt } : {};
    let reading = boards.length ? readPage(0, resumeAt) : null;
    let issuesWritten = 0;
    try {
      while (reading) {
        const { index, derived, prepared, next } = await reading;
        // Read ahead: this board's next page, else the next board's first.
        reading = next ? readPage(index, next) : index + 1 < boards.length ? readPage(index + 1, {}) : null;
        reading?.catch(() => {}); // a failure surfaces when it is awaited (or in the finally below)
        const { board } = boards[index];
        const warnings = derived.flatMap((d) => d.derived.warnings.map((w) => `${d.derived.key}: ${w}`));
        const maxUpdated = derived.reduce(
          (m, d) => (d.derived.updatedAt.getTime() > m ? d.derived.updatedAt.getTime() : m),
          checkpoint.maxUpdated ? Date.parse(checkpoint.maxUpdated) : 0,
        );
        checkpoint = next
          ? {
              ...checkpoint,
              board: board.id,
              nextPageToken: next.pageToken,
              startAt: next.startAt,
              maxUpdated: maxUpdated ? new Date(maxUpdated).toISOString() : undefined,
            }
          : {
              boardsDone: [...checkpoint.boardsDone, board.id],
              touchedSprints: checkpoint.touchedSprints,
              maxUpdated: maxUpdated ? new Date(maxUpdated).toISOString() : undefined,
            };
        const cp = checkpoint;
        const { cancelRequested } = await inTenant(async (tx) => {
          const { written, sprintIds: touched } = await writeIssues(tx, scope, prepared);
          const followed = await followParents(tx, scope, writtenFamilies(prepared, written));
          cp.touchedSprints = [...new Set([...(cp.touchedSprints ?? []), ...touched, ...followed.sprintIds])];
          await appendWarnings(tx, run!.id, warnings);
          const page = await recordPage(tx, run.id, owner, { checkpoint: cp, issues: derived.length });
          // Both once the page commits; the boards are looked up then, outside its transaction.
          await announcer.announce(placesOfPage(prepared, written));
          await syncProgress(runtime, run);
          return page;
        });
        issuesWritten += derived.length;
        if (cancelRequested) throw new Cancelled();
      }
    } finally {
      // Nothing of this run goes on after it ends: a read ahead that is no longer wanted finishes first.
      await reading?.catch(() => {});
    }

    // What JIRA no longer has: a full run saw every issue; an incremental one lists ids to find out.
    await own({ phase: 'sweep' });
    const deleted = await sweep(inTenant, client, site, scope, run, checkCancel);
    if (deleted.length) rlog.info({ deleted: deleted.length }, 'Marked issues deleted in JIRA');
    await announcer.announceIds(deleted);

    await own({ phase: 'analysis', issuesDeleted: deleted.length });
    if (run.issuesSynced + issuesWritten >= ANALYZE_AFTER_ISSUES) await inTenant(analyzeSyncedTables); // this run's pages, resumed ones included
    const touched = run.full
      ? sprintIds
      : [...new Set([...(checkpoint.touchedSprints ?? []), ...(await inTenant((tx) => sprintsOfIssues(tx, scope.tenantId, deleted)))])];
    await runtime.client.execute('sprints', scope.tenantId, SprintsChangedDocument, { sprintIds: touched, wait: true });
    // JIRA's own reports of the closed sprints, for reconciliation: never fails the run.
    await syncSprintReports({
      runtime,
      client,
      inTenant,
      tenantId: scope.tenantId,
      connectionId: connection.id,
      boards: site.boards,
      sprints: sprintInputs,
      log: rlog,
      signal,
    });
    if (run.full || run.issuesSynced + issuesWritten > 0 || deleted.length) await backlogChanged(runtime.client, scope.tenantId);

    // The next incremental run starts from when this one started (less the overlap), or from the
    // newest change it saw if that is older (our clock may run ahead of JIRA's): an issue changed
    // after its page was read is read again.
    const maxUpdated = checkpoint.maxUpdated ? new Date(checkpoint.maxUpdated) : null;
    const startedAt = run.startedAt ?? new Date();
    const cursorAt = maxUpdated && maxUpdated < startedAt ? maxUpdated : startedAt;
    // The cursor moves with the run's success, in one transaction.
    const { done, now } = await inTenant(async (tx) => {
      await connectionFields(tx, connection.id, { lastSyncedAt: new Date(), syncCursor: cursorAt });
      return {
        done: await progressed(await updateOwnedRun(tx, runId, owner, { status: 'SUCCEEDED', phase: 'done', finishedAt: new Date() })),
        now: await connectionById(tx, connection.id),
      };
    });
    rlog.info({ issues: done.issuesSynced, pages: done.pages, sprints: done.sprintsSynced, deleted: deleted.length }, 'Sync succeeded');
    // The story points field changed while the run read pages with the old one: derive again.
    if (now && now.storyPointsField !== connection.storyPointsField) await runtime.jobs.enqueue(REDERIVE_JOB, { connectionId: connection.id, tenantId });
    return done;
  } catch (err) {
    if (err instanceof LostRun) {
      rlog.warn('Another process took the run over; this one stops');
      return inTenant((tx) => runById(tx, runId));
    }
    if (err instanceof Cancelled) {
      rlog.info('Sync cancelled');
      return own({ status: 'CANCELLED', phase: 'cancelled', finishedAt: new Date() }).catch(() => inTenant((tx) => runById(tx, runId)));
    }
    if (signal?.aborted) {
      // The process is stopping: leave the run RUNNING, so it resumes from its checkpoint.
      rlog.info('Sync interrupted; it resumes at the next start');
      return inTenant((tx) => runById(tx, runId));
    }
    const message = failureMessage(err);
    rlog.error({ err: message }, 'Sync failed');
    const current = await inTenant((tx) => runById(tx, runId));
    return own({ status: 'FAILED', phase: 'failed', finishedAt: new Date(), errors: [...(current?.errors ?? []), message] }).catch(() =>
      inTenant((tx) => runById(tx, runId)),
    );
  }
}

/** Runs with fewer live issues than this are not guarded: a small site may really lose half. */
const SWEEP_GUARD_MIN_ISSUES = 50;

/**
 * Marks what JIRA no longer has. A full run saw every issue; an incremental one lists the boards'
 * issue ids to find out. Only issues last changed before the run started can be gone: one a
 * webhook wrote during the run is not. Guarded: when the site shows no boards, or an incremental
 * run would delete more than half the issues, the likelier story is lost permissions, not a purge:
 * nothing is deleted and the run says so.
 */
async function sweep(
  inTenant: InTenant,
  client: JiraClient,
  site: Site,
  scope: StoreScope & { runId: string },
  run: SyncRunRow,
  checkCancel: () => Promise<void>,
): Promise<string[]> {
  const startedAt = run.startedAt ?? new Date();
  if (!site.boards.length) {
    await inTenant((tx) => appendWarnings(tx, run.id, ["JIRA shows this connection no boards: nothing was marked deleted (check the user's permissions)"]));
    return [];
  }
  if (!run.full) await sweepIds(client, site, scope, checkCancel, inTenant);
  // Counted and marked in one transaction: the guard decides on what it then deletes.
  return inTenant(async (tx) => {
    const { gone, live } = await unseenIssueCount(tx, scope, startedAt);
    if (!run.full && live >= SWEEP_GUARD_MIN_ISSUES && gone * 2 > live) {
      await appendWarnings(tx, run.id, [`JIRA no longer lists ${gone} of ${live} issues: not marked deleted; a full sync will confirm`]);
      return [];
    }
    return markUnseenDeleted(tx, scope, new Date(), startedAt);
  });
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
  const [me, fields, statuses] = await Promise.all([client.myself(), client.fields(), client.statuses()]);
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
  const requested = [
    ...new Set([...BASE_FIELDS, resolved.sprintField, resolved.rankField, resolved.storyPointsField?.id, ...estimateFieldCandidates(fields)]),
  ].filter((f): f is string => !!f);
  return { timeZone: me.timeZone || connection.siteTimeZone, fields: siteFields, requested, boards };
}

/**
 * How many issues the boards' searches match: it only feeds progress, so a count JIRA refuses (a
 * Server/DC without the call, a 500, a timeout) leaves the total unknown rather than failing the
 * run. A stopping process still stops.
 */
async function countIssues(
  client: JiraClient,
  boards: Site['boards'],
  jqlOf: (filterId: string) => string,
  signal?: AbortSignal,
): Promise<{ count: number; error?: undefined } | { count: null; error: string }> {
  try {
    let count = 0;
    for (const { config } of boards) if (config.filter) count += await client.approximateCount(jqlOf(config.filter.id));
    return { count };
  } catch (err) {
    if (signal?.aborted) throw err;
    return { count: null, error: err instanceof Error ? err.message : String(err) };
  }
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
async function sweepIds(client: JiraClient, site: Site, scope: StoreScope & { runId: string }, checkCancel: () => Promise<void>, inTenant: InTenant) {
  for (const { config } of site.boards) {
    if (!config.filter) continue;
    let cursor: { pageToken?: string; startAt?: number } | null = {};
    while (cursor) {
      await checkCancel();
      const page = await client.searchPage({ jql: boardIssuesJql(config.filter.id), fields: ['id'], expandChangelog: false, ...cursor, maxResults: 1000 });
      const jiraIds = page.issues.map((i) => String(i.id));
      await inTenant(async (tx) => markSeen(tx, scope, await idsByJiraIds(tx, scope, jiraIds)));
      cursor = page.next;
    }
  }
}
