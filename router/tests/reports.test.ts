import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import { Redis } from 'ioredis';
import { count as sqlCount, eq } from 'drizzle-orm';
import { withTenant } from '@sprint-reports/core';
import { reportsTables } from '@sprint-reports/drizzle';
import { REPORT_LEASE_MS, reportsData, requeueStalledReports, runReport } from '@sprint-reports/reports';
import { DEFAULT_CLOUD_AUTH, startJiraSim, type JiraSim } from '@sprint-reports/jira-sim';
import {
  liveClient,
  seededRouter,
  simSite,
  startTestRouter,
  tenantNamed,
  type LiveClient,
  type TestDatabase,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';
import { count, hours, percent, points } from '../../subgraphs/reports/src/render/format.ts';

/**
 * Reports through the real router, on data synced from the JIRA simulator: every kind in every
 * format generated in the background and downloaded; their numbers checked against what the API
 * itself answers (Sprint.analysis, Board.velocity, Sprint.capacity), read back out of each file
 * (JSON, CSV parsed, the Markdown and HTML tables, the PDF's text); the document cache's hits,
 * misses and invalidation by a webhook; the lists, the live subscriptions, the errors; and, with
 * REDIS_URL, the same on BullMQ with the cache in Redis.
 */
const TENANT = tenantNamed('reports');
const SECRET = 'reports-webhook-secret';
const RANGE = { from: '2025-10-01', to: '2026-06-30' };
const KINDS = ['SPRINT', 'VELOCITY', 'CAPACITY', 'HISTORY'] as const;
const FORMATS = ['JSON', 'CSV', 'MARKDOWN', 'HTML', 'PDF'] as const;
type Kind = (typeof KINDS)[number];
type Format = (typeof FORMATS)[number];
const EXTENSION: Record<Format, string> = { JSON: 'json', CSV: 'csv', MARKDOWN: 'md', HTML: 'html', PDF: 'pdf' };
const CONTENT_TYPE: Record<Format, string> = {
  JSON: 'application/json; charset=utf-8',
  CSV: 'text/csv; charset=utf-8',
  MARKDOWN: 'text/markdown; charset=utf-8',
  HTML: 'text/html; charset=utf-8',
  PDF: 'application/pdf',
};

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let viewer: TestUser;
let webhookUrl: string;
let connectionId: string;
let teamId: string;
let boardId: string;
let closedSprintId: string;
let activeSprintId: string;
let sprints: { id: string; name: string; state: string; startDate: string | null; completeDate: string | null }[];
const clients: LiveClient[] = [];
/** Every report of the tenant, in the order they were asked for. */
const made: { id: string; sprintId: string | null }[] = [];

interface ReportView {
  id: string;
  kind: Kind;
  format: Format;
  status: string;
  progress: number;
  sizeBytes: number;
  fileName: string;
  contentType: string;
  cached: boolean;
  downloadUrl: string;
  error: string | null;
}
const REPORT_FIELDS = 'id kind format status progress sizeBytes fileName contentType cached downloadUrl error';

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const inputOf = (kind: Kind, format: Format): Record<string, unknown> =>
  kind === 'SPRINT'
    ? { kind, format, sprintId: closedSprintId }
    : kind === 'VELOCITY'
      ? { kind, format, boardId, last: 3 }
      : { kind, format, teamId, ...RANGE };

/** Asks for a report through the router and waits for its job (in-process); its view afterwards. */
async function generate(input: Record<string, unknown>, r: TestRouter = router): Promise<ReportView> {
  const res = await r.query(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id status } }`, { input });
  expect(res.errors).toBeUndefined();
  const { id, status } = res.data.generateReport;
  expect(status).toBe('QUEUED');
  made.push({ id, sprintId: (input.sprintId as string) ?? null });
  await r.runtime.jobs.idle();
  return reportById(id, r);
}

async function reportById(id: string, r: TestRouter = router): Promise<ReportView> {
  const res = await r.query(`query($id: ID!) { report(id: $id) { ${REPORT_FIELDS} } }`, { id });
  expect(res.errors).toBeUndefined();
  return res.data.report;
}

/** The file, downloaded as the viewer (GET /reports/:id/download with their access token). */
async function download(report: Pick<ReportView, 'id'>, r: TestRouter = router): Promise<Buffer> {
  const res = await fetch(new URL(`/reports/${report.id}/download`, r.url), { headers: { authorization: `Bearer ${viewer.accessToken}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** Each kind × format of the matrix, generated once and downloaded. */
const files = new Map<string, Promise<{ report: ReportView; body: Buffer }>>();
const file = (kind: Kind, format: Format) => {
  const key = `${kind}/${format}`;
  if (!files.has(key))
    files.set(
      key,
      generate(inputOf(kind, format)).then(async (report) => ({ report, body: await download(report) })),
    );
  return files.get(key)!;
};
const text = async (kind: Kind, format: Format) => (await file(kind, format)).body.toString('utf8');
const json = async (kind: Kind) => JSON.parse(await text(kind, 'JSON'));
const csv = async (kind: Kind) => parseCsv(await text(kind, 'CSV'), { columns: true }) as Record<string, string>[];

async function pdfText(content: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(content) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

/** A CSV cell back to the number (or null) it was. */
const num = (cell: string) => (cell === '' ? null : Number(cell));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const decodeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const unescapeMarkdown = (s: string) => s.replace(/\\(.)/g, '$1');

/** A human format's sections by title, each with its table's rows (cells as text), read out of Markdown. */
function markdownSections(md: string): Map<string, string[][]> {
  const sections = new Map<string, string[][]>();
  for (const part of md.split(/^## /m).slice(1)) {
    const [title, ...lines] = part.split('\n');
    const rows = lines
      .filter((l) => l.startsWith('| '))
      .map((l) =>
        l
          .slice(2, -2)
          .split(/(?<!\\) \| /)
          .map(unescapeMarkdown),
      );
    // Header and alignment rows are dropped.
    sections.set(unescapeMarkdown(title), rows.slice(2));
  }
  return sections;
}

/** The same, read out of HTML. */
function htmlSections(html: string): Map<string, string[][]> {
  const sections = new Map<string, string[][]>();
  for (const part of html.split('<section>').slice(1)) {
    const title = decodeHtml(/<h2>(.*?)<\/h2>/.exec(part)![1]);
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(part)?.[1] ?? '';
    const rows = [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => decodeHtml(c[1])));
    sections.set(title, rows);
  }
  return sections;
}

/** A two-column table (label, value) as a map. */
const figuresOf = (rows: string[][] | undefined) => new Map((rows ?? []).map(([label, value]) => [label, value]));

const ANALYSIS = /* GraphQL */ `
  query($id: ID!) {
    sprint(id: $id) {
      id name state
      analysis {
        statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints
        completionRate sayDoRatio scopeChangeRate issueCount cycleTime { count p50 p85 p95 } leadTime { count p50 p85 p95 }
        issues { key outcome addedAfterStart pointsAtStart pointsAtJoin pointsAtEnd unestimated discipline cycleTimeHours leadTimeHours }
        disciplineBreakdown {
          discipline committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints issueCount sayDoRatio
          cycleTime { count p50 p85 p95 }
        }
        burndown { date remainingPoints completedPoints scopePoints idealPoints }
        scopeChanges { at key kind points }
      }
      carryOver { key carriedIn carriedOut sprintCount points }
      capacity {
        workingDays focusFactor adjustment historyAverageCompletedPoints historyUnstaffedCompletedPoints totalDays totalPoints committedPoints utilisation
        byDiscipline { discipline members availableDays points committedPoints utilisation pointsPerDaySource }
      }
    }
  }
`;
const sprintOf = async (id: string) => (await gql(ANALYSIS, { id })).sprint;

/** The figures every human format shows for a sprint (Summary and Figures), from the API's analysis, formatted as reports format them. */
function sprintFigures(a: any): [string, string][] {
  const unit = a.statistic === 'ISSUE_COUNT' ? 'issues' : a.statistic === 'ORIGINAL_ESTIMATE' ? 'hours' : 'points';
  return [
    [`Committed (${unit})`, points(a.committedPoints)],
    [`Completed (${unit})`, points(a.completedPoints)],
    [`Added (${unit})`, points(a.addedPoints)],
    [`Removed (${unit})`, points(a.removedPoints)],
    [`Not completed (${unit})`, points(a.notCompletedPoints)],
    [`Completed outside (${unit})`, points(a.completedOutsidePoints)],
    [`Cancelled (${unit})`, points(a.cancelledPoints)],
    ['Say/do ratio', percent(a.sayDoRatio)],
    ['Completion rate', percent(a.completionRate)],
    ['Scope change', percent(a.scopeChangeRate)],
    ['Issues', count(a.issueCount)],
    ['Cycle time p50', hours(a.cycleTime?.p50 ?? null)],
  ];
}

const CLASS_TITLE: Record<string, string> = {
  COMPLETED: 'Completed',
  NOT_COMPLETED: 'Not completed',
  COMPLETED_OUTSIDE: 'Completed outside the sprint',
  REMOVED: 'Removed',
  CANCELLED: 'Cancelled',
};

/** At end: JIRA's "2 → 1" for an issue added after the start and re-estimated since it joined. */
const atEnd = (i: any) =>
  i.addedAfterStart && i.pointsAtJoin != null && i.pointsAtJoin !== i.pointsAtEnd
    ? `${points(i.pointsAtJoin)} → ${points(i.pointsAtEnd)}`
    : points(i.pointsAtEnd);

/** Each issue class's section: its issues' keys, discipline and points at start and end, as the API's analysis gives them. */
function issueSections(a: any): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const [outcome, name] of Object.entries(CLASS_TITLE)) {
    const issues = a.issues.filter((i: { outcome: string }) => i.outcome === outcome);
    if (issues.length)
      out.set(
        `Issues: ${name} (${issues.length})`,
        issues.map((i: any) => [i.key, i.discipline, points(i.pointsAtStart), atEnd(i)]),
      );
  }
  return out;
}
/** Key, discipline, at start, at end of an issue table's row (columns 0, 5, 6, 7). */
const issueCells = (row: string[]) => [row[0], row[5], row[6], row[7]];

