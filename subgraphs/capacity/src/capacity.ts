import { daysByDiscipline, effectiveSettings, sprintCapacity, workingDays, type HistorySprint } from './compute.ts';
import type { Loaders } from './loaders.ts';
import type { MemberDaysOffRow, SprintCapacity } from './models.ts';

const daysOffOf = (rows: readonly MemberDaysOffRow[], teamId: string) => new Map(rows.filter((r) => r.teamId === teamId).map((r) => [r.userId, r.daysOff]));

/**
 * A team's capacity in one of its sprints, assembled from its settings (here), its members (users)
 * and the board's analysed history (sprints). Each past sprint's person-days are counted with that
 * sprint's holidays and days off and today's members: the rate is completed points per person-day.
 */
export async function capacityOf(loaders: Loaders, sprint: { id: string; startDate: Date; endDate: Date; teamId: string }): Promise<SprintCapacity> {
  const { id, teamId } = sprint;
  const [members, context, defaults, overrides, daysOff] = await Promise.all([
    loaders.members.load(teamId),
    loaders.sprint.load(id),
    loaders.defaults.load(teamId),
    loaders.overrides.load(id),
    loaders.daysOff.load(id),
  ]);
  const team = members ?? [];
  const settings = effectiveSettings(defaults ?? undefined, overrides.find((o) => o.teamId === teamId));

  const past = context?.history.slice(0, settings.historySprints) ?? [];
  const [pastOverrides, pastDaysOff] = await Promise.all([loaders.overrides.loadMany(past.map((p) => p.id)), loaders.daysOff.loadMany(past.map((p) => p.id))]);
  const history: HistorySprint[] = past.map((p, i) => {
    const rows = pastOverrides[i];
    const then = effectiveSettings(defaults ?? undefined, Array.isArray(rows) ? rows.find((o) => o.teamId === teamId) : undefined);
    const off = pastDaysOff[i];
    const days = daysByDiscipline(workingDays(p.startDate, p.endDate, then.holidays).days, team, daysOffOf(Array.isArray(off) ? off : [], teamId));
    return { completed: p.completed, availableDays: new Map([...days].map(([d, v]) => [d, v.days])) };
  });

  // A started sprint holds JIRA's commitment against its capacity; a future one, its planned queue.
  const committed = context?.committed ?? (context?.state === 'FUTURE' ? await loaders.planned.load(id) : null) ?? new Map<string, number>();
  return sprintCapacity({ start: sprint.startDate, end: sprint.endDate, settings, members: team, daysOff: daysOffOf(daysOff, teamId), history, committed });
}
