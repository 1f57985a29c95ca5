/**
 * The board settings form's draft: what a person edits, and the BoardSettingsInput it sends (the
 * same for the preview and the save, so that what is previewed is what is saved).
 */
import type { BoardSettingsInput, EstimationStatistic, SubtaskPolicy } from '../../gql/graphql.ts';

/** A discipline rule as typed: its lists as comma-separated text. */
export interface RuleDraft {
  /** Stable React key: rules move. */
  key: number;
  discipline: string;
  components: string;
  labels: string;
  issueTypes: string;
}

export interface SettingsDraft {
  /** FOLLOW: follow the board's estimation field in JIRA. */
  statistic: EstimationStatistic | 'FOLLOW';
  subtaskPolicy: SubtaskPolicy;
  cancelledResolutions: string[];
  rules: RuleDraft[];
  timeZone: string;
}

export interface SavedSettings {
  estimationStatistic: EstimationStatistic;
  estimationStatisticOverridden: boolean;
  subtaskPolicy: SubtaskPolicy;
  cancelledResolutions: string[];
  disciplineRules: { discipline: string; components: string[]; labels: string[]; issueTypes: string[] }[];
  timeZone: string;
}

export const statisticWords: Record<EstimationStatistic, string> = {
  STORY_POINTS: 'Story points',
  ORIGINAL_ESTIMATE: 'Original estimate (hours)',
  ISSUE_COUNT: 'Issue count',
};

export const subtaskWords: Record<SubtaskPolicy, { title: string; detail: string }> = {
  EXCLUDE: { title: 'Leave sub-tasks out', detail: "Sub-tasks count nothing; their parents count as usual. JIRA's own rule." },
  INCLUDE: { title: 'Count sub-tasks as issues', detail: 'Each sub-task counts on its own, with its own estimate, like any other issue.' },
  ROLL_UP: { title: 'Add sub-tasks to their parent', detail: "A sub-task's estimate is added to its parent's; the sub-task itself is not counted apart." },
};

/** JIRA's estimation field as the board follows it: original estimate, else a points field. */
export const followedStatistic = (estimationField: string | null | undefined): EstimationStatistic =>
  estimationField === 'timeoriginalestimate' ? 'ORIGINAL_ESTIMATE' : 'STORY_POINTS';

const list = (text: string) =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
const text = (values: readonly string[]) => values.join(', ');

let nextKey = 0;
export const newRule = (discipline = ''): RuleDraft => ({ key: ++nextKey, discipline, components: '', labels: '', issueTypes: '' });

export function draftOf(s: SavedSettings): SettingsDraft {
  return {
    statistic: s.estimationStatisticOverridden ? s.estimationStatistic : 'FOLLOW',
    subtaskPolicy: s.subtaskPolicy,
    cancelledResolutions: [...s.cancelledResolutions],
    rules: s.disciplineRules.map((r) => ({ ...newRule(r.discipline), components: text(r.components), labels: text(r.labels), issueTypes: text(r.issueTypes) })),
    timeZone: s.timeZone,
  };
}

/** Every setting, stated: the board ends up with exactly the draft. */
export function inputOf(d: SettingsDraft): BoardSettingsInput {
  return {
    estimationStatistic: d.statistic === 'FOLLOW' ? null : d.statistic,
    subtaskPolicy: d.subtaskPolicy,
    cancelledResolutions: d.cancelledResolutions,
    disciplineRules: d.rules.map((r) => ({ discipline: r.discipline, components: list(r.components), labels: list(r.labels), issueTypes: list(r.issueTypes) })),
    timeZone: d.timeZone.trim(),
  };
}

/** Whether the draft says something other than the saved settings. */
export const changed = (d: SettingsDraft, saved: SavedSettings) => JSON.stringify(inputOf(d)) !== JSON.stringify(inputOf(draftOf(saved)));

/** Moves item `from` to `to` (both in range). */
export function moved<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
