import type { SubgraphClient } from '@sprint-reports/core';
import { RequireTeamDocument } from './remote/__generated__/users.ts';

/**
 * What the sprints subgraph asks other domains, through their subgraphs (`_entities`), when a write
 * names one of their entities: a board's team is the users subgraph's. Mutations only: reads join
 * through the gateway's query plan, never by one subgraph calling another.
 */

/** NOT_FOUND unless the caller's tenant has the team. */
export const requireTeam = (client: SubgraphClient, tenantId: string, teamId: string) =>
  client.requireEntity('users', tenantId, RequireTeamDocument, 'Team', teamId);
