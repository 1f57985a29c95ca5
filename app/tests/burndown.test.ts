import { describe, expect, test } from 'vitest';
import { burndownRows, burndownSummary, type BurndownPoint } from '../src/burndown.ts';

// A sprint of a week, read on its Thursday: the API gives no remaining figure for the days to come.
const week: BurndownPoint[] = [
  { date: '2026-03-02', remainingPoints: 21, idealPoints: 21, workingDay: true },
  { date: '2026-03-03', remainingPoints: 18, idealPoints: 15.8, workingDay: true },
  { date: '2026-03-04', remainingPoints: 13.5, idealPoints: 10.5, workingDay: true },
  { date: '2026-03-05', remainingPoints: null, idealPoints: 5.3, workingDay: true },
  { date: '2026-03-06', remainingPoints: null, idealPoints: 0, workingDay: true },
];

describe('the burndown chart\'s data in words', () => {
  test('the summary gives the span, the commitment (the guideline\'s start) and the last remaining figure', () => {
    expect(burndownSummary(week, 'points')).toBe('Burndown from 2026-03-02 to 2026-03-06: 21 points committed, 13.5 remaining on 2026-03-04.');
  });

  test('a sprint with no remaining figure yet says only what was committed; no days, no burndown', () => {
    const started = week.map((p) => ({ ...p, remainingPoints: null }));
    expect(burndownSummary(started, 'issues')).toBe('Burndown from 2026-03-02 to 2026-03-06: 21 issues committed.');
    expect(burndownSummary([], 'points')).toBe('No burndown yet.');
  });

  test('the table shows each day as the API gives it: days to come as "—", never 0; weekends flat and marked', () => {
    const weekend: BurndownPoint[] = [
      { date: '2026-03-06', remainingPoints: 8, idealPoints: 4, workingDay: true },
      { date: '2026-03-07', remainingPoints: 8, idealPoints: 4, workingDay: false },
    ];
    expect(burndownRows(week.slice(2))).toEqual([
      { date: '2026-03-04', remaining: '13.5', guideline: '10.5', workingDay: 'yes' },
      { date: '2026-03-05', remaining: '—', guideline: '5.3', workingDay: 'yes' },
      { date: '2026-03-06', remaining: '—', guideline: '0', workingDay: 'yes' },
    ]);
    expect(burndownRows(weekend).map((r) => [r.remaining, r.guideline, r.workingDay])).toEqual([['8', '4', 'yes'], ['8', '4', 'no']]);
  });
});
