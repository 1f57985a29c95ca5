import { randomUUID } from 'node:crypto';
import { appError, audit, badInput, notFound, orNotFound, parseId, requireTeamRole, type Database, type Runtime } from '@sprint-reports/core';
import type { CreateReportScheduleInput, UpdateReportScheduleInput } from '../__generated__/resolvers-types.ts';
import type { Context } from '../context.ts';
import * as data from '../data.ts';
import { createDeliveries } from '../email/deliveries.ts';
import { recipientList, requireMailer } from '../email/mailer.ts';
import { requestReport } from '../report-job.ts';
import type { ReportRow, ScheduleRow } from '../models.ts';
import { DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS, dateRange, type ReportRequest } from '../request.ts';
import { teamById } from '../remote/teams.ts';
import { ReportScheduleAnalysedAtDocument, ReportScheduleTeamSprintsDocument, type SprintState } from '../remote/__generated__/sprints.ts';
import { assertNotTooOften, nextRun, timeZoneOf, todayIn } from '../cron.ts';

/**
 * Report schedules: a team's report emailed on a cron expression (in the schedule's time zone)
 * and/or whenever one of its sprints closes. `fireSchedule` fires one; the scheduler (jobs.ts
 * runDueSchedules) fires what is due every minute.
 */
/** How many closed sprints a scheduled VELOCITY report shows (as JIRA). */
const VELOCITY_SPRINTS = 7;

interface TeamSprint {
  id: string;
  state: SprintState;
  completeDate: string | null;
}

/** The sprints of the team's boards, as the sprints subgraph has them. */
async function teamSprints(runtime: Runtime, tenantId: string, teamId: string): Promise<TeamSprint[]> {
  const [team] = await runtime.client.entities('sprints', tenantId, ReportScheduleTeamSprintsDocument, 'Team', [{ id: teamId }]);
  return team?.boards?.flatMap((b) => b.sprints) ?? [];
}

const byCompleteDate = (a: TeamSprint, b: TeamSprint) => Date.parse(a.completeDate ?? '') - Date.parse(b.completeDate ?? '');

/**
 * The sprints of `closed` whose analysis was computed after they closed. A sync or webhook commits
 * a sprint's close before its analysis is refreshed (the issues come after): reported earlier, the
 * email would carry the numbers from before the close. The next tick finds it ready.
 */
async function analysedAfterClose(runtime: Runtime, tenantId: string, closed: TeamSprint[]): Promise<TeamSprint[]> {
  const found = await runtime.client.entities(
    'sprints',
    tenantId,
    ReportScheduleAnalysedAtDocument,
    'Sprint',
    closed.map((s) => ({ id: s.id })),
  );
  const analysedAt = new Map(found.filter((s) => s?.analysis).map((s) => [s!.id, Date.parse(s!.analysis!.computedAt)]));
  return closed.filter((s) => (analysedAt.get(s.id) ?? -Infinity) >= Date.parse(s.completeDate!));
}

/** What a schedule is made of, as people may set it: checked the same on create and update. */
interface ScheduleSettings {
  kind: ScheduleRow['kind'];
  format: ScheduleRow['format'];
  recipients: string[];
  cron: string | null;
  timeZone: string;
  atSprintClose: boolean;
  rangeDays: number;
}

/** BAD_USER_INPUT (at its field) for what a schedule cannot be; the settings as stored (addresses deduplicated, time zone canonical). */
function checkSettings(s: ScheduleSettings, now: Date): ScheduleSettings {
  const recipients = recipientList(s.recipients, 'input.recipients');
  const timeZone = timeZoneOf(s.timeZone, 'input.timeZone');
  const cron = s.cron?.trim() || null;
  if (!cron && !s.atSprintClose) throw badInput('A schedule needs a cron expression, atSprintClose: true, or both', 'input.cron');
  if (cron) {
    nextRun(cron, timeZone, now, 'input.cron');
    assertNotTooOften(cron, timeZone, now);
  }
  if (!Number.isInteger(s.rangeDays) || s.rangeDays < 1 || s.rangeDays > MAX_RANGE_DAYS)
    throw badInput(`rangeDays is 1 to ${MAX_RANGE_DAYS} (got ${s.rangeDays})`, 'input.rangeDays');
  return { ...s, recipients, timeZone, cron };
}

