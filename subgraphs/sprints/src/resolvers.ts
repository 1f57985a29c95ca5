import { DateScalar, DateTimeScalar, audit, badInput, jiraObjectId, orNotFound, parseId } from '@sprint-reports/core';
import { capacitySprintsChanged } from './remote/capacity.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { boardsByTeamIds, boardsOfConnection, deleteBoardsOfConnection, listBoards, setBoardTeam, sprintsByBoardIds, startedSprints } from './data.ts';
import { deleteSprint, syncBoards, syncSprints } from './jira/sync.ts';
import { storedFingerprints, syncJiraReports } from './jira/reports.ts';
import { jiraReport, reconciliation } from './reconcile/resolve.ts';
import { refreshSprintAnalyses } from './analysis/refresh.ts';
import { boardStatistic, ratio, round } from './analysis/compute.ts';
import { predictability, velocity } from './analysis/velocity.ts';
import { requireTeam } from './remote.ts';
import { previewBoardSettings, updateBoardSettings } from './mutations.ts';
import { REFRESH_JOB } from './jobs.ts';
import { jiraFigures } from './reconcile/compare.ts';
import type { AnalysedIssueEntry, AnalysisRow, BoardRow, BurndownDay, JiraReportIssueEntry, JiraReportView, SprintRow } from './models.ts';
import type { Context } from './context.ts';

/** `last: N` keeps the most recent N of an oldest-first list. */
function takeLast<T>(list: T[], last: number | null | undefined): T[] {
  if (last == null) return list;
  if (last < 0) throw badInput('last must not be negative', 'last');
  return last === 0 ? [] : list.slice(-last);
}

/** A board's team, as a reference to the users subgraph's Team. */
const teamOf = (board: BoardRow | null) => (board?.teamId ? { id: board.teamId } : null);

const issueRef = (entry: { issueId: string }) => ({ __typename: 'Issue' as const, id: entry.issueId });
const ofClass = (a: AnalysisRow, cls: AnalysedIssueEntry['class']) => a.issues.filter((i) => i.class === cls);

const issuesOf = (v: JiraReportView, keep: (e: JiraReportIssueEntry) => boolean) =>
  v.row.issues.filter(keep).map((e) => ({ ...e, issueId: v.issueIds.get(e.key) ?? null }));

