import { describe, expect, test } from 'vitest';
import { computeAnalysis, disciplineOf, type IssueFact } from '../src/analysis/compute.ts';
import { predictability, velocity } from '../src/analysis/velocity.ts';
import type { AnalysisRow, SprintRow } from '../src/models.ts';

const at = (s: string) => new Date(`2026-03-${s}Z`);
const sprint = (over: Partial<SprintRow> = {}): SprintRow => ({
  id: '00000000-0000-5000-8000-000000000001',
  tenantId: '00000000-0000-5000-8000-000000000002',
  boardId: '00000000-0000-5000-8000-000000000003',
  jiraSprintId: 1,
  name: 'Sprint 1',
  state: 'CLOSED',
  goal: null,
  startDate: at('02T09:00:00'),
  plannedStartDate: at('02T09:00:00'),
  endDate: at('13T17:00:00'),
  completeDate: at('13T17:30:00'),
  sequence: 1,
  connectionId: null,
  originJiraBoardId: null,
  deletedAt: null,
  lastEventAt: null,
  ...over,
});
const fact = (issueId: string, f: Partial<IssueFact> & { points: number | null }): IssueFact => ({
  issueId,
  key: `SR-${issueId}`,
  parentKey: null,
  subtask: false,
  discipline: null,
  issueType: 'Story',
  components: [],
  labels: [],
  assigneeId: null,
  createdAt: at('01T08:00:00'),
  addedAt: at('01T10:00:00'),
  removedAt: null,
  estimates: [{ at: at('01T08:00:00'), points: f.points }],
  originalEstimates: [{ at: at('01T08:00:00'), points: null }],
  statusCategories: [],
  resolutions: [],
  memberships: [],
  ...f,
});
const done = (when: string) => [{ at: at(when), statusId: '10001', category: 'DONE' as const }];

// A sprint worked by hand (points):
//   A 5, committed, done 4th          -> committed 5, completed 5
//   B 3, committed, raised to 8 on 5th, not done -> committed 3 (estimate at start), not completed 8
//   C 2, added 5th, done 9th          -> added 2, completed 2
//   D 5, committed, removed 6th       -> committed 5, removed 5
//   E unestimated, committed, done 3rd -> counts 0 everywhere
const facts: IssueFact[] = [
  fact('A', { points: 5, discipline: 'Backend', statusCategories: done('04T10:00:00') }),
  fact('B', {
    points: 3,
    discipline: 'Frontend',
    estimates: [
      { at: at('01T08:00:00'), points: 3 },
      { at: at('05T10:00:00'), points: 8 },
    ],
  }),
  fact('C', { points: 2, discipline: 'Backend', addedAt: at('05T12:00:00'), statusCategories: done('09T15:00:00') }),
  fact('D', { points: 5, discipline: 'QA', removedAt: at('06T11:00:00') }),
  fact('E', { points: null, statusCategories: done('03T10:00:00') }),
];

