import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { PDFParse } from 'pdf-parse';
import { addIssue, changeIssue, changeSprint, startJiraSim, type JiraSim, type JiraSite } from '@sprint-reports/jira-sim';
import {
  connectJiraSim,
  seededRouter,
  simSite,
  syncThroughRouter,
  tenantNamed,
  type TestDatabase,
  type TestRouter,
  type TestUser,
} from '@sprint-reports/testing/router';

/**
 * What a SPRINT report says of its issues, through the real router on data synced from the JIRA
 * simulator: a closed sprint's issues with their status at its close, not today's; a running
 * sprint's with today's; a future sprint's issues in JIRA and its generated queue told
 * consistently (a queued issue in the sprint is in it, the plan is called the plan).
 *
 * The board (the dataset's dates around FIXED_NOW, 2026-03-11): "Before" ran 16 to 27 February
 * and closed then, "Now" runs from 2 March, "Next" is to come. In "Before" from the start:
 *   LATE  5 points: In Progress on the 17th, still so at the close; moved on to "Now" and Done on 4 March.
 *   DONE  3 points: Done on the 24th.
 *   IDLE  2 points: never touched (To Do); moved on to "Now".
 *   BACK  1 point:  In Review on the 25th; back to In Progress on 5 March, after the close.
 * In "Next" in JIRA: NEXT1 (5) and NEXT2 (3); in the backlog: SPARE (2).
 */
const TENANT = tenantNamed('report-content');
const at = (s: string) => new Date(`2026-${s}Z`);

let database: TestDatabase;
let router: TestRouter;
let sim: JiraSim;
let site: JiraSite;
let viewer: TestUser;
let boardId: string;
const keys: Record<string, string> = {};
const sprintIds: Record<'before' | 'now' | 'next', string> = { before: '', now: '', next: '' };

async function gql<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await router.query<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** A SPRINT report of `sprintId` in `format`, generated through the router and downloaded. */
async function report(sprintId: string, format: string): Promise<Buffer> {
  const { generateReport } = await gql(`mutation($input: GenerateReportInput!) { generateReport(input: $input) { id } }`, {
    input: { kind: 'SPRINT', format, sprintId },
  });
  await router.runtime.jobs.idle();
  const { report: done } = await gql(`query($id: ID!) { report(id: $id) { status error } }`, { id: generateReport.id });
  expect(done).toEqual({ status: 'READY', error: null });
  const res = await fetch(new URL(`/reports/${generateReport.id}/download`, router.url), { headers: { authorization: `Bearer ${viewer.accessToken}` } });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}
const json = async (sprintId: string) => JSON.parse((await report(sprintId, 'JSON')).toString('utf8'));

