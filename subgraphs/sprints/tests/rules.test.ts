import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { classify, inSprintAt, valuation, DEFAULT_POLICY, type BoardPolicy, type IssueClass, type IssueHistory } from '../src/analysis/rules.ts';

/**
 * JIRA's sprint-report rules, one scenario per rule, with the numbers worked out by hand.
 * The sprint runs from day 10 09:00 UTC to day 24 17:00 UTC (its completeDate).
 */
const DAY = 86_400_000;
const t = (day: number, hour = 12, second = 0) => Date.UTC(2026, 2, day, hour, 0, second);
const window = { start: t(10, 9), end: t(24, 17) };
const TODO = { statusId: '1', category: 'TODO' as const };
const DOING = { statusId: '3', category: 'IN_PROGRESS' as const };
const DONE = { statusId: '10001', category: 'DONE' as const };
const VERIFIED = { statusId: '10002', category: 'DONE' as const };

let n = 0;
/** An issue created on day 1 in To Do with `points`, in the sprint from before its start unless told otherwise. */
function issue(opts: Partial<IssueHistory> & { points?: number | null; done?: number; statuses?: IssueHistory['statuses'] } = {}): IssueHistory {
  const id = String(++n);
  const statuses = opts.statuses ?? [{ at: t(1), ...TODO }, ...(opts.done !== undefined ? [{ at: opts.done, ...DONE }] : [])];
  return {
    issueId: id,
    key: `SR-${id}`,
    parentId: null,
    spans: [{ addedAt: t(9), removedAt: null }],
    estimates: [{ at: t(1), value: opts.points === undefined ? 3 : opts.points }],
    resolutions: [{ at: t(1), resolution: null }],
    ...opts,
    statuses,
  };
}
const classOf = (report: ReturnType<typeof classify>, h: IssueHistory) => report.issues.find((i) => i.issueId === h.issueId)?.class;

