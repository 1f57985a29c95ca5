/**
 * Our analysis beside JIRA's own sprint report. Each figure is compared as a total and as an issue
 * list (which issues it counts, at what estimate): a figure differs when either does, and every
 * issue behind a difference gets a reason in words, derived from what the two sides say of it.
 * Pure: the same analysis and report always give the same differences.
 */
import { compareNatural, round2 } from '@sprint-reports/core';
import type { AnalysedIssueEntry, AnalysisRow, JiraReportIssueEntry, JiraReportRow } from '../models.ts';

export type Figure = 'COMMITTED' | 'COMPLETED' | 'NOT_COMPLETED' | 'REMOVED' | 'ADDED' | 'COMPLETED_OUTSIDE';
type List = JiraReportIssueEntry['list'];

export interface IssueDifference {
  key: string;
  issueId: string | null;
  reason: string;
}
export interface Difference {
  figure: Figure;
  ours: number;
  jira: number;
  issues: IssueDifference[];
  reason: string;
}

/** JIRA gives time estimates in seconds; the analysis counts the original estimate in hours. */
export function inHours(row: Pick<JiraReportRow, 'sums' | 'issues'>): Pick<JiraReportRow, 'sums' | 'issues'> {
  const h = (v: number | null) => (v === null ? null : v / 3600);
  return {
    sums: row.sums ? (Object.fromEntries(Object.entries(row.sums).map(([k, v]) => [k, h(v)])) as JiraReportRow['sums']) : null,
    issues: row.issues.map((e) => ({ ...e, initialEstimate: h(e.initialEstimate), currentEstimate: h(e.currentEstimate) })),
  };
}

/**
 * JIRA's figures, from its report: its sums where it gives one, else the issues' estimates.
 * `leftOutAtStart`: the keys our analysis leaves out of the commitment at the start (see jiraMembers).
 */
export function jiraFigures(row: Pick<JiraReportRow, 'sums' | 'issues'>, leftOutAtStart: ReadonlySet<string> = new Set()): Record<Figure, number> {
  const add = (entries: JiraReportIssueEntry[], pick: (e: JiraReportIssueEntry) => number | null) => round2(entries.reduce((a, e) => a + (pick(e) ?? 0), 0));
  const members = jiraMembers(leftOutAtStart);
  const sum = (f: Figure) =>
    add(
      row.issues.filter((e) => members[f](e)),
      f === 'COMMITTED' || f === 'ADDED' ? (e) => e.initialEstimate : (e) => e.currentEstimate,
    );
  const s = row.sums;
  return {
    COMMITTED: sum('COMMITTED'),
    COMPLETED: s?.completed ?? sum('COMPLETED'),
    NOT_COMPLETED: s?.notCompleted ?? sum('NOT_COMPLETED'),
    REMOVED: s?.punted ?? sum('REMOVED'),
    ADDED: sum('ADDED'),
    COMPLETED_OUTSIDE: s?.completedInAnotherSprint ?? sum('COMPLETED_OUTSIDE'),
  };
}

/** The keys of the issues our analysis leaves out of the commitment at the start (done, cancelled, unmapped then). */
export const leftOutAtStart = (analysis: Pick<AnalysisRow, 'issues'> | null | undefined): ReadonlySet<string> =>
  new Set((analysis?.issues ?? []).filter((e) => e.commitment && e.commitment !== 'IN_COMMITMENT' && e.commitment !== 'ADDED_AFTER_START').map((e) => e.key));

/**
 * Which of JIRA's issues each figure counts. The commitment is not in the report: it is the
 * initial estimates of the issues in the sprint at the start that were not complete, not
 * cancelled and in a status on the board then (Atlassian KB: "Discrepancies between velocity
 * report's commitment and the sprint report's sum of story points at the start of the sprint").
 * The report does not say an issue's status at the start: it says "done then" only by listing it
 * completed in another sprint. So an issue our history finds done, cancelled or unmapped at the
 * start is out of JIRA's commitment too (the KB rule, from the same history); the report only
 * contradicts that by listing the issue as added during the sprint, which leaves it out anyway.
 */
const jiraMembers = (leftOut: ReadonlySet<string>): Record<Figure, (e: JiraReportIssueEntry) => boolean> => ({
  COMMITTED: (e) => !e.addedDuringSprint && e.list !== 'COMPLETED_IN_ANOTHER_SPRINT' && !leftOut.has(e.key),
  COMPLETED: (e) => e.list === 'COMPLETED',
  NOT_COMPLETED: (e) => e.list === 'NOT_COMPLETED',
  REMOVED: (e) => e.list === 'PUNTED',
  ADDED: (e) => e.addedDuringSprint,
  COMPLETED_OUTSIDE: (e) => e.list === 'COMPLETED_IN_ANOTHER_SPRINT',
});

