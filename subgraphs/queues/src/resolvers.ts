import { DateTimeScalar, orNotFound, parseId } from '@sprint-reports/core';
import type { ConflictKind, LeftOutReason, QueueCauseKind, QueueItemReason, Resolvers } from './__generated__/resolvers-types.ts';
import { inputsChanged } from './jobs.ts';
import { acceptQueue, generateQueue, moveQueueItem, pinQueueItem, unpinQueueItem } from './mutations.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    queue: async (_, { id }, { loaders }) => orNotFound(await loaders.queue.load(parseId(id)), 'Queue', id),
  },
  Mutation: {
    generateQueue: (_, { sprintId, options }, ctx) => generateQueue(ctx, sprintId, options),
    pinQueueItem: (_, { queueId, issueId, position }, ctx) => pinQueueItem(ctx, queueId, issueId, position),
    unpinQueueItem: (_, { queueId, issueId }, ctx) => unpinQueueItem(ctx, queueId, issueId),
    moveQueueItem: (_, { queueId, issueId, position }, ctx) => moveQueueItem(ctx, queueId, issueId, position),
    acceptQueue: (_, { queueId }, ctx) => acceptQueue(ctx, queueId),
    // Notices (docs/architecture.md): each names its sender's fact; all re-plan through inputsChanged.
    teamMembershipChanged: (_, { teamId, userId }, { db, tenantId, runtime }) =>
      inputsChanged({ db, runtime }, tenantId, [parseId(teamId, 'teamId')], 'CAPACITY_CHANGED', {
        kind: 'TEAM_MEMBERS',
        userId: parseId(userId, 'userId'),
        sprintId: null,
      }),
    capacityChanged: (_, { teamId, cause }, { db, tenantId, runtime }) =>
      inputsChanged({ db, runtime }, tenantId, [parseId(teamId, 'teamId')], 'CAPACITY_CHANGED', {
        kind: cause.kind,
        userId: cause.userId ? parseId(cause.userId, 'cause.userId') : null,
        sprintId: cause.sprintId ? parseId(cause.sprintId, 'cause.sprintId') : null,
      }),
    backlogChanged: (_, __, { db, tenantId, runtime }) =>
      inputsChanged({ db, runtime }, tenantId, null, 'BACKLOG_CHANGED', { kind: 'BACKLOG', userId: null, sprintId: null }),
  },
  Queue: {
    __resolveReference: (ref, { loaders }) => loaders.queue.load(ref.id),
    sprint: (q) => ({ id: q.sprintId }),
    team: (q) => (q.teamId ? { id: q.teamId } : null),
    generatedBy: (q) => (q.generatedBy ? { id: q.generatedBy } : null),
    acceptedBy: (q) => (q.acceptedBy ? { id: q.acceptedBy } : null),
    items: (q, _, { loaders }) => loaders.items.load(q.id),
    conflicts: (q, _, { loaders }) => loaders.conflicts.load(q.id),
    cause: (q) => q.cause ?? null,
  },
  QueueCause: {
    kind: (c) => c.kind as QueueCauseKind,
    user: (c) => (c.userId ? { id: c.userId } : null),
    sprint: (c) => (c.sprintId ? { id: c.sprintId } : null),
  },
  QueueItem: {
    issue: (item) => ({ id: item.issueId }),
    reason: (item) => item.reason as QueueItemReason,
    pinned: (item) => item.reason === 'PINNED',
  },
  LeftOutIssue: {
    issue: (l) => ({ id: l.issueId }),
    reason: (l) => l.reason as LeftOutReason,
  },
  QueueConflict: {
    kind: (c) => c.kind as ConflictKind,
    issues: (c) => c.issueIds.map((id) => ({ id })),
  },
  Sprint: {
    __resolveReference: (ref) => ({ id: ref.id }),
    queue: (sprint, _, { loaders }) => loaders.queueBySprint.load(sprint.id),
  },
};
