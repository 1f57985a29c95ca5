import { describe, expect, test } from 'vitest';
import { DEFAULT_LAST, lastChoices, lastParam, parseLast, velocitySeries, velocitySummary, type VelocityEntryData } from '../src/velocity.ts';

const entry = (n: number, committed: number, completed: number, rest: Partial<VelocityEntryData> = {}): VelocityEntryData => ({
  sprint: { id: `s${n}`, name: `ATL Sprint ${n}` },
  committedPoints: committed,
  completedPoints: completed,
  sayDoRatio: committed ? Math.round((completed / committed) * 100) / 100 : null,
  scopeChangeRate: 0.1,
  rollingAverage3: null,
  rollingAverage5: null,
  ...rest,
});

describe("the velocity chart's series from Board.velocity", () => {
  test('one row per sprint, oldest first as the API gives them, with its bars and averages', () => {
    const rows = velocitySeries([entry(5, 30, 27, { rollingAverage3: 25.67 }), entry(6, 32, 33.5, { rollingAverage3: 28.17, rollingAverage5: 26.3 })]);
    expect(rows).toEqual([
      { sprintId: 's5', sprint: 'ATL Sprint 5', committed: 30, completed: 27, sayDo: 0.9, scopeChange: 0.1, rolling3: 25.67 },
      { sprintId: 's6', sprint: 'ATL Sprint 6', committed: 32, completed: 33.5, sayDo: 1.05, scopeChange: 0.1, rolling3: 28.17, rolling5: 26.3 },
    ]);
  });

  test('an average the API leaves null is no point on its line (not a drop to 0)', () => {
    const [first] = velocitySeries([entry(1, 20, 18)]);
    expect(first).not.toHaveProperty('rolling3');
    expect(first).not.toHaveProperty('rolling5');
    expect(first.completed).toBe(18);
  });

  test('a sprint with nothing committed has no say/do; zero completed stays a bar of 0', () => {
    const [row] = velocitySeries([entry(1, 0, 0, { sayDoRatio: null, scopeChangeRate: null })]);
    expect(row).toMatchObject({ committed: 0, completed: 0, sayDo: null, scopeChange: null });
  });

  test('no closed sprint: no rows', () => {
    expect(velocitySeries([])).toEqual([]);
    expect(velocitySummary([], 'points')).toBe('No closed sprints.');
  });

  test('the summary in words names the range, the latest sprint and its 3-sprint average', () => {
    const rows = velocitySeries([entry(1, 20, 18), entry(2, 22, 21), entry(3, 24, 24, { rollingAverage3: 21 })]);
    expect(velocitySummary(rows, 'issues')).toBe(
      'Committed and completed issues over 3 sprints from ATL Sprint 1 to ATL Sprint 3: the latest sprint completed 24 of 24 committed; its 3-sprint average is 21.',
    );
  });
});

describe('the range in the URL', () => {
  test('a number of sprints or "all"; anything else is JIRA\'s 7', () => {
    expect(parseLast('5')).toBe(5);
    expect(parseLast('25')).toBe(25);
    expect(parseLast('all')).toBeNull();
    for (const bad of [null, '', '0', '-3', '2.5', 'seven', '1e3', '99999999999999999999']) expect(parseLast(bad)).toBe(DEFAULT_LAST);
    expect(lastParam(null)).toBe('all');
    expect(lastParam(10)).toBe('10');
  });

  test("the selector offers more than JIRA's 7, and keeps a shared link's own number", () => {
    expect(lastChoices(7)).toEqual([3, 5, 7, 10, 15, 25, null]);
    expect(lastChoices(null)).toEqual([3, 5, 7, 10, 15, 25, null]);
    expect(lastChoices(12)).toEqual([3, 5, 7, 10, 12, 15, 25, null]);
    expect(lastChoices(40)).toEqual([3, 5, 7, 10, 15, 25, 40, null]);
  });
});
