import { expect, test } from 'vitest';
import { sprintCapacity, workingDays } from '../src/compute.ts';
import type { CapacitySettingRow } from '../src/models.ts';

const setting = (over: Partial<CapacitySettingRow>): CapacitySettingRow => ({
  id: crypto.randomUUID(),
  tenantId: 't',
  teamId: 'team',
  userId: 'u',
  sprintId: null,
  discipline: 'Backend',
  allocationPercent: 100,
  daysOff: 0,
  focusFactor: 0.8,
  pointsPerDay: 2,
  ...over,
});

test('working days count weekdays from the start date to the end date', () => {
  // Monday 2 March to Friday 13 March 2026: two working weeks.
  expect(workingDays(new Date('2026-03-02T09:00:00Z'), new Date('2026-03-13T17:00:00Z'))).toBe(10);
  expect(workingDays(new Date('2026-03-07T09:00:00Z'), new Date('2026-03-08T17:00:00Z'))).toBe(0);
});

test('capacity per discipline: (working days − days off) × allocation × points per day × focus, overrides win', () => {
  const defaults = [
    setting({ userId: 'ana', discipline: 'Backend' }),
    setting({ userId: 'ben', discipline: 'Backend', allocationPercent: 50, pointsPerDay: 3 }),
    setting({ userId: 'cy', discipline: 'QA', daysOff: 1, pointsPerDay: 1, focusFactor: 1 }),
  ];
  const overrides = [setting({ userId: 'ben', discipline: 'Backend', allocationPercent: 50, pointsPerDay: 3, daysOff: 2, sprintId: 's' })];
  const c = sprintCapacity(new Date('2026-03-02T09:00:00Z'), new Date('2026-03-13T17:00:00Z'), defaults, overrides);
  // ana: 10 days × 2 × 0.8 = 16; ben: (10 − 2) × 50 % = 4 days × 3 × 0.8 = 9.6; cy: 9 days × 1 × 1 = 9.
  expect(c).toEqual({
    workingDays: 10,
    totalDays: 23,
    totalPoints: 34.6,
    byDiscipline: [
      { discipline: 'Backend', members: 2, availableDays: 14, points: 25.6 },
      { discipline: 'QA', members: 1, availableDays: 9, points: 9 },
    ],
  });
});