describe('sprint analysis from issue history', () => {
  const a = computeAnalysis(sprint(), facts, at('20T00:00:00'))!;

  test('commitment is the scope at the start, at the estimates then', () => {
    expect(a.committedPoints).toBe(13);
  });

  test('completion, scope added, scope removed and what was left undone', () => {
    expect(a).toMatchObject({ completedPoints: 7, addedPoints: 2, removedPoints: 5, notCompletedPoints: 8, issueCount: 5 });
    // Say/do: 7 done of 13 promised; completion: 7 done of the 15 in the sprint at its close (7 + 8).
    expect(a).toMatchObject({ sayDoRatio: 0.54, completionRate: 0.47, scopeChangeRate: 0.54 });
  });

  test('every issue is listed with its class, its points at the start and at the close', () => {
    expect(a.issues.map((i) => [i.key, i.class, i.addedAfterStart, i.pointsAtStart, i.pointsAtEnd, i.unestimated])).toEqual([
      ['SR-A', 'COMPLETED', false, 5, 5, false],
      ['SR-B', 'NOT_COMPLETED', false, 3, 8, false],
      ['SR-C', 'COMPLETED', true, null, 2, false],
      ['SR-D', 'REMOVED', false, 5, 5, false],
      ['SR-E', 'COMPLETED', false, null, null, true],
    ]);
  });

  test('an issue added at 2 and re-estimated to 1 counts 2 in Added, at its estimate when it joined', () => {
    const reestimated = fact('F', {
      points: 2,
      addedAt: at('05T12:00:00'),
      estimates: [
        { at: at('01T08:00:00'), points: 2 },
        { at: at('09T10:00:00'), points: 1 },
      ],
    });
    const b = computeAnalysis(sprint(), [...facts, reestimated], at('20T00:00:00'))!;
    expect(b.issues.find((i) => i.key === 'SR-F')).toMatchObject({ addedAfterStart: true, pointsAtStart: null, pointsAtJoin: 2, pointsAtEnd: 1 });
    // C joined at 2, F at 2 (now 1): JIRA's Added counts 4, and the join estimates add up to it.
    expect(b.addedPoints).toBe(4);
    expect(b.issues.filter((i) => i.addedAfterStart).reduce((sum, i) => sum + (i.pointsAtJoin ?? 0), 0)).toBe(b.addedPoints);
    // Issues in the sprint at the start joined at their estimate then.
    for (const i of b.issues.filter((i) => !i.addedAfterStart)) expect(i.pointsAtJoin).toBe(i.pointsAtStart);
    expect(b.issues.find((i) => i.key === 'SR-B')).toMatchObject({ pointsAtStart: 3, pointsAtJoin: 3, pointsAtEnd: 8 });
  });

  test('each discipline gets every figure; issues without one are "Unassigned"', () => {
    expect(a.disciplineBreakdown).toEqual([
      {
        discipline: 'Backend',
        committedPoints: 5,
        completedPoints: 7,
        addedPoints: 2,
        removedPoints: 0,
        notCompletedPoints: 0,
        completedOutsidePoints: 0,
        cancelledPoints: 0,
        issueCount: 2,
        cycleTime: null,
      },
      {
        discipline: 'Frontend',
        committedPoints: 3,
        completedPoints: 0,
        addedPoints: 0,
        removedPoints: 0,
        notCompletedPoints: 8,
        completedOutsidePoints: 0,
        cancelledPoints: 0,
        issueCount: 1,
        cycleTime: null,
      },
      {
        discipline: 'QA',
        committedPoints: 5,
        completedPoints: 0,
        addedPoints: 0,
        removedPoints: 5,
        notCompletedPoints: 0,
        completedOutsidePoints: 0,
        cancelledPoints: 0,
        issueCount: 1,
        cycleTime: null,
      },
      {
        discipline: 'Unassigned',
        committedPoints: 0,
        completedPoints: 0,
        addedPoints: 0,
        removedPoints: 0,
        notCompletedPoints: 0,
        completedOutsidePoints: 0,
        cancelledPoints: 0,
        issueCount: 1,
        cycleTime: null,
      },
    ]);
  });

  test('burnup: completed and scope at the end of each day; the scope changes are its steps', () => {
    expect(a.burndown.map((d) => d.completedPoints)).toEqual([0, 0, 5, 5, 5, 5, 5, 7, 7, 7, 7, 7]);
    expect(a.burndown.map((d) => d.scopePoints)).toEqual([13, 13, 13, 20, 15, 15, 15, 15, 15, 15, 15, 15]);
    expect(a.scopeEvents.map((e) => [e.key, e.kind, e.points, e.at])).toEqual([
      ['SR-B', 'ESTIMATE_CHANGED', 5, '2026-03-05T10:00:00.000Z'],
      ['SR-C', 'ADDED', 2, '2026-03-05T12:00:00.000Z'],
      ['SR-D', 'REMOVED', -5, '2026-03-06T11:00:00.000Z'],
    ]);
    // The scope line moves by exactly the events: 13 at the start, 13 + 5 + 2 - 5 at the end.
    expect(a.burndown.at(-1)!.scopePoints).toBe(a.committedPoints + a.scopeEvents.reduce((sum, e) => sum + e.points, 0));
  });

  test('burndown: remaining points at the end of each day, and the ideal line from commitment to zero', () => {
    expect(a.burndown.map((d) => d.date)).toEqual(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => `2026-03-${d}`));
    expect(a.burndown.map((d) => d.remainingPoints)).toEqual([13, 13, 8, 15, 10, 10, 10, 8, 8, 8, 8, 8]);
    expect(a.burndown[0].idealPoints).toBe(13);
    expect(a.burndown[11].idealPoints).toBe(0);
    // Monday 2nd to Friday 13th: the guideline falls on the 9 working days after the first, 13/9 each.
    expect(a.burndown[1].idealPoints).toBeCloseTo(13 - 13 / 9, 2);
  });

  test('an active sprint is measured now, and has no burndown for days to come', () => {
    const active = computeAnalysis(sprint({ state: 'ACTIVE', completeDate: null }), facts, at('06T12:00:00'))!;
    // At noon on the 6th: A and E done; B (8 now) not done; C added, not done yet; D removed.
    expect(active).toMatchObject({ committedPoints: 13, completedPoints: 5, notCompletedPoints: 10, removedPoints: 5, addedPoints: 2 });
    expect(active.burndown.map((d) => d.remainingPoints)).toEqual([13, 13, 8, 15, 10, null, null, null, null, null, null, null]);
  });

  test('scope added mid-sprint counts at its estimate when added; a later change shows at the end', () => {
    // F: 3 points, added on the 7th, raised to 5 on the 8th, not done: added 3, not completed 5.
    const f = fact('F', {
      points: 3,
      addedAt: at('07T10:00:00'),
      estimates: [
        { at: at('01T08:00:00'), points: 3 },
        { at: at('08T10:00:00'), points: 5 },
      ],
    });
    expect(computeAnalysis(sprint(), [f], at('20T00:00:00'))).toMatchObject({ committedPoints: 0, addedPoints: 3, notCompletedPoints: 5, completedPoints: 0 });
  });

  test('a future sprint has no analysis', () => {
    expect(computeAnalysis(sprint({ state: 'FUTURE', startDate: null, completeDate: null }), facts, at('01T00:00:00'))).toBeNull();
  });

  test('nothing committed gives no completion rate rather than a division by zero', () => {
    expect(computeAnalysis(sprint(), [], at('20T00:00:00'))!.completionRate).toBeNull();
  });
});

