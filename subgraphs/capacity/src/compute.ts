import type { CapacitySettingRow, DisciplineCapacity, SprintCapacity } from './models.ts';

const DAY = 86_400_000;

/** Weekdays from the start date to the end date, both included (UTC calendar days). */
export function workingDays(start: Date, end: Date): number {
  let count = 0;
  for (let t = Math.floor(start.getTime() / DAY) * DAY; t <= end.getTime(); t += DAY) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A team's capacity in a sprint: each member's default setting, replaced by their override for the
 * sprint when there is one, gives (working days − days off) × allocation person-days, and those
 * days × points per day × focus factor give points; summed per discipline.
 */
export function sprintCapacity(start: Date, end: Date, defaults: CapacitySettingRow[], overrides: CapacitySettingRow[]): SprintCapacity {
  const days = workingDays(start, end);
  const byMember = new Map(defaults.map((s) => [s.userId, s]));
  for (const o of overrides) byMember.set(o.userId, o);
  const byDiscipline = new Map<string, DisciplineCapacity>();
  for (const s of byMember.values()) {
    const available = (Math.max(0, days - s.daysOff) * s.allocationPercent) / 100;
    const d = byDiscipline.get(s.discipline) ?? { discipline: s.discipline, members: 0, availableDays: 0, points: 0 };
    d.members++;
    d.availableDays += available;
    d.points += available * s.pointsPerDay * s.focusFactor;
    byDiscipline.set(s.discipline, d);
  }
  const list = [...byDiscipline.values()]
    .map((d) => ({ ...d, availableDays: round(d.availableDays), points: round(d.points) }))
    .sort((a, b) => a.discipline.localeCompare(b.discipline));
  return {
    workingDays: days,
    totalDays: round(list.reduce((s, d) => s + d.availableDays, 0)),
    totalPoints: round(list.reduce((s, d) => s + d.points, 0)),
    byDiscipline: list,
  };
}