/** createReportSchedule: validated, its first cron time worked out; sprints that close from now on are reported. */
export async function createReportSchedule(ctx: Context, input: CreateReportScheduleInput): Promise<ScheduleRow> {
  const { db, tenantId, runtime, identity } = ctx;
  const teamId = parseId(input.teamId, 'input.teamId');
  requireTeamRole(identity, teamId);
  requireMailer(runtime);
  const now = new Date();
  const settings = checkSettings(
    {
      kind: input.kind,
      format: input.format,
      recipients: input.recipients,
      cron: input.cron ?? null,
      timeZone: input.timeZone ?? 'UTC',
      atSprintClose: input.atSprintClose ?? false,
      rangeDays: input.rangeDays ?? DEFAULT_RANGE_DAYS,
    },
    now,
  );
  if (!(await teamById(runtime.client, tenantId, teamId))) throw notFound('Team', input.teamId);
  const schedule = await data.insertSchedule(db, {
    id: randomUUID(),
    tenantId,
    teamId,
    ...settings,
    nextRunAt: settings.cron ? nextRun(settings.cron, settings.timeZone, now) : null,
    closedAfter: now,
    createdBy: identity.kind === 'user' ? identity.userId : null,
    createdAt: now,
  });
  const { kind, format, recipients, cron, timeZone, atSprintClose, rangeDays } = schedule;
  await audit(ctx, {
    action: 'report_schedule.created',
    targetType: 'ReportSchedule',
    targetId: schedule.id,
    details: { teamId, kind, format, recipients, cron, timeZone, atSprintClose, rangeDays },
  });
  return schedule;
}

/**
 * updateReportSchedule: the given fields changed, checked as on create. Its next cron time is
 * worked out again when the expression or time zone changes or it is resumed; paused, it has none.
 * Sprint closes are looked for from now on when it is resumed or starts reporting them, so nothing
 * that closed meanwhile arrives late.
 */
export async function updateReportSchedule(ctx: Context, idArg: string, input: UpdateReportScheduleInput): Promise<ScheduleRow> {
  const { db, tenantId, identity } = ctx;
  const id = parseId(idArg);
  const current = orNotFound(await data.lockSchedule(db, tenantId, id), 'ReportSchedule', idArg);
  requireTeamRole(identity, current.teamId);
  const now = new Date();
  // An explicit null clears the cron expression; an absent field keeps each setting.
  const keep = <T>(given: T | null | undefined, was: T): T => (given == null ? was : given);
  const settings = checkSettings(
    {
      kind: keep(input.kind, current.kind),
      format: keep(input.format, current.format),
      recipients: keep(input.recipients, current.recipients),
      cron: input.cron === undefined ? current.cron : input.cron,
      timeZone: keep(input.timeZone, current.timeZone),
      atSprintClose: keep(input.atSprintClose, current.atSprintClose),
      rangeDays: keep(input.rangeDays, current.rangeDays),
    },
    now,
  );
  const paused = keep(input.paused, current.paused);
  const resumed = current.paused && !paused;
  const timesChanged = settings.cron !== current.cron || settings.timeZone !== current.timeZone;
  const nextRunAt =
    paused || !settings.cron ? null : resumed || timesChanged || !current.nextRunAt ? nextRun(settings.cron, settings.timeZone, now) : current.nextRunAt;
  const closedAfter = resumed || (settings.atSprintClose && !current.atSprintClose) ? now : current.closedAfter;
  const updated = orNotFound(await data.updateSchedule(db, tenantId, id, { ...settings, paused, nextRunAt, closedAfter }), 'ReportSchedule', idArg);
  // What changed, before and after: the audit log says who paused what.
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of ['kind', 'format', 'recipients', 'cron', 'timeZone', 'atSprintClose', 'rangeDays', 'paused'] as const) {
    if (JSON.stringify(current[key]) !== JSON.stringify(updated[key])) changes[key] = { from: current[key], to: updated[key] };
  }
  const action = resumed ? 'report_schedule.resumed' : paused && !current.paused ? 'report_schedule.paused' : 'report_schedule.updated';
  await audit(ctx, { action, targetType: 'ReportSchedule', targetId: id, details: { teamId: current.teamId, changes, nextRunAt } });
  return updated;
}

