import { DateScalar, DateTimeScalar, badInput, orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { listBoards } from './data.ts';
import { storedFingerprints } from './jira/reports.ts';
import { jiraReport, reconciliation } from './reconcile/resolve.ts';
import { boardStatistic, ratio, round } from './analysis/compute.ts';
import { predictability, velocity } from './analysis/velocity.ts';
import {
  deleteJiraConnectionData,
  deleteJiraSprint,
  previewBoardSettings,
  setBoardTeam,
  sprintsChanged,
  syncJiraBoards,
  syncJiraSprintReports,
  syncJiraSprints,
  teamHolidaysChanged,
  updateBoardSettings,
} from './mutations.ts';
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
    setBoardTeam: (_, { boardId, teamId }, ctx) => setBoardTeam(ctx, boardId, teamId),
    updateBoardSettings: (_, { boardId, settings }, ctx) => updateBoardSettings(ctx, boardId, settings),
    syncJiraBoards: (_, { connectionId, boards }, ctx) => syncJiraBoards(ctx, connectionId, boards),
    syncJiraSprints: (_, { connectionId, sprints }, ctx) => syncJiraSprints(ctx, connectionId, sprints),
    deleteJiraSprint: (_, { connectionId, jiraSprintId, eventAt }, ctx) => deleteJiraSprint(ctx, connectionId, jiraSprintId, eventAt),
    syncJiraSprintReports: (_, { connectionId, reports }, ctx) => syncJiraSprintReports(ctx, connectionId, reports),
    deleteJiraConnectionData: (_, { connectionId }, ctx) => deleteJiraConnectionData(ctx, connectionId),
    sprintsChanged: (_, { sprintIds, wait }, ctx) => sprintsChanged(ctx, sprintIds, wait),
    teamHolidaysChanged: (_, { teamId, sprintId }, ctx) => teamHolidaysChanged(ctx, teamId, sprintId),
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
