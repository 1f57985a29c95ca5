import { badInput, orNotFound, parseId, requireTeamRole } from '@sprint-reports/core';
import type { BoardSettingsInput } from './__generated__/resolvers-types.ts';
import type { Context } from './context.ts';
import { boardsByIds, startedSprints, updateBoard } from './data.ts';
import { refreshSprintAnalyses } from './analysis/refresh.ts';
import { isTimeZone } from './analysis/days.ts';
import type { BoardRow, DisciplineRule } from './models.ts';

const clean = (list: readonly string[]) => [...new Set(list.map((v) => v.trim()).filter(Boolean))];

function disciplineRules(input: NonNullable<BoardSettingsInput['disciplineRules']>): DisciplineRule[] {
  return input.map((r, i) => {
    const rule = { discipline: r.discipline.trim(), components: clean(r.components ?? []), labels: clean(r.labels ?? []), issueTypes: clean(r.issueTypes ?? []) };
    if (!rule.discipline) throw badInput('A discipline rule needs a discipline', `settings.disciplineRules.${i}.discipline`);
    if (!rule.components.length && !rule.labels.length && !rule.issueTypes.length) {
      throw badInput(`The rule for ${rule.discipline} matches nothing: give it components, labels or issue types`, `settings.disciplineRules.${i}`);
    }
    return rule;
  });
}

/**
 * Changes how a board's sprints are analysed and re-analyses every started sprint of the board in
 * the same transaction: the settings and the figures they give never disagree. A board of a team
 * is its team managers' (and admins'); a board without one, any manager's.
 */
export async function updateBoardSettings(ctx: Context, boardId: string, input: BoardSettingsInput): Promise<BoardRow> {
  const { db, tenantId, identity, runtime } = ctx;
  const id = parseId(boardId, 'boardId');
  const board = orNotFound((await boardsByIds(db, tenantId, [id]))[0], 'Board', boardId);
  if (board.teamId) requireTeamRole(identity, board.teamId);

  const set: Partial<BoardRow> = {};
  if (input.estimationStatistic !== undefined) set.estimationStatistic = input.estimationStatistic;
  if (input.subtaskPolicy != null) set.subtaskPolicy = input.subtaskPolicy;
  if (input.cancelledResolutions != null) set.cancelledResolutions = clean(input.cancelledResolutions);
  if (input.disciplineRules != null) set.disciplineRules = disciplineRules(input.disciplineRules);
  if (input.timeZone != null) {
    if (!isTimeZone(input.timeZone)) throw badInput(`Unknown time zone: ${input.timeZone} (an IANA name such as Europe/Berlin)`, 'settings.timeZone');
    set.timeZone = input.timeZone;
  }
  if (!Object.keys(set).length) return board;

  const [updated] = await updateBoard(db, tenantId, id, set);
  const sprints = await startedSprints(db, tenantId, undefined, id);
  await refreshSprintAnalyses({ db, client: runtime.client, events: runtime.events, log: runtime.log }, tenantId, sprints.map((s) => s.id));
  return updated;
}
