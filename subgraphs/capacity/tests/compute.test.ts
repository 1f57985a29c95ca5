import { describe, expect, test } from 'vitest';
import { BUILT_IN, effectiveSettings, historySprint, sprintCapacity, throughput, workingDays, type HistorySprint, type Settings } from '../src/compute.ts';
import type { CapacitySettingRow } from '../src/models.ts';

// Monday 2 March 2026 09:00 UTC to Friday 13 March 17:00: ten weekdays.
const start = new Date('2026-03-02T09:00:00Z');
const end = new Date('2026-03-13T17:00:00Z');
const settings = (over: Partial<Settings> = {}): Settings => ({ ...BUILT_IN, holidays: [], adjustment: 1, ...over });
const row = (over: Partial<CapacitySettingRow>): CapacitySettingRow => ({
  id: 'x',
  tenantId: 't',
  teamId: 'team',
  sprintId: null,
  focusFactor: null,
  defaultPointsPerDay: null,
  historySprints: null,
  hoursPerDay: null,
  holidays: [],
  ...over,
});
let sprintNo = 0;
const history = (completed: Record<string, number>, days: Record<string, number>): HistorySprint => ({
  id: `h${++sprintNo}`,
  completed: new Map(Object.entries(completed)),
  availableDays: new Map(Object.entries(days)),
});

describe('working days', () => {
  test('weekdays from start date to end date, less holidays on weekdays', () => {
    expect(workingDays(start, end).days).toBe(10);
    const { days, holidays } = workingDays(start, end, [
      { date: '2026-03-06', name: 'Founders day' }, // a Friday
      { date: '2026-03-07', name: 'Saturday party' }, // a Saturday: no weekday lost
      { date: '2026-03-06', name: 'Listed twice' },
      { date: '2026-04-01', name: 'Outside the sprint' },
    ]);
    expect(days).toBe(9);
    expect(holidays).toEqual([{ date: '2026-03-06', name: 'Founders day' }]);
  });

  test('a sprint of one day, and one that ends before its start', () => {
    expect(workingDays(new Date('2026-03-04T08:00:00Z'), new Date('2026-03-04T18:00:00Z')).days).toBe(1);
    expect(workingDays(end, start).days).toBe(0);
  });
});

describe('settings', () => {
  test("a sprint's overrides replace the team's defaults field by field; holidays add up", () => {
    const defaults = row({ focusFactor: 0.7, hoursPerDay: 6, holidays: [{ date: '2026-12-25', name: 'Christmas' }] });
    const sprint = row({ sprintId: 's', focusFactor: 0.5, holidays: [{ date: '2026-03-06', name: 'Offsite' }] });
    expect(effectiveSettings(defaults, sprint)).toEqual({
      focusFactor: 0.5,
      defaultPointsPerDay: 1,
      historySprints: 3,
      hoursPerDay: 6,
      // The sprint's focus against the team's usual one: what a measured rate is multiplied by.
      adjustment: 0.5 / 0.7,
      holidays: [
        { date: '2026-12-25', name: 'Christmas' },
        { date: '2026-03-06', name: 'Offsite' },
      ],
    });
    expect(effectiveSettings(undefined, undefined)).toEqual(settings());
  });
});

describe('throughput', () => {
  test('completed points over available person-days, over the sprints in which the discipline had people', () => {
    const h = [
      history({ Backend: 20, Frontend: 6 }, { Backend: 10, Frontend: 5 }),
      history({ Backend: 15 }, { Backend: 10, Frontend: 5 }),
      history({ Backend: 99 }, { Frontend: 4 }),
    ];
    expect(throughput('Backend', h, settings())).toEqual({ pointsPerDay: 35 / 20, source: 'HISTORY', sprints: 2, averageCompleted: 17.5 });
    expect(throughput('Frontend', h, settings())).toEqual({ pointsPerDay: 6 / 14, source: 'HISTORY', sprints: 3, averageCompleted: 2 });
  });

  test('thin history: the default points per day', () => {
    expect(throughput('Backend', [history({ Backend: 30 }, { Backend: 10 })], settings({ defaultPointsPerDay: 1.5 }))).toEqual({
      pointsPerDay: 1.5,
      source: 'DEFAULT',
      sprints: 0,
      averageCompleted: null,
    });
    expect(throughput('QA', [], settings())).toEqual({ pointsPerDay: 1, source: 'DEFAULT', sprints: 0, averageCompleted: null });
    // A team that asks for one sprint of history gets its one sprint.
    expect(throughput('Backend', [history({ Backend: 30 }, { Backend: 10 })], settings({ historySprints: 1 }))).toEqual({
      pointsPerDay: 3,
      source: 'HISTORY',
      sprints: 1,
      averageCompleted: 30,
    });
  });
});

