import { describe, expect, test } from 'vitest';
import { originalEstimates, secondsToHours } from '../src/facts.ts';

const created = new Date('2026-02-02T09:00:00Z');
let history = 100;
const item = (at: string, from: string | null, to: string | null, itemIndex = 0) => ({
  issueId: 'i', at: new Date(at), field: 'timeoriginalestimate', historyId: String(history++), itemIndex,
  fromValue: from, fromString: from, toValue: to, toString: to,
});

describe('originalEstimates (JIRA seconds → hours over time)', () => {
  test('never changed: the current value since creation; none at all is null', () => {
    expect(originalEstimates(created, '28800', [])).toEqual([{ at: created, points: 8 }]);
    expect(originalEstimates(created, null, [])).toEqual([{ at: created, points: null }]);
  });

  test("the value at creation is the first change's from, not the current value", () => {
    const items = [item('2026-02-03T10:00:00Z', '3600', '7200'), item('2026-02-04T10:00:00Z', '7200', '1800')];
    expect(originalEstimates(created, '1800', items)).toEqual([
      { at: created, points: 1 },
      { at: new Date('2026-02-03T10:00:00Z'), points: 2 },
      { at: new Date('2026-02-04T10:00:00Z'), points: 0.5 },
    ]);
  });

  test('changes in one instant collapse into the last; a change back to the same value is no change', () => {
    const items = [
      item('2026-02-03T10:00:00Z', null, '3600'),
      item('2026-02-03T10:00:00Z', '3600', '10800', 1),
      item('2026-02-05T10:00:00Z', '10800', '10800'),
    ];
    expect(originalEstimates(created, '10800', items)).toEqual([{ at: created, points: null }, { at: new Date('2026-02-03T10:00:00Z'), points: 3 }]);
  });

  test('what is not a number of seconds is no estimate', () => {
    expect([secondsToHours('5400'), secondsToHours(''), secondsToHours('abc'), secondsToHours('-60'), secondsToHours(null)]).toEqual([1.5, null, null, null, null]);
  });
});
