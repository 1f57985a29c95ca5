import type {
  CapacityReportModel,
  DisciplineFigures,
  HistoryReportModel,
  ReportIssue,
  ReportModel,
  SprintRef,
  SprintReportModel,
  VelocityReportModel,
} from '../src/report-model.ts';

// Models built by hand, as remote/gather.ts would answer them: a closed sprint with every section filled,
// a future one without figures, velocity over one and two boards, capacity and history ranges.

export const SCRIPT = '<script>alert("owned")</script> Fix login';
export const UNICODE = 'Übersicht → 日本';
export const GREEK_CYRILLIC = 'Ωμέγα и Привет';

export const sprintRef = (n: number, state: SprintRef['state'] = 'CLOSED'): SprintRef => ({
  id: `sprint-${n}`,
  name: `Atlas Sprint ${n}`,
  state,
  startDate: `2026-0${Math.min(n, 9)}-02T08:00:00.000Z`,
  endDate: `2026-0${Math.min(n, 9)}-13T17:00:00.000Z`,
  completeDate: state === 'CLOSED' ? `2026-0${Math.min(n, 9)}-13T18:30:00.000Z` : null,
});

export const issue = (n: number, over: Partial<ReportIssue> = {}): ReportIssue => ({
  id: `issue-${n}`,
  key: `ATL-${100 + n}`,
  summary: `Issue number ${n}`,
  type: 'Story',
  status: 'Done',
  assignee: 'Ada Lovelace',
  outcome: 'COMPLETED',
  addedAfterStart: false,
  pointsAtStart: 3,
  pointsAtJoin: over.addedAfterStart ? null : over.pointsAtStart === undefined ? 3 : over.pointsAtStart,
  pointsAtEnd: 3,
  unestimated: false,
  discipline: 'Backend',
  cycleTimeHours: 20.25,
  leadTimeHours: 50.5,
  ...over,
});

export const discipline = (name: string, over: Partial<DisciplineFigures> = {}): DisciplineFigures => ({
  discipline: name,
  committedPoints: 13,
  completedPoints: 11,
  addedPoints: 2,
  removedPoints: 0,
  notCompletedPoints: 2,
  completedOutsidePoints: 0,
  sayDoRatio: 11 / 13,
  issueCount: 4,
  cycleTime: { count: 3, p50: 18, p85: 30.5, p95: 41 },
  ...over,
});