const documentCount = () =>
  withTenant(
    database.db,
    TENANT,
    async (tx) => (await tx.select({ n: sqlCount() }).from(reportsTables.documents).where(eq(reportsTables.documents.tenantId, TENANT)))[0].n,
  );

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));
  router.runtime.config.publicUrl = `http://127.0.0.1:${router.router.port}`;

  // The team: people in two disciplines, so capacity has rows per discipline.
  const { createTeam } = await gql(`mutation { createTeam(name: "Reporters") { id } }`);
  teamId = createTeam.id;
  for (const [name, discipline] of [
    ['ada', 'Backend'],
    ['bob', 'Backend'],
    ['cy', 'Frontend'],
  ]) {
    const { createUser } = await gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: `${name}@reports.test`, displayName: name, role: 'MEMBER' },
    });
    await gql(`mutation($t: ID!, $u: ID!, $d: String!) { addTeamMember(teamId: $t, userId: $u, discipline: $d) { id } }`, {
      t: teamId,
      u: createUser.id,
      d: discipline,
    });
  }

  // JIRA: a board of five closed sprints, the active one and the next.
  sim = await startJiraSim({ site: simSite('reports-site', 17, { sprints: 7, issuesPerSprint: 8, issues: 70 }), flavor: 'CLOUD' });
  const { createJiraConnection } = await gql(`mutation($input: CreateJiraConnectionInput!) { createJiraConnection(input: $input) { id webhookPath } }`, {
    input: {
      name: 'Reports sim',
      baseUrl: sim.url,
      flavor: 'CLOUD',
      email: DEFAULT_CLOUD_AUTH.email,
      apiToken: DEFAULT_CLOUD_AUTH.apiToken,
      webhookSecret: SECRET,
      syncIntervalMinutes: 0,
    },
  });
  connectionId = createJiraConnection.id;
  webhookUrl = new URL(createJiraConnection.webhookPath, router.url).toString();
  await sync();
  const { boards } = await gql(`{ boards { id } }`);
  boardId = boards[0].id;
  await gql(`mutation($b: ID!, $t: ID!) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: boardId, t: teamId });
  await router.runtime.jobs.idle();
  ({
    board: { sprints },
  } = await gql(`query($id: ID!) { board(id: $id) { sprints { id name state startDate completeDate } } }`, { id: boardId }));
  const closed = sprints.filter((s) => s.state === 'CLOSED');
  expect(closed.length).toBe(5);
  closedSprintId = closed.at(-1)!.id;
  activeSprintId = sprints.find((s) => s.state === 'ACTIVE')!.id;
  viewer = await router.signIn(TENANT, 'VIEWER');
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.dispose()));
  await router?.stop();
  await sim?.close();
  await database?.close();
});

async function sync() {
  const { startSync } = await gql(`mutation($c: ID!) { startSync(connectionId: $c) { id } }`, { c: connectionId });
  await router.runtime.jobs.idle();
  expect((await gql(`query($id: ID!) { syncRun(id: $id) { status errors } }`, { id: startSync.id })).syncRun).toEqual({ status: 'SUCCEEDED', errors: [] });
}

describe('every kind in every format', () => {
  test.each(KINDS)('%s: each format is generated in the background, READY, and downloads as the file it says it is', async (kind) => {
    for (const format of FORMATS) {
      const { report, body } = await file(kind, format);
      expect(report).toMatchObject({ kind, format, status: 'READY', progress: 1, cached: false, error: null, contentType: CONTENT_TYPE[format] });
      expect(report.fileName).toMatch(new RegExp(`^${kind.toLowerCase()}-report-[a-z0-9-]+\\.${EXTENSION[format]}$`));
      expect(body.length).toBe(report.sizeBytes);
      expect(body.length).toBeGreaterThan(0);
      // The link works without signing in, and gives the same bytes.
      expect(report.downloadUrl.startsWith(`${router.runtime.config.publicUrl}/reports/${report.id}/download?token=`)).toBe(true);
      const byLink = await fetch(report.downloadUrl);
      expect(byLink.status).toBe(200);
      expect(Buffer.from(await byLink.arrayBuffer()).equals(body)).toBe(true);
      if (format === 'PDF') expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (format === 'JSON') expect(JSON.parse(body.toString()).kind).toBe(kind);
      if (format === 'HTML') {
        const html = body.toString();
        expect(html.startsWith('<!doctype html>')).toBe(true);
        // One self-contained file: nothing loaded from elsewhere.
        expect(html).not.toMatch(/\b(src|href)\s*=|@import|url\(|https?:/i);
      }
    }
  });
});

describe("a SPRINT report's numbers are the API's Sprint.analysis, in every format", () => {
  test('JSON: the figures, every issue with its class and points, disciplines, burndown, scope changes, carry-over and capacity', async () => {
    const sprint = await sprintOf(closedSprintId);
    const a = sprint.analysis;
    const model = await json('SPRINT');
    expect(model.sprint).toMatchObject({ id: sprint.id, name: sprint.name, state: 'CLOSED' });
    expect(model.statistic).toBe(a.statistic);
    const { statistic: _s, issues, disciplineBreakdown, burndown, scopeChanges, ...figures } = a;
    expect(model.figures).toEqual(figures);
    expect(model.issues.map(({ id: _id, summary: _su, type: _t, status: _st, assignee: _as, ...i }: any) => i)).toEqual(issues);
    expect(model.issues.length).toBeGreaterThan(3);
    expect(model.disciplines).toEqual(disciplineBreakdown);
    expect(model.burndown).toEqual(burndown);
    expect(model.scopeChanges).toEqual(scopeChanges);
    expect(model.carryOver).toEqual(sprint.carryOver);
    expect(model.team).toMatchObject({ id: teamId, name: 'Reporters' });
    const completed = new Map(disciplineBreakdown.map((d: any) => [d.discipline, d.completedPoints]));
    // A row without members (only committed work) has no capacity and decides nothing.
    const sources = new Set(sprint.capacity.byDiscipline.filter((d: any) => d.members > 0).map((d: any) => d.pointsPerDaySource));
    expect(model.capacity).toEqual({
      ...sprint.capacity,
      measured: sources.size === 2 ? 'SOME' : sources.has('HISTORY') ? 'ALL' : 'NONE',
      byDiscipline: sprint.capacity.byDiscipline.map(({ points: capacityPoints, pointsPerDaySource: _source, ...d }: any) => ({
        ...d,
        capacityPoints,
        completedPoints: completed.get(d.discipline) ?? 0,
      })),
    });
    const members = Object.fromEntries(model.capacity.byDiscipline.map((d: any) => [d.discipline, d.members]));
    expect(members).toMatchObject({ Backend: 2, Frontend: 1 });
  });

  test('CSV: one row per issue of the analysis, with its class, points at start and at close, and discipline', async () => {
    const { analysis } = await sprintOf(closedSprintId);
    const rows = await csv('SPRINT');
    expect(rows.length).toBe(analysis.issues.length);
    expect(
      rows.map((r) => ({
        key: r.key,
        outcome: r.outcome,
        addedAfterStart: r.added_after_start === 'true',
        pointsAtStart: num(r.points_at_start),
        pointsAtJoin: num(r.points_at_join),
        pointsAtEnd: num(r.points_at_end),
        discipline: r.discipline,
        cycleTimeHours: num(r.cycle_time_hours),
        leadTimeHours: num(r.lead_time_hours),
      })),
    ).toEqual(analysis.issues.map(({ unestimated: _u, ...i }: any) => i));
    // The classes the issue lists of JIRA's sprint report have, all there.
    expect(new Set(rows.map((r) => r.outcome)).size).toBeGreaterThan(1);
  });

  test('Markdown: the headline and figures tables, and each class of issues in its own table', async () => {
    const { analysis } = await sprintOf(closedSprintId);
    const md = await text('SPRINT', 'MARKDOWN');
    const sections = markdownSections(md);
    const shown = new Map([...figuresOf(sections.get('Summary')), ...figuresOf(sections.get('Figures'))]);
    for (const [label, value] of sprintFigures(analysis)) expect([label, shown.get(label)]).toEqual([label, value]);
    for (const [title, rows] of issueSections(analysis)) expect([title, sections.get(title)?.map(issueCells)]).toEqual([title, rows]);
  });

  test('HTML: the same tables in the page, and the burndown and capacity charts inline', async () => {
    const { analysis } = await sprintOf(closedSprintId);
    const html = await text('SPRINT', 'HTML');
    const sections = htmlSections(html);
    const shown = new Map([...figuresOf(sections.get('Summary')), ...figuresOf(sections.get('Figures'))]);
    for (const [label, value] of sprintFigures(analysis)) expect([label, shown.get(label)]).toEqual([label, value]);
    for (const [title, rows] of issueSections(analysis)) expect([title, sections.get(title)?.map(issueCells)]).toEqual([title, rows]);
    expect([...html.matchAll(/<svg /g)].length).toBeGreaterThanOrEqual(2);
  });

  test("PDF: its text holds the figures, label then value, and every issue's key", async () => {
    const { name, analysis } = await sprintOf(closedSprintId);
    const pdf = await pdfText((await file('SPRINT', 'PDF')).body);
    expect(pdf).toContain(name);
    for (const [label, value] of sprintFigures(analysis)) expect(pdf).toMatch(new RegExp(`${escapeRegExp(label)}\\s+${escapeRegExp(value)}`));
    for (const issue of analysis.issues) expect(pdf).toContain(issue.key);
  });
});

describe('a sprint that has not started', () => {
  test('its SPRINT report lists its issues as they are, unclassed, with their estimates now', async () => {
    const future = sprints.find((s) => s.state === 'FUTURE');
    expect(future).toBeDefined();
    const report = await generate({ kind: 'SPRINT', format: 'JSON', sprintId: future!.id });
    expect(report.status).toBe('READY');
    const model = JSON.parse((await download(report)).toString('utf8'));
    const { sprint } = await gql(`query($id: ID!) { sprint(id: $id) { analysis { committedPoints } issues { key storyPoints } } }`, { id: future!.id });
    expect(sprint.analysis).toBeNull();
    expect(model.figures).toBeNull();
    expect(sprint.issues.length).toBeGreaterThan(0);
    expect(model.issues.map((i: { key: string; outcome: null; pointsAtEnd: number | null }) => [i.key, i.outcome, i.pointsAtEnd])).toEqual(
      sprint.issues.map((i: { key: string; storyPoints: number | null }) => [i.key, null, i.storyPoints]),
    );
  });
});

describe('the other kinds equal the API too', () => {
  const VELOCITY = /* GraphQL */ `
    query($id: ID!) { board(id: $id) {
      velocity(last: 3) { sprint { id name state startDate endDate completeDate } committedPoints completedPoints sayDoRatio scopeChangeRate rollingAverage3 rollingAverage5 }
      predictability(last: 3) { sprints averageCommittedPoints averageCompletedPoints averageSayDoRatio velocityVariation predictability averageScopeChangeRate }
    } }
  `;

  test('VELOCITY: the last 3 sprints of Board.velocity and its predictability, in JSON, CSV and each human headline', async () => {
    const { board } = await gql(VELOCITY, { id: boardId });
    expect(board.velocity).toHaveLength(3);
    const model = await json('VELOCITY');
    expect(model.last).toBe(3);
    expect(model.boards).toHaveLength(1);
    expect(model.boards[0].sprints).toEqual(board.velocity);
    expect(model.boards[0].predictability).toEqual(board.predictability);

    const rows = await csv('VELOCITY');
    expect(rows.map((r) => [r.sprint, num(r.committed), num(r.completed), num(r.say_do_ratio), num(r.rolling_average_3), num(r.rolling_average_5)])).toEqual(
      board.velocity.map((v: any) => [v.sprint.name, v.committedPoints, v.completedPoints, v.sayDoRatio, v.rollingAverage3, v.rollingAverage5]),
    );

    const p = board.predictability;
    const headline: [string, string][] = [
      ['Sprints', count(p.sprints)],
      ['Average committed (points)', points(p.averageCommittedPoints)],
      ['Average completed (points)', points(p.averageCompletedPoints)],
      ['Average say/do ratio', percent(p.averageSayDoRatio)],
      ['Predictability', percent(p.predictability)],
    ];
    const md = figuresOf(markdownSections(await text('VELOCITY', 'MARKDOWN')).get('Summary'));
    const html = figuresOf(htmlSections(await text('VELOCITY', 'HTML')).get('Summary'));
    const pdf = await pdfText((await file('VELOCITY', 'PDF')).body);
    for (const [label, value] of headline) {
      expect([label, md.get(label), html.get(label)]).toEqual([label, value, value]);
      expect(pdf).toMatch(new RegExp(`${escapeRegExp(label)}\\s+${escapeRegExp(value)}`));
    }
  });

  test("CAPACITY: each sprint that started in the range, per discipline, equals its Sprint.capacity (and the analysis's completed)", async () => {
    const model = await json('CAPACITY');
    const started = sprints.filter((s) => s.state !== 'FUTURE' && s.startDate! >= RANGE.from && s.startDate!.slice(0, 10) <= RANGE.to);
    expect(started.length).toBe(6);
    expect(model.sprints.map((s: any) => s.sprint.id)).toEqual(started.map((s) => s.id));
    const rows = await csv('CAPACITY');
    let row = 0;
    for (const s of model.sprints) {
      const sprint = await sprintOf(s.sprint.id);
      const completed = new Map(sprint.analysis.disciplineBreakdown.map((d: any) => [d.discipline, d.completedPoints]));
      expect(s.totalPoints).toBe(sprint.capacity.totalPoints);
      expect(s.committedPoints).toBe(sprint.capacity.committedPoints);
      expect(s.completedPoints).toBe(sprint.analysis.completedPoints);
      expect(s.byDiscipline).toEqual(
        sprint.capacity.byDiscipline.map(({ points: capacityPoints, pointsPerDaySource: _source, ...d }: any) => ({
          ...d,
          capacityPoints,
          completedPoints: completed.get(d.discipline) ?? 0,
        })),
      );
      for (const d of sprint.capacity.byDiscipline) {
        const r = rows[row++];
        expect([r.sprint, r.discipline, num(r.capacity_points), num(r.committed_points), num(r.utilisation)]).toEqual([
          sprint.name,
          d.discipline,
          d.points,
          d.committedPoints,
          d.utilisation,
        ]);
      }
    }
    expect(rows.length).toBe(row);
  });

  test('HISTORY: each sprint that closed in the range, its trend figures and disciplines equal its Sprint.analysis', async () => {
    const model = await json('HISTORY');
    const closed = sprints.filter((s) => s.state === 'CLOSED');
    expect(model.sprints.map((s: any) => s.sprint.id)).toEqual(closed.map((s) => s.id));
    const rows = (await csv('HISTORY')).filter((r) => r.discipline === 'All');
    expect(rows).toHaveLength(closed.length);
    for (const [i, s] of model.sprints.entries()) {
      const sprint = await sprintOf(s.sprint.id);
      const a = sprint.analysis;
      const out = sprint.carryOver.filter((c: any) => c.carriedOut);
      expect(s).toMatchObject({
        committedPoints: a.committedPoints,
        completedPoints: a.completedPoints,
        sayDoRatio: a.sayDoRatio,
        scopeChangeRate: a.scopeChangeRate,
        cycleTime: a.cycleTime,
        carriedOutIssues: out.length,
        carriedOutPoints: out.reduce((sum: number, c: any) => sum + (c.points ?? 0), 0),
      });
      expect(s.disciplines).toEqual(a.disciplineBreakdown);
      expect([rows[i].sprint, num(rows[i].committed), num(rows[i].completed), num(rows[i].say_do_ratio)]).toEqual([
        sprint.name,
        a.committedPoints,
        a.completedPoints,
        a.sayDoRatio,
      ]);
    }
    const completed = model.sprints.map((s: any) => s.completedPoints);
    expect(model.averages.completedPoints).toBeCloseTo(completed.reduce((x: number, y: number) => x + y, 0) / completed.length, 10);
  });
});

describe('the document cache', () => {
  const request = { kind: 'SPRINT', format: 'JSON', sprintId: '' };

  test('the same request on unchanged data is the stored document: cached, the same bytes, nothing rendered', async () => {
    request.sprintId = activeSprintId;
    const first = await generate(request);
    expect(first).toMatchObject({ status: 'READY', cached: false });
    const documents = await documentCount();
    const again = await generate(request);
    expect(again).toMatchObject({ status: 'READY', cached: true, sizeBytes: first.sizeBytes, fileName: first.fileName });
    expect(again.id).not.toBe(first.id);
    expect((await download(again)).equals(await download(first))).toBe(true);
    expect(await documentCount()).toBe(documents);
  });

  test('another format of the same request is another document', async () => {
    const documents = await documentCount();
    const markdown = await generate({ ...request, format: 'MARKDOWN' });
    expect(markdown).toMatchObject({ status: 'READY', cached: false });
    expect(await documentCount()).toBe(documents + 1);
  });

  test('a JIRA webhook that changes an issue of the sprint invalidates it: rendered again, with the new numbers', async () => {
    const before = await sprintOf(activeSprintId);
    const { sprint } = await gql(`query($id: ID!) { sprint(id: $id) { issues { key statusCategory storyPoints } } }`, { id: activeSprintId });
    const open = sprint.issues.find((i: any) => i.statusCategory !== 'DONE' && (i.storyPoints ?? 0) > 0);
    expect(open).toBeDefined();
    expect(await sim.sendWebhook(webhookUrl, sim.updateIssue(open.key, { status: 'Done' }), SECRET)).toBe(200);
    await router.runtime.jobs.idle();
    const after = await sprintOf(activeSprintId);
    expect(after.analysis.completedPoints).toBe(before.analysis.completedPoints + open.storyPoints);

    const documents = await documentCount();
    const fresh = await generate(request);
    expect(fresh).toMatchObject({ status: 'READY', cached: false });
    expect(await documentCount()).toBe(documents + 1);
    const model = JSON.parse((await download(fresh)).toString());
    expect(model.figures.completedPoints).toBe(after.analysis.completedPoints);
    expect(model.issues.find((i: any) => i.key === open.key)).toMatchObject({ outcome: 'COMPLETED' });
  });

  test('a sync that changes nothing leaves it cached', async () => {
    const documents = await documentCount();
    await sync();
    const again = await generate(request);
    expect(again).toMatchObject({ status: 'READY', cached: true });
    expect(await documentCount()).toBe(documents);
  });
});

describe('lists, progress and live updates', () => {
  test('Sprint.reports and Team.reports list them newest first; a READY report has progress 1', async () => {
    await file('SPRINT', 'JSON');
    const { sprint } = await gql(`query($id: ID!) { sprint(id: $id) { reports { id status progress createdAt } } }`, { id: closedSprintId });
    expect(sprint.reports.map((r: any) => r.id)).toEqual(
      made
        .filter((m) => m.sprintId === closedSprintId)
        .map((m) => m.id)
        .reverse(),
    );
    for (const r of sprint.reports) expect(r).toMatchObject({ status: 'READY', progress: 1 });
    const { team } = await gql(`query($id: ID!) { team(id: $id) { reports(limit: 200) { id createdAt } } }`, { id: teamId });
    expect(team.reports.map((r: any) => r.id)).toEqual(made.map((m) => m.id).reverse());
    const times = team.reports.map((r: any) => Date.parse(r.createdAt));
    expect(times).toEqual([...times].sort((x, y) => y - x));
    const { team: limited } = await gql(`query($id: ID!) { team(id: $id) { reports(limit: 2) { id } } }`, { id: teamId });
    expect(limited.reports).toEqual(team.reports.slice(0, 2).map((r: any) => ({ id: r.id })));
  });

  test('reportProgress and reportReady fire while the job runs', async () => {
    // A queued report whose job this test runs itself (runReport is the job), so the subscriptions are in place first.
    const id = randomUUID();
    await withTenant(database.db, TENANT, (tx) =>
      reportsData.insertReport(tx, { id, tenantId: TENANT, kind: 'SPRINT', format: 'HTML', sprintId: closedSprintId, boardId, teamId }),
    );
    made.push({ id, sprintId: closedSprintId });
    const client = liveClient(router.wsUrl, viewer.accessToken);
    clients.push(client);
    const live = router.router.live;
    const subscribed = live.reached(live.size + 2);
    const progress = client.subscribe(`subscription($id: ID!) { reportProgress(reportId: $id) { at report { id status progress } } }`, { id });
    const ready = client.subscribe(`subscription($id: ID!) { reportReady(reportId: $id) { at report { id status progress cached sizeBytes } } }`, { id });
    await subscribed;

    await runReport(router.runtime, TENANT, id);
    await router.runtime.events.flush();

    const done = await ready.next();
    expect(done.errors).toBeUndefined();
    expect(done.data!.reportReady.report).toMatchObject({ id, status: 'READY', progress: 1, sizeBytes: expect.any(Number) });
    // Once: reportReady completes after it fired.
    expect(await ready.ended).toBeUndefined();
    // Progress updates arrive (bursts coalesce); the last says READY at 1.
    let last = (await progress.next()).data!.reportProgress.report;
    while (last.status !== 'READY') last = (await progress.next()).data!.reportProgress.report;
    expect(last).toEqual({ id, status: 'READY', progress: 1 });
    progress.unsubscribe();
  });
});

describe('a report nobody is making', () => {
  const insert = (id: string, set: Partial<typeof reportsTables.reports.$inferInsert>) => {
    made.push({ id, sprintId: closedSprintId });
    return withTenant(database.db, TENANT, (tx) =>
      reportsData.insertReport(tx, { id, tenantId: TENANT, kind: 'SPRINT', format: 'CSV', sprintId: closedSprintId, boardId, teamId, ...set }),
    );
  };

  test('queued long ago with its job lost (a restart): the minute tick queues it again, and it is made once', async () => {
    const id = randomUUID();
    await insert(id, { createdAt: new Date(Date.now() - REPORT_LEASE_MS - 60_000) });
    expect(await requeueStalledReports(router.runtime, new Date())).toBe(1);
    await router.runtime.jobs.idle();
    const ready = await reportById(id);
    expect(ready).toMatchObject({ status: 'READY', progress: 1 });
    // The same job again (a duplicate): a finished report is left as it is.
    await runReport(router.runtime, TENANT, id);
    expect(await reportById(id)).toEqual(ready);
    expect(await requeueStalledReports(router.runtime, new Date())).toBe(0);
  });

  test('a run holding its lease keeps the report; once the lease runs out (the run died), the tick takes it over', async () => {
    const id = randomUUID();
    await insert(id, { status: 'RUNNING', progress: 0.4, runId: randomUUID(), leaseUntil: new Date(Date.now() + REPORT_LEASE_MS) });
    await runReport(router.runtime, TENANT, id);
    expect(await reportById(id)).toMatchObject({ status: 'RUNNING', progress: 0.4 });
    expect(await requeueStalledReports(router.runtime, new Date())).toBe(0);

    // The holder stopped renewing: its lease ran out.
    await withTenant(database.db, TENANT, (tx) =>
      tx
        .update(reportsTables.reports)
        .set({ leaseUntil: new Date(Date.now() - 1000) })
        .where(eq(reportsTables.reports.id, id)),
    );
    expect(await requeueStalledReports(router.runtime, new Date())).toBe(1);
    await router.runtime.jobs.idle();
    expect(await reportById(id)).toMatchObject({ status: 'READY', progress: 1 });
  });
});

describe('what generateReport refuses', () => {
  const refused = async (input: Record<string, unknown>, as?: TestUser) => {
    const res = as
      ? await router.as(as)(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`, { input })
      : await router.query(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`, { input });
    expect(res.data ?? null).toBeNull();
    return res.errors![0].extensions!.code;
  };

  test('input errors: a SPRINT without sprintId, a range that ends before it starts, last 0 (BAD_USER_INPUT); an unknown sprint (NOT_FOUND)', async () => {
    const before = made.length;
    expect(await refused({ kind: 'SPRINT', format: 'CSV' })).toBe('BAD_USER_INPUT');
    expect(await refused({ kind: 'SPRINT', format: 'CSV', sprintId: randomUUID() })).toBe('NOT_FOUND');
    expect(await refused({ kind: 'CAPACITY', format: 'CSV', teamId, from: '2026-03-01', to: '2026-02-01' })).toBe('BAD_USER_INPUT');
    expect(await refused({ kind: 'VELOCITY', format: 'CSV', boardId, last: 0 })).toBe('BAD_USER_INPUT');
    expect(await refused({ kind: 'HISTORY', format: 'CSV', teamId: randomUUID() })).toBe('NOT_FOUND');
    // Nothing was recorded for them.
    const { team } = await gql(`query($id: ID!) { team(id: $id) { reports(limit: 200) { id } } }`, { id: teamId });
    expect(team.reports).toHaveLength(before);
  });

  test('a VIEWER may download but not generate (FORBIDDEN)', async () => {
    expect(await refused({ kind: 'SPRINT', format: 'CSV', sprintId: closedSprintId }, viewer)).toBe('FORBIDDEN');
  });
});

describe.skipIf(!process.env.REDIS_URL)('with Redis: jobs on BullMQ, the cache in Redis', () => {
  const redisUrl = process.env.REDIS_URL!;
  const redisPrefix = `test-reports-${randomUUID()}`;
  let redisRouter: TestRouter;
  let redis: Redis;

  beforeAll(async () => {
    redisRouter = await startTestRouter(database, { tenantId: TENANT, config: { redisUrl, redisPrefix } });
    redis = new Redis(redisUrl);
  });

  afterAll(async () => {
    await redisRouter?.stop();
    if (redis) {
      const keys = await redis.keys(`${redisPrefix}:*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
    }
  });

  /** Asks through the Redis router and waits for READY through the reportReady subscription (the job runs on a BullMQ worker). */
  async function generateOnRedis(input: Record<string, unknown>) {
    const res = await redisRouter.query(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`, { input });
    expect(res.errors).toBeUndefined();
    const { id } = res.data.generateReport;
    made.push({ id, sprintId: (input.sprintId as string) ?? null });
    const client = liveClient(redisRouter.wsUrl, viewer.accessToken);
    clients.push(client);
    // Subscribed after it finished, it answers at once: no race with the worker.
    const ready = await client.subscribe(`subscription($id: ID!) { reportReady(reportId: $id) { report { id status } } }`, { id }).next();
    expect(ready.data!.reportReady.report).toEqual({ id, status: 'READY' });
    return reportById(id, redisRouter);
  }

  test('generated on a BullMQ worker, then a hit from the Redis cache; the entry is in Redis under the prefix', async () => {
    expect(redisRouter.runtime.jobs.kind).toBe('bullmq');
    const input = { kind: 'HISTORY', format: 'CSV', teamId, ...RANGE };
    const first = await generateOnRedis(input);
    expect(first).toMatchObject({ status: 'READY', cached: false, progress: 1 });
    const keys = await redis.keys(`${redisPrefix}:report-cache:${TENANT}:*`);
    expect(keys).toHaveLength(1);
    const documents = await documentCount();
    const again = await generateOnRedis(input);
    expect(again).toMatchObject({ status: 'READY', cached: true, sizeBytes: first.sizeBytes });
    expect(await documentCount()).toBe(documents);
    const [a, b] = [await download(first, redisRouter), await download(again, redisRouter)];
    expect(a.equals(b)).toBe(true);
    // The same numbers as the in-process one made.
    expect(parseCsv(a, { columns: true })).toEqual(await csv('HISTORY'));
  });
});
