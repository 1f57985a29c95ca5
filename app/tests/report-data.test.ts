import { describe, expect, test } from 'vitest';
import { amount } from '../src/format.ts';
import { carriedWords, changeMarkers, changeWords, dayOf, numberChanges, withChanges, type ScopeChange } from '../src/pages/sprint/reportData.ts';

const dates = ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'];
const changes: ScopeChange[] = [
  { at: '2026-01-04T23:30:00Z', key: 'ATL-1', kind: 'ADDED', points: 2 }, // before the first day: on it
  { at: '2026-01-06T12:00:00Z', key: 'ATL-2', kind: 'ESTIMATE_CHANGED', points: 2 },
  { at: '2026-01-06T16:00:00Z', key: 'ATL-3', kind: 'REMOVED', points: -5 },
  { at: '2026-01-07T23:30:00Z', key: 'ATL-4', kind: 'ESTIMATE_CHANGED', points: -0.5 }, // the 8th in Berlin
  { at: '2026-01-12T09:00:00Z', key: 'ATL-5', kind: 'REMOVED', points: -3 }, // after the last day: on it
];

describe("the sprint report's data for its charts and tables", () => {
  test("a change falls on its calendar day in the board's time zone", () => {
    expect(dayOf('2026-01-07T23:30:00Z', 'UTC')).toBe('2026-01-07');
    expect(dayOf('2026-01-07T23:30:00Z', 'Europe/Berlin')).toBe('2026-01-08');
    expect(dayOf('2026-01-08T03:00:00Z', 'America/Los_Angeles')).toBe('2026-01-07');
  });

  test("changes are numbered oldest first and put on the chart's days, those outside on its first or last", () => {
    const numbered = numberChanges(changes, dates, 'Europe/Berlin');
    expect(numbered.map((c) => [c.n, c.key, c.date])).toEqual([
      [1, 'ATL-1', '2026-01-05'],
      [2, 'ATL-2', '2026-01-06'],
      [3, 'ATL-3', '2026-01-06'],
      [4, 'ATL-4', '2026-01-08'],
      [5, 'ATL-5', '2026-01-09'],
    ]);
    expect(numberChanges(changes, dates, 'UTC')[3].date).toBe('2026-01-07');
  });

  test('one marker per day with changes, on the line the changes move, labelled with their numbers', () => {
    const points = dates.map((date, i) => ({ date, scopePoints: 20 + i, remainingPoints: i < 4 ? 20 - i : null }));
    const numbered = numberChanges(changes, dates, 'Europe/Berlin');
    const onScope = changeMarkers(points, numbered, (p) => p.scopePoints);
    expect(onScope.map((m) => [m.date, m.y, m.label, m.changes.map((c) => c.key)])).toEqual([
      ['2026-01-05', 20, '1', ['ATL-1']],
      ['2026-01-06', 21, '2–3', ['ATL-2', 'ATL-3']],
      ['2026-01-08', 23, '4', ['ATL-4']],
      ['2026-01-09', 24, '5', ['ATL-5']],
    ]);
    // A day without a value on the line (still to come) has no marker there.
    expect(changeMarkers(points, numbered, (p) => p.remainingPoints).map((m) => m.date)).toEqual(['2026-01-05', '2026-01-06', '2026-01-08']);
  });

  test("each chart point carries its day's changes for the tooltip", () => {
    const rows = withChanges(
      dates.map((date) => ({ date })),
      numberChanges(changes, dates, 'UTC'),
    );
    expect(rows.map((r) => r.changes.map((c) => c.n))).toEqual([[1], [2, 3], [4], [], [5]]);
  });

  test('a change in words: the issue, what happened, by how much with its sign', () => {
    expect(changeWords(changes[0], 'points', amount)).toBe('ATL-1 added to the sprint: +2 points');
    expect(changeWords(changes[2], 'points', amount)).toBe('ATL-3 taken out of the sprint: −5 points');
    expect(changeWords(changes[3], 'hours', amount)).toBe('ATL-4 re-estimated: −0.5 hours');
    expect(changeWords({ ...changes[1], points: -1 }, 'issues', amount)).toBe('ATL-2 re-estimated: −1 issue');
  });

  test('carry-over in words', () => {
    expect(carriedWords({ carriedIn: true, carriedOut: false })).toBe('came from an earlier sprint');
    expect(carriedWords({ carriedIn: false, carriedOut: true })).toBe('went on to a later sprint');
    expect(carriedWords({ carriedIn: true, carriedOut: true })).toBe('came from an earlier sprint and went on to a later one');
  });
});
