import { randomUUID } from 'node:crypto';
import { audit, badInput, notFound, orNotFound, parseId, requireTeamRole } from '@sprint-reports/core';
import { capacityChanged as tellQueuesCapacityChanged } from './remote/queues.ts';
import type { QueueCauseInput as QueueInputCause } from './remote/__generated__/queues.ts';
import { teamHolidaysChanged } from './remote/sprints.ts';
import type { HolidayInput, SprintCapacityInput, TeamCapacityInput } from './__generated__/resolvers-types.ts';
import { effectiveSettings, MAX_HISTORY_SPRINTS, utcDate, workingDays } from './compute.ts';
import type { Context } from './context.ts';
import * as data from './data.ts';
import { capacityUpdated } from './events.ts';
import type { CapacitySettingRow, Holiday } from './models.ts';
import { membersOf, requireUser, sprintOf } from './remote.ts';

const finite = (n: number, field: string) => {
  if (!Number.isFinite(n)) throw badInput(`${field} must be a number`, field);
  return n;
};

function focusFactor(n: number | null | undefined, field: string) {
  if (n == null) return null;
  if (finite(n, field) <= 0 || n > 1) throw badInput(`The focus factor is a share of the time: more than 0 and at most 1 (got ${n})`, field);
  return n;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Holidays: real dates, named, each date once, optionally within [from, to]. */
function holidays(list: readonly HolidayInput[], field: string, within?: { from: string; to: string }): Holiday[] {
  if (list.length > 366) throw badInput(`At most 366 holidays (got ${list.length})`, field);
  const seen = new Set<string>();
  return list.map((h, i) => {
    const date = h.date.trim();
    if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || utcDate(new Date(`${date}T00:00:00Z`)) !== date) {
      throw badInput(`Not a date: ${h.date} (YYYY-MM-DD)`, `${field}.${i}.date`);
    }
    if (within && (date < within.from || date > within.to))
      throw badInput(`${date} is not within the sprint (${within.from} to ${within.to})`, `${field}.${i}.date`);
    if (seen.has(date)) throw badInput(`${date} is listed twice`, `${field}.${i}.date`);
    seen.add(date);
    const name = h.name.trim();
    if (!name || name.length > 100) throw badInput('A holiday needs a name of at most 100 characters', `${field}.${i}.name`);
    return { date, name };
  });
}

/** Reads the sprint with its team, and checks that the caller manages that team. */
async function sprintOfTeam(ctx: Context, sprintId: string) {
  const id = parseId(sprintId, 'sprintId');
  const sprint = orNotFound(await sprintOf(ctx.runtime.client, ctx.tenantId, id), 'Sprint', sprintId);
  if (!sprint.teamId) throw badInput("The sprint's board has no team: assign it to one first (setBoardTeam)", 'sprintId');
  if (!sprint.startDate || !sprint.endDate) throw badInput('The sprint has no dates in JIRA yet: its capacity needs them', 'sprintId');
  requireTeamRole(ctx.identity, sprint.teamId);
  return { ...sprint, teamId: sprint.teamId, startDate: sprint.startDate, endDate: sprint.endDate };
}

/** Writes a settings row (defaults when sprintId is null) and answers it as stored. */
async function saveSettings(ctx: Context, teamId: string, sprintId: string | null, set: Partial<CapacitySettingRow>): Promise<CapacitySettingRow> {
  const { db, tenantId, loaders } = ctx;
  const current = sprintId ? (await loaders.overrides.load(sprintId)).find((o) => o.teamId === teamId) : ((await loaders.defaults.load(teamId)) ?? undefined);
  const row: CapacitySettingRow = {
    id: current?.id ?? randomUUID(),
    tenantId,
    teamId,
    sprintId,
    focusFactor: current?.focusFactor ?? null,
    defaultPointsPerDay: current?.defaultPointsPerDay ?? null,
    historySprints: current?.historySprints ?? null,
    hoursPerDay: current?.hoursPerDay ?? null,
    holidays: current?.holidays ?? [],
    ...set,
  };
  const stored = await data.upsertSetting(db, row);
  if (sprintId) loaders.overrides.clear(sprintId);
  else loaders.defaults.clear(teamId);
  loaders.settingsByTeam.clear(teamId);
  return stored;
}

/**
 * The team's capacity changed (its defaults: sprintId null; else that sprint's): once this commits,
 * its draft queues re-plan and live dashboards hear of it (CAPACITY_UPDATED).
 */
async function capacityChanged(ctx: Context, teamId: string, sprintId: string | null, cause: QueueInputCause) {
  await tellQueuesCapacityChanged(ctx.runtime.client, ctx.tenantId, teamId, cause);
  await capacityUpdated(ctx.runtime.events, ctx.tenantId, teamId, sprintId);
}