describe('beyond JIRA', () => {
  const status = (when: string, category: 'TODO' | 'IN_PROGRESS' | 'DONE', statusId = { TODO: '1', IN_PROGRESS: '3', DONE: '10001' }[category]) => ({
    at: at(when),
    statusId,
    category,
  });

  test('cycle time (first in progress to done) and lead time (created to done) per issue, and their percentiles over completed issues', () => {
    const flow = [
      // P: started 3rd 09:00, done 4th 09:00 -> cycle 24 h; created 1st 08:00 -> lead 73 h.
      fact('P', { points: 1, statusCategories: [status('01T08:00:00', 'TODO'), status('03T09:00:00', 'IN_PROGRESS'), status('04T09:00:00', 'DONE')] }),
      // Q: started 2nd 09:00, done 7th 09:00 -> 120 h; lead 145 h.
      fact('Q', { points: 1, statusCategories: [status('01T08:00:00', 'TODO'), status('02T09:00:00', 'IN_PROGRESS'), status('07T09:00:00', 'DONE')] }),
      // R: started 4th 06:00, done 08:00, reopened 5th 09:00, done again 18:00: first start to last done, 36 h; lead 106 h.
      fact('R', {
        points: 1,
        statusCategories: [
          status('01T08:00:00', 'TODO'),
          status('04T06:00:00', 'IN_PROGRESS'),
          status('04T08:00:00', 'DONE'),
          status('05T09:00:00', 'IN_PROGRESS'),
          status('05T18:00:00', 'DONE'),
        ],
      }),
      // S: straight from to-do to done: no cycle time, lead 50 h.
      fact('S', { points: 1, statusCategories: [status('01T08:00:00', 'TODO'), status('03T10:00:00', 'DONE')] }),
      // T: in progress, never done: in no percentile.
      fact('T', { points: 1, statusCategories: [status('01T08:00:00', 'TODO'), status('03T10:00:00', 'IN_PROGRESS')] }),
    ];
    const r = computeAnalysis(sprint(), flow, at('20T00:00:00'))!;
    expect(r.issues.map((i) => [i.key, i.cycleTimeHours, i.leadTimeHours])).toEqual([
      ['SR-P', 24, 73],
      ['SR-Q', 120, 145],
      ['SR-R', 36, 106],
      ['SR-S', null, 50],
      ['SR-T', null, null],
    ]);
    // Nearest rank: cycle [24, 36, 120] -> p50 36, p85 120, p95 120; lead [50, 73, 106, 145] -> p50 73, p85 145.
    expect(r.cycleTime).toEqual({ count: 3, p50: 36, p85: 120, p95: 120 });
    expect(r.leadTime).toEqual({ count: 4, p50: 73, p85: 145, p95: 145 });
    expect(r.disciplineBreakdown[0].cycleTime).toEqual({ count: 3, p50: 36, p85: 120, p95: 120 });
  });

  test("burndown days are the team's days: an issue done at 20:00 UTC on the 3rd is done on the 4th in Sydney", () => {
    const z = [fact('Z', { points: 5, statusCategories: [status('01T08:00:00', 'TODO'), status('03T20:00:00', 'DONE')] })];
    const utc = computeAnalysis(sprint(), z, at('20T00:00:00'))!;
    const sydney = computeAnalysis(sprint(), z, at('20T00:00:00'), { timeZone: 'Australia/Sydney' })!;
    expect(utc.burndown.slice(0, 3).map((d) => [d.date, d.remainingPoints])).toEqual([
      ['2026-03-02', 5],
      ['2026-03-03', 0],
      ['2026-03-04', 0],
    ]);
    // Sydney is UTC+11 in March: the start (2nd 09:00 UTC) is the 2nd at 20:00, the planned end (13th 17:00 UTC) the 14th at 04:00.
    expect(sydney.burndown.slice(0, 3).map((d) => [d.date, d.remainingPoints])).toEqual([
      ['2026-03-02', 5],
      ['2026-03-03', 5],
      ['2026-03-04', 0],
    ]);
    expect(sydney.burndown.at(-1)!.date).toBe('2026-03-14');
    // The figures themselves do not depend on where they are read.
    expect(sydney.completedPoints).toBe(utc.completedPoints);
  });

  test("original estimate: the board's statistic counts hours, followed from JIRA's estimation field or chosen", () => {
    const hours = [fact('H', { points: 5, originalEstimates: [{ at: at('01T08:00:00'), points: 16 }], statusCategories: done('05T10:00:00') })];
    expect(computeAnalysis(sprint(), hours, at('20T00:00:00'), { estimationField: 'timeoriginalestimate' })).toMatchObject({
      statistic: 'ORIGINAL_ESTIMATE',
      committedPoints: 16,
      completedPoints: 16,
    });
    expect(computeAnalysis(sprint(), hours, at('20T00:00:00'), { estimationField: 'customfield_10016' })).toMatchObject({
      statistic: 'STORY_POINTS',
      committedPoints: 5,
    });
    expect(computeAnalysis(sprint(), hours, at('20T00:00:00'), { estimationStatistic: 'ISSUE_COUNT' })).toMatchObject({
      statistic: 'ISSUE_COUNT',
      committedPoints: 1,
    });
  });

  test("disciplines: the board's first matching rule, then a component or label named after one, then the assignee's discipline in the team, else Unassigned", () => {
    const rules = [
      { discipline: 'Frontend', components: ['Web UI'], labels: [], issueTypes: [] },
      { discipline: 'QA', components: [], labels: ['testing'], issueTypes: ['Test'] },
    ];
    const team = new Map([['user-1', 'Backend']]);
    const of = (f: Partial<IssueFact>) => disciplineOf(fact('X', { points: 1, ...f }), rules, team);
    expect(of({ components: ['web ui'], labels: ['Testing'] })).toBe('Frontend');
    expect(of({ labels: ['TESTING'] })).toBe('QA');
    expect(of({ issueType: 'Test' })).toBe('QA');
    expect(of({ discipline: 'Design', assigneeId: 'user-1' })).toBe('Design');
    expect(of({ assigneeId: 'user-1' })).toBe('Backend');
    expect(of({ assigneeId: 'user-2' })).toBe('Unassigned');
  });

  test('carry-over: an issue left unfinished at the close of the sprint before, and again at this one, with its chain of sprints', () => {
    const s0 = sprint({ id: 's0', name: 'Sprint 0', startDate: at('01T00:00:00'), completeDate: at('02T08:00:00') });
    const s1 = sprint();
    const s2 = sprint({ id: 's2', name: 'Sprint 2', state: 'ACTIVE', startDate: at('14T09:00:00'), completeDate: null });
    const sprints = new Map([s0, s1, s2].map((s) => [s.id, s]));
    const memberships = (...list: [string, string, string | null][]) =>
      list.map(([sprintId, added, removed]) => ({ sprintId, addedAt: at(added), removedAt: removed ? at(removed) : null }));
    const spilled = [
      // K: in Sprint 0 at its close unfinished, moved here; unfinished here too, moved on to Sprint 2 at the close.
      fact('K', {
        points: 3,
        addedAt: at('02T08:00:30'),
        removedAt: new Date(s1.completeDate!.getTime() + 10_000),
        memberships: memberships(['s0', '01T00:00:00', '02T08:00:30'], [s1.id, '02T08:00:30', '13T17:30:10'], ['s2', '13T17:30:10', null]),
      }),
      // L: taken out mid-sprint into Sprint 2: a removal, not a spill.
      fact('L', { points: 2, removedAt: at('06T10:00:00'), memberships: memberships([s1.id, '01T10:00:00', '06T10:00:00'], ['s2', '06T10:00:00', null]) }),
      // M: came from Sprint 0 done there (completed outside): not carried.
      fact('M', {
        points: 1,
        statusCategories: [status('01T08:00:00', 'TODO'), status('01T12:00:00', 'DONE')],
        memberships: memberships(['s0', '01T00:00:00', null], [s1.id, '01T10:00:00', null]),
      }),
    ];
    const r = computeAnalysis(s1, spilled, at('20T00:00:00'), undefined, { sprints })!;
    expect(r.carryOver).toEqual([{ issueId: 'K', key: 'SR-K', sprintIds: ['s0', s1.id, 's2'], carriedIn: true, carriedOut: true, points: 3 }]);
  });
});

