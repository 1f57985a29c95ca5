import type { SubgraphClient } from '@sprint-reports/core';
import type { TeamRef } from '../report-model.ts';

/** Teams are the users subgraph's: their names (and whether they exist) come from there. */
const TEAMS = /* GraphQL */ `
  query ReportTeams($representations: [_Any!]!) { _entities(representations: $representations) { ... on Team { id name } } }
`;

/** The tenant's teams of these ids that exist, by id. */
export async function teamsByIds(client: SubgraphClient, tenantId: string, ids: readonly string[]): Promise<Map<string, TeamRef>> {
  const found = await client.entities<TeamRef>('users', tenantId, TEAMS, [...new Set(ids)].map((id) => ({ __typename: 'Team', id })));
  return new Map(found.filter((t): t is TeamRef => !!t).map((t) => [t.id, t]));
}

export async function teamById(client: SubgraphClient, tenantId: string, id: string): Promise<TeamRef | null> {
  return (await teamsByIds(client, tenantId, [id])).get(id) ?? null;
}