export const closedSprint: SprintReportModel = {
  kind: 'SPRINT',
  title: 'Sprint report: Atlas Sprint 12',
  generatedAt: '2026-03-14T08:00:00.000Z',
  statistic: 'STORY_POINTS',
  unit: 'points',
  sprint: { ...sprintRef(3), name: 'Atlas Sprint 12', goal: 'Ship the login & the export' },
  statusAsOf: sprintRef(3).completeDate,
  board: { id: 'board-1', name: 'Atlas Board' },
  team: { id: 'team-1', name: 'Atlas' },
  figures: {
    committedPoints: 42.5,
    completedPoints: 34,
    addedPoints: 5,
    removedPoints: 3,
    notCompletedPoints: 8.5,
    completedOutsidePoints: 2,
    cancelledPoints: 1,
    completionRate: 34 / 44.5,
    sayDoRatio: 0.8,
    scopeChangeRate: 8 / 42.5,
    issueCount: 8,
    cycleTime: { count: 5, p50: 20.25, p85: 36.6666, p95: 48 },
    leadTime: { count: 5, p50: 50.5, p85: 80, p95: 120.75 },
  },
  issues: [
    issue(1),
    issue(2, { summary: SCRIPT, discipline: 'Frontend', pointsAtStart: 5, pointsAtEnd: 8, assignee: 'Grace | Hopper' }),
    issue(3, { summary: UNICODE, discipline: 'Frontend', pointsAtStart: 2.5, pointsAtEnd: 2.5 }),
    issue(4, {
      summary: GREEK_CYRILLIC,
      outcome: 'NOT_COMPLETED',
      status: 'In Progress',
      pointsAtEnd: 8.5,
      pointsAtStart: 8.5,
      cycleTimeHours: null,
      leadTimeHours: null,
    }),
    issue(5, { outcome: 'REMOVED', status: 'To Do', pointsAtEnd: 3, discipline: 'QA', cycleTimeHours: null, leadTimeHours: null }),
    issue(6, { outcome: 'COMPLETED', addedAfterStart: true, pointsAtStart: null, pointsAtJoin: 5, pointsAtEnd: 5, discipline: 'QA' }),
    issue(7, { outcome: 'COMPLETED_OUTSIDE', pointsAtEnd: 2, pointsAtStart: 2 }),
    issue(8, {
      summary: null,
      type: null,
      status: null,
      assignee: null,
      outcome: 'CANCELLED',
      pointsAtStart: null,
      pointsAtEnd: null,
      unestimated: true,
      discipline: 'Unassigned',
      cycleTimeHours: null,
      leadTimeHours: null,
    }),
  ],
  disciplines: [
    discipline('Backend'),
    discipline('Frontend', { committedPoints: 21.5, completedPoints: 18 }),
    discipline('QA', { committedPoints: 0, sayDoRatio: null, cycleTime: null }),
  ],
  burndown: Array.from({ length: 10 }, (_, i) => ({
    date: `2026-03-${String(2 + i).padStart(2, '0')}`,
    remainingPoints: i < 7 ? 42.5 - i * 4 : null,
    completedPoints: i < 7 ? i * 4 : null,
    scopePoints: i < 7 ? 42.5 + (i > 2 ? 2 : 0) : null,
    idealPoints: 42.5 - (42.5 / 9) * i,
  })),
  scopeChanges: [
    { at: '2026-03-05T10:15:00.000Z', key: 'ATL-106', kind: 'ADDED', points: 5 },
    { at: '2026-03-06T09:00:00.000Z', key: 'ATL-105', kind: 'REMOVED', points: -3 },
    { at: '2026-03-07T16:45:00.000Z', key: 'ATL-102', kind: 'ESTIMATE_CHANGED', points: 3 },
  ],
  carryOver: [
    { key: 'ATL-104', carriedIn: true, carriedOut: true, sprintCount: 3, points: 8.5 },
    { key: 'ATL-101', carriedIn: true, carriedOut: false, sprintCount: 2, points: null },
  ],
  capacity: {
    workingDays: 10,
    focusFactor: 0.8,
    adjustment: 1,
    historyAverageCompletedPoints: 44,
    historyUnstaffedCompletedPoints: 0,
    measured: 'ALL',
    totalDays: 36,
    totalPoints: 45.125,
    committedPoints: 42.5,
    utilisation: 42.5 / 45.125,
    byDiscipline: [
      { discipline: 'Backend', members: 2, availableDays: 18, capacityPoints: 21.6, committedPoints: 13, completedPoints: 11, utilisation: 13 / 21.6 },
      { discipline: 'Frontend', members: 1, availableDays: 9.5, capacityPoints: 15.2, committedPoints: 21.5, completedPoints: 18, utilisation: 21.5 / 15.2 },
      { discipline: 'QA', members: 1, availableDays: 8.5, capacityPoints: 8.325, committedPoints: 0, completedPoints: null, utilisation: null },
    ],
  },
  queue: {
    status: 'ACCEPTED',
    generatedAt: '2026-02-28T12:00:00.000Z',
    acceptedAt: '2026-03-01T09:30:00.000Z',
    plannedPoints: 40,
    completedPoints: 31,
    items: [
      { position: 1, key: 'ATL-101', points: 3, discipline: 'Backend', reason: 'Carried over, highest priority', inSprint: true, outcome: 'COMPLETED' },
      { position: 2, key: 'ATL-104', points: 8.5, discipline: 'Backend', reason: 'Blocks <release>', inSprint: true, outcome: 'NOT_COMPLETED' },
      { position: 3, key: 'ATL-200', points: null, discipline: 'QA', reason: 'Unestimated', inSprint: false, outcome: null },
    ],
  },
};