describe("JIRA's sprint report rules", () => {
  test('committed: in the sprint at the start, at the estimate then; completed: done at completion, at the estimate then', () => {
    const a = issue({ points: 5, done: t(20) });
    const b = issue({ points: 3 });
    const report = classify(window, [a, b]);
    expect(report).toMatchObject({ committed: 8, completed: 5, notCompleted: 3, added: 0, removed: 0 });
    expect([classOf(report, a), classOf(report, b)]).toEqual(['COMPLETED', 'NOT_COMPLETED']);
  });

  test('added after the start: not committed, marked, and completed when done', () => {
    const added = issue({ points: 2, spans: [{ addedAt: t(12), removedAt: null }], done: t(15) });
    const report = classify(window, [issue({ points: 5 }), added]);
    expect(report).toMatchObject({ committed: 5, added: 2, completed: 2, notCompleted: 5 });
    expect(report.issues.find((i) => i.issueId === added.issueId)).toMatchObject({ addedAfterStart: true, class: 'COMPLETED', atStart: null, atEnd: 2 });
  });

  test('removed mid-sprint: committed, then punted at its estimate when it left', () => {
    const punted = issue({ points: 8, spans: [{ addedAt: t(9), removedAt: t(14) }] });
    const report = classify(window, [punted, issue({ points: 2, done: t(22) })]);
    expect(report).toMatchObject({ committed: 10, removed: 8, completed: 2, notCompleted: 0 });
    expect(classOf(report, punted)).toBe('REMOVED');
  });

  test('estimate raised and lowered mid-sprint: committed keeps the start value, completed takes the last, both changes listed', () => {
    const raised = issue({
      estimates: [
        { at: t(1), value: 3 },
        { at: t(12), value: 5 },
      ],
      done: t(20),
    });
    const lowered = issue({
      estimates: [
        { at: t(1), value: 8 },
        { at: t(13), value: 3.5 },
      ],
    });
    const report = classify(window, [raised, lowered]);
    expect(report).toMatchObject({ committed: 11, completed: 5, notCompleted: 3.5 });
    expect(report.estimateChanges.map((c) => [c.key, c.from, c.to])).toEqual([
      [raised.key, 3, 5],
      [lowered.key, 8, 3.5],
    ]);
  });

  test('moved to the next sprint at close: not completed here (not removed), however JIRA timed the move', () => {
    // JIRA moves open issues out as it completes the sprint, a moment before or after its completeDate.
    const carried = issue({ points: 5, spans: [{ addedAt: t(9), removedAt: window.end + 2000 }] });
    const movedJustBefore = issue({ points: 3, spans: [{ addedAt: t(9), removedAt: window.end - 1500 }] });
    const puntedAnHourBefore = issue({ points: 1, spans: [{ addedAt: t(9), removedAt: window.end - 3_600_000 }] });
    const report = classify(window, [carried, movedJustBefore, puntedAnHourBefore]);
    expect([carried, movedJustBefore, puntedAnHourBefore].map((h) => classOf(report, h))).toEqual(['NOT_COMPLETED', 'NOT_COMPLETED', 'REMOVED']);
    expect(report).toMatchObject({ committed: 9, notCompleted: 8, removed: 1 });
    // While the sprint runs, "end" is now: an issue moved out a moment ago was removed.
    expect(classOf(classify({ ...window, running: true }, [movedJustBefore]), movedJustBefore)).toBe('REMOVED');
  });

  test('done before the start: completed outside this sprint, its points count nowhere, not even in the commitment', () => {
    const early = issue({ points: 3, done: t(5) });
    const elsewhere = issue({ points: 2, spans: [{ addedAt: t(18), removedAt: null }], done: t(16) });
    const report = classify(window, [early, elsewhere, issue({ points: 1, done: t(11) })]);
    expect([classOf(report, early), classOf(report, elsewhere)]).toEqual(['COMPLETED_OUTSIDE', 'COMPLETED_OUTSIDE']);
    // JIRA's commitment leaves out what was complete at the start: 1, not 3 + 1.
    expect(report).toMatchObject({ committed: 1, completed: 1, completedOutside: 5, added: 2 });
    expect(report.issues.map((i) => [i.key, i.commitment, i.committed, i.atStart])).toEqual([
      [early.key, 'DONE_AT_START', 0, 3],
      [elsewhere.key, 'ADDED_AFTER_START', 0, null],
      [`SR-${n}`, 'IN_COMMITMENT', 1, 1],
    ]);
  });

  test('in the sprint while planned, out before the start, done outside, dragged back in done: completed outside (the join that led to the close counts)', () => {
    // B-1: in from day 8, out on day 9 (before the start), done on day 14 while outside, back in on day 16 already done.
    const b1 = issue({
      points: 8,
      spans: [
        { addedAt: t(8), removedAt: t(9) },
        { addedAt: t(16), removedAt: null },
      ],
      done: t(14),
    });
    // Same path, but done on day 18 after it came back: completed.
    const back = issue({
      points: 2,
      spans: [
        { addedAt: t(8), removedAt: t(9) },
        { addedAt: t(16), removedAt: null },
      ],
      done: t(18),
    });
    const report = classify(window, [b1, back]);
    expect([classOf(report, b1), classOf(report, back)]).toEqual(['COMPLETED_OUTSIDE', 'COMPLETED']);
    expect(report).toMatchObject({ committed: 0, completed: 2, completedOutside: 8, added: 10 });
  });

  test('done at the start, reopened and done again during the sprint: completed (the last move into done counts), still out of the commitment', () => {
    const redone = issue({
      points: 5,
      statuses: [
        { at: t(1), ...TODO },
        { at: t(5), ...DONE },
        { at: t(12), ...DOING },
        { at: t(20), ...DONE },
      ],
    });
    const report = classify(window, [redone, issue({ points: 1 })]);
    expect(report.issues.find((i) => i.issueId === redone.issueId)).toMatchObject({ class: 'COMPLETED', commitment: 'DONE_AT_START', committed: 0 });
    expect(report).toMatchObject({ committed: 1, completed: 5, completedOutside: 0 });
  });

  test('done at the very moment of the start: not in the commitment', () => {
    const atStart = issue({ points: 5, done: window.start });
    const justAfter = issue({ points: 2, done: window.start + 1000 });
    const report = classify(window, [atStart, justAfter]);
    expect(report).toMatchObject({ committed: 2, completed: 2, completedOutside: 5 });
    expect([atStart, justAfter].map((h) => report.issues.find((i) => i.issueId === h.issueId)?.commitment)).toEqual(['DONE_AT_START', 'IN_COMMITMENT']);
  });

  test('cancelled before the start: not in the commitment, and still cancelled at the close', () => {
    const policy: BoardPolicy = { ...DEFAULT_POLICY, cancelledResolutions: new Set(["won't do"]) };
    const dropped = issue({
      points: 8,
      done: t(6),
      resolutions: [
        { at: t(1), resolution: null },
        { at: t(6), resolution: "Won't Do" },
      ],
    });
    const open = issue({ points: 3, done: t(20) });
    const report = classify(window, [dropped, open], policy);
    expect(report).toMatchObject({ committed: 3, completed: 3, cancelled: 8, notCompleted: 0 });
    expect(report.issues.find((i) => i.issueId === dropped.issueId)).toMatchObject({
      class: 'CANCELLED',
      commitment: 'CANCELLED_AT_START',
      committed: 0,
      atStart: 8,
    });
  });

  test("an unmapped status at the start counts 0 in the commitment (when the board's columns are known)", () => {
    const BACKLOG = { statusId: '10100', category: 'TODO' as const };
    const columns: BoardPolicy = {
      ...DEFAULT_POLICY,
      doneStatusIds: new Set([DONE.statusId]),
      mappedStatusIds: new Set([TODO.statusId, DOING.statusId, DONE.statusId]),
    };
    // In an unmapped status at the start, moved onto the board and finished during the sprint.
    const offBoard = issue({
      points: 5,
      statuses: [
        { at: t(1), ...BACKLOG },
        { at: t(12), ...TODO },
        { at: t(18), ...DONE },
      ],
    });
    const onBoard = issue({ points: 3 });
    const report = classify(window, [offBoard, onBoard], columns);
    expect(report).toMatchObject({ committed: 3, completed: 5, notCompleted: 3 });
    expect(report.issues.find((i) => i.issueId === offBoard.issueId)).toMatchObject({
      class: 'COMPLETED',
      commitment: 'UNMAPPED_AT_START',
      committed: 0,
      atStart: 5,
    });
    // Columns unknown: every status is on the board.
    expect(classify(window, [offBoard, onBoard], { ...columns, mappedStatusIds: null })).toMatchObject({ committed: 8 });
  });

  test('reopened after done: what counts is the status at completion', () => {
    const reopened = issue({
      statuses: [
        { at: t(1), ...TODO },
        { at: t(12), ...DONE },
        { at: t(15), ...DOING },
      ],
    });
    const redone = issue({
      statuses: [
        { at: t(1), ...TODO },
        { at: t(12), ...DONE },
        { at: t(15), ...DOING },
        { at: t(20), ...DONE },
      ],
    });
    const report = classify(window, [reopened, redone]);
    expect([classOf(report, reopened), classOf(report, redone)]).toEqual(['NOT_COMPLETED', 'COMPLETED']);
  });

  test("done is the board's right-most column when it has one, not any DONE-category status", () => {
    const merged = issue({
      statuses: [
        { at: t(1), ...TODO },
        { at: t(12), ...DONE },
      ],
    });
    const verified = issue({
      statuses: [
        { at: t(1), ...TODO },
        { at: t(12), ...VERIFIED },
      ],
    });
    const policy: BoardPolicy = { ...DEFAULT_POLICY, doneStatusIds: new Set([VERIFIED.statusId]) };
    const report = classify(window, [merged, verified], policy);
    expect([classOf(report, merged), classOf(report, verified)]).toEqual(['NOT_COMPLETED', 'COMPLETED']);
  });

  test('sub-tasks: excluded by default, included on request, or rolled up to the parent', () => {
    const parent = issue({ points: 5, done: t(20) });
    const sub1 = issue({ points: 2, parentId: parent.issueId, done: t(19) });
    const sub2 = issue({ points: 1, parentId: parent.issueId });
    const all = [parent, sub1, sub2];
    expect(classify(window, all)).toMatchObject({ committed: 5, completed: 5, notCompleted: 0 });
    expect(classify(window, all, { ...DEFAULT_POLICY, subtasks: 'INCLUDE' })).toMatchObject({ committed: 8, completed: 7, notCompleted: 1 });
    expect(classify(window, all, { ...DEFAULT_POLICY, subtasks: 'ROLL_UP' })).toMatchObject({ committed: 8, completed: 8, notCompleted: 0 });
    // Each issue says whether it is a sub-task and, rolled up, how much of its value is its sub-tasks' (JIRA's report counts the parent alone).
    const rolled = classify(window, all, { ...DEFAULT_POLICY, subtasks: 'ROLL_UP' }).issues;
    expect(rolled.map((i) => [i.key, i.subtask, i.atStart, i.atEnd, i.rolledUp])).toEqual([
      [parent.key, false, 8, 8, { atStart: 3, atJoin: 0, atEnd: 3 }],
      [sub1.key, true, null, null, null],
      [sub2.key, true, null, null, null],
    ]);
    expect(classify(window, all, { ...DEFAULT_POLICY, subtasks: 'INCLUDE' }).issues.map((i) => i.rolledUp)).toEqual([null, null, null]);
  });

  test("cancelled (won't do): neither completed nor not completed", () => {
    const wontDo = issue({
      points: 3,
      done: t(15),
      resolutions: [
        { at: t(1), resolution: null },
        { at: t(15), resolution: "Won't Do" },
      ],
    });
    const fixed = issue({
      points: 2,
      done: t(15),
      resolutions: [
        { at: t(1), resolution: null },
        { at: t(15), resolution: 'Done' },
      ],
    });
    const report = classify(window, [wontDo, fixed], { ...DEFAULT_POLICY, cancelledResolutions: new Set(["won't do"]) });
    expect(classOf(report, wontDo)).toBe('CANCELLED');
    expect(report).toMatchObject({ committed: 5, completed: 2, notCompleted: 0, cancelled: 3 });
  });

  test('unestimated issues count zero and are marked', () => {
    const bare = issue({ points: null, done: t(20) });
    const report = classify(window, [bare, issue({ points: 3 })]);
    expect(report).toMatchObject({ committed: 3, completed: 0 });
    expect(report.issues.find((i) => i.issueId === bare.issueId)).toMatchObject({ unestimated: true, class: 'COMPLETED' });
  });

  test('issue-count mode: every issue counts one, estimates or not', () => {
    const report = classify(window, [issue({ points: null, done: t(20) }), issue({ points: 8 }), issue({ spans: [{ addedAt: t(12), removedAt: null }] })], {
      ...DEFAULT_POLICY,
      statistic: 'ISSUE_COUNT',
    });
    expect(report).toMatchObject({ committed: 2, completed: 1, notCompleted: 2, added: 1 });
    expect(report.estimateChanges).toEqual([]);
  });

  test('a change one second before the start is committed; one second after is an addition and an estimate change', () => {
    const before = issue({
      spans: [{ addedAt: window.start - 1000, removedAt: null }],
      estimates: [
        { at: t(1), value: 1 },
        { at: window.start - 1000, value: 2 },
      ],
    });
    const after = issue({
      spans: [{ addedAt: window.start + 1000, removedAt: null }],
      estimates: [
        { at: t(1), value: 1 },
        { at: window.start + 1000, value: 4 },
      ],
    });
    const report = classify(window, [before, after]);
    expect(report).toMatchObject({ committed: 2, added: 4 });
    expect(report.estimateChanges.map((c) => [c.key, c.from, c.to])).toEqual([[after.key, 1, 4]]);
  });

  test('time zones: moments are absolute, so a sprint started at 09:00 in Sydney sees the same issues wherever it is read', () => {
    // 09:00 in Sydney (UTC+11 in March) is 22:00 UTC the day before.
    const sydneyStart = Date.parse('2026-03-10T09:00:00+11:00');
    const joinedJustBefore = issue({ spans: [{ addedAt: Date.parse('2026-03-09T21:59:59Z'), removedAt: null }] });
    // 08:30 in Brisbane (UTC+10) the same morning is half an hour after it.
    const joinedJustAfter = issue({ spans: [{ addedAt: Date.parse('2026-03-10T08:30:00+10:00'), removedAt: null }] });
    const report = classify({ start: sydneyStart, end: window.end }, [joinedJustBefore, joinedJustAfter]);
    expect(report.issues.map((i) => i.addedAfterStart)).toEqual([false, true]);
  });
});

