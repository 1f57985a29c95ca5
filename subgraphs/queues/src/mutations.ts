import { audit, badInput, forbidden, orNotFound, parseId, requireTeamRole } from '@sprint-reports/core';
import type { Context } from './context.ts';
import { acceptQueue as accept, deletePin, setPin } from './data.ts';
import { generateQueue as generate } from './build-queue.ts';
import { plannedSprint } from './remote/planning-inputs.ts';
import { queuesUpdated } from './events.ts';
import { requireIssue } from './remote/index.ts';
import type { QueueRow } from './models.ts';

/** What planners do to queues; each change is audited, and every change re-plans the queue. */

const userOf = (ctx: Context) => (ctx.identity.kind === 'user' ? ctx.identity.userId : null);
const deps = (ctx: Context) => ({ db: ctx.db, client: ctx.runtime.client, events: ctx.runtime.events });

export async function generateQueue(ctx: Context, sprintIdArg: string, options: { includeCarryOver?: boolean | null } | null | undefined): Promise<QueueRow> {
  const sprintId = parseId(sprintIdArg, 'sprintId');
  const sprint = await plannedSprint(ctx.runtime.client, ctx.tenantId, sprintId);
  if (sprint.team) requireTeamRole(ctx.identity, sprint.team.id);
  const queue = (await generate(deps(ctx), ctx.tenantId, sprintId, { trigger: 'REQUESTED', userId: userOf(ctx), options, sprint }))!;
  await audit(ctx, { action: 'queue.generated', targetType: 'Queue', targetId: queue.id, details: { sprintId, options: queue.options } });
  ctx.loaders.queue.clear(queue.id);
  return queue;
}

/** The queue, if the caller plans for its team (a queue of no team: admins only). */
async function ownQueue(ctx: Context, queueIdArg: string): Promise<QueueRow> {
  const queue = orNotFound(await ctx.loaders.queue.load(parseId(queueIdArg, 'queueId')), 'Queue', queueIdArg);
  if (queue.teamId) requireTeamRole(ctx.identity, queue.teamId);
  else if (ctx.identity.kind === 'user' && ctx.identity.role !== 'ADMIN') throw forbidden('This queue belongs to no team: only admins may change it');
  return queue;
}

/**
 * An issue id the queue does not know: NOT_FOUND when the tenant has no such issue (asked of the
 * issues subgraph), else the caller's mistake. A queue's candidates were read from the tenant's own
 * issues, so an id the queue knows needs no call: only this refusal asks.
 */
async function unknownIssue(ctx: Context, issueId: string, why: string) {
  await requireIssue(ctx.runtime.client, ctx.tenantId, issueId);
  return badInput(`Issue ${issueId} ${why}`, 'issueId');
}

/** Where an issue is in the queue: its position, or null when it was left out; refuses non-candidates. */
async function placeOf(ctx: Context, queue: QueueRow, issueId: string): Promise<{ position: number | null; count: number }> {
  const items = await ctx.loaders.items.load(queue.id);
  const item = items.find((i) => i.issueId === issueId);
  if (!item && !queue.leftOut.some((l) => l.issueId === issueId))
    throw await unknownIssue(ctx, issueId, 'is not a candidate of this queue (not in it, not left out)');
  return { position: item?.position ?? null, count: items.length };
}

function validPosition(position: number, place: { position: number | null; count: number }) {
  // An item can go anywhere in the queue; one left out, anywhere up to just after the last item.
  const last = place.position === null ? place.count + 1 : place.count;
  if (!Number.isInteger(position) || position < 1 || position > last) throw badInput(`Position ${position} is outside the queue (1 to ${last})`, 'position');
  return position;
}

async function replan(ctx: Context, queue: QueueRow, action: string, details: Record<string, unknown>): Promise<QueueRow> {
  const updated = (await generate(deps(ctx), ctx.tenantId, queue.sprintId, { trigger: 'PINS_CHANGED', userId: userOf(ctx) }))!;
  await audit(ctx, { action, targetType: 'Queue', targetId: queue.id, details });
  ctx.loaders.queue.clear(queue.id);
  ctx.loaders.items.clear(queue.id);
  ctx.loaders.conflicts.clear(queue.id);
  ctx.loaders.pins.clear(queue.sprintId);
  return updated;
}

export async function pinQueueItem(ctx: Context, queueIdArg: string, issueIdArg: string, positionArg: number | null | undefined): Promise<QueueRow> {
  const queue = await ownQueue(ctx, queueIdArg);
  const issueId = parseId(issueIdArg, 'issueId');
  const place = await placeOf(ctx, queue, issueId);
  const position = positionArg == null ? (place.position ?? place.count + 1) : validPosition(positionArg, place);
  await setPin(ctx.db, { tenantId: ctx.tenantId, sprintId: queue.sprintId, issueId, position });
  return replan(ctx, queue, 'queue.pinned', { issueId, position });
}

export async function moveQueueItem(ctx: Context, queueIdArg: string, issueIdArg: string, positionArg: number): Promise<QueueRow> {
  const queue = await ownQueue(ctx, queueIdArg);
  const issueId = parseId(issueIdArg, 'issueId');
  const place = await placeOf(ctx, queue, issueId);
  const position = validPosition(positionArg, place);
  await setPin(ctx.db, { tenantId: ctx.tenantId, sprintId: queue.sprintId, issueId, position });
  return replan(ctx, queue, 'queue.moved', { issueId, from: place.position, to: position });
}

export async function unpinQueueItem(ctx: Context, queueIdArg: string, issueIdArg: string): Promise<QueueRow> {
  const queue = await ownQueue(ctx, queueIdArg);
  const issueId = parseId(issueIdArg, 'issueId');
  if (!(await deletePin(ctx.db, ctx.tenantId, queue.sprintId, issueId)).length) throw await unknownIssue(ctx, issueId, 'is not pinned in this queue');
  return replan(ctx, queue, 'queue.unpinned', { issueId });
}

export async function acceptQueue(ctx: Context, queueIdArg: string): Promise<QueueRow> {
  const queue = await ownQueue(ctx, queueIdArg);
  if (queue.status === 'ACCEPTED' && !queue.outdatedAt) return queue;
  const accepted = await accept(ctx.db, ctx.tenantId, queue.id, userOf(ctx), new Date());
  await queuesUpdated(ctx.runtime.events, [accepted]);
  await audit(ctx, {
    action: 'queue.accepted',
    targetType: 'Queue',
    targetId: queue.id,
    details: { sprintId: queue.sprintId, items: (await ctx.loaders.items.load(queue.id)).length },
  });
  ctx.loaders.queue.clear(queue.id);
  return accepted;
}
