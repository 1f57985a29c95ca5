import type { SubgraphClient } from '@sprint-reports/core';
import { QueueTeamMembersDocument } from './__generated__/users.ts';

/** A team member as planning reads them: their discipline, and their name for conflict messages. */
export interface TeamMember {
  userId: string;
  displayName: string;
  discipline: string;
}

/** The teams' members (users subgraph, `_entities`), in the order of `teamIds`; null for a team the tenant does not have. */
export async function teamMembers(client: SubgraphClient, tenantId: string, teamIds: readonly string[]): Promise<(TeamMember[] | null)[]> {
  const teams = await client.entities(
    'users',
    tenantId,
    QueueTeamMembersDocument,
    'Team',
    teamIds.map((id) => ({ id })),
  );
  return teams.map((t) => t?.members.map((m) => ({ userId: m.user.id, displayName: m.user.displayName, discipline: m.discipline })) ?? null);
}