describe('sprint capacity', () => {
  // Worked by hand. Nine working days (Friday 6 March is a holiday). Backend: Ada 100 % with 1 day
  // off (8 days) and Bob 50 % (4.5); Frontend: Cy 100 % with 2.5 days off (6.5); Dee manages at 0 %.
  // History: Backend 35 points in 20 person-days (1.75), Frontend 6 in 10 (0.6). Focus 0.8, which
  // the measured rates already hold: it discounts the hours only.
  // (Until issue 18 the points were × 0.8 again: Backend 17.5, Frontend 3.12, total 20.62.)
  const capacity = sprintCapacity({
    start,
    end,
    settings: settings({ holidays: [{ date: '2026-03-06', name: 'Founders day' }] }),
    members: [
      { userId: 'ada', discipline: 'Backend', allocationPercent: 100 },
      { userId: 'bob', discipline: 'Backend', allocationPercent: 50 },
      { userId: 'cy', discipline: 'Frontend', allocationPercent: 100 },
      { userId: 'dee', discipline: 'Management', allocationPercent: 0 },
    ],
    daysOff: new Map([
      ['ada', 1],
      ['cy', 2.5],
    ]),
    history: [history({ Backend: 20, Frontend: 6 }, { Backend: 10, Frontend: 5 }), history({ Backend: 15, Frontend: 0 }, { Backend: 10, Frontend: 5 })],
    committed: new Map([
      ['Backend', 14],
      ['QA', 3],
    ]),
  });

  test('per discipline: person-days, hours, points per day, points, commitment and utilisation', () => {
    expect(capacity.byDiscipline).toEqual([
      // 12.5 days × 0.8 × 8 h = 80 h; 12.5 × 1.75 = 21.875 points; 14 / 21.88 = 0.64. History: (20 + 15) / 2.
      {
        discipline: 'Backend',
        members: 2,
        availableDays: 12.5,
        hours: 80,
        pointsPerDay: 1.75,
        pointsPerDaySource: 'HISTORY',
        historySprints: 2,
        factor: 1,
        points: 21.88,
        historyAverageCompletedPoints: 17.5,
        committedPoints: 14,
        utilisation: 0.64,
      },
      // 6.5 × 0.8 × 8 = 41.6 h; 6.5 × 0.6 = 3.9 points. History: (6 + 0) / 2.
      {
        discipline: 'Frontend',
        members: 1,
        availableDays: 6.5,
        hours: 41.6,
        pointsPerDay: 0.6,
        pointsPerDaySource: 'HISTORY',
        historySprints: 2,
        factor: 1,
        points: 3.9,
        historyAverageCompletedPoints: 3,
        committedPoints: 0,
        utilisation: 0,
      },
      // Committed work for a discipline nobody on the team has.
      {
        discipline: 'QA',
        members: 0,
        availableDays: 0,
        hours: 0,
        pointsPerDay: 0,
        pointsPerDaySource: 'DEFAULT',
        historySprints: 0,
        factor: 0.8,
        points: 0,
        historyAverageCompletedPoints: null,
        committedPoints: 3,
        utilisation: null,
      },
    ]);
  });

  test('totals and the sprint', () => {
    expect(capacity).toMatchObject({
      workingDays: 9,
      holidays: [{ date: '2026-03-06', name: 'Founders day' }],
      focusFactor: 0.8,
      hoursPerDay: 8,
      totalDays: 19,
      totalHours: 121.6,
      totalPoints: 25.78,
      committedPoints: 17,
      utilisation: 0.66,
      adjustment: 1,
      // (20 + 6 + 15 + 0) / 2 sprints, all in disciplines the team has people in.
      historyAverageCompletedPoints: 20.5,
      historyUnstaffedCompletedPoints: 0,
    });
  });

  test("each member's personal capacity", () => {
    expect(capacity.members).toEqual([
      { user: { id: 'ada' }, discipline: 'Backend', allocationPercent: 100, daysOff: 1, availableDays: 8, hours: 51.2, points: 14 },
      { user: { id: 'bob' }, discipline: 'Backend', allocationPercent: 50, daysOff: 0, availableDays: 4.5, hours: 28.8, points: 7.88 },
      { user: { id: 'cy' }, discipline: 'Frontend', allocationPercent: 100, daysOff: 2.5, availableDays: 6.5, hours: 41.6, points: 3.9 },
      { user: { id: 'dee' }, discipline: 'Management', allocationPercent: 0, daysOff: 0, availableDays: 0, hours: 0, points: 0 },
    ]);
  });
});

