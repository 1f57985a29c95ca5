import type { EventBus } from '@sprint-reports/core';

/*
 * What the capacity subgraph announces on the event bus (docs/live.md), once the caller's transaction
 * commits. It consumes no events: owners of what capacity reads tell it of changes with internal
 * mutations (sprintInputsChanged, teamMembersChanged, sprintQueuesChanged: read-model.ts).
 */

/**
 * CAPACITY_UPDATED: the team's capacity changed, in one sprint (its settings or days off) or in
 * every sprint (sprintId null: the team's defaults, or the read model filled for it).
 */
export const capacityUpdated = (events: EventBus, tenantId: string, teamId: string, sprintId: string | null) =>
  events.publish({ type: 'CAPACITY_UPDATED', tenantId, teamId, sprintId });
