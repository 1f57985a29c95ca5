import type { ApolloCache, Reference } from '@apollo/client';

/**
 * A created team joins every cached list of the organisation's teams (the teams page, each board's
 * team picker: both read `teams`) at its place by name, as the API orders them.
 */
export function addTeam(cache: ApolloCache, team: { __typename?: 'Team'; id: string; name: string }) {
  cache.modify({
    id: 'ROOT_QUERY',
    fields: {
      teams(existing: readonly Reference[] = [], { readField, toReference }) {
        const ref = toReference({ __typename: 'Team', id: team.id });
        if (!ref || existing.some((t) => readField('id', t) === team.id)) return existing;
        const at = existing.findIndex((t) => (readField<string>('name', t) ?? '').localeCompare(team.name) > 0);
        return at < 0 ? [...existing, ref] : [...existing.slice(0, at), ref, ...existing.slice(at)];
      },
    },
  });
}

/**
 * A board changed team: the boards of the teams it left and joined are dropped from the cache, so
 * the teams and team pages read them anew when shown instead of listing the board where it was.
 */
export function forgetTeamBoards(cache: ApolloCache, teamIds: readonly string[]) {
  for (const id of teamIds) cache.evict({ id: cache.identify({ __typename: 'Team', id }), fieldName: 'boards' });
  cache.gc();
}
