import { compareNatural, round2 } from '@sprint-reports/core';
import type { CapacitySettingRow, DisciplineCapacity, Holiday, Member, MemberCapacity, SprintCapacity, ThroughputSource } from './models.ts';

const DAY = 86_400_000;

/** What a team gets until its manager sets otherwise. */
export const BUILT_IN = { focusFactor: 0.8, defaultPointsPerDay: 1, historySprints: 3, hoursPerDay: 8 } as const;

/** The most sprints of history a team may average over (setTeamCapacity's historySprints). */
export const MAX_HISTORY_SPRINTS = 20;

/** A discipline needs this many analysed sprints (or historySprints, if fewer) before its own throughput counts. */
export const MIN_HISTORY = 2;

export interface Settings {
  focusFactor: number;
  defaultPointsPerDay: number;
  historySprints: number;
  hoursPerDay: number;
  /** The team's holidays and the sprint's extra non-working days. */
  holidays: Holiday[];
  /**
   * What a measured rate is multiplied by: the sprint's own focus factor over the team's usual one
   * (1 when the sprint sets none). The measured rate already holds the team's usual focus.
   */
  adjustment: number;
}

/** The team's defaults, each replaced by the sprint's override where it sets one. */
export function effectiveSettings(defaults: CapacitySettingRow | undefined, sprint: CapacitySettingRow | undefined): Settings {
  const pick = <K extends keyof typeof BUILT_IN>(key: K): number => sprint?.[key] ?? defaults?.[key] ?? BUILT_IN[key];
  const usualFocus = defaults?.focusFactor ?? BUILT_IN.focusFactor;
  return {
    adjustment: sprint?.focusFactor != null ? sprint.focusFactor / usualFocus : 1,
    focusFactor: pick('focusFactor'),
    defaultPointsPerDay: pick('defaultPointsPerDay'),
    historySprints: pick('historySprints'),
    hoursPerDay: pick('hoursPerDay'),
    holidays: [...(defaults?.holidays ?? []), ...(sprint?.holidays ?? [])],
  };
}

export const utcDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The sprint's working days: weekdays from its start date to its end date, both included (UTC
 * calendar days), less holidays. Also answers the holidays that took a weekday away, once each.
 */
export function workingDays(start: Date, end: Date, holidays: readonly Holiday[] = []): { days: number; holidays: Holiday[] } {
  const off = new Map<string, Holiday>();
  for (const h of holidays) if (!off.has(h.date)) off.set(h.date, h);
  let days = 0;
  const taken: Holiday[] = [];
  for (let t = Math.floor(start.getTime() / DAY) * DAY; t <= end.getTime(); t += DAY) {
    const weekday = new Date(t).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const holiday = off.get(utcDate(new Date(t)));
    if (holiday) taken.push(holiday);
    else days++;
  }
  return { days, holidays: taken };
}

/** Person-days a member gives the sprint: (working days − days off) × allocation. */
export const memberDays = (working: number, daysOff: number, allocationPercent: number) => (Math.max(0, working - daysOff) * allocationPercent) / 100;

/** Person-days per discipline; members without an allocation to the team add nothing. */
export function daysByDiscipline(
  working: number,
  members: readonly Member[],
  daysOff: ReadonlyMap<string, number>,
): Map<string, { members: number; days: number }> {
  const by = new Map<string, { members: number; days: number }>();
  for (const m of members) {
    if (m.allocationPercent <= 0) continue;
    const d = by.get(m.discipline) ?? { members: 0, days: 0 };
    d.members++;
    d.days += memberDays(working, daysOff.get(m.userId) ?? 0, m.allocationPercent);
    by.set(m.discipline, d);
  }
  return by;
}

/** One analysed sprint of the board, as the throughput needs it. */
export interface HistorySprint {
  id: string;
  completed: ReadonlyMap<string, number>;
  /** Person-days per discipline at the team's usual focus (historySprint). */
  availableDays: ReadonlyMap<string, number>;
}

/**
 * A past sprint's person-days per discipline, as its completed points are measured against: from
 * its start to the later of its planned end and its close (work completed until the close counts
 * in it), less that sprint's holidays and days off, × that sprint's own adjustment (a sprint run at
 * focus 0.6 in a team at 0.8 gave sprint work 0.75 of its days), so the rate is at the team's usual
 * focus. The members are today's: team memberships keep no dates (docs/planning.md).
 */
export function historySprint(
  past: { id: string; startDate: Date; endDate: Date; completeDate: Date | null; completed: ReadonlyMap<string, number> },
  settings: Pick<Settings, 'holidays' | 'adjustment'>,
  members: readonly Member[],
  daysOff: ReadonlyMap<string, number>,
): HistorySprint {
  const end = past.completeDate && past.completeDate > past.endDate ? past.completeDate : past.endDate;
  const days = daysByDiscipline(workingDays(past.startDate, end, settings.holidays).days, members, daysOff);
  return { id: past.id, completed: past.completed, availableDays: new Map([...days].map(([d, v]) => [d, v.days * settings.adjustment])) };
}

export interface Throughput {
  pointsPerDay: number;
  source: ThroughputSource;
  sprints: number;
  /** Completed points per sprint over those sprints; null for the default. */
  averageCompleted: number | null;
}

/**
 * A discipline's points per available person-day: what it completed over what it had, summed over
 * the sprints in which it had people. With fewer than MIN_HISTORY such sprints (or historySprints,
 * if smaller) the team's default stands in: one lucky sprint is not a rate.
 */
