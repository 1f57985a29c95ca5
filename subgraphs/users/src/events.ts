import type { Context } from './context.ts';

/*
 * What the users subgraph announces on the event bus (docs/live.md), each once the caller's
 * transaction commits. It consumes no events.
 */

type Publisher = Pick<Context, 'tenantId' | 'runtime'>;

/** ACCESS_CHANGED: a user's access changed (disabled or enabled, tenant role, a team role); routers forget what they knew of it. */
export const announceAccessChanged = (ctx: Publisher, userId: string) => ctx.runtime.events.publish({ type: 'ACCESS_CHANGED', tenantId: ctx.tenantId, userId });

/** TEAM_MEMBERS_CHANGED: a team's members were added, changed (discipline, allocation) or removed. */
export const announceTeamMembersChanged = (ctx: Publisher, teamId: string) =>
  ctx.runtime.events.publish({ type: 'TEAM_MEMBERS_CHANGED', tenantId: ctx.tenantId, teamId });
