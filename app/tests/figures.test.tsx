import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FiguresTab } from '../src/pages/sprint/FiguresTab.tsx';
import { unitOf } from '../src/components.tsx';
import type { Analysis, AnalysedIssue as Issue, ReportSprint } from '../src/pages/sprint/tab.tsx';

const issue = (key: string, fields: Partial<Issue>): Issue => ({
  key,
  outcome: 'COMPLETED',
  addedAfterStart: false,
  commitment: 'IN_COMMITMENT',
  pointsAtStart: 3,
  // Issues in the sprint at the start joined at their estimate then.
  pointsAtJoin: fields.pointsAtStart === undefined ? 3 : fields.pointsAtStart,
  pointsAtEnd: 3,
  discipline: 'Backend',
  cycleTimeHours: null,
  leadTimeHours: null,
  issue: { id: `id-${key}`, summary: `Summary of ${key}`, assigneeName: 'Ada Lovelace', url: `https://acme.atlassian.net/browse/${key}` },
  ...fields,
});

// A sprint's analysis in the shape the API answers SprintReportFigures with.
const analysis: Analysis = {
  statistic: 'STORY_POINTS',
  committedPoints: 21,
  completedPoints: 13.5,
  addedPoints: 7,
  removedPoints: 4,
  notCompletedPoints: 8,
  completedOutsidePoints: 0,
  cancelledPoints: 0,
  completionRate: 0.5192,
  sayDoRatio: 0.642857,
  scopeChangeRate: null,
  issueCount: 6,
  computedAt: '2026-03-05T10:00:00.000Z',
  issues: [
    issue('ATL-1', { pointsAtStart: 3, pointsAtEnd: 5, cycleTimeHours: 30 }),
    issue('ATL-2', {
      outcome: 'NOT_COMPLETED',
      pointsAtStart: 8,
      pointsAtEnd: 8,
      issue: { id: 'id-ATL-2', summary: 'Summary of ATL-2', assigneeName: null, url: null },
    }),
    issue('ATL-3', { addedAfterStart: true, commitment: 'ADDED_AFTER_START', pointsAtStart: null, pointsAtJoin: 5, pointsAtEnd: 5, cycleTimeHours: 5.5 }),
    issue('ATL-4', { outcome: 'REMOVED', pointsAtStart: 3, pointsAtEnd: 3 }),
    issue('ATL-5', { pointsAtStart: 2, pointsAtEnd: 3.5, discipline: 'QA' }),
    // Added at 2, re-estimated to 1 (ATL-52's case): the Added figure counts 2.
    issue('ATL-6', { outcome: 'REMOVED', addedAfterStart: true, commitment: 'ADDED_AFTER_START', pointsAtStart: null, pointsAtJoin: 2, pointsAtEnd: 1 }),
  ],
  burndown: [],
  burnup: [],
  scopeChanges: [],
  disciplineBreakdown: [],
  cycleTime: null,
  leadTime: null,
};

/** The Figures tab of a sprint with this analysis, as the report page renders it. */
function FigureGrid({ analysis: a }: { analysis: Analysis }) {
  const sprint = {
    id: 's1',
    name: 'ATL Sprint 1',
    state: 'CLOSED',
    startDate: null,
    endDate: null,
    completeDate: null,
    analysis: a,
    carryOver: [],
  } as unknown as ReportSprint;
  return <FiguresTab sprint={sprint} boardId="b1" timeZone="UTC" analysis={a} unit={unitOf(a.statistic)} />;
}

/** The card of one figure, found by its label as a reader finds it. */
const card = (label: string) => screen.getByText(label, { selector: '.label' }).closest('li')!;
const value = (label: string) => within(card(label)).getByText((_, el) => el?.classList.contains('value') ?? false).textContent;

