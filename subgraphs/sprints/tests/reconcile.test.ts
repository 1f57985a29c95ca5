import { describe, expect, test } from 'vitest';
import { inHours, jiraFigures, leftOutAtStart, reconcile } from '../src/reconcile/compare.ts';
import type { AnalysedIssueEntry, AnalysisRow, JiraReportIssueEntry, JiraReportRow } from '../src/models.ts';

/** Hand-made analyses and JIRA reports: each case one reason a lead reads. */
const ours = (key: string, cls: AnalysedIssueEntry['class'], atStart: number | null, atEnd: number | null, addedAfterStart = false): AnalysedIssueEntry => ({
  issueId: `id-${key}`,
  key,
  class: cls,
  addedAfterStart,
  pointsAtStart: atStart,
  pointsAtEnd: atEnd,
  unestimated: false,
  commitment: addedAfterStart ? 'ADDED_AFTER_START' : cls === 'COMPLETED_OUTSIDE' ? 'DONE_AT_START' : 'IN_COMMITMENT',
  pointsCommitted: !addedAfterStart && cls !== 'COMPLETED_OUTSIDE' ? (atStart ?? 0) : 0,
  discipline: 'Backend',
  cycleTimeHours: null,
  leadTimeHours: null,
});
const jira = (
  key: string,
  list: JiraReportIssueEntry['list'],
  initial: number | null,
  current: number | null,
  addedDuringSprint = false,
): JiraReportIssueEntry => ({
  key,
  summary: key,
  statusId: '1',
  statusName: 'Done',
  done: list === 'COMPLETED' || list === 'COMPLETED_IN_ANOTHER_SPRINT',
  list,
  addedDuringSprint,
  initialEstimate: initial,
  currentEstimate: current,
});

function analysis(issues: AnalysedIssueEntry[], figures: Partial<AnalysisRow> = {}): AnalysisRow {
  const sum = (cls: AnalysedIssueEntry['class']) => issues.filter((i) => i.class === cls).reduce((a, i) => a + (i.pointsAtEnd ?? 0), 0);
  return {
    committedPoints: issues
      .filter((i) => (i.commitment ? i.commitment === 'IN_COMMITMENT' : !i.addedAfterStart))
      .reduce((a, i) => a + (i.pointsAtStart ?? 0), 0),
    completedPoints: sum('COMPLETED'),
    notCompletedPoints: sum('NOT_COMPLETED'),
    removedPoints: sum('REMOVED'),
    completedOutsidePoints: sum('COMPLETED_OUTSIDE'),
    addedPoints: 0,
    issues,
    scopeEvents: [],
    ...figures,
  } as AnalysisRow;
}
const report = (issues: JiraReportIssueEntry[]): Pick<JiraReportRow, 'sums' | 'issues'> => ({ sums: null, issues });