describe("JIRA's commitment: not done, not cancelled, on the board at the start", () => {
  const status = (when: string, statusId: string, category: 'TODO' | 'IN_PROGRESS' | 'DONE') => ({ at: at(when), statusId, category });
  // The board's columns: To Do (1), In Progress (3), Done (10001); status 10100 (Backlog) is on none.
  const board = {
    columns: [
      { name: 'To Do', statusIds: ['1'] },
      { name: 'In Progress', statusIds: ['3'] },
      { name: 'Done', statusIds: ['10001'] },
    ],
    cancelledResolutions: ["Won't Do"],
  };
  // By hand (points), the sprint starting on the 2nd at 09:00:
  //   G 5, done on the 1st            -> DONE_AT_START, completed outside 5, committed 0
  //   H 3, won't do on the 1st        -> CANCELLED_AT_START, cancelled, committed 0
  //   I 2, Backlog (unmapped) at the start, done on the 5th -> UNMAPPED_AT_START, committed 0, completed 2
  //   J 4, to do, done on the 6th     -> IN_COMMITMENT, committed 4, completed 4
  //   K 1, added on the 3rd           -> ADDED_AFTER_START, added 1, not completed 1
  const facts = [
    fact('G', { points: 5, discipline: 'Backend', statusCategories: [status('01T08:00:00', '1', 'TODO'), status('01T12:00:00', '10001', 'DONE')] }),
    fact('H', {
      points: 3,
      discipline: 'Backend',
      statusCategories: [status('01T08:00:00', '1', 'TODO'), status('01T12:00:00', '10001', 'DONE')],
      resolutions: [
        { at: at('01T08:00:00'), resolution: null },
        { at: at('01T12:00:00'), resolution: "Won't Do" },
      ],
    }),
    fact('I', {
      points: 2,
      discipline: 'QA',
      statusCategories: [status('01T08:00:00', '10100', 'TODO'), status('03T10:00:00', '1', 'TODO'), status('05T10:00:00', '10001', 'DONE')],
    }),
    fact('J', { points: 4, discipline: 'Backend', statusCategories: [status('01T08:00:00', '1', 'TODO'), status('06T10:00:00', '10001', 'DONE')] }),
    fact('K', { points: 1, discipline: 'QA', addedAt: at('03T10:00:00'), statusCategories: [status('01T08:00:00', '1', 'TODO')] }),
  ];
  const a = computeAnalysis(sprint(), facts, at('20T00:00:00'), board)!;

  test('committed counts only J; the ratios follow from it', () => {
    expect(a).toMatchObject({
      committedPoints: 4,
      completedPoints: 6,
      completedOutsidePoints: 5,
      cancelledPoints: 3,
      addedPoints: 1,
      notCompletedPoints: 1,
      removedPoints: 0,
    });
    // Say/do 6 of 4; scope change (1 added + 0 removed) of 4.
    expect(a).toMatchObject({ sayDoRatio: 1.5, scopeChangeRate: 0.25 });
  });

  test('every issue says why it is or is not in the commitment, and what it counts for there', () => {
    expect(a.issues.map((i) => [i.key, i.class, i.commitment, i.pointsCommitted, i.pointsAtStart])).toEqual([
      ['SR-G', 'COMPLETED_OUTSIDE', 'DONE_AT_START', 0, 5],
      ['SR-H', 'CANCELLED', 'CANCELLED_AT_START', 0, 3],
      ['SR-I', 'COMPLETED', 'UNMAPPED_AT_START', 0, 2],
      ['SR-J', 'COMPLETED', 'IN_COMMITMENT', 4, 4],
      ['SR-K', 'NOT_COMPLETED', 'ADDED_AFTER_START', 0, null],
    ]);
  });

  test('the discipline breakdown commits the same issues, and cancels H in Backend', () => {
    expect(
      a.disciplineBreakdown.map((d) => [d.discipline, d.committedPoints, d.completedPoints, d.addedPoints, d.completedOutsidePoints, d.cancelledPoints]),
    ).toEqual([
      ['Backend', 4, 4, 0, 5, 3],
      ['QA', 0, 2, 1, 0, 0],
    ]);
    expect(a.disciplineBreakdown.reduce((sum, d) => sum + d.committedPoints, 0)).toBe(a.committedPoints);
  });

  test('the guideline starts at the new commitment', () => {
    expect(a.burndown[0].idealPoints).toBe(4);
    expect(a.burndown.at(-1)!.idealPoints).toBe(0);
  });
});

