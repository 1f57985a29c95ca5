import { notFound, type SubgraphClient } from '@sprint-reports/core';

/**
 * What the sprints subgraph asks other domains, through their subgraphs (`_entities`), when a write
 * names one of their entities: a board's team is the users subgraph's. Mutations only: reads join
 * through the gateway's query plan, never by one subgraph calling another.
 */

const TEAMS = /* GraphQL */ `
  query SprintsTeamExists($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team { id } } }
`;

/**
 * NOT_FOUND unless the caller's tenant has the team: the users subgraph answers as that tenant, so
 * another tenant's team is as absent as one that never was. One `_entities` call.
 */
export async function requireTeam(client: SubgraphClient, tenantId: string, teamId: string): Promise<void> {
  const [team] = await client.entities<{ id: string }>('users', tenantId, TEAMS, [{ __typename: 'Team', id: teamId }]);
  if (!team) throw notFound('Team', teamId);
}
