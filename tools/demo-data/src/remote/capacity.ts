import { sendNotice, type SubgraphClient } from '@sprint-reports/core';
import { CapacitySprintInputsChangedDocument, CapacityTeamMembersChangedDocument } from './__generated__/capacity.ts';

/**
 * Tells the capacity subgraph to copy these sprints and teams into its read model, as the owners'
 * mutations would have (the seed writes the owners' tables straight). Notices, as theirs are.
 */
export async function capacityCopies(client: SubgraphClient, tenantId: string, sprintIds: readonly string[], teamIds: readonly string[]): Promise<void> {
  if (sprintIds.length)
    await sendNotice(client, { subgraph: 'capacity', tenantId, document: CapacitySprintInputsChangedDocument, variables: { ids: [...new Set(sprintIds)] } });
  if (teamIds.length)
    await sendNotice(client, { subgraph: 'capacity', tenantId, document: CapacityTeamMembersChangedDocument, variables: { ids: [...new Set(teamIds)] } });
}
