import { isUuid, type SubgraphClient } from '@sprint-reports/core';
import { CapacitySprintDocument } from './remote/__generated__/sprints.ts';
import { RequireUserDocument } from './remote/__generated__/users.ts';
import { teamMembers } from './remote/users.ts';
import type { Member } from './models.ts';

/**
 * What capacity's mutations check with other domains, through their subgraphs (`_entities`), never
 * their tables: the sprint being set (sprints) and the team's members (users). Queries read none of
 * this: they read the read model (read-model.ts).
 */

/** A sprint's dates and team as the sprints subgraph holds them now; null for one the tenant does not have. */
export async function sprintOf(
  client: SubgraphClient,
  tenantId: string,
  sprintId: string,
): Promise<{ id: string; startDate: Date | null; endDate: Date | null; teamId: string | null } | null> {
  if (!isUuid(sprintId)) return null;
  const [s] = await client.entities('sprints', tenantId, CapacitySprintDocument, 'Sprint', [{ id: sprintId }]);
  return s
    ? { id: s.id, startDate: s.startDate ? new Date(s.startDate) : null, endDate: s.endDate ? new Date(s.endDate) : null, teamId: s.team?.id ?? null }
    : null;
}

/** A team's members as the users subgraph holds them now; null for a team the tenant does not have. */
export async function membersOf(client: SubgraphClient, tenantId: string, teamId: string): Promise<Member[] | null> {
  if (!isUuid(teamId)) return null;
  const [members] = await teamMembers(client, tenantId, [teamId]);
  return members;
}

/** NOT_FOUND unless the caller's tenant has the user (asked of the users subgraph as that tenant). */
export const requireUser = (client: SubgraphClient, tenantId: string, userId: string) =>
  client.requireEntity('users', tenantId, RequireUserDocument, 'User', userId);