describe("the sprint report's figures", () => {
  test('each figure shows the API\'s value: amounts as the API gives them (up to two decimals), ratios as whole percents, none as "—"', () => {
    render(<FigureGrid analysis={analysis} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Figures (points; 6 issues)');
    expect(value('Committed')).toBe('21');
    expect(value('Completed')).toBe('13.5');
    expect(value('Added')).toBe('7');
    expect(value('Removed')).toBe('4');
    expect(value('Not completed')).toBe('8');
    expect(value('Completed outside')).toBe('0');
    expect(value('Cancelled')).toBe('0');
    expect(value('Say/do')).toBe('64 %');
    expect(value('Completion rate')).toBe('52 %');
    expect(value('Scope change')).toBe('—');
  });

  test("the unit follows the board's estimation statistic", () => {
    render(<FigureGrid analysis={{ ...analysis, statistic: 'ISSUE_COUNT' }} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Figures (issues; 6 issues)');
  });

  test('"Show N issues" opens the figure\'s issues and hides them again; a figure without issues says so', async () => {
    const user = userEvent.setup();
    render(<FigureGrid analysis={analysis} />);
    const completed = within(card('Completed')).getByRole('button', { name: 'Show 3 issues' });
    expect(completed.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(completed);
    expect(completed.textContent).toBe('Hide 3 issues');
    expect(completed.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('heading', { name: 'Completed: 3 issues' }).parentElement!;
    const keys = within(list)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0].textContent);
    expect(keys).toEqual(['ATL-1', 'ATL-3*', 'ATL-5']);

    // Another figure replaces the list in place.
    await user.click(within(card('Not completed')).getByRole('button', { name: 'Show 1 issue' }));
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Not completed: 1 issue');
    expect(within(screen.getByRole('table')).getByText('Unassigned')).toBeTruthy();

    await user.click(within(card('Not completed')).getByRole('button', { name: 'Hide 1 issue' }));
    expect(screen.queryByRole('table')).toBeNull();

    expect(within(card('Completed outside')).getByText('No issues')).toBeTruthy();
    expect(within(card('Completed outside')).queryByRole('button')).toBeNull();
    // Ratios have no issue list of their own.
    expect(within(card('Say/do')).queryByRole('button')).toBeNull();
  });

  test("added issues carry JIRA's asterisk, explained; an estimate changed in the sprint shows as 3 → 5", async () => {
    const user = userEvent.setup();
    render(<FigureGrid analysis={analysis} />);
    await user.click(within(card('Completed')).getByRole('button', { name: 'Show 3 issues' }));
    const row = (key: string) => screen.getAllByRole('row').find((r) => r.querySelector('td')?.textContent?.replace('*', '') === key)!;
    const cells = (key: string) =>
      within(row(key))
        .getAllByRole('cell')
        .map((c) => c.textContent);

    expect(within(row('ATL-3')).getByTitle('added after the sprint started').textContent).toBe('*');
    expect(within(row('ATL-1')).queryByTitle('added after the sprint started')).toBeNull();
    // key, summary, points, discipline, assignee, cycle time, commitment
    expect(cells('ATL-1')).toEqual(['ATL-1', 'Summary of ATL-1', '3 → 5', 'Backend', 'Ada Lovelace', '30 h (1.3 d)', '']);
    expect(cells('ATL-3')).toEqual(['ATL-3*', 'Summary of ATL-3', '5', 'Backend', 'Ada Lovelace', '5.5 h', 'added after the start']);
    expect(cells('ATL-5')[2]).toBe('2 → 3.5');
  });

  test("an issue added at 2 and re-estimated to 1 shows JIRA's 2 → 1, and the Added figure counts it at 2", async () => {
    const user = userEvent.setup();
    render(<FigureGrid analysis={analysis} />);
    await user.click(within(card('Added')).getByRole('button', { name: 'Show 2 issues' }));
    const list = screen.getByRole('heading', { name: 'Added: 2 issues' }).parentElement!;
    const pointsOf = Object.fromEntries(
      within(list)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell'))
        .map((c) => [c[0].textContent, c[2].textContent]),
    );
    expect(pointsOf).toEqual({ 'ATL-3*': '5', 'ATL-6*': '2 → 1' });
    // The list's join estimates add up to the figure shown.
    expect(value('Added')).toBe(String(5 + 2));
  });
});
