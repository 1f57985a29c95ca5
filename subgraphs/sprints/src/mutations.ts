import { appError, audit, badInput, jiraObjectId, orNotFound, parseId, requireTeamRole } from '@sprint-reports/core';
import type { BoardSettingsInput, JiraBoardInput, JiraSprintInput, JiraSprintReportInput } from './__generated__/resolvers-types.ts';
import type { Context } from './context.ts';
import {
  analysisInputsBySprintIds,
  boardsByIds,
  boardsByTeamIds,
  boardsOfConnection,
  deleteBoardsOfConnection,
  setBoardTeam as storeBoardTeam,
  sprintsByBoardIds,
  startedSprints,
  updateBoard,
} from './data.ts';
import { deleteSprint, syncBoards, syncSprints } from './jira/sync.ts';
import { syncJiraReports } from './jira/reports.ts';
import { capacitySprintsChanged } from './remote/capacity.ts';
import { requireTeam } from './remote.ts';
import { computeAnalysesFrom, refreshSprintAnalyses, storedInputs } from './analysis/refresh.ts';
import { REFRESH_JOB } from './jobs.ts';
import { isTimeZone } from './analysis/days.ts';
import type { AnalysisRow, BoardRow, DisciplineRule, SprintRow } from './models.ts';

const clean = (list: readonly string[]) => [...new Set(list.map((v) => v.trim()).filter(Boolean))];

function disciplineRules(input: NonNullable<BoardSettingsInput['disciplineRules']>): DisciplineRule[] {
  return input.map((r, i) => {
    const rule = {
      discipline: r.discipline.trim(),
      components: clean(r.components ?? []),
      labels: clean(r.labels ?? []),
      issueTypes: clean(r.issueTypes ?? []),
    };
    if (!rule.discipline) throw badInput('A discipline rule needs a discipline', `settings.disciplineRules.${i}.discipline`);
    if (!rule.components.length && !rule.labels.length && !rule.issueTypes.length) {
      throw badInput(`The rule for ${rule.discipline} matches nothing: give it components, labels or issue types`, `settings.disciplineRules.${i}`);
    }
    return rule;
  });
}

/** The board columns these settings change, validated (BAD_USER_INPUT at `settings.<field>`); fields left out are not there. */
function settingsChanges(input: BoardSettingsInput): Partial<BoardRow> {
  const set: Partial<BoardRow> = {};
  if (input.estimationStatistic !== undefined) set.estimationStatistic = input.estimationStatistic;
  if (input.subtaskPolicy != null) set.subtaskPolicy = input.subtaskPolicy;
  if (input.cancelledResolutions != null) set.cancelledResolutions = clean(input.cancelledResolutions);
  if (input.disciplineRules != null) set.disciplineRules = disciplineRules(input.disciplineRules);
  if (input.timeZone != null) {
    if (!isTimeZone(input.timeZone)) throw badInput(`Unknown time zone: ${input.timeZone} (an IANA name such as Europe/Berlin)`, 'settings.timeZone');
    set.timeZone = input.timeZone;
  }
  return set;
}

/** The board, for one who may change its settings: a board of a team is its team managers' (and admins'); a board without one, any manager's. */
async function manageableBoard({ db, tenantId, identity }: Context, boardId: string): Promise<BoardRow> {
  const board = orNotFound((await boardsByIds(db, tenantId, [parseId(boardId, 'boardId')]))[0], 'Board', boardId);
  if (board.teamId) requireTeamRole(identity, board.teamId);
  return board;
}

/**
 * Changes how a board's sprints are analysed and re-analyses every started sprint of the board in
 * the same transaction: the settings and the figures they give never disagree.
 */
export async function updateBoardSettings(ctx: Context, boardId: string, input: BoardSettingsInput): Promise<BoardRow> {
  const { db, tenantId, runtime } = ctx;
  const board = await manageableBoard(ctx, boardId);
  const set = settingsChanges(input);
  if (!Object.keys(set).length) return board;

  const [updated] = await updateBoard(db, tenantId, board.id, set);
  const sprints = await startedSprints(db, tenantId, undefined, board.id);
  await refreshSprintAnalyses(
    { db, client: runtime.client, events: runtime.events, log: runtime.log },
    tenantId,
    sprints.map((s) => s.id),
  );
  await audit(ctx, { action: 'board.settings_updated', targetType: 'Board', targetId: board.id, details: { name: board.name, ...set } });
  return updated;
}

/** A closed sprint's figures with the board's settings as saved and as they would be. */
export interface SettingsPreview {
  sprint: SprintRow;
  current: AnalysisRow;
  preview: AnalysisRow;
}

/**
 * How a closed sprint of the board (the last one unless told) would be analysed with these
 * settings, beside how it is analysed with the saved ones: both computed now, by the code a refresh
 * stores with (computeAnalysesFrom), from the inputs the last refresh gathered and stored with the
 * analysis (sprints.analysis_inputs): no other subgraph is called and nothing is written, so saving
 * the same settings stores exactly what this shows. Null when the board has no closed sprint.
 * A sprint analysed before those inputs were kept has its refresh queued (after the read's
 * transaction, once per sprint however many ask) and answers PREVIEW_NOT_READY meanwhile.
 */