describe('reconcile: our analysis beside JIRA’s sprint report', () => {
  test('the same issues in the same classes at the same estimates: no difference', () => {
    const a = analysis([ours('PAY-1', 'COMPLETED', 3, 5), ours('PAY-2', 'NOT_COMPLETED', 2, 2), ours('PAY-3', 'REMOVED', 1, 1)]);
    expect(reconcile(a, report([jira('PAY-1', 'COMPLETED', 3, 5), jira('PAY-2', 'NOT_COMPLETED', 2, 2), jira('PAY-3', 'PUNTED', 1, 1)]))).toEqual([]);
  });

  test('an issue done before the start: both leave it out of the commitment', () => {
    const a = analysis([ours('HOLD-7', 'COMPLETED_OUTSIDE', 3, 3), ours('HOLD-8', 'COMPLETED', 2, 2)]);
    expect(reconcile(a, report([jira('HOLD-7', 'COMPLETED_IN_ANOTHER_SPRINT', 3, 3), jira('HOLD-8', 'COMPLETED', 2, 2)]))).toEqual([]);
  });

  test('an issue we leave out at the start (done, cancelled, unmapped) that JIRA lists as completed, not completed or punted: out of both commitments (the KB rule), no difference', () => {
    const left = (key: string, cls: AnalysedIssueEntry['class'], commitment: AnalysedIssueEntry['commitment']) => ({
      ...ours(key, cls, 3, 3),
      commitment,
      pointsCommitted: 0,
    });
    // HOLD-1: done at the start, reopened, done again; HOLD-4: done at the start, reopened, removed.
    const a = analysis([
      left('HOLD-1', 'COMPLETED', 'DONE_AT_START'),
      left('HOLD-2', 'COMPLETED', 'CANCELLED_AT_START'),
      left('HOLD-3', 'NOT_COMPLETED', 'UNMAPPED_AT_START'),
      left('HOLD-4', 'REMOVED', 'DONE_AT_START'),
      ours('HOLD-5', 'NOT_COMPLETED', 2, 2),
    ]);
    const r = report([
      jira('HOLD-1', 'COMPLETED', 3, 3),
      jira('HOLD-2', 'COMPLETED', 3, 3),
      jira('HOLD-3', 'NOT_COMPLETED', 3, 3),
      jira('HOLD-4', 'PUNTED', 3, 3),
      jira('HOLD-5', 'NOT_COMPLETED', 2, 2),
    ]);
    expect(a.committedPoints).toBe(2);
    expect(reconcile(a, r)).toEqual([]);
    expect(jiraFigures(r, leftOutAtStart(a)).COMMITTED).toBe(2);
    // Without our analysis, the report alone counts them.
    expect(jiraFigures(r).COMMITTED).toBe(14);
  });

  test('no reason ever says JIRA counts an issue we leave out at the start', () => {
    const a = analysis([{ ...ours('HOLD-3', 'COMPLETED', 5, 5), commitment: 'UNMAPPED_AT_START', pointsCommitted: 0 }]);
    const reasons = reconcile(a, report([jira('HOLD-3', 'COMPLETED', 8, 5)])).flatMap((d) => d.issues.map((i) => i.reason));
    expect(reasons.filter((r) => r.includes('JIRA counts it'))).toEqual([]);
  });

  test('an analysis stored by the rules before the commitment rule counts an issue done before the start: JIRA leaves it out', () => {
    const old = (e: AnalysedIssueEntry) => ({ ...e, commitment: undefined, pointsCommitted: undefined }) as unknown as AnalysedIssueEntry;
    const a = analysis([old(ours('HOLD-7', 'COMPLETED_OUTSIDE', 3, 3)), old(ours('HOLD-8', 'COMPLETED', 2, 2))]);
    expect(reconcile(a, report([jira('HOLD-7', 'COMPLETED_IN_ANOTHER_SPRINT', 3, 3), jira('HOLD-8', 'COMPLETED', 2, 2)]))).toEqual([
      {
        figure: 'COMMITTED',
        ours: 5,
        jira: 2,
        issues: [{ key: 'HOLD-7', issueId: 'id-HOLD-7', reason: 'HOLD-7 was done before the start: JIRA leaves it out of the commitment' }],
        reason: 'HOLD-7 was done before the start: JIRA leaves it out of the commitment',
      },
    ]);
  });

  test('an estimate JIRA has at another value, an issue JIRA does not list, one only JIRA lists, a cancelled one JIRA completes', () => {
    const a = analysis([ours('PAY-3', 'COMPLETED', 3, 3), ours('PAY-9', 'NOT_COMPLETED', 2, 2), ours('PAY-4', 'CANCELLED', 1, 1)]);
    const diffs = reconcile(a, report([jira('PAY-3', 'COMPLETED', 3, 5), jira('PAY-5', 'NOT_COMPLETED', 8, 8), jira('PAY-4', 'COMPLETED', 1, 1)]));
    const by = Object.fromEntries(diffs.map((d) => [d.figure, d]));
    expect(by.COMPLETED).toMatchObject({ ours: 3, jira: 6 });
    expect(by.COMPLETED.issues.map((i) => i.reason)).toEqual([
      "PAY-3 counts 3 in our history (its estimate at the close) but 5 in JIRA's report (3 → 5, e.g. re-estimated after the close)",
      "PAY-4 has a won't-do resolution: we count it as cancelled, JIRA as completed",
    ]);
    expect(by.NOT_COMPLETED.issues.map((i) => i.reason)).toEqual([
      "PAY-5 is in JIRA's report but not in our data of the sprint (the board's filter does not show it, or it is not synced yet)",
      "PAY-9 is not in JIRA's report",
    ]);
    expect(by.NOT_COMPLETED.issues[0].issueId).toBeNull();
  });

  test('sub-tasks the board counts (INCLUDE): their own reason, none when they count 0; still DIFFERS', () => {
    const sub = (key: string, cls: AnalysedIssueEntry['class'], points: number | null) => ({
      ...ours(key, cls, points, points),
      subtask: true,
      unestimated: points === null,
    });
    const a = analysis([ours('ATL-1', 'COMPLETED', 5, 5), sub('ATL-5', 'COMPLETED', 3), sub('ATL-6', 'COMPLETED', 0), sub('ATL-7', 'NOT_COMPLETED', null)]);
    const diffs = reconcile(a, report([jira('ATL-1', 'COMPLETED', 5, 5)]));
    expect(diffs.map((d) => [d.figure, d.ours, d.jira, d.reason])).toEqual([
      ['COMMITTED', 8, 5, "ATL-5 is a sub-task: this board counts sub-tasks (INCLUDE); JIRA's reports never do"],
      ['COMPLETED', 8, 5, "ATL-5 is a sub-task: this board counts sub-tasks (INCLUDE); JIRA's reports never do"],
    ]);
  });

  test("a parent rolling up its sub-tasks (ROLL_UP): the reason names the sub-tasks' points, not a re-estimate", () => {
    const parent = { ...ours('ATL-4', 'COMPLETED', 8, 8), rolledUp: { atStart: 3, atJoin: 0, atEnd: 3 } };
    const diffs = reconcile(analysis([parent]), report([jira('ATL-4', 'COMPLETED', 5, 5)]));
    expect(diffs.map((d) => [d.figure, d.ours, d.jira, d.reason])).toEqual([
      ['COMMITTED', 8, 5, "ATL-4 includes its sub-tasks' 3 points (roll-up); JIRA's report counts the parent alone"],
      ['COMPLETED', 8, 5, "ATL-4 includes its sub-tasks' 3 points (roll-up); JIRA's report counts the parent alone"],
    ]);
    // Re-estimated as well: the estimate reason stays.
    expect(reconcile(analysis([parent]), report([jira('ATL-4', 'COMPLETED', 5, 6)])).find((d) => d.figure === 'COMPLETED')?.reason).toBe(
      "ATL-4 counts 8 in our history (its estimate at the close) but 6 in JIRA's report (8 → 6, e.g. re-estimated after the close)",
    );
  });

  test("a sub-task the board does not count is not compared (JIRA's report lists none); JIRA's seconds compare as hours", () => {
    const subtask = { ...ours('PAY-6', 'COMPLETED', null, null), unestimated: false };
    expect(reconcile(analysis([ours('PAY-1', 'COMPLETED', 3, 3), subtask]), report([jira('PAY-1', 'COMPLETED', 3, 3)]))).toEqual([]);
    const hours = analysis([ours('OPS-1', 'COMPLETED', 8, 8)], { statistic: 'ORIGINAL_ESTIMATE' } as Partial<AnalysisRow>);
    expect(reconcile(hours, inHours(report([jira('OPS-1', 'COMPLETED', 28_800, 28_800)])))).toEqual([]);
  });
});