describe('properties over generated histories', () => {
  const CLASSES: IssueClass[] = ['COMPLETED', 'NOT_COMPLETED', 'REMOVED', 'COMPLETED_OUTSIDE', 'CANCELLED'];
  const moment = fc.integer({ min: t(1), max: t(30) });
  const history = fc
    .record({
      spans: fc.array(fc.tuple(moment, fc.option(fc.integer({ min: 1, max: 10 * DAY }), { nil: null })), { minLength: 1, maxLength: 3 }),
      estimates: fc.array(fc.tuple(moment, fc.option(fc.integer({ min: 0, max: 13 }), { nil: null })), { minLength: 1, maxLength: 5 }),
      statuses: fc.array(fc.tuple(moment, fc.constantFrom(TODO, DOING, DONE, VERIFIED)), { minLength: 1, maxLength: 5 }),
      resolution: fc.constantFrom(null, 'Done', "Won't Do"),
    })
    .map(({ spans, estimates, statuses, resolution }): IssueHistory => {
      const id = String(++n);
      // Spans of one sprint do not overlap: lay them end to end in time order.
      const ordered = spans.sort((a, b) => a[0] - b[0]);
      const laid: IssueHistory['spans'] = [];
      for (const [addedAt, length] of ordered) {
        const from = Math.max(addedAt, (laid.at(-1)?.removedAt ?? -Infinity) + 1);
        if (laid.length && laid.at(-1)!.removedAt === null) break;
        laid.push({ addedAt: from, removedAt: length === null ? null : from + length });
      }
      return {
        issueId: id,
        key: `P-${id}`,
        parentId: null,
        spans: laid,
        estimates: estimates.sort((a, b) => a[0] - b[0]).map(([at, value]) => ({ at, value })),
        statuses: statuses.sort((a, b) => a[0] - b[0]).map(([at, s]) => ({ at, ...s })),
        resolutions: [{ at: t(1), resolution }],
      };
    });
  const policy = fc.record({
    statistic: fc.constantFrom('STORY_POINTS' as const, 'ISSUE_COUNT' as const),
    doneStatusIds: fc.constantFrom(null, new Set([VERIFIED.statusId])),
    // Known columns that leave one DONE-category status (DONE) unmapped.
    mappedStatusIds: fc.constantFrom(null, new Set([TODO.statusId, DOING.statusId, VERIFIED.statusId])),
    subtasks: fc.constant('EXCLUDE' as const),
    cancelledResolutions: fc.constantFrom(new Set<string>(), new Set(["won't do"])),
  });

  test('every issue ever in the sprint lands in exactly one class; completed ≤ committed + added + left out at the start; the classes add up', () => {
    fc.assert(
      fc.property(fc.array(history, { maxLength: 25 }), policy, (histories, p) => {
        const report = classify(window, histories, p);
        const everIn = histories.filter((h) => h.spans.some((s) => s.addedAt <= window.end && (s.removedAt === null || s.removedAt > window.start)));
        expect(report.issues.map((i) => i.issueId).sort()).toEqual(everIn.map((h) => h.issueId).sort());
        for (const i of report.issues) expect(CLASSES).toContain(i.class);
        // The commitment is what its issues count for, and only issues in the commitment count.
        expect(report.committed).toBeCloseTo(
          report.issues.reduce((sum, i) => sum + i.committed, 0),
          6,
        );
        for (const i of report.issues) {
          expect(i.commitment === 'ADDED_AFTER_START').toBe(i.addedAfterStart);
          if (i.commitment !== 'IN_COMMITMENT') expect(i.committed).toBe(0);
        }
        if (p.statistic === 'ISSUE_COUNT') {
          // Counts leave no room for estimate changes: committed + added + left out at the start is everything, once each.
          const leftOut = report.issues.filter((i) => !i.addedAfterStart && i.commitment !== 'IN_COMMITMENT').length;
          expect(report.committed + report.added + leftOut).toBe(report.issues.length);
          expect(report.completed + report.notCompleted + report.removed + report.completedOutside + report.cancelled).toBe(report.issues.length);
          expect(report.completed).toBeLessThanOrEqual(report.committed + report.added + leftOut);
        }
        expect(report.issues.filter((i) => !i.addedAfterStart).length).toBe(
          everIn.filter((h) => h.spans.some((s) => s.addedAt <= window.start && (s.removedAt === null || s.removedAt > window.start))).length,
        );
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  test('the scope events account for every change of scope: what was in the sprint at the start (committed or left out) plus the events is what is in it at its end', () => {
    const running = { ...window, running: true };
    fc.assert(
      fc.property(fc.array(history, { maxLength: 25 }), policy, (histories, p) => {
        const report = classify(running, histories, p);
        const valueAt = valuation(histories, p);
        const scopeAtEnd = histories.reduce((sum, h) => (inSprintAt(h, running.end) ? sum + (valueAt(h, running.end) ?? 0) : sum), 0);
        const leftOut = report.issues.reduce((sum, i) => (!i.addedAfterStart && i.commitment !== 'IN_COMMITMENT' ? sum + (i.atStart ?? 0) : sum), 0);
        expect(report.committed + leftOut + report.scopeEvents.reduce((sum, e) => sum + e.points, 0)).toBeCloseTo(scopeAtEnd, 6);
        for (const e of report.scopeEvents) expect(e.at > running.start && e.at <= running.end).toBe(true);
      }),
      { numRuns: 500, seed: 11 },
    );
  });

  test('the same inputs always give the same report, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(history, { maxLength: 15 }), policy, (histories, p) => {
        expect(classify(window, [...histories].reverse(), p)).toEqual(classify(window, histories, p));
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
