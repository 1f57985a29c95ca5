import { DateTimeScalar, orNotFound, parseId } from '@sprint-reports/core';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query: {
    queue: async (_, { id }, { loaders }) => orNotFound(await loaders.queue.load(parseId(id)), 'Queue', id),
  },
  Queue: {
    __resolveReference: (ref, { loaders }) => loaders.queue.load(ref.id),
    sprint: (q) => ({ id: q.sprintId }),
    items: (q, _, { loaders }) => loaders.items.load(q.id),
    conflicts: (q, _, { loaders }) => loaders.conflicts.load(q.id),
  },
  QueueItem: {
    issue: (item) => ({ id: item.issueId }),
    reason: (item) => item.reason as 'CARRY_OVER' | 'RANK' | 'DEPENDENCY' | 'PINNED',
  },
  QueueConflict: {
    kind: (c) => c.kind as 'OVER_CAPACITY',
    issues: (c) => c.issueIds.map((id) => ({ id })),
  },
  Sprint: {
    __resolveReference: (ref) => ({ id: ref.id }),
    queue: async (sprint, _, { loaders }) => (await loaders.queuesBySprint.load(sprint.id))[0] ?? null,
  },
};
