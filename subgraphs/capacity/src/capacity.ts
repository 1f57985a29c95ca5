import { effectiveSettings, historySprint, MAX_HISTORY_SPRINTS, sprintCapacity } from './compute.ts';
import type { Context } from './context.ts';
import { requestBackfill } from './read-model.ts';
import type { MemberDaysOffRow, SprintCapacity } from './models.ts';

const daysOffOf = (rows: readonly MemberDaysOffRow[], teamId: string) => new Map(rows.filter((r) => r.teamId === teamId).map((r) => [r.userId, r.daysOff]));

/**
 * A team's capacity in one of its sprints, assembled from its settings, its members (users) and the
 * board's analysed history (sprints), all read from capacity's own tables (the read model read-model.ts
 * keeps). Each past sprint's person-days are counted with that sprint's holidays, days off and focus
 * override, and today's members (historySprint): the rate is completed points per person-day.
 */
export async function capacityOf(ctx: Context, sprint: { id: string; startDate: Date; endDate: Date; teamId: string }): Promise<SprintCapacity> {
  const { loaders } = ctx;
  const { id, teamId } = sprint;
  const [members, context, defaults] = await Promise.all([loaders.members.load(teamId), loaders.sprint.load(id), loaders.defaults.load(teamId)]);
  // Data from before the read model (or a change whose notice was lost): a job fills it and announces
  // CAPACITY_UPDATED, and live dashboards read again. Meanwhile the user sees the capacity from what
  // is here: a missing sprint has no history (default rates) and nothing committed; a missing team,
  // no members (no capacity). The read itself never calls another subgraph.
  if (!context) await requestBackfill(ctx.runtime, { tenantId: ctx.tenantId, sprintId: id });
  else if (!members) await requestBackfill(ctx.runtime, { tenantId: ctx.tenantId, teamId });
  const team = members ?? [];
  // The sprint's and its history's overrides and days off in one load each (the history is read
  // up to the most a team may ask for): every sprint of a request shares the same two batches.
  const candidates = context?.history.slice(0, MAX_HISTORY_SPRINTS) ?? [];
  const sprintIds = [id, ...candidates.map((p) => p.id)];
  const [overrides, daysOff] = await Promise.all([loaders.overrides.loadMany(sprintIds), loaders.daysOff.loadMany(sprintIds)]);
  const rows = <T>(loaded: (T[] | Error)[], i: number): T[] => {
    const r = loaded[i];
    if (r instanceof Error) throw r;
    return r;
  };
  const settingsOf = (i: number) =>
    effectiveSettings(
      defaults ?? undefined,
      rows(overrides, i).find((o) => o.teamId === teamId),
    );
  const settings = settingsOf(0);

  const history = candidates
    .slice(0, settings.historySprints)
    .map((p, k) => historySprint(p, settingsOf(k + 1), team, daysOffOf(rows(daysOff, k + 1), teamId)));

  // A started sprint holds JIRA's commitment against its capacity; a future one, its planned queue.
  const committed = context?.committed ?? (context?.state === 'FUTURE' ? context.planned : null) ?? new Map<string, number>();
  return sprintCapacity({
    start: sprint.startDate,
    end: sprint.endDate,
    settings,
    members: team,
    daysOff: daysOffOf(rows(daysOff, 0), teamId),
    history,
    committed,
  });
}