describe("no double discount: a measured rate already holds the team's focus", () => {
  // The demo's team: Ann and Ben, Backend at 100 %, ten working days in each sprint (20 person-days),
  // delivered 151, 96 and 145 points in the last three sprints. Next sprint: the same people and days.
  const team = [
    { userId: 'ann', discipline: 'Backend', allocationPercent: 100 },
    { userId: 'ben', discipline: 'Backend', allocationPercent: 100 },
  ];
  const last3 = [history({ Backend: 151 }, { Backend: 20 }), history({ Backend: 96 }, { Backend: 20 }), history({ Backend: 145 }, { Backend: 20 })];
  const next = (over: Partial<Settings>, past: HistorySprint[] = last3, daysOff = new Map<string, number>()) =>
    sprintCapacity({ start, end, settings: settings(over), members: team, daysOff, history: past, committed: new Map() });

  test('the same people and days as the history get its average completed points', () => {
    // 392 points / 60 person-days × 20 person-days = 392 / 3 = 130.67 (before: × 0.8 = 104.53).
    const capacity = next({});
    expect(capacity).toMatchObject({ totalPoints: 130.67, historyAverageCompletedPoints: 130.67, adjustment: 1, history: last3.map((h) => ({ id: h.id })) });
    expect(capacity.byDiscipline[0]).toMatchObject({ pointsPerDaySource: 'HISTORY', factor: 1, points: 130.67, historyAverageCompletedPoints: 130.67 });
    // Hours are focused time: 20 person-days × 0.8 × 8 h.
    expect(capacity.totalHours).toBe(128);
    // Ann away 5 days: 15 person-days × 392 / 60 = 98.
    expect(next({}, last3, new Map([['ann', 5]])).totalPoints).toBe(98);
  });

  test('the focus factor discounts the default points per day only', () => {
    // No history: 20 person-days × 2 points × focus 0.5 = 20.
    const fresh = next({ focusFactor: 0.5, defaultPointsPerDay: 2 }, []);
    expect(fresh).toMatchObject({ totalPoints: 20, historyAverageCompletedPoints: null, history: [] });
    expect(fresh.byDiscipline[0]).toMatchObject({
      pointsPerDaySource: 'DEFAULT',
      pointsPerDay: 2,
      factor: 0.5,
      points: 20,
      historyAverageCompletedPoints: null,
    });
    // With history the team's focus factor changes the hours, not the points.
    const measured = next({ focusFactor: 0.5, defaultPointsPerDay: 2 });
    expect(measured.byDiscipline[0]).toMatchObject({ pointsPerDaySource: 'HISTORY', factor: 1, points: 130.67, hours: 80 });
  });

  test("a sprint's own focus factor adjusts the measured rate by sprint ÷ team focus, visibly", () => {
    // The team works at 0.8; this sprint (a release week) at 0.6: × 0.75 → 392 / 3 × 0.75 = 98.
    const adjusted = effectiveSettings(row({ focusFactor: 0.8 }), row({ sprintId: 's', focusFactor: 0.6 }));
    expect(adjusted.adjustment).toBeCloseTo(0.75, 12);
    const capacity = next(adjusted);
    expect(capacity).toMatchObject({ focusFactor: 0.6, adjustment: 0.75, totalPoints: 98, historyAverageCompletedPoints: 130.67 });
    expect(capacity.byDiscipline[0]).toMatchObject({ factor: 0.75, points: 98 });
    expect(capacity.members.map((m) => m.points)).toEqual([49, 49]);
    // A discipline still on the default takes the sprint's focus factor itself: 10 × 1 × 0.6.
    const withQa = sprintCapacity({
      start,
      end,
      settings: settings(adjusted),
      members: [...team, { userId: 'cy', discipline: 'QA', allocationPercent: 100 }],
      daysOff: new Map(),
      history: last3,
      committed: new Map(),
    });
    expect(withQa.byDiscipline.find((d) => d.discipline === 'QA')).toMatchObject({ pointsPerDaySource: 'DEFAULT', factor: 0.6, points: 6 });
    // No sprint override: factor 1, whatever the team's focus factor.
    expect(effectiveSettings(row({ focusFactor: 0.8 }), row({ sprintId: 's' })).adjustment).toBe(1);
  });
});

