import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import { measuredDisciplines, statusAt } from '../src/remote/gather.ts';
import type { ReportFormat, ReportModel, SprintReportModel } from '../src/report-model.ts';
import { renderReport } from '../src/render/index.ts';
import { reportDocument } from '../src/render/sections.ts';
import { pageFill } from './pdf-pages.ts';
import { closedSprint, futureSprint, history, issue, longSprint, MODELS } from './report-models.ts';

/**
 * What the reports say and how they sit on the page, beyond the numbers: statuses at a sprint's
 * close, a future sprint's issues and queue told consistently, PDF pages that are not left mostly
 * empty, HTML tables that scroll rather than widen the page, and total rows with every column.
 */

const render = async (model: ReportModel, format: ReportFormat) => (await renderReport(model, format)).content;
const text = async (model: ReportModel, format: ReportFormat) => (await render(model, format)).toString('utf8');

async function pdfPages(content: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(content) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

/** A long future sprint: many issues in JIRA, some queued. */
const longFuture: SprintReportModel = {
  ...futureSprint,
  issues: Array.from({ length: 60 }, (_, i) =>
    issue(i + 20, { status: 'To Do', outcome: null, pointsAtStart: null, pointsAtEnd: 3, cycleTimeHours: null, leadTimeHours: null }),
  ),
};

describe('statuses at the close', () => {
  const history = [
    { at: '2026-03-03T10:00:00.000Z', from: 'To Do', to: 'In Progress' },
    { at: '2026-03-13T18:30:00.000Z', from: 'In Progress', to: 'In Review' },
    { at: '2026-03-20T09:00:00.000Z', from: 'In Review', to: 'Done' },
  ];
  const close = '2026-03-13T18:30:00.000Z';

  test('the last change by the close (one at the very instant counts); before any change, what the first changed from; never changed, the status now', () => {
    expect(statusAt(history, 'Done', close)).toBe('In Review');
    expect(statusAt(history, 'Done', '2026-03-13T18:29:59.999Z')).toBe('In Progress');
    expect(statusAt(history, 'Done', '2026-03-01T00:00:00.000Z')).toBe('To Do');
    expect(statusAt([], 'Blocked', close)).toBe('Blocked');
  });

  test('a closed sprint\'s issue tables call the column "Status at close"; a sprint not closed, "Status"', async () => {
    expect(await text(closedSprint, 'MARKDOWN')).toContain('| Key | Summary | Type | Status at close | Assignee |');
    expect(await text({ ...closedSprint, sprint: { ...closedSprint.sprint, state: 'ACTIVE', completeDate: null }, statusAsOf: null }, 'MARKDOWN')).toContain(
      '| Key | Summary | Type | Status | Assignee |',
    );
    expect(await text(futureSprint, 'HTML')).toContain('<th>Status</th>');
  });
});

describe("a future sprint's issues and queue", () => {
  test('a queued issue in the sprint says so, one from the backlog says not yet; no "Never in the sprint", no "Committed"; each issue its place in the queue', async () => {
    const md = await text(futureSprint, 'MARKDOWN');
    expect(md).toContain('## Queue\n');
    expect(md).toContain('| 1 | ATL-120 | 5 | Backend | Planned in JIRA | yes |');
    expect(md).toContain('| 3 | ATL-300 | 2 | QA | Rank | no |');
    expect(md).toContain('| ATL-120 | Issue number 20 | Story | To Do | Ada Lovelace | Backend | 5 | #1 |');
    expect(md).toContain('| ATL-122 | Issue number 22 | Story | To Do | Ada Lovelace | Backend | 7 | no |');
    expect(md).toContain(
      "Planned 13 points in 3 issues: 2 are in the sprint in JIRA (11 points), 1 is not yet. Of the sprint's 3 issues, 1 is not in the queue.",
    );
    for (const format of ['MARKDOWN', 'HTML'] as const) {
      const out = await text(futureSprint, format);
      expect(out).not.toContain('Never in the sprint');
      expect(out).not.toContain('Committed');
      expect(out).not.toContain('Completed (points)');
    }
    const pdf = (await pdfPages(await render(futureSprint, 'PDF'))).join('\n');
    expect(pdf).not.toContain('Never in the sprint');
    expect(pdf).toMatch(/Planned in the queue \(points\)\s+13/);
  });

  test('sub-tasks the board counts are never "not in the queue": they are never queue candidates', async () => {
    const withSubtasks: ReportModel = {
      ...futureSprint,
      issues: [
        ...futureSprint.issues,
        issue(23, { status: 'To Do', outcome: null, pointsAtStart: null, pointsAtEnd: 1, subtask: true }),
        issue(24, { status: 'To Do', outcome: null, pointsAtStart: null, pointsAtEnd: 1, subtask: true }),
      ],
    };
    expect(await text(withSubtasks, 'MARKDOWN')).toContain(
      "Planned 13 points in 3 issues: 2 are in the sprint in JIRA (11 points), 1 is not yet. Of the sprint's 3 issues (besides 2 sub-tasks, never queued), 1 is not in the queue.",
    );
    const allQueued: ReportModel = { ...withSubtasks, issues: withSubtasks.issues.filter((i) => i.key !== 'ATL-122') };
    expect(await text(allQueued, 'MARKDOWN')).toContain('Every issue of the sprint is in the queue (besides 2 sub-tasks, never queued).');
  });

  test('once the sprint started, a queued issue that never entered it is "Never in the sprint"', async () => {
    expect(await text(closedSprint, 'MARKDOWN')).toContain('| 3 | ATL-200 | — | QA | Unestimated | Never in the sprint |');
  });
});

describe('PDF: no page mostly empty', () => {
  // The rule: every page but the last is drawn on down to at least 60 % of the height between its
  // margins, and no page holds only a heading (at least three lines of text besides its footer).
  const cases: [string, ReportModel][] = [
    ...MODELS.map((m) => [`${m.kind} ${m.title}`, m] as [string, ReportModel]),
    ['a 120-issue sprint', longSprint],
    ['a 60-issue future sprint', longFuture],
  ];

  test.each(cases)('%s', async (_, model) => {
    const pdf = await render(model, 'PDF');
    const fills = await pageFill(pdf);
    const pages = await pdfPages(pdf);
    expect(fills).toHaveLength(pages.length);
    fills.slice(0, -1).forEach((fill, i) => expect([`page ${i + 1}`, fill >= 0.6]).toEqual([`page ${i + 1}`, true]));
    pages.forEach((page, i) => {
      const lines = page.split('\n').filter((l) => l.trim() && !/ · page \d+ of \d+$/.test(l));
      expect([`page ${i + 1}`, lines.length >= 3]).toEqual([`page ${i + 1}`, true]);
    });
  });

  test("a sprint's first page holds the summary, the figures and the burndown together", async () => {
    const [first] = await pdfPages(await render(closedSprint, 'PDF'));
    for (const heading of ['Summary', 'Figures', 'Burndown']) expect(first).toContain(heading);
    expect(first).toContain('Lead time p95');
  });

  test("a history's two charts share a page", async () => {
    const [first] = await pdfPages(await render(history, 'PDF'));
    expect(first).toContain('Completed (points)');
    expect(first).toContain('Say/do ratio');
  });
});

describe('HTML: tables fit or scroll', () => {
  test('every table sits alone in a labelled region that scrolls sideways; the page is no wider than its window', async () => {
    for (const model of [...MODELS, longSprint]) {
      const html = await text(model, 'HTML');
      const tables = [...html.matchAll(/<table>/g)].length;
      const wrapped = [...html.matchAll(/<div class="table-scroll" role="region" aria-label="[^"]+" tabindex="0"><table>[\s\S]*?<\/table><\/div>/g)].length;
      expect([model.title, wrapped]).toEqual([model.title, tables]);
      expect(html).toMatch(/\.table-scroll \{ max-width: 100%; overflow-x: auto; \}/);
      expect(html).toMatch(/main \{ max-width: 1100px;/);
      // Nothing else sets a width in pixels beyond a 1280 px window.
      for (const [, px] of html.matchAll(/(?:^|[\s;{])(?:min-)?width:\s*(\d+)px/g)) expect(Number(px)).toBeLessThanOrEqual(1280);
    }
  });

  test('summaries and reasons wrap within a sensible width; figures and keys keep to one line', async () => {
    const html = await text(closedSprint, 'HTML');
    expect(html).toMatch(/td\.wide \{ white-space: normal; min-width: 12em; max-width: 28em;/);
    expect(html).toMatch(/td \{ white-space: nowrap; \}/);
    expect(html).toContain('<td class="wide">Issue number 1</td>');
    expect(html).toContain('<td class="wide">Blocks &lt;release&gt;</td>');
    expect(html).toContain('<td>ATL-101</td>');
  });
});

describe('every total row has every column', () => {
  test('the sprint capacity Total: members, days, capacity, committed or planned, completed (once started) and utilisation, in each human format', async () => {
    for (const model of [closedSprint, futureSprint]) {
      const capacity = reportDocument(model).sections.find((s) => s.title === 'Capacity')!.table!;
      const total = capacity.rows.at(-1)!;
      expect(total).toHaveLength(capacity.columns.length);
      for (const cell of total) expect(cell).not.toBe('');
      const md = await text(model, 'MARKDOWN');
      expect(md).toContain(`| ${total.join(' | ')} |`);
      const html = await text(model, 'HTML');
      expect(html).toContain(`<tr>${total.map((cell, i) => `<td${i ? ' class="num"' : ''}>${cell}</td>`).join('')}</tr>`);
      const pdf = (await pdfPages(await render(model, 'PDF'))).join('\n');
      expect(pdf).toContain(total.join(' '));
    }
    expect(
      reportDocument(closedSprint)
        .sections.find((s) => s.title === 'Capacity')!
        .table!.rows.at(-1),
    ).toEqual(['Total', '4', '36', '45.13', '42.5', '29', '94 %']);
    expect(
      reportDocument(futureSprint)
        .sections.find((s) => s.title === 'Capacity')!
        .table!.rows.at(-1),
    ).toEqual(['Total', '4', '36', '45.13', '13', '29 %']);
  });

  test('CSV: a HISTORY sprint\'s "All" row, its total, fills every column its sprint has a figure for', async () => {
    const records = parse(await text(history, 'CSV'), { columns: true }) as Record<string, string>[];
    const all = records.filter((r) => r.discipline === 'All');
    expect(all).toHaveLength(history.sprints.length);
    // Sprint 3 has every figure: no empty cell.
    for (const [column, value] of Object.entries(all[2])) expect([column, value]).not.toEqual([column, '']);
  });
});

describe('capacity: how it was reached, in words', () => {
  const withCapacity = (capacity: Partial<NonNullable<SprintReportModel['capacity']>>): SprintReportModel => ({
    ...closedSprint,
    capacity: { ...closedSprint.capacity!, ...capacity },
  });

  test('a measured rate carries the team’s focus (no factor) and sits beside the last sprints’ average; a sprint override shows its factor', async () => {
    expect(await text(withCapacity({ measured: 'ALL', historyAverageCompletedPoints: 44, adjustment: 1 }), 'MARKDOWN')).toContain(
      'Capacity: measured points per person-day (focus already in them); the last sprints completed 44 points on average.',
    );
    expect(await text(withCapacity({ measured: 'ALL', historyAverageCompletedPoints: 44, adjustment: 0.75 }), 'MARKDOWN')).toContain(
      '× 0.75 for this sprint’s focus'.replace('’', "'"),
    );
  });

  test('work completed in disciplines nobody on the team is in is told apart from the average', async () => {
    expect(
      await text(withCapacity({ measured: 'ALL', historyAverageCompletedPoints: 40, historyUnstaffedCompletedPoints: 10, adjustment: 1 }), 'MARKDOWN'),
    ).toContain(
      'Capacity: measured points per person-day (focus already in them); the last sprints completed 40 points on average (and 10 more in disciplines nobody on the team is in).',
    );
  });

  test('a row there only for committed work (no members) does not make the rates "some" measured', async () => {
    const row = (discipline: string, members: number, pointsPerDaySource: 'HISTORY' | 'DEFAULT') => ({
      discipline,
      members,
      availableDays: members * 10,
      points: 0,
      committedPoints: 3,
      utilisation: null,
      pointsPerDaySource,
    });
    // Backend and Frontend measured; QA has committed work and nobody: ALL, not SOME.
    expect(measuredDisciplines({ byDiscipline: [row('Backend', 2, 'HISTORY'), row('Frontend', 1, 'HISTORY'), row('QA', 0, 'DEFAULT')] })).toBe('ALL');
    // A member in QA on the default rate: SOME.
    expect(measuredDisciplines({ byDiscipline: [row('Backend', 2, 'HISTORY'), row('QA', 1, 'DEFAULT')] })).toBe('SOME');
    // Only default rates among the members, or no members at all: NONE.
    expect(measuredDisciplines({ byDiscipline: [row('Backend', 2, 'DEFAULT'), row('QA', 0, 'DEFAULT')] })).toBe('NONE');
    expect(measuredDisciplines({ byDiscipline: [row('QA', 0, 'DEFAULT')] })).toBe('NONE');
    expect(await text(withCapacity({ measured: 'ALL', historyAverageCompletedPoints: 44, adjustment: 1 }), 'MARKDOWN')).not.toContain(
      'else default points per person-day',
    );
  });

  test('without history the default rate is discounted by the focus factor', async () => {
    expect(await text(withCapacity({ measured: 'NONE', historyAverageCompletedPoints: null, focusFactor: 0.8 }), 'MARKDOWN')).toContain(
      'Capacity: default points per person-day × focus factor 0.8 (no history yet).',
    );
  });
});

describe('a Server/Data Center sprint started later than planned', () => {
  test('its dates run from when Start was pressed, and the planned start is shown beside them', async () => {
    const late: SprintReportModel = { ...closedSprint, sprint: { ...closedSprint.sprint, plannedStartDate: '2026-02-28T09:00:00.000Z' } };
    const md = await text(late, 'MARKDOWN');
    expect(md).toMatch(/Planned start\W+2026-02-28/);
    expect(await text(closedSprint, 'MARKDOWN')).not.toContain('Planned start');
  });
});