async function pdfText(content: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(content) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

const unescapeMarkdown = (s: string) => s.replace(/\\(.)/g, '$1');
/** Markdown sections by title: each table's header and rows as cells. */
function markdownTables(md: string): Map<string, { header: string[]; rows: string[][] }> {
  const out = new Map<string, { header: string[]; rows: string[][] }>();
  for (const part of md.split(/^## /m).slice(1)) {
    const [title, ...lines] = part.split('\n');
    const cells = lines
      .filter((l) => l.startsWith('| '))
      .map((l) =>
        l
          .slice(2, -2)
          .split(/(?<!\\) \| /)
          .map(unescapeMarkdown),
      );
    out.set(unescapeMarkdown(title), { header: cells[0] ?? [], rows: cells.slice(2) });
  }
  return out;
}
const decodeHtml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
/** HTML sections by title, the same. */
function htmlTables(html: string): Map<string, { header: string[]; rows: string[][] }> {
  const out = new Map<string, { header: string[]; rows: string[][] }>();
  for (const part of html.split('<section>').slice(1)) {
    const title = decodeHtml(/<h2>(.*?)<\/h2>/.exec(part)![1]);
    const header = [...(/<thead>(.*?)<\/thead>/.exec(part)?.[1] ?? '').matchAll(/<th[^>]*>(.*?)<\/th>/g)].map((m) => decodeHtml(m[1]));
    const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(part)?.[1] ?? '';
    const rows = [...body.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => decodeHtml(c[1])));
    out.set(title, { header, rows });
  }
  return out;
}

beforeAll(async () => {
  ({ database, router } = await seededRouter({}, { router: { tenantId: TENANT } }));

  const { createTeam } = await gql(`mutation { createTeam(name: "Content") { id } }`);
  for (const name of ['ada', 'bob']) {
    const { createUser } = await gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: `${name}@content.test`, displayName: name, role: 'MEMBER' },
    });
    await gql(`mutation($t: ID!, $u: ID!) { addTeamMember(teamId: $t, userId: $u, discipline: "Backend") { id } }`, { t: createTeam.id, u: createUser.id });
  }

  site = simSite('report-content-site', 23, { sprints: 3, issuesPerSprint: 0, issues: 0 });
  const board = site.boards[0];
  const [before, now, next] = site.sprints;
  expect([before.state, now.state, next.state]).toEqual(['closed', 'active', 'future']);
  expect([before.startDate, before.endDate, now.startDate]).toEqual(
    [at('02-16T09:00:00'), at('02-27T17:00:00'), at('03-02T09:00:00')].map((d) => d.toISOString()),
  );
  changeSprint(site, before.id, { name: 'Before', completeDate: at('02-27T17:00:00').toISOString() });
  changeSprint(site, now.id, { name: 'Now' });
  changeSprint(site, next.id, { name: 'Next' });
  const create = (name: string, points: number, sprintId?: number) => {
    const issue = addIssue(site, { summary: name.toLowerCase(), boardId: board.id, points, sprintId }, at('02-13T10:00:00'));
    issue.fields.components = [{ id: 'Backend', name: 'Backend' }];
    keys[name] = issue.key;
  };
  create('LATE', 5, before.id);
  create('DONE', 3, before.id);
  create('IDLE', 2, before.id);
  create('BACK', 1, before.id);
  create('NEXT1', 5, next.id);
  create('NEXT2', 3, next.id);
  create('SPARE', 2);
  // NEXT3: Backend only by the board's rule on its label (the issue itself names no discipline).
  const next3 = addIssue(site, { summary: 'next3', boardId: board.id, points: 1, sprintId: next.id }, at('02-13T10:00:00'));
  next3.fields.labels = ['api'];
  keys.NEXT3 = next3.key;
  // SUB: a sub-task of NEXT1, in its sprint: never a queue candidate; counted by the board's policy.
  keys.SUB = addIssue(site, { summary: 'sub', boardId: board.id, points: 2, parentKey: keys.NEXT1, issueType: 'Sub-task' }, at('02-13T10:00:00')).key;
  changeIssue(site, keys.LATE, { status: 'In Progress' }, at('02-17T10:00:00'));
  changeIssue(site, keys.DONE, { status: 'In Progress' }, at('02-18T10:00:00'));
  changeIssue(site, keys.DONE, { status: 'Done' }, at('02-24T15:00:00'));
  changeIssue(site, keys.BACK, { status: 'In Review' }, at('02-25T11:00:00'));
  // After the close: the unfinished ones move on to "Now"; LATE is done there, BACK goes back.
  changeIssue(site, keys.LATE, { addToSprint: now.id }, at('03-02T09:30:00'));
  changeIssue(site, keys.IDLE, { addToSprint: now.id }, at('03-02T09:30:00'));
  changeIssue(site, keys.LATE, { status: 'Done' }, at('03-04T16:00:00'));
  changeIssue(site, keys.BACK, { status: 'In Progress' }, at('03-05T09:00:00'));

  sim = await startJiraSim({ site, flavor: 'CLOUD' });
  const connection = await connectJiraSim(router, sim, { name: 'Content sim' });
  expect(await syncThroughRouter(router, connection.id)).toMatchObject({ status: 'SUCCEEDED', errors: [] });
  const { boards } = await gql(`{ boards { id sprints { id name } } }`);
  await gql(`mutation($b: ID!, $t: ID!) { setBoardTeam(boardId: $b, teamId: $t) { id } }`, { b: boards[0].id, t: createTeam.id });
  boardId = boards[0].id;
  await gql(`mutation($id: ID!, $s: BoardSettingsInput!) { updateBoardSettings(boardId: $id, settings: $s) { id } }`, {
    id: boardId,
    s: { disciplineRules: [{ discipline: 'Backend', labels: ['api'] }] },
  });
  await router.runtime.jobs.idle();
  for (const s of boards[0].sprints as { id: string; name: string }[]) sprintIds[s.name.toLowerCase() as keyof typeof sprintIds] = s.id;
  await gql(`mutation($s: ID!) { generateQueue(sprintId: $s) { id } }`, { s: sprintIds.next });
  await router.runtime.jobs.idle();
  viewer = await router.signIn(TENANT, 'VIEWER');
});

