import { describe, expect, test } from 'vitest';
import { parseSprintReport } from '../src/jira/sprint-report.ts';

/** JIRA's sprint report as greenhopper returns it (trimmed to what is read, plus some of what is not). */
const issue = (key: string, initial: number | null, current: number | null, done: boolean) => ({
  id: 10001,
  key,
  hidden: false,
  typeName: 'Story',
  summary: `${key} summary`,
  done,
  statusId: '10002',
  statusName: done ? 'Done' : 'In Progress',
  estimateStatistic: { statFieldId: 'customfield_10016', statFieldValue: initial === null ? {} : { value: initial } },
  currentEstimateStatistic: { statFieldId: 'customfield_10016', statFieldValue: current === null ? {} : { value: current } },
});
const body = (over: Record<string, unknown> = {}) => ({
  contents: {
    completedIssues: [issue('PAY-1', 3, 5, true)],
    issuesNotCompletedInCurrentSprint: [issue('PAY-2', null, null, false)],
    puntedIssues: [],
    issuesCompletedInAnotherSprint: [issue('HOLD-7', 3, 3, true)],
    completedIssuesEstimateSum: { value: 5, text: '5.0' },
    completedIssuesInitialEstimateSum: { value: 3, text: '3.0' },
    issuesNotCompletedEstimateSum: { text: 'null' },
    issuesNotCompletedInitialEstimateSum: { text: 'null' },
    puntedIssuesEstimateSum: { text: 'null' },
    puntedIssuesInitialEstimateSum: { text: 'null' },
    issuesCompletedInAnotherSprintEstimateSum: { value: 3, text: '3.0' },
    issuesCompletedInAnotherSprintInitialEstimateSum: { value: 3, text: '3.0' },
    allIssuesEstimateSum: { value: 5, text: '5.0' },
    issueKeysAddedDuringSprint: { 'PAY-1': true },
    ...over,
  },
  sprint: { id: 42, name: 'Sprint 42', state: 'CLOSED' },
  lastUserToClose: 'Someone',
});

describe('parseSprintReport', () => {
  test('JIRA\'s lists, estimates and sums; an empty sum ({text: "null"}) and an issue without an estimate are null', () => {
    const r = parseSprintReport(body(), 42);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.sums).toMatchObject({ completed: 5, completedInitial: 3, notCompleted: null, completedInAnotherSprint: 3, all: 5 });
    expect(r.report.issues).toEqual([
      {
        key: 'PAY-1',
        summary: 'PAY-1 summary',
        statusId: '10002',
        statusName: 'Done',
        done: true,
        list: 'COMPLETED',
        addedDuringSprint: true,
        initialEstimate: 3,
        currentEstimate: 5,
      },
      {
        key: 'PAY-2',
        summary: 'PAY-2 summary',
        statusId: '10002',
        statusName: 'In Progress',
        done: false,
        list: 'NOT_COMPLETED',
        addedDuringSprint: false,
        initialEstimate: null,
        currentEstimate: null,
      },
      {
        key: 'HOLD-7',
        summary: 'HOLD-7 summary',
        statusId: '10002',
        statusName: 'Done',
        done: true,
        list: 'COMPLETED_IN_ANOTHER_SPRINT',
        addedDuringSprint: false,
        initialEstimate: 3,
        currentEstimate: 3,
      },
    ]);
  });

  test('an unexpected shape is refused with where and what; so is the report of another sprint', () => {
    expect(parseSprintReport(body({ completedIssues: 'unavailable' }), 42)).toEqual({
      ok: false,
      reason: "JIRA's sprint report has an unexpected shape: contents.completedIssues: expected a list of issues",
    });
    expect(parseSprintReport({ message: 'moved' }, 42)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^JIRA's sprint report has an unexpected shape: contents: /),
    });
    expect(parseSprintReport(body(), 7)).toEqual({ ok: false, reason: "JIRA's sprint report is of sprint 42, not 7" });
  });
});
