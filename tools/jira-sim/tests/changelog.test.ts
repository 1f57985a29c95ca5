import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serverSprintString, type JiraSim, type JiraSite, type SimIssue } from '../src/index.ts';
import { call, NOW, smallSite, withSim } from './helpers.ts';

let site: JiraSite;
let cloud: JiraSim;
let server: JiraSim;
let busy: SimIssue;
const HISTORIES = 130;

beforeAll(async () => {
  site = smallSite();
  cloud = await withSim({ flavor: 'CLOUD', site });
  server = await withSim({ flavor: 'SERVER', site });
  // An issue with a long history: more than any inline changelog holds.
  busy = site.issues.find((i) => i.key === 'ATL-3')!;
  const start = NOW.getTime() + 60_000;
  for (let n = busy.histories.length; n < HISTORIES; n++) cloud.updateIssue(busy.key, { summary: `Summary ${n}` }, new Date(start + n * 60_000));
});
afterAll(async () => {
  await cloud?.close();
  await server?.close();
});

const idsOf = (hs: { id: string }[]) => hs.map((h) => h.id);
const oldestFirst = () => idsOf(busy.histories);

describe('Cloud', () => {
  test('search’s inline changelog holds the 40 most recent histories, newest first, with the total', async () => {
    const r = (await call(cloud, `/rest/api/3/search/jql?jql=key%3D${busy.key}&fields=summary&expand=changelog`)).json;
    const changelog = r.issues[0].changelog;
    expect(changelog).toMatchObject({ startAt: 0, maxResults: 40, total: HISTORIES });
    expect(idsOf(changelog.histories)).toEqual(oldestFirst().slice(-40).reverse());
  });

  test('GET issue’s changelog holds 100', async () => {
    const r = (await call(cloud, `/rest/api/3/issue/${busy.key}?expand=changelog`)).json;
    expect(r.changelog).toMatchObject({ maxResults: 100, total: HISTORIES });
    expect(idsOf(r.changelog.histories)).toEqual(oldestFirst().slice(-100).reverse());
    expect(r.fields.summary).toBe(`Summary ${HISTORIES - 1}`);
  });

  test('the changelog endpoint pages all histories, oldest first (at most 100 a page)', async () => {
    const all: any[] = [];
    let startAt = 0;
    for (;;) {
      const page = (await call(cloud, `/rest/api/3/issue/${busy.id}/changelog?startAt=${startAt}&maxResults=500`)).json;
      expect(page).toMatchObject({ startAt, maxResults: 100, total: HISTORIES });
      all.push(...page.values);
      startAt += page.values.length;
      if (page.isLast) break;
      expect(page.nextPage).toContain(`startAt=${startAt}`);
    }
    expect(idsOf(all)).toEqual(oldestFirst());
    expect(all[0].items[0]).toHaveProperty('fieldId');
  });

  test('history ids grow with time across the site', () => {
    const all = site.issues.flatMap((i) => i.histories.map((h) => ({ id: Number(h.id), at: Date.parse(h.created.replace('+0000', 'Z')) })));
    all.sort((a, b) => a.id - b.id);
    expect(new Set(all.map((h) => h.id)).size).toBe(all.length);
    for (let k = 1; k < all.length; k++) expect(all[k].at).toBeGreaterThanOrEqual(all[k - 1].at);
  });

  test('deleted issues: 404 on GET and on the changelog', async () => {
    const victim = site.issues.find((i) => i.key === 'BOR-2')!;
    cloud.deleteIssue(victim.key);
    expect((await call(cloud, `/rest/api/3/issue/${victim.key}`)).json).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
    expect((await call(cloud, `/rest/api/3/issue/${victim.id}/changelog`)).status).toBe(404);
  });
});

