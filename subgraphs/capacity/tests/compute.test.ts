import { describe, expect, test } from 'vitest';
import { BUILT_IN, effectiveSettings, sprintCapacity, throughput, workingDays, type HistorySprint, type Settings } from '../src/compute.ts';
import type { CapacitySettingRow } from '../src/models.ts';

// Monday 2 March 2026 09:00 UTC to Friday 13 March 17:00: ten weekdays.
const start = new Date('2026-03-02T09:00:00Z');
const end = new Date('2026-03-13T17:00:00Z');
const settings = (over: Partial<Settings> = {}): Settings => ({ ...BUILT_IN, holidays: [], ...over });
const row = (over: Partial<CapacitySettingRow>): CapacitySettingRow => ({
  id: 'x', tenantId: 't', teamId: 'team', sprintId: null, focusFactor: null, defaultPointsPerDay: null, historySprints: null, hoursPerDay: null, holidays: [], ...over,
});
const history = (completed: Record<string, number>, days: Record<string, number>): HistorySprint => ({ completed: new Map(Object.entries(completed)), availableDays: new Map(Object.entries(days)) });

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
      focusFactor: 0.5, defaultPointsPerDay: 1, historySprints: 3, hoursPerDay: 6,
      holidays: [{ date: '2026-12-25', name: 'Christmas' }, { date: '2026-03-06', name: 'Offsite' }],
    });
    expect(effectiveSettings(undefined, undefined)).toEqual(settings());
  });
});

describe('throughput', () => {
  test("completed points over available person-days, over the sprints in which the discipline had people", () => {
    const h = [history({ Backend: 20, Frontend: 6 }, { Backend: 10, Frontend: 5 }), history({ Backend: 15 }, { Backend: 10, Frontend: 5 }), history({ Backend: 99 }, { Frontend: 4 })];
    expect(throughput('Backend', h, settings())).toEqual({ pointsPerDay: 35 / 20, source: 'HISTORY', sprints: 2 });
    expect(throughput('Frontend', h, settings())).toEqual({ pointsPerDay: 6 / 14, source: 'HISTORY', sprints: 3 });
  });

  test('thin history: the default points per day', () => {
    expect(throughput('Backend', [history({ Backend: 30 }, { Backend: 10 })], settings({ defaultPointsPerDay: 1.5 }))).toEqual({ pointsPerDay: 1.5, source: 'DEFAULT', sprints: 0 });
    expect(throughput('QA', [], settings())).toEqual({ pointsPerDay: 1, source: 'DEFAULT', sprints: 0 });
    // A team that asks for one sprint of history gets its one sprint.
    expect(throughput('Backend', [history({ Backend: 30 }, { Backend: 10 })], settings({ historySprints: 1 }))).toEqual({ pointsPerDay: 3, source: 'HISTORY', sprints: 1 });
  });
});

describe('sprint capacity', () => {
  // Worked by hand. Nine working days (Friday 6 March is a holiday). Backend: Ada 100 % with 1 day
  // off (8 days) and Bob 50 % (4.5); Frontend: Cy 100 % with 2.5 days off (6.5); Dee manages at 0 %.
  // History: Backend 35 points in 20 person-days (1.75), Frontend 6 in 10 (0.6). Focus 0.8.
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
    daysOff: new Map([['ada', 1], ['cy', 2.5]]),
    history: [history({ Backend: 20, Frontend: 6 }, { Backend: 10, Frontend: 5 }), history({ Backend: 15, Frontend: 0 }, { Backend: 10, Frontend: 5 })],
    committed: new Map([['Backend', 14], ['QA', 3]]),
  });

  test('per discipline: person-days, hours, points per day, points, commitment and utilisation', () => {
    expect(capacity.byDiscipline).toEqual([
      // 12.5 days × 0.8 × 8 h = 80 h; 12.5 × 1.75 × 0.8 = 17.5 points; 14 / 17.5 = 0.8.
      { discipline: 'Backend', members: 2, availableDays: 12.5, hours: 80, pointsPerDay: 1.75, pointsPerDaySource: 'HISTORY', historySprints: 2, points: 17.5, committedPoints: 14, utilisation: 0.8 },
      // 6.5 × 0.8 × 8 = 41.6 h; 6.5 × 0.6 × 0.8 = 3.12 points.
      { discipline: 'Frontend', members: 1, availableDays: 6.5, hours: 41.6, pointsPerDay: 0.6, pointsPerDaySource: 'HISTORY', historySprints: 2, points: 3.12, committedPoints: 0, utilisation: 0 },
      // Committed work for a discipline nobody on the team has.
      { discipline: 'QA', members: 0, availableDays: 0, hours: 0, pointsPerDay: 0, pointsPerDaySource: 'DEFAULT', historySprints: 0, points: 0, committedPoints: 3, utilisation: null },
    ]);
  });

  test('totals and the sprint', () => {
    expect(capacity).toMatchObject({
      workingDays: 9, holidays: [{ date: '2026-03-06', name: 'Founders day' }], focusFactor: 0.8, hoursPerDay: 8,
      totalDays: 19, totalHours: 121.6, totalPoints: 20.62, committedPoints: 17, utilisation: 0.82,
    });
  });

  test("each member's personal capacity", () => {
    expect(capacity.members).toEqual([
      { user: { id: 'ada' }, discipline: 'Backend', allocationPercent: 100, daysOff: 1, availableDays: 8, hours: 51.2, points: 11.2 },
      { user: { id: 'bob' }, discipline: 'Backend', allocationPercent: 50, daysOff: 0, availableDays: 4.5, hours: 28.8, points: 6.3 },
      { user: { id: 'cy' }, discipline: 'Frontend', allocationPercent: 100, daysOff: 2.5, availableDays: 6.5, hours: 41.6, points: 3.12 },
      { user: { id: 'dee' }, discipline: 'Management', allocationPercent: 0, daysOff: 0, availableDays: 0, hours: 0, points: 0 },
    ]);
  });
});