export async function setTeamCapacity(ctx: Context, teamIdArg: string, input: TeamCapacityInput): Promise<CapacitySettingRow> {
  const teamId = parseId(teamIdArg, 'teamId');
  requireTeamRole(ctx.identity, teamId);
  if (!(await membersOf(ctx.runtime.client, ctx.tenantId, teamId))) throw notFound('Team', teamIdArg);
  const set: Partial<CapacitySettingRow> = {};
  if (input.focusFactor !== undefined) set.focusFactor = focusFactor(input.focusFactor, 'input.focusFactor');
  if (input.defaultPointsPerDay !== undefined) {
    const n = input.defaultPointsPerDay;
    if (n != null && (finite(n, 'input.defaultPointsPerDay') < 0 || n > 100))
      throw badInput(`Points per day are 0 to 100 (got ${n})`, 'input.defaultPointsPerDay');
    set.defaultPointsPerDay = n;
  }
  if (input.historySprints !== undefined) {
    const n = input.historySprints;
    if (n != null && (n < 1 || n > MAX_HISTORY_SPRINTS)) throw badInput(`History is 1 to ${MAX_HISTORY_SPRINTS} sprints (got ${n})`, 'input.historySprints');
    set.historySprints = n;
  }
  if (input.hoursPerDay !== undefined) {
    const n = input.hoursPerDay;
    if (n != null && (finite(n, 'input.hoursPerDay') <= 0 || n > 24))
      throw badInput(`A person-day has more than 0 and at most 24 hours (got ${n})`, 'input.hoursPerDay');
    set.hoursPerDay = n;
  }
  if (input.holidays !== undefined) set.holidays = holidays(input.holidays ?? [], 'input.holidays');
  const row = await saveSettings(ctx, teamId, null, set);
  await audit(ctx, { action: 'capacity.team_set', targetType: 'Team', targetId: teamId, details: set });
  await capacityChanged(ctx, teamId, null, { kind: 'TEAM_CAPACITY' });
  if (set.holidays) await teamHolidaysChanged(ctx.runtime.client, ctx.tenantId, teamId, null);
  return row;
}

export async function setSprintCapacity(ctx: Context, sprintIdArg: string, input: SprintCapacityInput): Promise<CapacitySettingRow> {
  const sprint = await sprintOfTeam(ctx, sprintIdArg);
  const set: Partial<CapacitySettingRow> = {};
  if (input.focusFactor !== undefined) set.focusFactor = focusFactor(input.focusFactor, 'input.focusFactor');
  if (input.holidays !== undefined)
    set.holidays = holidays(input.holidays ?? [], 'input.holidays', { from: utcDate(sprint.startDate), to: utcDate(sprint.endDate) });
  const row = await saveSettings(ctx, sprint.teamId, sprint.id, set);
  await audit(ctx, { action: 'capacity.sprint_set', targetType: 'Sprint', targetId: sprint.id, details: { teamId: sprint.teamId, ...set } });
  await capacityChanged(ctx, sprint.teamId, sprint.id, { kind: 'SPRINT_CAPACITY', sprintId: sprint.id });
  if (set.holidays) await teamHolidaysChanged(ctx.runtime.client, ctx.tenantId, sprint.teamId, sprint.id);
  return row;
}

export async function setMemberAvailability(ctx: Context, sprintIdArg: string, userIdArg: string, daysOff: number): Promise<CapacitySettingRow> {
  const sprint = await sprintOfTeam(ctx, sprintIdArg);
  const userId = parseId(userIdArg, 'userId');
  const members = (await membersOf(ctx.runtime.client, ctx.tenantId, sprint.teamId)) ?? [];
  if (!members.some((m) => m.userId === userId)) {
    // Only a refusal asks whether the user exists: a member is one of the tenant's users.
    await requireUser(ctx.runtime.client, ctx.tenantId, userId);
    throw badInput(`User ${userIdArg} is not a member of the sprint's team`, 'userId');
  }
  if (finite(daysOff, 'daysOff') < 0) throw badInput(`Days off cannot be negative (got ${daysOff})`, 'daysOff');
  if (Math.round(daysOff * 2) !== daysOff * 2) throw badInput(`Days off are whole or half days (got ${daysOff})`, 'daysOff');
  const [defaults, overrides] = await Promise.all([ctx.loaders.defaults.load(sprint.teamId), ctx.loaders.overrides.load(sprint.id)]);
  const { days } = workingDays(
    sprint.startDate,
    sprint.endDate,
    effectiveSettings(
      defaults ?? undefined,
      overrides.find((o) => o.teamId === sprint.teamId),
    ).holidays,
  );
  if (daysOff > days) throw badInput(`The sprint has ${days} working days: ${daysOff} days off do not fit within it`, 'daysOff');

  await data.setDaysOff(ctx.db, [{ tenantId: ctx.tenantId, teamId: sprint.teamId, sprintId: sprint.id, userId, daysOff }]);
  const row = await saveSettings(ctx, sprint.teamId, sprint.id, {});
  ctx.loaders.daysOff.clear(sprint.id);
  await audit(ctx, { action: 'capacity.days_off_set', targetType: 'Sprint', targetId: sprint.id, details: { teamId: sprint.teamId, userId, daysOff } });
  await capacityChanged(ctx, sprint.teamId, sprint.id, { kind: 'DAYS_OFF', userId, sprintId: sprint.id });
  return row;
}
