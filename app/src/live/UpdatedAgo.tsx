import { useEffect, useState, useSyncExternalStore } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { ageWords } from './ago.ts';
import { liveConnectionOf, type LiveState } from './connection.ts';

const noConnection = () => () => {};

function useLiveState(): LiveState {
  const live = liveConnectionOf(useApolloClient());
  return useSyncExternalStore(live ? (listener) => live.subscribe(listener) : noConnection, () => live?.current ?? 'idle');
}

/**
 * One quiet line for a live page: "Updated just now", ageing by itself ("Updated 2 minutes ago"),
 * or "Live updates paused — reconnecting…" while the socket is down. A polite status region,
 * always present so that screen readers hear its changes.
 */
export function UpdatedAgo({ at }: { at: number | null }) {
  const state = useLiveState();
  const [aged, setAged] = useState<{ at: number; words: string } | null>(null);
  useEffect(() => {
    if (at === null) return;
    return ageWords(at, (words) => setAged({ at, words }));
  }, [at]);
  // A new update is news of now, before its timer first ran.
  const words = at === null ? null : aged?.at === at ? aged.words : 'Updated just now';
  const paused = state === 'reconnecting';
  return (
    <p className="live-status muted small" role="status" aria-live="polite">
      {paused ? 'Live updates paused — reconnecting…' : at !== null && <time dateTime={new Date(at).toISOString()}>{words}</time>}
    </p>
  );
}
