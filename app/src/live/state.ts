import { useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { liveConnectionOf, type LiveState } from './connection.ts';

const noConnection = () => () => {};

/** The live socket's state (connection.ts), re-rendering when it changes. */
export function useLiveState(): LiveState {
  const live = liveConnectionOf(useApolloClient());
  return useSyncExternalStore(live ? (listener) => live.subscribe(listener) : noConnection, () => live?.current ?? 'idle');
}
