import { describe, expect, test } from 'vitest';
import { duration, pace, phaseWords, rate } from '../src/pages/connections/model.ts';

describe('sync progress in words', () => {
  const startedAt = '2026-01-08T10:00:00.000Z';
  const at = (seconds: number) => new Date(startedAt).getTime() + seconds * 1000;

  test('rate since the start and time left at that rate', () => {
    expect(pace({ startedAt, issuesSynced: 200, issuesTotal: 1000 }, at(20))).toEqual({ perSecond: 10, secondsLeft: 80 });
    // No total (JIRA would not count): a rate, no time left.
    expect(pace({ startedAt, issuesSynced: 50, issuesTotal: null }, at(10))).toEqual({ perSecond: 5, secondsLeft: null });
    // Nothing read yet, or not started: neither.
    expect(pace({ startedAt, issuesSynced: 0, issuesTotal: 1000 }, at(10))).toEqual({ perSecond: null, secondsLeft: null });
    expect(pace({ startedAt: null, issuesSynced: 10, issuesTotal: 1000 }, at(10))).toEqual({ perSecond: null, secondsLeft: null });
  });

  test('durations, rates and phases', () => {
    expect([duration(45), duration(200), duration(3900)]).toEqual(['45 s', '3 min 20 s', '1 h 5 min']);
    expect([rate(2.345), rate(37.6)]).toEqual(['2.3', '38']);
    expect(phaseWords('issues')).toBe('Reading the issues');
    expect(phaseWords('something-new')).toBe('something-new');
  });
});
