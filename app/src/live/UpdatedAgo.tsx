import { useEffect, useState } from 'react';
import { ageWords } from './ago.ts';
import { useLiveState } from './state.ts';

// ago.ts's words for the first minute: the one the status region announces.
const JUST_NOW = 'Updated just now';

/**
 * One quiet line for a live page: "Updated just now", ageing by itself ("Updated 2 minutes ago"),
 * or "Live updates paused — reconnecting…" while the socket is down. Only news is announced: a
 * polite status region, always present, holds "Updated just now" when an update arrives and the
 * pause; the ageing words sit outside it, so screen readers do not hear the line every minute.
 */
export function UpdatedAgo({ at }: { at: number | null }) {
  const state = useLiveState();
  const [aged, setAged] = useState<{ at: number; words: string } | null>(null);
  useEffect(() => {
    if (at === null) return;
    return ageWords(at, (words) => setAged({ at, words }));
  }, [at]);
  // A new update is news of now, before its timer first ran.
  const words = at === null ? null : aged?.at === at ? aged.words : JUST_NOW;
  const paused = state === 'reconnecting';
  const time = at !== null && <time dateTime={new Date(at).toISOString()}>{words}</time>;
  const news = words === JUST_NOW;
  return (
    <p className="live-status muted small">
      <span role="status" aria-live="polite">
        {paused ? 'Live updates paused — reconnecting…' : news && time}
      </span>
      {!paused && !news && time}
    </p>
  );
}