/**
 * runReportSchedule: the schedule's reports requested now, as a cron firing would request them,
 * and their emails recorded (sent once each report is READY). Its cron times stay; paused or not.
 */
export async function runReportSchedule(ctx: Context, idArg: string): Promise<ReportRow[]> {
  const { db, tenantId, runtime, identity } = ctx;
  const id = parseId(idArg);
  // Locked: a firing at the same moment finishes first (or waits for this).
  const schedule = orNotFound(await data.lockSchedule(db, tenantId, id), 'ReportSchedule', idArg);
  requireTeamRole(identity, schedule.teamId);
  requireMailer(runtime);
  const now = new Date();
  const requests =
    schedule.kind === 'SPRINT'
      ? currentSprints(await teamSprints(runtime, tenantId, schedule.teamId)).map((s) => ({ kind: schedule.kind, format: schedule.format, sprintId: s.id }))
      : [teamRequest(schedule, now)];
  if (!requests.length) throw appError('PRECONDITION_FAILED', 'The team has no active or closed sprint: there is no sprint report to send yet');
  const reports: ReportRow[] = [];
  for (const request of requests) {
    // Queued like a firing's: its generation sends the emails recorded here once it is READY.
    const userId = identity.kind === 'user' ? identity.userId : null;
    const report = await requestReport({ db, runtime }, tenantId, request, { userId, scheduleId: schedule.id });
    await createDeliveries(db, tenantId, report.id, schedule.recipients, { scheduleId: schedule.id, requestedBy: userId });
    reports.push(report);
  }
  await data.updateSchedule(db, tenantId, id, { lastRunAt: now });
  await audit(ctx, {
    action: 'report_schedule.run',
    targetType: 'ReportSchedule',
    targetId: id,
    details: { teamId: schedule.teamId, reports: reports.map((r) => r.id), recipients: schedule.recipients },
  });
  return reports;
}

/** deleteReportSchedule: no more firings, and its emails not sent yet are not sent; the reports it made and the delivery log stay. */
export async function deleteReportSchedule(ctx: Context, idArg: string): Promise<boolean> {
  const id = parseId(idArg);
  const schedule = orNotFound(await ctx.loaders.schedule.load(id), 'ReportSchedule', idArg);
  requireTeamRole(ctx.identity, schedule.teamId);
  await data.deleteSchedule(ctx.db, ctx.tenantId, id);
  await data.failWaitingDeliveriesOfSchedule(ctx.db, ctx.tenantId, id, 'The schedule was deleted');
  await audit(ctx, {
    action: 'report_schedule.deleted',
    targetType: 'ReportSchedule',
    targetId: id,
    details: { teamId: schedule.teamId, kind: schedule.kind },
  });
  return true;
}

/**
 * What a schedule's report covers when it fires at `now` for a reason other than one sprint's close.
 * `through`: a day the range must reach (a closed sprint's UTC day, which reports place sprints by:
 * late in the evening west of UTC it is already tomorrow).
 */
function teamRequest(schedule: ScheduleRow, now: Date, through?: string): ReportRequest {
  const { kind, format, teamId } = schedule;
  switch (kind) {
    case 'VELOCITY':
      return { kind, format, teamId, last: VELOCITY_SPRINTS };
    case 'CAPACITY':
    case 'HISTORY': {
      const today = todayIn(schedule.timeZone, now);
      return { kind, format, teamId, ...dateRange(null, through && through > today ? through : today, now, schedule.rangeDays) };
    }
    case 'SPRINT':
      throw new Error('A SPRINT report is about a sprint');
  }
}

