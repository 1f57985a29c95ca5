import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { CapacityTeamMembersChangedDocument } from './__generated__/capacity.ts';

/**
 * Tells the capacity subgraph that teams' members changed (added, removed, discipline, allocation,
 * a member's name), so its copy follows: a notice (core's sendNotice), sent once the caller's
 * transaction commits, sent again by a job if capacity fails it; skipped by a process without
 * capacity, and for an empty list.
 */
export function capacityTeamsChanged(client: SubgraphClient, tenantId: string, teamIds: readonly string[]): Promise<void> {
  if (!teamIds.length) return Promise.resolve();
  return sendNotice(client, { subgraph: 'capacity', tenantId, document: CapacityTeamMembersChangedDocument, variables: { ids: [...new Set(teamIds)] } });
}