export const futureSprint: SprintReportModel = {
  ...closedSprint,
  title: 'Sprint report: Atlas Sprint 13',
  sprint: { ...sprintRef(4, 'FUTURE'), name: 'Atlas Sprint 13', goal: null },
  figures: null,
  statusAsOf: null,
  // As remote/gather.ts answers a sprint not started: its issues in JIRA now, unclassed, with their estimates now.
  issues: [20, 21, 22].map((n) =>
    issue(n, { status: 'To Do', outcome: null, pointsAtStart: null, pointsAtEnd: n - 15, cycleTimeHours: null, leadTimeHours: null }),
  ),
  disciplines: [],
  burndown: [],
  scopeChanges: [],
  carryOver: [],
  capacity: {
    ...closedSprint.capacity!,
    committedPoints: 13,
    utilisation: 13 / 45.125,
    byDiscipline: closedSprint.capacity!.byDiscipline.map((d) => {
      const planned = ({ Backend: 11, QA: 2 } as Record<string, number>)[d.discipline] ?? 0;
      return { ...d, committedPoints: planned, completedPoints: null, utilisation: planned / d.capacityPoints };
    }),
  },
  // Two of the sprint's issues queued, a third not; one queued issue from the backlog, not in the sprint in JIRA.
  queue: {
    status: 'DRAFT',
    generatedAt: '2026-03-30T12:00:00.000Z',
    acceptedAt: null,
    plannedPoints: 13,
    completedPoints: null,
    items: [
      { position: 1, key: 'ATL-120', points: 5, discipline: 'Backend', reason: 'PLANNED_IN_JIRA', inSprint: true, outcome: null },
      { position: 2, key: 'ATL-121', points: 6, discipline: 'Backend', reason: 'PLANNED_IN_JIRA', inSprint: true, outcome: null },
      { position: 3, key: 'ATL-300', points: 2, discipline: 'QA', reason: 'RANK', inSprint: false, outcome: null },
    ],
  },
};

/** A sprint too long for one page: its issue table must break, header repeated. */
export const longSprint: SprintReportModel = {
  ...closedSprint,
  issues: Array.from({ length: 120 }, (_, i) =>
    issue(i + 1, {
      summary: `Long-running task ${i + 1}: make the thing work across every browser and device we support`,
      outcome: i % 5 ? 'COMPLETED' : 'NOT_COMPLETED',
    }),
  ),
};

export const velocityRow = (n: number, committed: number, completed: number, rolling: number | null) => ({
  sprint: sprintRef(n),
  committedPoints: committed,
  completedPoints: completed,
  sayDoRatio: committed ? completed / committed : null,
  scopeChangeRate: n === 2 ? null : 0.125,
  rollingAverage3: rolling,
  rollingAverage5: null,
});

export const velocity: VelocityReportModel = {
  kind: 'VELOCITY',
  title: 'Velocity report: Atlas Board',
  generatedAt: '2026-03-14T08:00:00.000Z',
  last: 7,
  team: { id: 'team-1', name: 'Atlas' },
  boards: [
    {
      board: { id: 'board-1', name: 'Atlas Board' },
      statistic: 'STORY_POINTS',
      unit: 'points',
      sprints: [velocityRow(1, 30, 27, null), velocityRow(2, 0, 0, null), velocityRow(3, 42.5, 34, 61 / 3)],
      predictability: {
        sprints: 3,
        averageCommittedPoints: 72.5 / 3,
        averageCompletedPoints: 61 / 3,
        averageSayDoRatio: 0.85,
        velocityVariation: 0.4321,
        predictability: 2 / 3,
        averageScopeChangeRate: null,
      },
    },
  ],
};