export async function previewBoardSettings(
  ctx: Context,
  boardId: string,
  input: BoardSettingsInput,
  sprintId?: string | null,
): Promise<SettingsPreview | null> {
  const { db, tenantId, runtime } = ctx;
  const board = await manageableBoard(ctx, boardId);
  const set = settingsChanges(input);
  const closed = (await sprintsByBoardIds(db, tenantId, [board.id])).filter((s) => s.state === 'CLOSED');
  let sprint = closed.at(-1);
  if (sprintId != null) {
    sprint = closed.find((s) => s.id === parseId(sprintId, 'sprintId'));
    if (!sprint) throw badInput('Choose a closed sprint of this board', 'sprintId');
  }
  // Never started: a refresh analyses it not, and neither can a preview.
  if (!sprint?.startDate) return null;
  const [row] = await analysisInputsBySprintIds(db, tenantId, [sprint.id]);
  if (!row) {
    // The refresh gathers the inputs (and stores them with the analysis). One job per sprint and
    // minute however many ask (a failed one, kept by the queue, blocks its id only that long).
    await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds: [sprint.id] }, { jobId: `analysis-inputs-${sprint.id}-${Math.floor(Date.now() / 60_000)}` });
    throw appError('PREVIEW_NOT_READY', `The history of ${sprint.name} is being gathered for the preview: try again in a moment`, { sprintId: sprint.id });
  }
  const inputs = [storedInputs(row)];
  const now = new Date();
  const [[current], [preview]] = await Promise.all([
    computeAnalysesFrom(db, tenantId, [sprint], inputs, now),
    computeAnalysesFrom(db, tenantId, [sprint], inputs, now, (b) => (b.id === board.id ? { ...b, ...set } : b)),
  ]);
  return current && preview ? { sprint, current, preview } : null;
}

/** Sets (or clears) the board's team; its analyses and capacity's copy of its sprints follow. */
export async function setBoardTeam(ctx: Context, boardId: string, teamId: string | null | undefined): Promise<BoardRow> {
  const { db, tenantId, runtime } = ctx;
  const board = parseId(boardId, 'boardId');
  const team = teamId ? parseId(teamId, 'teamId') : null;
  // The team is the users subgraph's: stored unchecked, another tenant's id would dangle.
  if (team) await requireTeam(runtime.client, tenantId, team);
  const [updated] = await storeBoardTeam(db, tenantId, board, team);
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
}

/*
 * Internal: the issues subgraph's JIRA sync hands over boards, sprints and JIRA's sprint reports,
 * and says when a connection's data goes.
 */

export async function syncJiraBoards({ db, tenantId, runtime }: Context, connectionId: string, boards: JiraBoardInput[]): Promise<number> {
  const { count, reshaped } = await syncBoards(db, tenantId, parseId(connectionId), boards);
  // JIRA changed a board's columns or estimation field: its started sprints are measured anew.
  const sprintIds = (await Promise.all(reshaped.map((boardId) => startedSprints(db, tenantId, undefined, boardId)))).flat().map((s) => s.id);
  if (sprintIds.length) await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds });
  return count;
}

export async function syncJiraSprints({ db, tenantId, runtime }: Context, connectionId: string, sprints: JiraSprintInput[]): Promise<string[]> {
  const { ids, redated } = await syncSprints(db, tenantId, parseId(connectionId), sprints, runtime.events);
  if (redated.length) await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds: redated });
  await capacitySprintsChanged(runtime.client, tenantId, ids);
  return ids;
}

export async function deleteJiraSprint(
  { db, tenantId, runtime }: Context,
  connectionId: string,
  jiraSprintId: number,
  eventAt: string | Date | null | undefined,
): Promise<boolean> {
  const connection = parseId(connectionId);
  const deleted = await deleteSprint(db, tenantId, connection, jiraSprintId, eventAt ? new Date(eventAt) : new Date(), runtime.events);
  if (deleted) await capacitySprintsChanged(runtime.client, tenantId, [jiraObjectId(tenantId, connection, 'sprint', jiraSprintId)]);
  return deleted;
}

export function syncJiraSprintReports({ db, tenantId }: Context, connectionId: string, reports: JiraSprintReportInput[]): Promise<number> {
  return syncJiraReports(db, tenantId, parseId(connectionId), reports);
}

export async function deleteJiraConnectionData({ db, tenantId, runtime }: Context, connectionId: string): Promise<number> {
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
}

/*
 * Internal notices (named for the sender's fact): analyses of started sprints refresh, in the
 * background unless the sender waits for them.
 */

/** The issues of these sprints changed (issues subgraph). */
export async function sprintsChanged({ db, tenantId, runtime }: Context, sprintIds: readonly string[], wait: boolean | null | undefined): Promise<number> {
  const ids = sprintIds.map((id) => parseId(id));
  if (wait) return refreshSprintAnalyses({ db, client: runtime.client, events: runtime.events, log: runtime.log }, tenantId, ids);
  await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds: ids });
  return 0;
}

/** A team's holidays changed (capacity subgraph): its boards' started sprints (or only `sprintId`) are analysed anew. */
export async function teamHolidaysChanged({ db, tenantId, runtime }: Context, teamId: string, sprintId: string | null | undefined): Promise<number> {
  const boardIds = new Set((await boardsByTeamIds(db, tenantId, [parseId(teamId, 'teamId')])).map((b) => b.id));
  if (!boardIds.size) return 0;
  const only = sprintId ? [parseId(sprintId, 'sprintId')] : undefined;
  const sprintIds = (await startedSprints(db, tenantId, only)).filter((s) => boardIds.has(s.boardId)).map((s) => s.id);
  if (sprintIds.length) await runtime.jobs.enqueue(REFRESH_JOB, { tenantId, sprintIds });
  return sprintIds.length;
}
