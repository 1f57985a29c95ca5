import { describe, expect, test } from 'vitest';
import { progressLine } from '../src/sync-progress-line.ts';

/** The line `npm run sync` redraws: a bar only where the total is known. */
describe('progressLine', () => {
  test('a known total: bar, percentage and counts', () => {
    expect(progressLine({ phase: 'issues', issuesSynced: 50, issuesTotal: 200, pages: 2 })).toBe(
      `${'█'.repeat(8)}${'░'.repeat(22)} 25% | issues | 50/200 issues | 2 pages`,
    );
    expect(progressLine({ phase: 'done', issuesSynced: 198, issuesTotal: 200, pages: 8 })).toMatch(/^█{30} 100% \| done \| 198\/200 issues \| 8 pages$/);
  });

  test('an approximate total the run outgrew is not exceeded', () => {
    expect(progressLine({ phase: 'issues', issuesSynced: 210, issuesTotal: 200, pages: 9 })).toMatch(/ 100% \| issues \| 210\/210 issues/);
  });

  test('before the count, counts alone; after a count JIRA refused, counts said to have no total', () => {
    expect(progressLine({ phase: 'sprints', issuesSynced: 0, issuesTotal: null, pages: 0 })).toBe('sprints | 0 issues | 0 pages');
    expect(progressLine({ phase: 'issues', issuesSynced: 75, issuesTotal: null, pages: 1 })).toBe('issues | 75 issues (total not known) | 1 page');
    expect(progressLine({ phase: 'done', issuesSynced: 250, issuesTotal: null, pages: 10 })).toBe('done | 250 issues (total not known) | 10 pages');
  });
});