afterAll(async () => {
  await router?.stop();
  await sim?.close();
  await database?.close();
});

describe("a closed sprint's report shows each issue's status at the close", () => {
  const AT_CLOSE: Record<string, [string, string]> = {
    // key: [status at the close, status now]
    LATE: ['In Progress', 'Done'],
    DONE: ['Done', 'Done'],
    IDLE: ['To Do', 'To Do'],
    BACK: ['In Review', 'In Progress'],
  };

  test('JSON and CSV: the status at the close, while the API says what it is now', async () => {
    for (const [name, [, now]] of Object.entries(AT_CLOSE)) {
      expect([name, (await gql(`query($k: String!) { issue(key: $k) { status } }`, { k: keys[name] })).issue.status]).toEqual([name, now]);
    }
    const model = await json(sprintIds.before);
    expect(model.statusAsOf).toBe(model.sprint.completeDate);
    expect(model.figures).toMatchObject({ committedPoints: 11, completedPoints: 3, notCompletedPoints: 8 });
    const byKey = new Map(model.issues.map((i: { key: string }) => [i.key, i]));
    expect(byKey.get(keys.LATE)).toMatchObject({ outcome: 'NOT_COMPLETED', status: 'In Progress' });
    expect(byKey.get(keys.BACK)).toMatchObject({ outcome: 'NOT_COMPLETED', status: 'In Review' });
    for (const [name, [close]] of Object.entries(AT_CLOSE)) expect([name, (byKey.get(keys[name]) as { status: string }).status]).toEqual([name, close]);

    const rows = parseCsv(await report(sprintIds.before, 'CSV'), { columns: true }) as Record<string, string>[];
    for (const [name, [close]] of Object.entries(AT_CLOSE)) expect([name, rows.find((r) => r.key === keys[name])?.status]).toEqual([name, close]);
  });

  test('Markdown, HTML and PDF: the column says "Status at close" and holds it', async () => {
    const md = markdownTables((await report(sprintIds.before, 'MARKDOWN')).toString('utf8'));
    const html = htmlTables((await report(sprintIds.before, 'HTML')).toString('utf8'));
    for (const tables of [md, html]) {
      const notCompleted = tables.get('Issues: Not completed (3)')!;
      expect(notCompleted.header[3]).toBe('Status at close');
      const status = new Map(notCompleted.rows.map((r) => [r[0], r[3]]));
      expect(Object.fromEntries([keys.LATE, keys.IDLE, keys.BACK].map((k) => [k, status.get(k)]))).toEqual({
        [keys.LATE]: 'In Progress',
        [keys.IDLE]: 'To Do',
        [keys.BACK]: 'In Review',
      });
    }
    const pdf = await pdfText(await report(sprintIds.before, 'PDF'));
    expect(pdf).toMatch(new RegExp(`${keys.LATE}\\s+late\\s+Story\\s+In Progress`));
    expect(pdf).toMatch(new RegExp(`${keys.BACK}\\s+back\\s+Story\\s+In Review`));
  });

  test("a running sprint's report shows the status now", async () => {
    const model = await json(sprintIds.now);
    expect(model.statusAsOf).toBeNull();
    expect(model.issues.find((i: { key: string }) => i.key === keys.LATE)).toMatchObject({ status: 'Done', outcome: 'COMPLETED' });
  });
});

