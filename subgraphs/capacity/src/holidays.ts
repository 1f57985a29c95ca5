import type { Loaders } from './loaders.ts';
import type { Holiday } from './models.ts';

/**
 * A sprint's non-working dates besides weekends: its team's holidays and the sprint's own (its
 * overrides, of that team), each date once, in date order. The sprints subgraph reads them to keep
 * the burndown guideline flat on them (`Sprint.holidays`).
 */
export async function sprintHolidays(loaders: Loaders, sprintId: string, teamId: string): Promise<Holiday[]> {
  const [defaults, overrides] = await Promise.all([loaders.defaults.load(teamId), loaders.overrides.load(sprintId)]);
  const byDate = new Map<string, Holiday>();
  for (const h of [...(defaults?.holidays ?? []), ...(overrides.find((o) => o.teamId === teamId)?.holidays ?? [])])
    if (!byDate.has(h.date)) byDate.set(h.date, h);
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}