describe('the history beside the capacity: only the disciplines the capacity covers', () => {
  // Ann and Ben, Backend, 20 person-days a sprint as before. Each of three sprints completed 40
  // Backend points, 6 points of work without a discipline and 4 of Design (the designer left).
  const team = [
    { userId: 'ann', discipline: 'Backend', allocationPercent: 100 },
    { userId: 'ben', discipline: 'Backend', allocationPercent: 100 },
  ];
  const past = () => history({ Backend: 40, Unassigned: 6, Design: 4 }, { Backend: 20 });

  test('the same people and days: capacity 40 beside an average of 40, the other 10 apart', () => {
    const capacity = sprintCapacity({
      start,
      end,
      settings: settings(),
      members: team,
      daysOff: new Map(),
      history: [past(), past(), past()],
      committed: new Map(),
    });
    // 120 Backend points / 60 person-days × 20 = 40. (Until now the average said (40 + 6 + 4) = 50.)
    expect(capacity).toMatchObject({ totalPoints: 40, historyAverageCompletedPoints: 40, historyUnstaffedCompletedPoints: 10 });
  });
});

describe("a past sprint's person-days, as its completed points are measured against", () => {
  const team = [
    { userId: 'ann', discipline: 'Backend', allocationPercent: 100 },
    { userId: 'ben', discipline: 'Backend', allocationPercent: 100 },
  ];
  const teamDefaults = row({ focusFactor: 0.8 });
  // Planned Monday 2 March to Friday 13 March: ten weekdays, 20 person-days.
  const planned = { id: 'p', startDate: start, endDate: end, completeDate: end, completed: new Map([['Backend', 0]]) };
  const daysOf = (h: HistorySprint) => h.availableDays.get('Backend');

  test('closed late: its days run on to the close, the work done until then is in its points', () => {
    // Closed Tuesday 17 March 11:00: two more weekdays, 12 each, 24 person-days.
    expect(
      daysOf(historySprint({ ...planned, completeDate: new Date('2026-03-17T11:00:00Z') }, effectiveSettings(teamDefaults, undefined), team, new Map())),
    ).toBe(24);
    // Closed early (Wednesday 11 March) or with no close recorded: the planned end stands.
    expect(
      daysOf(historySprint({ ...planned, completeDate: new Date('2026-03-11T16:00:00Z') }, effectiveSettings(teamDefaults, undefined), team, new Map())),
    ).toBe(20);
    expect(daysOf(historySprint({ ...planned, completeDate: null }, effectiveSettings(teamDefaults, undefined), team, new Map()))).toBe(20);
  });

  test("its own focus override: its days × its sprint focus ÷ the team's", () => {
    // Run at 0.6 in a team at 0.8: × 0.75. Ann 2 days off: (10 − 2 + 10) × 0.75 = 13.5.
    const adjusted = effectiveSettings(teamDefaults, row({ sprintId: 'p', focusFactor: 0.6 }));
    expect(daysOf(historySprint(planned, adjusted, team, new Map([['ann', 2]])))).toBeCloseTo(13.5, 12);
  });

  test('the rate, and the next sprint of 20 person-days, are no longer dragged down by either', () => {
    const next = (past: HistorySprint[]) =>
      sprintCapacity({ start, end, settings: settings(), members: team, daysOff: new Map(), history: past, committed: new Map() }).totalPoints;
    const usual = historySprint({ ...planned, id: 'a', completed: new Map([['Backend', 40]]) }, effectiveSettings(teamDefaults, undefined), team, new Map());
    // A release sprint at focus 0.6 delivered 30: 30 / (20 × 0.75) = 2 a person-day, as usual.
    // (Counted in full, (40 + 30) / 40 = 1.75 → 35.)
    const release = historySprint(
      { ...planned, id: 'b', completed: new Map([['Backend', 30]]) },
      effectiveSettings(teamDefaults, row({ sprintId: 'b', focusFactor: 0.6 })),
      team,
      new Map(),
    );
    expect(next([usual, release])).toBe(40);
    // A sprint closed two weekdays late delivered 48 in 24 person-days: 2 a person-day.
    // (Counted to its planned end, (40 + 48) / 40 = 2.2 → 44.)
    const late = historySprint(
      { ...planned, id: 'c', completeDate: new Date('2026-03-17T11:00:00Z'), completed: new Map([['Backend', 48]]) },
      effectiveSettings(teamDefaults, undefined),
      team,
      new Map(),
    );
    expect(next([usual, late])).toBe(40);
  });
});