export const teamVelocity: VelocityReportModel = {
  ...velocity,
  title: 'Velocity report: Atlas',
  boards: [
    ...velocity.boards,
    {
      board: { id: 'board-2', name: 'Atlas Ops' },
      statistic: 'ISSUE_COUNT',
      unit: 'issues',
      sprints: [],
      predictability: {
        sprints: 0,
        averageCommittedPoints: null,
        averageCompletedPoints: null,
        averageSayDoRatio: null,
        velocityVariation: null,
        predictability: null,
        averageScopeChangeRate: null,
      },
    },
  ],
};

export const capacity: CapacityReportModel = {
  kind: 'CAPACITY',
  title: 'Capacity report: Atlas',
  generatedAt: '2026-03-14T08:00:00.000Z',
  team: { id: 'team-1', name: 'Atlas Team' },
  from: '2026-01-01',
  to: '2026-03-31',
  sprints: [
    {
      sprint: sprintRef(3),
      board: closedSprint.board,
      unit: 'points',
      totalPoints: 45.125,
      committedPoints: 42.5,
      completedPoints: 34,
      byDiscipline: closedSprint.capacity!.byDiscipline,
    },
    {
      sprint: sprintRef(4, 'FUTURE'),
      board: closedSprint.board,
      unit: 'points',
      totalPoints: 40,
      committedPoints: 12,
      completedPoints: null,
      byDiscipline: closedSprint.capacity!.byDiscipline.map((d) => ({ ...d, completedPoints: null })),
    },
  ],
  totals: [
    { discipline: 'Backend', capacityPoints: 43.2, committedPoints: 26, completedPoints: 11, utilisation: 26 / 43.2, delivery: 11 / 26 },
    { discipline: 'Frontend', capacityPoints: 30.4, committedPoints: 43, completedPoints: 18, utilisation: 43 / 30.4, delivery: 18 / 43 },
    { discipline: 'QA', capacityPoints: 16.65, committedPoints: 0, completedPoints: 0, utilisation: 0, delivery: null },
  ],
};

export const history: HistoryReportModel = {
  kind: 'HISTORY',
  title: 'History report: Atlas',
  generatedAt: '2026-03-14T08:00:00.000Z',
  team: { id: 'team-1', name: 'Atlas Team' },
  from: '2026-01-01T00:00:00.000Z',
  to: '2026-03-31T00:00:00.000Z',
  sprints: [1, 2, 3].map((n) => ({
    sprint: sprintRef(n),
    board: closedSprint.board,
    unit: 'points',
    committedPoints: 30 + n,
    completedPoints: 25 + n / 3,
    sayDoRatio: n === 2 ? null : (25 + n / 3) / (30 + n),
    scopeChangeRate: 0.1 * n,
    carriedOutIssues: n,
    carriedOutPoints: 2.5 * n,
    cycleTime: n === 1 ? null : { count: 4, p50: 10 * n, p85: 20 * n, p95: 30 * n },
    disciplines: [discipline('Backend'), discipline('Frontend', { sayDoRatio: null })],
  })),
  averages: { completedPoints: 77 / 3, sayDoRatio: 0.8123, scopeChangeRate: 0.2, carriedOutPoints: 5, cycleTimeP50: 25 },
  byDiscipline: [
    { discipline: 'Backend', sprints: 3, completedPoints: 33, averageCompletedPoints: 11, averageSayDoRatio: 11 / 13, cycleTimeP50: 18 },
    { discipline: 'Frontend', sprints: 3, completedPoints: 33, averageCompletedPoints: 11, averageSayDoRatio: null, cycleTimeP50: null },
  ],
};

export const emptyHistory: HistoryReportModel = {
  ...history,
  sprints: [],
  averages: { completedPoints: null, sayDoRatio: null, scopeChangeRate: null, carriedOutPoints: null, cycleTimeP50: null },
  byDiscipline: [],
};

export const MODELS: ReportModel[] = [closedSprint, futureSprint, velocity, teamVelocity, capacity, history, emptyHistory];
