import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findIssue, parseJiraDate, siteFromDevlakeFixtures, type JiraSim, type JiraSite } from '../src/index.ts';
import { call, cloudPages, FIXTURES_DIR, withSim } from './helpers.ts';

// The real responses live outside the repository; without them there is nothing to check.
describe.runIf(fs.existsSync(FIXTURES_DIR))('siteFromDevlakeFixtures (real JIRA Cloud responses)', () => {
  let site: JiraSite;
  let sim: JiraSim;
  beforeAll(async () => {
    site = siteFromDevlakeFixtures(FIXTURES_DIR);
    sim = await withSim({ flavor: 'CLOUD', site });
  });
  afterAll(async () => {
    await sim?.close();
  });

  test('33 issues, 30 sprints, 53 statuses, one board', () => {
    expect(site.issues).toHaveLength(33);
    expect(site.sprints).toHaveLength(30);
    expect(site.statuses).toHaveLength(53);
    expect(site.boards).toEqual([
      expect.objectContaining({ id: 8, name: 'EE board', projectKey: 'EE', filterId: 10008, estimationFieldId: 'customfield_10024' }),
    ]);
    expect(site.timeZone).toBe('Asia/Shanghai');
    expect(site.fields.map((f) => f.id)).toEqual(expect.arrayContaining(['customfield_10020', 'customfield_10024', 'customfield_10019']));
  });

  test('EE-17 moved between sprints several times: its histories hold the Sprint items, oldest first', () => {
    const issue = findIssue(site, 'EE-17')!;
    const sprintItems = issue.histories.flatMap((h) => h.items.filter((i) => i.field === 'Sprint').map((i) => `${i.from}->${i.to}`));
    expect(sprintItems).toEqual(['->7', '7->9', '9->', '->9', '9->17']);
    const times = issue.histories.map((h) => parseJiraDate(h.created));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(issue.histories).toHaveLength(31);
  });

  test('issue JSON is kept as JIRA sent it: +0800 dates, the string "-1" estimate, status categories that disagree', () => {
    const ee1 = findIssue(site, 'EE-1')!;
    expect(ee1.fields.customfield_10024).toBe('-1');
    expect(ee1.fields.created).toBe('2020-06-12T08:13:13.360+0800');
    // 已完成 (Done) is a done status, but this issue's copy says category "new".
    expect(ee1.fields.status).toMatchObject({ id: '10068', statusCategory: { key: 'new' } });
    expect(site.statuses.find((s) => s.id === '10068')!.statusCategory.key).toBe('done');
    expect(findIssue(site, 'EE-2')!.fields.customfield_10024).toBe(2);
  });

  test('board 8 lists every sprint the fixtures hold, sprint 15 of board 13 included', async () => {
    const page = (await call(sim, '/rest/agile/1.0/board/8/sprint')).json;
    expect(page.values).toHaveLength(30);
    expect(page.values.find((s: any) => s.id === 15)).toMatchObject({ name: 'Emma Sprint 1', originBoardId: 13, state: 'closed' });
    const config = (await call(sim, '/rest/agile/1.0/board/8/configuration')).json;
    expect(config.columnConfig.columns.map((c: any) => c.name)).toEqual(['To Do', 'In Progress', 'Done']);
    expect(config.columnConfig.columns[2].statuses.map((s: any) => s.id)).toContain('10068');
  });

  test('the sim serves the fixtures: the board filter pages all 33, changelogs match', async () => {
    const pages = await cloudPages(sim, { jql: 'filter = 10008 ORDER BY created ASC', fields: '*all', expand: 'changelog', maxResults: '10' });
    const issues = pages.flatMap((p) => p.issues);
    expect(issues.map((i: any) => i.key)).toHaveLength(33);
    const ee17 = issues.find((i: any) => i.key === 'EE-17');
    expect(ee17.changelog).toMatchObject({ total: 31, maxResults: 31 });
    expect(ee17.fields.customfield_10020).toEqual([expect.objectContaining({ id: 17, name: 'EE Sprint 9', state: 'closed', boardId: 8 })]);
    const since = await cloudPages(sim, { jql: 'filter = 10008 AND updated >= "2022/07/16 06:31" ORDER BY key ASC', fields: 'updated' });
    expect(since.flatMap((p) => p.issues.map((i: any) => i.key))).toEqual(['K5-3', 'K5-4']);
  });
});
