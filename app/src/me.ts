/**
 * Who is signed in and what their role lets them do: pages hide every control the role cannot use
 * (the API refuses it anyway; a viewer should not meet buttons that only fail).
 *
 * Our own access token already says it (role and team roles, re-issued whenever they change, and
 * refused by the router once stale), so pages ask nothing of the API for it. A session signed in
 * through the identity provider carries the provider's token: then `me` (with its team roles) is read once.
 */
import { useContext, useSyncExternalStore } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from './gql/index.ts';
import type { Role, TeamRole } from './gql/graphql.ts';

import { SessionContext } from './session-context.ts';

const MeQuery = graphql(`
  query Me { me { id email role teamRoles { team { id } role } } }
`);

export interface Me {
  id: string;
  email: string;
  role: Role;
  /** Team roles by team id. */
  teams: Record<string, TeamRole>;
}

const rank: Record<Role, number> = { VIEWER: 0, MEMBER: 1, MANAGER: 2, ADMIN: 3 };

/** Whether `role` is `min` or above (ADMIN > MANAGER > MEMBER > VIEWER). */
export const atLeast = (role: Role | null | undefined, min: Role): boolean => role != null && rank[role] >= rank[min];

function claimsOf(accessToken: string): Me | null {
  try {
    const payload = accessToken.split('.')[1] ?? '';
    const c = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as {
      sub?: string;
      email?: string;
      role?: Role;
      teams?: Record<string, TeamRole>;
    };
    return c.sub && c.role && c.role in rank ? { id: c.sub, email: c.email ?? '', role: c.role, teams: c.teams ?? {} } : null;
  } catch {
    return null;
  }
}

/** The signed-in user (null until known, or signed out: show no controls meanwhile). */
export function useMe(): Me | null {
  const store = useContext(SessionContext);
  const state = useSyncExternalStore(
    (l) => store?.subscribe(l) ?? (() => {}),
    () => store?.current ?? null,
  );
  const session = state?.kind === 'signed-in' ? state.session : null;
  const fromToken = session && !session.sso ? claimsOf(session.accessToken) : null;
  const { data } = useQuery(MeQuery, { skip: !session || fromToken != null, fetchPolicy: 'cache-first' });
  if (fromToken) return fromToken;
  const me = data?.me;
  return me ? { id: me.id, email: me.email, role: me.role, teams: Object.fromEntries(me.teamRoles.map((t) => [t.team.id, t.role])) } : null;
}

/**
 * Whether `me` may manage a team's things (capacity, members' allocations, queue, board settings,
 * report schedules), as the API decides (requireTeamRole): admins any team; others the MANAGER
 * tenant role and MANAGER in the team. Things of no team (`teamId` null) the API leaves to the
 * tenant role alone: managers and admins. Every page asks this one helper.
 */
export const managesTeam = (me: Pick<Me, 'role' | 'teams'> | null, teamId: string | null | undefined): boolean =>
  me != null && atLeast(me.role, 'MANAGER') && (me.role === 'ADMIN' || teamId == null || me.teams[teamId] === 'MANAGER');
