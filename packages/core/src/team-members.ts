import type { SubgraphClient } from './subgraph-client.ts';

/** A team member as the users subgraph holds them: what capacity, analysis and planning count by. */
export interface TeamMemberRef {
  userId: string;
  /** The user's name as people read it (conflict messages name people, never ids). */
  displayName?: string;
  discipline: string;
  allocationPercent: number;
}

const TEAM_MEMBERS = /* GraphQL */ `
  query TeamMembers($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Team { members { user { id displayName } discipline allocationPercent } } }
  }
`;

/** The teams' members (users subgraph, `_entities`), in the order of `teamIds`; null for a team the tenant does not have. */
export async function teamMembers(client: SubgraphClient, tenantId: string, teamIds: readonly string[]): Promise<(TeamMemberRef[] | null)[]> {
  const teams = await client.entities<{ members: { user: { id: string; displayName: string }; discipline: string; allocationPercent: number }[] }>(
    'users',
    tenantId,
    TEAM_MEMBERS,
    teamIds.map((id) => ({ __typename: 'Team', id })),
  );
  return teams.map((t) => t?.members.map((m) => ({ userId: m.user.id, displayName: m.user.displayName, discipline: m.discipline, allocationPercent: m.allocationPercent })) ?? null);
}