describe("a future sprint's report: its issues in JIRA and its queue agree", () => {
  test('JSON: each queued issue is in the sprint exactly when JIRA has it there; nothing completed yet', async () => {
    const { sprint } = await gql(
      `query($id: ID!) { sprint(id: $id) { state analysis { committedPoints } issues { key } queue { items { issue { key } } } } }`,
      { id: sprintIds.next },
    );
    expect(sprint).toMatchObject({ state: 'FUTURE', analysis: null });
    const inJira = new Set(sprint.issues.map((i: { key: string }) => i.key));
    expect(inJira).toEqual(new Set([keys.NEXT1, keys.NEXT2, keys.NEXT3, keys.SUB]));
    const model = await json(sprintIds.next);
    // The board leaves sub-tasks out (EXCLUDE, the default): SUB is not among the sprint's issues.
    expect(model.issues.map((i: { key: string }) => i.key).sort()).toEqual([keys.NEXT1, keys.NEXT2, keys.NEXT3].sort());
    // Each issue's discipline is its queue item's: NEXT3 is Backend by the board's rule, in both tables.
    const queued = new Map(model.queue.items.map((i: { key: string; discipline: string }) => [i.key, i.discipline]));
    expect(queued.get(keys.NEXT3)).toBe('Backend');
    for (const i of model.issues) expect([i.key, i.discipline]).toEqual([i.key, queued.get(i.key) ?? i.discipline]);
    expect(model.issues.find((i: { key: string }) => i.key === keys.NEXT3).discipline).toBe('Backend');
    expect(model.queue.items.map((i: { key: string }) => i.key)).toEqual(sprint.queue.items.map((i: { issue: { key: string } }) => i.issue.key));
    expect(model.queue.items.some((i: { inSprint: boolean }) => i.inSprint)).toBe(true);
    for (const item of model.queue.items) expect([item.key, item.inSprint, item.outcome]).toEqual([item.key, inJira.has(item.key), null]);
    expect(model.queue.completedPoints).toBeNull();
  });

  test('Markdown and HTML: no queued issue of the sprint is "Never in the sprint", the plan is called the plan, each issue says its place in the queue', async () => {
    const model = await json(sprintIds.next);
    const position = new Map(model.queue.items.map((i: { key: string; position: number }) => [i.key, i.position]));
    const mdText = (await report(sprintIds.next, 'MARKDOWN')).toString('utf8');
    const htmlText = (await report(sprintIds.next, 'HTML')).toString('utf8');
    for (const [text, tables] of [
      [mdText, markdownTables(mdText)],
      [htmlText, htmlTables(htmlText)],
    ] as const) {
      expect(text).not.toContain('Never in the sprint');
      expect(text).not.toMatch(/Committed/);
      const summary = new Map(tables.get('Summary')!.rows.map(([label, value]) => [label, value]));
      expect(summary.get('Issues in the sprint')).toBe('3');
      expect(summary.get('In the sprint (points)')).toBe('9');
      expect(summary.get('Planned in the queue (points)')).toBe(String(model.capacity.committedPoints));
      const queue = tables.get('Queue')!;
      expect(queue.header).toEqual(['#', 'Key', 'points', 'Discipline', 'Reason', 'In the sprint']);
      for (const row of queue.rows) expect([row[1], row[5]]).toEqual([row[1], model.issues.some((i: { key: string }) => i.key === row[1]) ? 'yes' : 'no']);
      const issues = tables.get('Issues in the sprint (3)')!;
      expect(issues.header.at(-1)).toBe('In the queue');
      for (const row of issues.rows) expect([row[0], row.at(-1)]).toEqual([row[0], position.has(row[0]) ? `#${position.get(row[0])}` : 'no']);
      // The capacity table's total row has every column, the plan among them.
      const capacity = tables.get('Capacity')!;
      expect(capacity.header).toContain('Planned (points)');
      const total = capacity.rows.at(-1)!;
      expect(total[0]).toBe('Total');
      expect(total).toHaveLength(capacity.header.length);
      for (const cell of total) expect(cell).not.toBe('');
    }
    // Every issue of the sprint is queued (work planned in JIRA): the sub-task is not "not in the queue".
    expect(mdText).toContain('Every issue of the sprint is in the queue.');
  });

  test("the board's sub-task policy: ROLL_UP adds a sub-task's estimate to its parent's, INCLUDE counts it as an issue (never as not queued)", async () => {
    const policy = async (subtaskPolicy: string) => {
      await gql(`mutation($id: ID!, $s: BoardSettingsInput!) { updateBoardSettings(boardId: $id, settings: $s) { id } }`, {
        id: boardId,
        s: { subtaskPolicy },
      });
      await router.runtime.jobs.idle();
      const md = (await report(sprintIds.next, 'MARKDOWN')).toString('utf8');
      return {
        md,
        summary: new Map(
          markdownTables(md)
            .get('Summary')!
            .rows.map(([label, value]) => [label, value]),
        ),
      };
    };
    try {
      const rolled = await policy('ROLL_UP');
      expect([rolled.summary.get('Issues in the sprint'), rolled.summary.get('In the sprint (points)')]).toEqual(['3', '11']);
      expect(
        markdownTables(rolled.md)
          .get('Issues in the sprint (3)')!
          .rows.find((r) => r[0] === keys.NEXT1),
      ).toContain('7');
      const included = await policy('INCLUDE');
      expect([included.summary.get('Issues in the sprint'), included.summary.get('In the sprint (points)')]).toEqual(['4', '11']);
      expect(included.md).toContain('Every issue of the sprint is in the queue (besides 1 sub-task, never queued).');
    } finally {
      await policy('EXCLUDE');
    }
  });
});