const ourMembers: Record<Figure, (e: AnalysedIssueEntry) => boolean> = {
  // An analysis stored before the commitment rule has no reason: everything in at the start counted then.
  COMMITTED: (e) => (e.commitment ? e.commitment === 'IN_COMMITMENT' : !e.addedAfterStart),
  COMPLETED: (e) => e.class === 'COMPLETED',
  NOT_COMPLETED: (e) => e.class === 'NOT_COMPLETED',
  REMOVED: (e) => e.class === 'REMOVED',
  ADDED: (e) => e.addedAfterStart,
  COMPLETED_OUTSIDE: (e) => e.class === 'COMPLETED_OUTSIDE',
};

const ourFigure = (a: AnalysisRow): Record<Figure, number> => ({
  COMMITTED: a.committedPoints,
  COMPLETED: a.completedPoints,
  NOT_COMPLETED: a.notCompletedPoints,
  REMOVED: a.removedPoints,
  ADDED: a.addedPoints,
  COMPLETED_OUTSIDE: a.completedOutsidePoints,
});

const FIGURES: Figure[] = ['COMMITTED', 'COMPLETED', 'NOT_COMPLETED', 'REMOVED', 'ADDED', 'COMPLETED_OUTSIDE'];

const OUR_WORDS: Record<AnalysedIssueEntry['class'], string> = {
  COMPLETED: 'completed',
  NOT_COMPLETED: 'not completed',
  REMOVED: 'removed from the sprint',
  COMPLETED_OUTSIDE: 'completed outside the sprint',
  CANCELLED: "cancelled (a won't-do resolution the board names)",
};
const JIRA_WORDS: Record<List, string> = {
  COMPLETED: 'completed',
  NOT_COMPLETED: 'not completed',
  PUNTED: 'removed from the sprint',
  COMPLETED_IN_ANOTHER_SPRINT: 'completed outside of this sprint',
};
const FIGURE_WORDS: Record<Figure, string> = {
  COMMITTED: 'the commitment',
  COMPLETED: 'the completed points',
  NOT_COMPLETED: 'the not completed points',
  REMOVED: 'the removed points',
  ADDED: 'the added points',
  COMPLETED_OUTSIDE: 'the points completed outside the sprint',
};

const fmt = (v: number | null) => (v === null ? 'unestimated' : String(round2(v)));
// Unestimated counts 0 on both sides (JIRA's sums do the same).
const same = (a: number | null, b: number | null) => Math.abs((a ?? 0) - (b ?? 0)) < 0.005;

/** Under ROLL_UP: how much of our value for the figure is the issue's sub-tasks' (0: none). */
const rolledUpShare = (figure: Figure, e: AnalysedIssueEntry): number =>
  !e.rolledUp ? 0 : figure === 'COMMITTED' ? e.rolledUp.atStart : figure === 'ADDED' ? e.rolledUp.atJoin : e.rolledUp.atEnd;

/** Why one issue is counted differently by the two sides for one figure. */
function issueReason(
  figure: Figure,
  key: string,
  ours: AnalysedIssueEntry | undefined,
  jira: JiraReportIssueEntry | undefined,
  inOurs: boolean,
  inJira: boolean,
  values: { ours: number | null; jira: number | null },
): string {
  if (!ours) return `${key} is in JIRA's report but not in our data of the sprint (the board's filter does not show it, or it is not synced yet)`;
  // Known policy differences: JIRA's report never lists sub-tasks nor counts their estimates.
  if (!jira && ours.subtask) return `${key} is a sub-task: this board counts sub-tasks (INCLUDE); JIRA's reports never do`;
  if (!jira) return `${key} is not in JIRA's report`;
  const share = rolledUpShare(figure, ours);
  if (inOurs && inJira && share && same((values.ours ?? 0) - share, values.jira))
    return `${key} includes its sub-tasks' ${fmt(share)} points (roll-up); JIRA's report counts the parent alone`;
  if (inOurs && inJira) {
    const when = figure === 'COMMITTED' ? 'at the start' : figure === 'ADDED' ? 'when it was added' : figure === 'REMOVED' ? 'when it left' : 'at the close';
    // JIRA's estimate differs from our history's at the same moment: JIRA read another value (one changed later, or a change we have not synced).
    const hint = figure === 'COMMITTED' || figure === 'ADDED' ? '' : ', e.g. re-estimated after the close';
    return `${key} counts ${fmt(values.ours)} in our history (its estimate ${when}) but ${fmt(values.jira)} in JIRA's report (${fmt(values.ours)} → ${fmt(values.jira)}${hint})`;
  }
  // In one side's figure only.
  if (figure === 'COMMITTED' && inOurs && jira.list === 'COMPLETED_IN_ANOTHER_SPRINT')
    return `${key} was done before the start: JIRA leaves it out of the commitment`;
  if (figure === 'ADDED' || figure === 'COMMITTED') {
    return inOurs === (figure === 'ADDED')
      ? `${key} joined the sprint after the start in our history, but JIRA counts it from the start`
      : `${key} was in the sprint at the start in our history, but JIRA says it was added during the sprint`;
  }
  if (ours.class === 'CANCELLED' && jira.list === 'COMPLETED') return `${key} has a won't-do resolution: we count it as cancelled, JIRA as completed`;
  return `${key} is ${OUR_WORDS[ours.class]} in our analysis but ${JIRA_WORDS[jira.list]} in JIRA's report`;
}

