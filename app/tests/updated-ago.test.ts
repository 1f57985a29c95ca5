import { describe, expect, test } from 'vitest';
import { ageWords, msUntilWordsChange, updatedAgoWords, type Clock } from '../src/live/ago.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A clock the test moves by hand: timers fire when it passes their time. */
function fakeClock(start: number) {
  let now = start;
  let timers: { at: number; fn: () => void }[] = [];
  const clock: Clock = {
    now: () => now,
    after: (ms, fn) => {
      const timer = { at: now + ms, fn };
      timers.push(timer);
      return () => (timers = timers.filter((t) => t !== timer));
    },
  };
  return {
    clock,
    pending: () => timers.length,
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!due) break;
        timers = timers.filter((t) => t !== due);
        now = due.at;
        due.fn();
      }
      now = until;
    },
  };
}

describe('"Updated … ago"', () => {
  const at = Date.UTC(2026, 11, 7, 9, 0, 0);

  test('words by age: just now for the first minute, then minutes, hours, days; singular for one', () => {
    expect(updatedAgoWords(at, at)).toBe('Updated just now');
    expect(updatedAgoWords(at, at + 59 * SECOND)).toBe('Updated just now');
    expect(updatedAgoWords(at, at + MINUTE)).toBe('Updated 1 minute ago');
    expect(updatedAgoWords(at, at + 2 * MINUTE + 30 * SECOND)).toBe('Updated 2 minutes ago');
    expect(updatedAgoWords(at, at + 59 * MINUTE)).toBe('Updated 59 minutes ago');
    expect(updatedAgoWords(at, at + HOUR)).toBe('Updated 1 hour ago');
    expect(updatedAgoWords(at, at + 5 * HOUR + 59 * MINUTE)).toBe('Updated 5 hours ago');
    expect(updatedAgoWords(at, at + DAY)).toBe('Updated 1 day ago');
    expect(updatedAgoWords(at, at + 3 * DAY)).toBe('Updated 3 days ago');
  });

  test('a moment in the future (clocks apart) is still just now', () => {
    expect(updatedAgoWords(at, at - 5 * SECOND)).toBe('Updated just now');
    expect(msUntilWordsChange(at, at - 5 * SECOND)).toBe(MINUTE);
  });

  test('the next change is when the words change', () => {
    expect(msUntilWordsChange(at, at)).toBe(MINUTE);
    expect(msUntilWordsChange(at, at + 10 * SECOND)).toBe(50 * SECOND);
    expect(msUntilWordsChange(at, at + 90 * SECOND)).toBe(30 * SECOND);
    expect(msUntilWordsChange(at, at + 61 * MINUTE)).toBe(59 * MINUTE);
    for (const now of [at, at + 10 * SECOND, at + 90 * SECOND, at + 61 * MINUTE, at + 30 * HOUR]) {
      const next = msUntilWordsChange(at, now);
      expect(updatedAgoWords(at, now + next - 1)).toBe(updatedAgoWords(at, now));
      expect(updatedAgoWords(at, now + next)).not.toBe(updatedAgoWords(at, now));
    }
  });

  test('the text ages by itself on its timer, one timer at a time, and stops when told', () => {
    const { clock, advance, pending } = fakeClock(at + 20 * SECOND);
    const seen: string[] = [];
    const stop = ageWords(at, (w) => seen.push(w), clock);
    expect(seen).toEqual(['Updated just now']);
    expect(pending()).toBe(1);

    advance(39 * SECOND);
    expect(seen).toEqual(['Updated just now']);
    advance(1 * SECOND);
    expect(seen.at(-1)).toBe('Updated 1 minute ago');
    advance(MINUTE);
    expect(seen.at(-1)).toBe('Updated 2 minutes ago');
    advance(58 * MINUTE);
    expect(seen.at(-1)).toBe('Updated 1 hour ago');
    // One render per change: 60 minutes of ticks (just now, 1..59 minutes, 1 hour), no more.
    expect(seen).toHaveLength(61);
    expect(pending()).toBe(1);

    advance(23 * HOUR);
    expect(seen.at(-1)).toBe('Updated 1 day ago');
    stop();
    expect(pending()).toBe(0);
    advance(5 * DAY);
    expect(seen.at(-1)).toBe('Updated 1 day ago');
  });
});
