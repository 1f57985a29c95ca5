import type { SubgraphClient } from '@sprint-reports/core';
import { SprintTeamMembersDocument } from './__generated__/users.ts';

/** Each team's members' disciplines by user id (users subgraph, `_entities`), in the order of `teamIds`; null for a team the tenant does not have. */
export async function teamDisciplinesByUser(client: SubgraphClient, tenantId: string, teamIds: readonly string[]): Promise<(Record<string, string> | null)[]> {
  const teams = await client.entities(
    'users',
    tenantId,
    SprintTeamMembersDocument,
    'Team',
    teamIds.map((id) => ({ id })),
  );
  return teams.map((t) => (t ? Object.fromEntries(t.members.map((m) => [m.user.id, m.discipline])) : null));
}
