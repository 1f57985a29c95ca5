import { randomUUID } from 'node:crypto';
import { badInput, type Database, type Runtime } from '@sprint-reports/core';
import type { Unsubscribed } from '../__generated__/resolvers-types.ts';
import type { Context } from '../context.ts';
import * as data from '../data.ts';
import { verifyUnsubscribe } from '../links.ts';
import { teamById } from '../remote/teams.ts';
import type { ScheduleRow } from '../models.ts';
import { cadenceOf } from '../cron.ts';

/**
 * A schedule for people, as its emails and unsubscribe pages name it: "the weekly SPRINT report of
 * Atlas". The team's name is the users subgraph's: not asked while answering a query (reads are
 * one way), so the page that asks to confirm says "the weekly SPRINT report".
 */
export async function describeSchedule(runtime: Runtime, tenantId: string, schedule: ScheduleRow, withTeam = true): Promise<string> {
  const team = withTeam ? await teamById(runtime.client, tenantId, schedule.teamId) : null;
  const of = team ? ` of ${team.name}` : '';
  const cadence = schedule.cron ? cadenceOf(schedule.cron) : null;
  const report = `the ${cadence ? `${cadence} ` : ''}${schedule.kind} report${of}`;
  if (!schedule.cron) return `${report} sent when a sprint closes`;
  const when = cadence ? '' : ` sent on "${schedule.cron}" (${schedule.timeZone})`;
  return `${report}${when}${schedule.atSprintClose ? ' and when a sprint closes' : ''}`;
}

/**
 * An unsubscribe link followed (the router's page or its one-click POST): the address gets no more
 * emails of the schedule the link names, or of the tenant when it names none. Following it again
 * changes nothing.
 */
export async function unsubscribeReportEmail(ctx: Pick<Context, 'db' | 'tenantId' | 'runtime'>, token: string): Promise<Unsubscribed> {
  const { db, tenantId } = ctx;
  const link = await linkOf(db, tenantId, token);
  await data.insertUnsubscribe(db, { id: randomUUID(), tenantId, email: link.email, scheduleId: link.scheduleId });
  return describeLink(ctx, link, true);
}

/** What the link would do, its signature checked, without doing it: for the page that asks to confirm. */
export async function unsubscribeLink(ctx: Pick<Context, 'db' | 'tenantId' | 'runtime'>, token: string): Promise<Unsubscribed> {
  return describeLink(ctx, await linkOf(ctx.db, ctx.tenantId, token), false);
}

async function linkOf(db: Database, tenantId: string, token: string) {
  const link = await verifyUnsubscribe(db, tenantId, token);
  if (!link) throw badInput('This unsubscribe link is not valid', 'token');
  return link;
}

async function describeLink(
  { db, tenantId, runtime }: Pick<Context, 'db' | 'tenantId' | 'runtime'>,
  link: { email: string; scheduleId: string | null },
  withTeam: boolean,
): Promise<Unsubscribed> {
  return { email: link.email, scope: link.scheduleId ? await scheduleScope(db, runtime, tenantId, link.scheduleId, withTeam) : null };
}

async function scheduleScope(db: Database, runtime: Runtime, tenantId: string, scheduleId: string, withTeam: boolean): Promise<string> {
  const [schedule] = await data.schedulesByIds(db, tenantId, [scheduleId]);
  return schedule ? describeSchedule(runtime, tenantId, schedule, withTeam) : 'a report schedule that has since been deleted';
}
