import type { ApolloCache } from '@apollo/client';

/**
 * Lists a connection change makes stale, dropped from the cache so that the pages showing them
 * read them anew when they open (rather than refetching pages that are not on screen).
 */
export function forgetConnections(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'jiraConnections' });
  cache.gc();
}

/** A finished sync or a deleted connection changes which boards there are. */
export function forgetBoards(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'boards' });
  cache.gc();
}