/** A cron firing of a SPRINT schedule reports the team's active sprints, else its latest closed one. */
function currentSprints(sprints: TeamSprint[]): TeamSprint[] {
  const active = sprints.filter((s) => s.state === 'ACTIVE');
  if (active.length) return active;
  const closed = sprints.filter((s) => s.state === 'CLOSED' && s.completeDate).sort(byCompleteDate);
  return closed.slice(-1);
}

/**
 * Fires one schedule in its tenant's transaction, if it is still due and no other process holds
 * it: requests its reports (as the schedule, no user), records their emails (sent when each report
 * is READY), and moves it on. Answers how many reports it requested.
 */
export async function fireSchedule(deps: { db: Database; runtime: Runtime }, tenantId: string, scheduleId: string, now: Date): Promise<number> {
  const { db, runtime } = deps;
  const schedule = await data.claimSchedule(db, tenantId, scheduleId, now);
  if (!schedule) return 0;
  const cronDue = !!schedule.cron && !!schedule.nextRunAt && schedule.nextRunAt <= now;
  const requests: ReportRequest[] = [];
  const set: Partial<ScheduleRow> = {};
  let sprints: TeamSprint[] | undefined;

  if (schedule.atSprintClose) {
    // Each closed sprint once, whenever its close is learnt (a board's webhook lost, found by a later sync).
    sprints = await teamSprints(runtime, tenantId, schedule.teamId);
    const closedAfter = schedule.closedAfter?.getTime() ?? -Infinity;
    const candidates = sprints.filter((s) => s.state === 'CLOSED' && s.completeDate && Date.parse(s.completeDate) > closedAfter);
    const reported = await data.reportedSprints(
      db,
      tenantId,
      schedule.id,
      candidates.map((s) => s.id),
    );
    const unreported = candidates.filter((s) => !reported.has(s.id));
    const closed = (unreported.length ? await analysedAfterClose(runtime, tenantId, unreported) : []).sort(byCompleteDate);
    if (closed.length) {
      if (schedule.kind === 'SPRINT') requests.push(...closed.map((s) => ({ kind: schedule.kind, format: schedule.format, sprintId: s.id })));
      else requests.push(teamRequest(schedule, now, closed.at(-1)!.completeDate!.slice(0, 10)));
      await data.markSprintsReported(
        db,
        tenantId,
        schedule.id,
        closed.map((s) => s.id),
      );
    }
  }
  if (cronDue) {
    if (schedule.kind === 'SPRINT') {
      const current = currentSprints(sprints ?? (await teamSprints(runtime, tenantId, schedule.teamId)));
      if (!current.length)
        runtime.log.info(
          { tenantId, scheduleId, teamId: schedule.teamId },
          'Report schedule fired, but its team has no active or closed sprint: nothing to report',
        );
      // A sprint whose close was just reported is not reported twice in one firing.
      for (const s of current) if (!requests.some((r) => r.sprintId === s.id)) requests.push({ kind: schedule.kind, format: schedule.format, sprintId: s.id });
    } else if (!requests.length) {
      requests.push(teamRequest(schedule, now));
    }
    // Missed times (the server was down) collapse into this one firing.
    set.nextRunAt = nextRun(schedule.cron!, schedule.timeZone, now);
  }
  if (!cronDue && !requests.length) return 0;

  let requested = 0;
  for (const request of requests) {
    try {
      // A savepoint each: one that fails (a sprint deleted since) leaves the transaction usable for the others.
      await db.transaction(async (sp) => {
        const report = await requestReport({ db: sp, runtime }, tenantId, request, { userId: null, scheduleId: schedule.id });
        await createDeliveries(sp, tenantId, report.id, schedule.recipients, { scheduleId: schedule.id, requestedBy: null });
      });
      requested++;
    } catch (err) {
      // What it is about is gone (a sprint deleted, the team removed): the others still go.
      runtime.log.warn({ tenantId, scheduleId, request, err: (err as Error).message }, 'A scheduled report could not be requested');
    }
  }
  await data.updateSchedule(db, tenantId, schedule.id, { ...set, lastRunAt: now });
  runtime.log.info({ tenantId, scheduleId, kind: schedule.kind, reports: requested, cron: cronDue, nextRunAt: set.nextRunAt }, 'Report schedule fired');
  return requested;
}