/** The board's closed sprints that have an analysis, oldest first, each with it. */
async function closedWithAnalysis(board: BoardRow, { loaders }: Context): Promise<{ sprint: SprintRow; analysis: AnalysisRow }[]> {
  const closed = (await loaders.sprintsByBoard.load(board.id)).filter((s) => s.state === 'CLOSED');
  const analyses = await loaders.freshAnalysis.loadMany(closed);
  return closed.flatMap((sprint, i) => {
    const analysis = analyses[i];
    if (analysis instanceof Error) throw analysis;
    return analysis ? [{ sprint, analysis }] : [];
  });
}

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Date: DateScalar,
  SprintEstimateChange: { issue: issueRef },
  AnalysedIssue: {
    issue: issueRef,
    outcome: (entry) => entry.class,
    // A row stored by older rules (served when its recomputation fails) had every issue in the sprint at the start committed.
    commitment: (entry: Partial<AnalysedIssueEntry> & Pick<AnalysedIssueEntry, 'addedAfterStart'>) =>
      entry.commitment ?? (entry.addedAfterStart ? 'ADDED_AFTER_START' : 'IN_COMMITMENT'),
    pointsCommitted: (entry: Partial<AnalysedIssueEntry>) => entry.pointsCommitted ?? (entry.addedAfterStart ? 0 : (entry.pointsAtStart ?? 0)),
    // Rows stored before rules v7 lack it: null rather than a guess.
    pointsAtJoin: (entry: Partial<AnalysedIssueEntry>) => entry.pointsAtJoin ?? null,
  },
  BurndownPoint: { workingDay: (day: Partial<BurndownDay>) => day.workingDay ?? true },
  BurnupPoint: { workingDay: (day: Partial<BurndownDay>) => day.workingDay ?? true },
  ScopeChange: { issue: issueRef },
  CarryOver: {
    issue: issueRef,
    sprints: async (entry, _, { loaders }) => (await loaders.sprint.loadMany(entry.sprintIds)).filter((s): s is SprintRow => !!s && !(s instanceof Error)),
    sprintCount: (entry) => entry.sprintIds.length,
  },
  SprintAnalysis: {
    completedIssues: (a) => ofClass(a, 'COMPLETED'),
    addedIssues: (a) => a.issues.filter((i) => i.addedAfterStart),
    removedIssues: (a) => ofClass(a, 'REMOVED'),
    notCompletedIssues: (a) => ofClass(a, 'NOT_COMPLETED'),
    completedOutsideIssues: (a) => ofClass(a, 'COMPLETED_OUTSIDE'),
    cancelledIssues: (a) => ofClass(a, 'CANCELLED'),
    // The burndown's guideline turned up: zero on the start's day, the commitment at the planned end, flat on non-working days.
    burnup: (a) => a.burndown.map((d) => ({ ...d, idealPoints: round(a.committedPoints - d.idealPoints) })),
    scopeChanges: (a) => a.scopeEvents,
  },
  DisciplineFigures: {
    sayDoRatio: (d) => ratio(d.completedPoints, d.committedPoints),
    // A row stored by older rules (served when its recomputation fails) has no cancelled figure.
    cancelledPoints: (d) => d.cancelledPoints ?? 0,
  },
  BoardSettings: {
    estimationStatistic: (board) => boardStatistic(board),
    estimationStatisticOverridden: (board) => board.estimationStatistic !== null,
  },
  Query: {
    boards: (_, __, { db, tenantId }) => listBoards(db, tenantId),
    board: async (_, { id }, { loaders }) => orNotFound(await loaders.board.load(parseId(id)), 'Board', id),
    sprint: async (_, { id }, { loaders }) => orNotFound(await loaders.sprint.load(parseId(id)), 'Sprint', id),
    boardSettingsPreview: (_, { boardId, settings, sprintId }, ctx) => previewBoardSettings(ctx, boardId, settings, sprintId),
    jiraSprintReportFingerprints: (_, { connectionId, jiraSprintIds }, { db, tenantId }) =>
      storedFingerprints(db, tenantId, parseId(connectionId), jiraSprintIds),
  },
  Mutation: {
    setBoardTeam: async (_, { boardId, teamId }, ctx) => {
      const { db, tenantId, runtime } = ctx;
      const board = parseId(boardId, 'boardId');
      const team = teamId ? parseId(teamId, 'teamId') : null;
      // The team is the users subgraph's: stored unchecked, another tenant's id would dangle.
      if (team) await requireTeam(runtime.client, tenantId, team);
      const [updated] = await setBoardTeam(db, tenantId, board, team);
      orNotFound(updated, 'Board', boardId);
      // Disciplines fall back to the team's: the board's analyses follow its new team, in the background.
      const sprintIds = (await startedSprints(db, tenantId, undefined, updated.id)).map((s) => s.id);
      if (sprintIds.length) await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds });
      // Capacity reads each sprint's team from its copy: every sprint of the board, future ones too.
      await capacitySprintsChanged(
        runtime.client,
        tenantId,
        (await sprintsByBoardIds(db, tenantId, [updated.id])).map((s) => s.id),
      );
      await audit(ctx, { action: 'board.team_set', targetType: 'Board', targetId: updated.id, details: { name: updated.name, teamId: team } });
      return updated;
    },
    updateBoardSettings: (_, { boardId, settings }, ctx) => updateBoardSettings(ctx, boardId, settings),
    syncJiraBoards: async (_, { connectionId, boards }, { db, tenantId, runtime }) => {
      const { count, reshaped } = await syncBoards(db, tenantId, parseId(connectionId), boards);
      // JIRA changed a board's columns or estimation field: its started sprints are measured anew.
      const sprintIds = (await Promise.all(reshaped.map((boardId) => startedSprints(db, tenantId, undefined, boardId)))).flat().map((s) => s.id);
      if (sprintIds.length) await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds });
      return count;
    },
    syncJiraSprints: async (_, { connectionId, sprints }, { db, tenantId, runtime }) => {
      const { ids, redated } = await syncSprints(db, tenantId, parseId(connectionId), sprints, runtime.events);
      if (redated.length) await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds: redated });
      await capacitySprintsChanged(runtime.client, tenantId, ids);
      return ids;
    },
    deleteJiraSprint: async (_, { connectionId, jiraSprintId, eventAt }, { db, tenantId, runtime }) => {
      const connection = parseId(connectionId);
      const deleted = await deleteSprint(db, tenantId, connection, jiraSprintId, eventAt ? new Date(eventAt) : new Date(), runtime.events);
      if (deleted) await capacitySprintsChanged(runtime.client, tenantId, [jiraObjectId(tenantId, connection, 'sprint', jiraSprintId)]);
      return deleted;
    },
    syncJiraSprintReports: (_, { connectionId, reports }, { db, tenantId }) => syncJiraReports(db, tenantId, parseId(connectionId), reports),
    deleteJiraConnectionData: async (_, { connectionId }, { db, tenantId, runtime }) => {
      const connection = parseId(connectionId);
      // The sprints go with their boards: capacity forgets its copies of them.
      const boardIds = (await boardsOfConnection(db, tenantId, connection)).map((b) => b.id);
      const gone = boardIds.length ? await sprintsByBoardIds(db, tenantId, boardIds) : [];
      const count = await deleteBoardsOfConnection(db, tenantId, connection);
      await capacitySprintsChanged(
        runtime.client,
        tenantId,
        gone.map((s) => s.id),
      );
      return count;
    },
    sprintsChanged: async (_, { sprintIds, wait }, { db, tenantId, runtime }) => {
      const ids = sprintIds.map((id) => parseId(id));
      if (wait) return refreshSprintAnalyses({ db, client: runtime.client, events: runtime.events, log: runtime.log }, tenantId, ids);
      await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds: ids });
      return 0;
    },
    teamHolidaysChanged: async (_, { teamId, sprintId }, { db, tenantId, runtime }) => {
      const boardIds = new Set((await boardsByTeamIds(db, tenantId, [parseId(teamId, 'teamId')])).map((b) => b.id));
      if (!boardIds.size) return 0;
      const only = sprintId ? [parseId(sprintId, 'sprintId')] : undefined;
      const sprintIds = (await startedSprints(db, tenantId, only)).filter((s) => boardIds.has(s.boardId)).map((s) => s.id);
      if (sprintIds.length) await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds });
      return sprintIds.length;
    },
  },
  Board: {
    __resolveReference: (ref, { loaders }) => loaders.board.load(ref.id),
    team: (board) => teamOf(board),
    sprints: async (board, { last }, { loaders }) => takeLast(await loaders.sprintsByBoard.load(board.id), last),
    settings: (board) => board,
    velocity: async (board, { last }, ctx) => takeLast(velocity(await closedWithAnalysis(board, ctx)), last),
    predictability: async (board, { last }, ctx) => predictability(takeLast(await closedWithAnalysis(board, ctx), last).map((s) => s.analysis)),
  },
  Team: {
    __resolveReference: (ref) => ({ id: ref.id }),
    boards: (team, _, { loaders }) => loaders.boardsByTeam.load(team.id),
  },
  JiraConnection: {
    // The connection itself lives in the issues subgraph; an id here only finds its boards.
    __resolveReference: (ref) => ({ id: ref.id }),
    boards: (connection, _, { loaders }) => loaders.boardsByConnection.load(connection.id),
  },
  Sprint: {
    __resolveReference: (ref, { loaders }) => loaders.sprint.load(ref.id),
    board: async (sprint, _, { loaders }) => (await loaders.board.load(sprint.boardId))!,
    team: async (sprint, _, { loaders }) => teamOf(await loaders.board.load(sprint.boardId)),
    analysis: (sprint, _, { loaders }) => (sprint.state === 'FUTURE' ? null : loaders.freshAnalysis.load(sprint)),
    storedDisciplineFigures: async (sprint, _, { loaders }) => (await loaders.disciplineFigures.load(sprint.id))?.disciplineBreakdown ?? null,
    carryOver: async (sprint, _, { loaders }) => (sprint.state === 'FUTURE' ? [] : ((await loaders.freshAnalysis.load(sprint))?.carryOver ?? [])),
    jiraReport: (sprint, _, ctx) => jiraReport(sprint, ctx),
    reconciliation: (sprint, _, ctx) => reconciliation(sprint, ctx),
  },
  JiraSprintReport: {
    fetchedAt: (v) => v.row.fetchedAt,
    committedPoints: (v) => jiraFigures(v.row, v.leftOutAtStart).COMMITTED,
    completedPoints: (v) => jiraFigures(v.row).COMPLETED,
    completedInitialPoints: (v) => v.row.sums?.completedInitial ?? 0,
    notCompletedPoints: (v) => jiraFigures(v.row).NOT_COMPLETED,
    notCompletedInitialPoints: (v) => v.row.sums?.notCompletedInitial ?? 0,
    puntedPoints: (v) => jiraFigures(v.row).REMOVED,
    puntedInitialPoints: (v) => v.row.sums?.puntedInitial ?? 0,
    completedInAnotherSprintPoints: (v) => jiraFigures(v.row).COMPLETED_OUTSIDE,
    addedPoints: (v) => jiraFigures(v.row).ADDED,
    completedIssues: (v) => issuesOf(v, (e) => e.list === 'COMPLETED'),
    notCompletedIssues: (v) => issuesOf(v, (e) => e.list === 'NOT_COMPLETED'),
    puntedIssues: (v) => issuesOf(v, (e) => e.list === 'PUNTED'),
    completedInAnotherSprintIssues: (v) => issuesOf(v, (e) => e.list === 'COMPLETED_IN_ANOTHER_SPRINT'),
    addedIssues: (v) => issuesOf(v, (e) => e.addedDuringSprint),
  },
  JiraReportIssue: { issue: (e) => (e.issueId ? { __typename: 'Issue' as const, id: e.issueId } : null) },
};
