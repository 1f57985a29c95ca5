import type { SubgraphClient } from '@sprint-reports/core';
import { CapacityTeamMembersDocument } from './__generated__/users.ts';

/** A team member as the users subgraph holds them: what capacity counts by. */
export interface TeamMember {
  userId: string;
  /** The user's name as people read it (conflict messages name people, never ids). */
  displayName?: string;
  discipline: string;
  allocationPercent: number;
}

/** The teams' members (users subgraph, `_entities`), in the order of `teamIds`; null for a team the tenant does not have. */
export async function teamMembers(client: SubgraphClient, tenantId: string, teamIds: readonly string[]): Promise<(TeamMember[] | null)[]> {
  const teams = await client.entities(
    'users',
    tenantId,
    CapacityTeamMembersDocument,
    'Team',
    teamIds.map((id) => ({ id })),
  );
  return teams.map(
    (t) =>
      t?.members.map((m) => ({ userId: m.user.id, displayName: m.user.displayName, discipline: m.discipline, allocationPercent: m.allocationPercent })) ?? null,
  );
}
