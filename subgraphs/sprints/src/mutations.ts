import { appError, audit, badInput, orNotFound, parseId, requireTeamRole } from '@sprint-reports/core';
import type { BoardSettingsInput } from './__generated__/resolvers-types.ts';
import type { Context } from './context.ts';
import { analysisInputsBySprintIds, boardsByIds, sprintsByBoardIds, startedSprints, updateBoard } from './data.ts';
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