/** The differences between our analysis and JIRA's report of a closed sprint; empty: they match. */
export function reconcile(analysis: AnalysisRow, report: Pick<JiraReportRow, 'sums' | 'issues'>): Difference[] {
  const jiraByKey = new Map(report.issues.map((e) => [e.key, e]));
  // A sub-task the board does not count (JIRA's rule) has no value and is not "unestimated"; JIRA's report does not list sub-tasks.
  const uncountedSubtask = (e: AnalysedIssueEntry) =>
    analysis.statistic !== 'ISSUE_COUNT' && !e.unestimated && e.pointsAtStart === null && e.pointsAtEnd === null;
  const oursByKey = new Map(analysis.issues.filter((e) => jiraByKey.has(e.key) || !uncountedSubtask(e)).map((e) => [e.key, e]));
  // Our estimate when an issue joined after the start: the scope event of its addition.
  const atJoin = new Map<string, number>();
  for (const ev of analysis.scopeEvents) if (ev.kind === 'ADDED' && !atJoin.has(ev.key)) atJoin.set(ev.key, ev.points);
  const ourValue = (f: Figure, e: AnalysedIssueEntry): number | null =>
    f === 'COMMITTED' ? e.pointsAtStart : f === 'ADDED' ? (atJoin.get(e.key) ?? null) : e.pointsAtEnd;
  const jiraValue = (f: Figure, e: JiraReportIssueEntry): number | null => (f === 'COMMITTED' || f === 'ADDED' ? e.initialEstimate : e.currentEstimate);
  const leftOut = leftOutAtStart(analysis);
  const members = jiraMembers(leftOut);
  const ours = ourFigure(analysis);
  const jira = jiraFigures(report, leftOut);

  const out: Difference[] = [];
  for (const figure of FIGURES) {
    const keys = [...new Set([...oursByKey.keys(), ...jiraByKey.keys()])].sort(compareNatural);
    const issues: IssueDifference[] = [];
    for (const key of keys) {
      const o = oursByKey.get(key);
      const j = jiraByKey.get(key);
      const inOurs = !!o && ourMembers[figure](o);
      const inJira = !!j && members[figure](j);
      if (!inOurs && !inJira) continue;
      const values = { ours: inOurs ? ourValue(figure, o!) : null, jira: inJira ? jiraValue(figure, j!) : null };
      if (inOurs && inJira && same(values.ours, values.jira)) continue;
      // A sub-task the board counts at 0 (or unestimated), absent from JIRA's report: nothing differs.
      if (o?.subtask && !j && same(values.ours, 0)) continue;
      issues.push({ key, issueId: o?.issueId ?? null, reason: issueReason(figure, key, o, j, inOurs, inJira, values) });
    }
    const totalsDiffer = Math.abs(ours[figure] - jira[figure]) >= 0.005;
    if (!issues.length && !totalsDiffer) continue;
    const reason = issues.length
      ? issues.map((i) => i.reason).join('; ')
      : `The issues agree, but JIRA's total of ${FIGURE_WORDS[figure]} is ${fmt(jira[figure])} against our ${fmt(ours[figure])}`;
    out.push({ figure, ours: round2(ours[figure]), jira: round2(jira[figure]), issues, reason });
  }
  return out;
}
