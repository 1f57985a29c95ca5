/**
 * "Updated 2 minutes ago": the words for how long ago a page last received a live update, and when
 * they next change, so a timer re-renders them exactly then (no polling each second). Pure, with
 * the clock injected, so the ageing is tested without waiting.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** The words for an update received at `at`, as of `now` (both ms since the epoch). */
export function updatedAgoWords(at: number, now: number): string {
  // A clock that moved back (or an update stamped a moment ahead) is still "just now".
  const elapsed = Math.max(0, now - at);
  if (elapsed < MINUTE) return 'Updated just now';
  if (elapsed < HOUR) return `Updated ${plural(Math.floor(elapsed / MINUTE), 'minute')} ago`;
  if (elapsed < DAY) return `Updated ${plural(Math.floor(elapsed / HOUR), 'hour')} ago`;
  return `Updated ${plural(Math.floor(elapsed / DAY), 'day')} ago`;
}

/** Milliseconds from `now` until updatedAgoWords(at, ·) says something else. */
export function msUntilWordsChange(at: number, now: number): number {
  const elapsed = Math.max(0, now - at);
  const unit = elapsed < HOUR ? MINUTE : elapsed < DAY ? HOUR : DAY;
  return unit - (elapsed % unit);
}

export interface Clock {
  now(): number;
  /** Calls `fn` after `ms`; returns how to cancel it. */
  after(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  after: (ms, fn) => {
    const timer = setTimeout(fn, ms);
    return () => clearTimeout(timer);
  },
};

/**
 * Calls `onWords` with the words for `at` now, then each time they change, until stopped (the
 * returned function). One timer at a time, set for the next change.
 */
export function ageWords(at: number, onWords: (words: string) => void, clock: Clock = systemClock): () => void {
  let cancel = () => {};
  const tick = () => {
    const now = clock.now();
    onWords(updatedAgoWords(at, now));
    cancel = clock.after(msUntilWordsChange(at, now), tick);
  };
  tick();
  return () => cancel();
}
