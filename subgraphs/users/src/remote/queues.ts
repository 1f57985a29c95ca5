import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { TeamMembershipChangedDocument } from './__generated__/queues.ts';

/**
 * Tells the queues subgraph that a member joined or left team `teamId` (or their discipline or
 * allocation changed): its draft queues re-plan from the team's new capacity. A notice (core's sendNotice): sent once the caller's transaction commits, so the
 * regeneration reads the change; sent again by a job if queues fails it. A process that runs
 * without the queues subgraph (a subgraph alone, in tests) skips it.
 */
export function teamMembershipChanged(client: SubgraphClient, tenantId: string, teamId: string, userId: string): Promise<void> {
  return sendNotice(client, { subgraph: 'queues', tenantId, document: TeamMembershipChangedDocument, variables: { teamId, userId } });
}