describe('Server/DC', () => {
  test('GET issue returns the whole changelog, oldest first, items without fieldId', async () => {
    const r = (await call(server, `/rest/api/2/issue/${busy.key}?expand=changelog`)).json;
    expect(r.changelog).toMatchObject({ startAt: 0, maxResults: HISTORIES, total: HISTORIES });
    expect(idsOf(r.changelog.histories)).toEqual(oldestFirst());
    for (const h of r.changelog.histories) for (const item of h.items) expect(item).not.toHaveProperty('fieldId');
    expect(r.changelog.histories[0].author).toMatchObject({ name: expect.any(String), key: expect.any(String) });
    expect(r.changelog.histories[0].author).not.toHaveProperty('accountId');
    expect(r.self).toContain('/rest/api/2/issue/');
  });

  test('search’s inline changelog holds 100 histories with the total', async () => {
    const r = (await call(server, `/rest/api/2/search?jql=key%3D${busy.key}&expand=changelog`)).json;
    expect(r.issues[0].changelog).toMatchObject({ maxResults: 100, total: HISTORIES });
    expect(idsOf(r.issues[0].changelog.histories)).toEqual(oldestFirst().slice(0, 100));
  });

  test('Sprint items keep sprint ids in from/to', async () => {
    const withSprintItem = site.issues.find((i) => i.histories.some((h) => h.items.some((it) => it.field === 'Sprint')))!;
    const r = (await call(server, `/rest/api/2/issue/${withSprintItem.key}?expand=changelog`)).json;
    const item = r.changelog.histories.flatMap((h: any) => h.items).find((it: any) => it.field === 'Sprint');
    expect(item).toMatchObject({ field: 'Sprint', fieldtype: 'custom', to: expect.stringMatching(/^\d+(, \d+)*$/) });
    expect(item).not.toHaveProperty('fieldId');
  });

  test('the Sprint field is GreenHopper’s Sprint strings; names may hold commas; nulls are <null>', async () => {
    const issue = site.issues.find(
      (i) => Array.isArray(i.fields.customfield_10020) && (i.fields.customfield_10020 as any[]).some((s) => s.state === 'active'),
    )!;
    const sprint = site.sprints.find((s) => s.state === 'active' && s.originBoardId === issue.boardIds[0])!;
    server.updateSprint(sprint.id, { name: 'Sprint 7, the big one' });
    const r = (await call(server, `/rest/api/2/issue/${issue.key}?fields=customfield_10020`)).json;
    const value: string[] = r.fields.customfield_10020;
    const active = value.find((s) => s.includes(`[id=${sprint.id},`))!;
    expect(active).toMatch(
      /^com\.atlassian\.greenhopper\.service\.sprint\.Sprint@[0-9a-f]+\[id=\d+,rapidViewId=\d+,state=ACTIVE,name=Sprint 7, the big one,startDate=\S+Z,endDate=\S+Z,completeDate=<null>,activatedDate=\S+Z,sequence=\d+,goal=.*\]$/,
    );
    expect(active).toContain(`rapidViewId=${sprint.originBoardId}`);
    // Cloud renders the same value as objects.
    const c = (await call(cloud, `/rest/api/3/issue/${issue.key}?fields=customfield_10020`)).json;
    expect(c.fields.customfield_10020).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: sprint.id, name: 'Sprint 7, the big one', state: 'active', boardId: sprint.originBoardId })]),
    );
  });

  test('serverSprintString renders the documented shape', () => {
    const s = serverSprintString(site, {
      id: 12,
      name: 'Sprint 1, the big one',
      state: 'closed',
      boardId: 3,
      goal: '',
      startDate: '2026-03-02T09:00:00.000Z',
      endDate: '2026-03-13T17:00:00.000Z',
    });
    expect(s).toMatch(
      /^com\.atlassian\.greenhopper\.service\.sprint\.Sprint@[0-9a-f]+\[id=12,rapidViewId=3,state=CLOSED,name=Sprint 1, the big one,startDate=2026-03-02T09:00:00\.000Z,endDate=2026-03-13T17:00:00\.000Z,completeDate=<null>,activatedDate=[^,]+,sequence=12,goal=\]$/,
    );
  });
});