describe("JIRA's burndown guideline: flat on non-working days", () => {
  // The sprint runs from Monday 2 March 09:00 to Friday 13 March 17:00 (UTC): 12 days, a weekend on the 7th and 8th.
  const nine = [fact('N', { points: 9, statusCategories: [] })];

  test('over a weekend: 9 points fall 1 a working day after the first, flat on Saturday and Sunday', () => {
    const r = computeAnalysis(sprint(), nine, at('20T00:00:00'))!;
    expect(r.burndown.map((d) => d.idealPoints)).toEqual([9, 8, 7, 6, 5, 5, 5, 4, 3, 2, 1, 0]);
    expect(r.burndown.map((d) => d.workingDay)).toEqual([true, true, true, true, true, false, false, true, true, true, true, true]);
  });

  test('over a team holiday (Tuesday the 10th): 10 points fall 1.25 on each of the 8 working days left', () => {
    const ten = [fact('N', { points: 10, statusCategories: [] })];
    const r = computeAnalysis(sprint(), ten, at('20T00:00:00'), undefined, { holidays: new Set(['2026-03-10']) })!;
    expect(r.burndown.map((d) => d.idealPoints)).toEqual([10, 8.75, 7.5, 6.25, 5, 5, 5, 3.75, 3.75, 2.5, 1.25, 0]);
    expect(r.burndown[8]).toMatchObject({ date: '2026-03-10', workingDay: false });
  });

  test("weekends are the board's: in Sydney the planned end (13th 17:00 UTC) is Saturday the 14th, where the guideline stays at zero", () => {
    const r = computeAnalysis(sprint(), nine, at('20T00:00:00'), { timeZone: 'Australia/Sydney' })!;
    expect(r.burndown.map((d) => [d.date.slice(8), d.idealPoints, d.workingDay])).toEqual([
      ['02', 9, true],
      ['03', 8, true],
      ['04', 7, true],
      ['05', 6, true],
      ['06', 5, true],
      ['07', 5, false],
      ['08', 5, false],
      ['09', 4, true],
      ['10', 3, true],
      ['11', 2, true],
      ['12', 1, true],
      ['13', 0, true],
      ['14', 0, false],
    ]);
  });

  test('the x axis runs on to a close later than the planned end, the guideline at zero after the planned end', () => {
    // Closed on Tuesday the 17th at noon; N done on Monday the 16th.
    const late = [fact('N', { points: 9, statusCategories: done('16T10:00:00') })];
    const r = computeAnalysis(sprint({ completeDate: at('17T12:00:00') }), late, at('20T00:00:00'))!;
    expect(r.burndown.map((d) => d.date.slice(8))).toEqual(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17']);
    expect(r.burndown.map((d) => d.idealPoints)).toEqual([9, 8, 7, 6, 5, 5, 5, 4, 3, 2, 1, 0, 0, 0, 0, 0]);
    expect(r.burndown.map((d) => d.remainingPoints)).toEqual([9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 0, 0]);
    expect(r.completedPoints).toBe(9);
    // A late sprint still running: the axis reaches today, and days to come have no figures.
    const running = computeAnalysis(sprint({ state: 'ACTIVE', completeDate: null }), late, at('15T12:00:00'))!;
    expect(running.burndown.at(-1)).toMatchObject({ date: '2026-03-15', remainingPoints: 9, idealPoints: 0, workingDay: false });
  });
});

describe('velocity and predictability over closed sprints', () => {
  const closed = [10, 12, 8, 14, 6].map((completed, i) => ({
    sprint: sprint({ id: `v${i}`, name: `V${i}` }),
    analysis: { committedPoints: 10, completedPoints: completed, sayDoRatio: completed / 10, scopeChangeRate: 0.1 * i } as AnalysisRow,
  }));

  test('rolling averages over 3 and 5 sprints, null until there are that many', () => {
    const v = velocity(closed);
    expect(v.map((e) => e.rollingAverage3)).toEqual([null, null, 10, 11.33, 9.33]);
    expect(v.map((e) => e.rollingAverage5)).toEqual([null, null, null, null, 10]);
  });

  test('say/do, steadiness and the share of sprints delivered within 80-120 % of commitment', () => {
    // Say/do 1.0 1.2 0.8 1.4 0.6: three of five within the band. Completed mean 10, population sd sqrt(8) = 2.83.
    expect(predictability(closed.map((c) => c.analysis))).toEqual({
      sprints: 5,
      averageCommittedPoints: 10,
      averageCompletedPoints: 10,
      averageSayDoRatio: 1,
      velocityVariation: 0.28,
      predictability: 0.6,
      averageScopeChangeRate: 0.2,
    });
    expect(predictability([])).toMatchObject({ sprints: 0, averageSayDoRatio: null, predictability: null });
  });
});