export function throughput(
  discipline: string,
  history: readonly HistorySprint[],
  settings: Pick<Settings, 'defaultPointsPerDay' | 'historySprints'>,
): Throughput {
  let points = 0;
  let days = 0;
  let sprints = 0;
  for (const h of history) {
    const available = h.availableDays.get(discipline) ?? 0;
    if (available <= 0) continue;
    points += h.completed.get(discipline) ?? 0;
    days += available;
    sprints++;
  }
  if (sprints < Math.min(MIN_HISTORY, settings.historySprints) || days <= 0)
    return { pointsPerDay: settings.defaultPointsPerDay, source: 'DEFAULT', sprints: 0, averageCompleted: null };
  return { pointsPerDay: points / days, source: 'HISTORY', sprints, averageCompleted: points / sprints };
}

const round = round2;
const ratio = (a: number, b: number) => (b > 0 ? round(a / b) : null);
const byName = compareNatural;

/**
 * The factor a discipline's points per day are multiplied by. A measured rate (completed points
 * per available person-day) already holds the team's real focus: only the sprint's adjustment
 * applies to it. The focus factor discounts only the default rate, which knows nothing of focus.
 */
export const factorFor = (source: ThroughputSource, settings: Pick<Settings, 'focusFactor' | 'adjustment'>) =>
  source === 'HISTORY' ? settings.adjustment : settings.focusFactor;

/**
 * A team's capacity in a sprint, per discipline and per member: available person-days × the
 * discipline's points per person-day × its factor (factorFor); hours are the focused days in
 * working hours. Beside it, the history's average completed points in the disciplines it covers,
 * which a sprint with the same people and days matches (the rest apart). `committed` is what the
 * sprint holds against it, per discipline.
 */
export function sprintCapacity(input: {
  start: Date;
  end: Date;
  settings: Settings;
  members: readonly Member[];
  daysOff: ReadonlyMap<string, number>;
  history: readonly HistorySprint[];
  committed: ReadonlyMap<string, number>;
}): SprintCapacity {
  const { settings } = input;
  const working = workingDays(input.start, input.end, settings.holidays);
  const days = daysByDiscipline(working.days, input.members, input.daysOff);
  const rates = new Map([...days.keys()].map((d) => [d, throughput(d, input.history, settings)]));
  const focused = (personDays: number) => personDays * settings.focusFactor;
  const pointsOf = (personDays: number, rate: Throughput | undefined) => (rate ? personDays * rate.pointsPerDay * factorFor(rate.source, settings) : 0);

  const names = [...new Set([...days.keys(), ...input.committed.keys()])].sort(byName);
  const byDiscipline: DisciplineCapacity[] = names.map((discipline) => {
    const d = days.get(discipline) ?? { members: 0, days: 0 };
    const rate = rates.get(discipline) ?? { pointsPerDay: 0, source: 'DEFAULT' as const, sprints: 0, averageCompleted: null };
    const points = pointsOf(d.days, rate);
    const committed = input.committed.get(discipline) ?? 0;
    return {
      discipline,
      members: d.members,
      availableDays: round(d.days),
      hours: round(focused(d.days) * settings.hoursPerDay),
      pointsPerDay: round(rate.pointsPerDay),
      pointsPerDaySource: rate.source,
      historySprints: rate.sprints,
      factor: round(factorFor(rate.source, settings)),
      points: round(points),
      historyAverageCompletedPoints: rate.averageCompleted === null ? null : round(rate.averageCompleted),
      committedPoints: round(committed),
      utilisation: ratio(committed, round(points)),
    };
  });

  const members: MemberCapacity[] = input.members
    .map((m) => {
      const daysOff = input.daysOff.get(m.userId) ?? 0;
      const available = memberDays(working.days, daysOff, m.allocationPercent);
      return {
        user: { id: m.userId },
        discipline: m.discipline,
        allocationPercent: m.allocationPercent,
        daysOff,
        availableDays: round(available),
        hours: round(focused(available) * settings.hoursPerDay),
        points: round(pointsOf(available, rates.get(m.discipline))),
      };
    })
    .sort((a, b) => byName(a.discipline, b.discipline) || a.user.id.localeCompare(b.user.id));

  const sum = (pick: (d: DisciplineCapacity) => number) => round(byDiscipline.reduce((s, d) => s + pick(d), 0));
  const totalPoints = sum((d) => d.points);
  const committedPoints = sum((d) => d.committedPoints);
  // The history's completed points, split: in the disciplines the team has people in today (those
  // the capacity covers, so the two agree) and in the rest ("Unassigned", disciplines nobody holds now).
  const averageCompleted = (staffed: boolean) => {
    if (!input.history.length) return null;
    const total = input.history.reduce((s, h) => s + [...h.completed].reduce((t, [d, p]) => t + (days.has(d) === staffed ? p : 0), 0), 0);
    return round(total / input.history.length);
  };
  return {
    workingDays: working.days,
    holidays: working.holidays,
    focusFactor: settings.focusFactor,
    adjustment: round(settings.adjustment),
    hoursPerDay: settings.hoursPerDay,
    totalDays: sum((d) => d.availableDays),
    totalHours: sum((d) => d.hours),
    totalPoints,
    committedPoints,
    utilisation: ratio(committedPoints, totalPoints),
    history: input.history.map((h) => ({ id: h.id })),
    historyAverageCompletedPoints: averageCompleted(true),
    historyUnstaffedCompletedPoints: averageCompleted(false),
    byDiscipline,
    members,
  };
}
