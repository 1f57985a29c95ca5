import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runJql, type JiraSim, type JiraSite } from '../src/index.ts';
import { call, cloudPages, smallSite, withSim } from './helpers.ts';

let site: JiraSite;
let cloud: JiraSim;
let server: JiraSim;
beforeAll(async () => {
  site = smallSite();
  cloud = await withSim({ flavor: 'CLOUD', site });
  server = await withSim({ flavor: 'SERVER', site });
});
afterAll(async () => {
  await cloud?.close();
  await server?.close();
});

const boardIssues = () => site.issues.filter((i) => i.boardIds.includes(1));

describe('Cloud /rest/api/3/search/jql', () => {
  test('token paging returns every issue exactly once; some pages are short but not the last', async () => {
    const pages = await cloudPages(cloud, { jql: 'filter = 10001 ORDER BY created ASC', fields: 'summary,status', maxResults: '25' });
    const keys = pages.flatMap((p) => p.issues.map((i: any) => i.key));
    expect(keys.length).toBe(boardIssues().length);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(runJql(site, 'filter = 10001 ORDER BY created ASC').map((i) => i.key));
    // Every third page holds maxResults - 7 and still carries a token.
    expect(pages[2].issues).toHaveLength(18);
    expect(pages[2].nextPageToken).toEqual(expect.any(String));
    expect(pages[2].isLast).toBe(false);
    const last = pages[pages.length - 1];
    expect(last.isLast).toBe(true);
    expect(last).not.toHaveProperty('nextPageToken');
    for (const p of pages) expect(p).not.toHaveProperty('total');
  });

  test('POST takes the same keys in a JSON body', async () => {
    const pages = await cloudPages(cloud, { jql: 'project = BOR ORDER BY key ASC', fields: 'summary', maxResults: '30' }, true);
    const keys = pages.flatMap((p) => p.issues.map((i: any) => i.key));
    expect(keys).toEqual(runJql(site, 'project = BOR ORDER BY key ASC').map((i) => i.key));
    expect(new Set(keys).size).toBe(site.issues.filter((i) => i.key.startsWith('BOR-')).length);
  });

  test('without `fields` only ids come back; named fields only those; *all everything', async () => {
    const bare = (await call(cloud, '/rest/api/3/search/jql?jql=project%3DATL&maxResults=2')).json;
    expect(bare.issues).toEqual([{ id: expect.stringMatching(/^\d+$/) }, { id: expect.stringMatching(/^\d+$/) }]);
    const named = (await call(cloud, '/rest/api/3/search/jql?jql=project%3DATL&maxResults=1&fields=summary,customfield_10020')).json.issues[0];
    expect(Object.keys(named.fields).sort()).toEqual(['customfield_10020', 'summary']);
    expect(named).toMatchObject({ id: expect.any(String), key: expect.stringMatching(/^ATL-/), self: expect.stringContaining('/rest/api/3/issue/') });
    const all = (await call(cloud, '/rest/api/3/search/jql?jql=project%3DATL&maxResults=1&fields=*all')).json.issues[0];
    expect(all.fields).toMatchObject({
      summary: expect.any(String),
      status: expect.any(Object),
      created: expect.stringMatching(/\+0000$/),
      customfield_10019: expect.any(String),
    });
    const except = (await call(cloud, '/rest/api/3/search/jql?jql=project%3DATL&maxResults=1&fields=*all,-summary')).json.issues[0];
    expect(except.fields).not.toHaveProperty('summary');
  });

  test('maxResults is capped at 100, or 5000 when only id/key are asked for', async () => {
    const full = (await call(cloud, '/rest/api/3/search/jql?jql=project%3DATL&maxResults=500&fields=summary')).json;
    expect(full.issues).toHaveLength(100);
    const ids = (await call(cloud, '/rest/api/3/search/jql?jql=project%3DATL&maxResults=5000&fields=key')).json;
    expect(ids.issues).toHaveLength(site.issues.filter((i) => i.key.startsWith('ATL-')).length);
    expect(ids.isLast).toBe(true);
  });

  test('a garbled token or one from another query is a 400', async () => {
    const first = (await call(cloud, '/rest/api/3/search/jql?jql=project%3DATL&maxResults=5&fields=key')).json;
    expect((await call(cloud, '/rest/api/3/search/jql?jql=project%3DATL&nextPageToken=garbage')).status).toBe(400);
    const other = await call(cloud, `/rest/api/3/search/jql?jql=project%3DBOR&nextPageToken=${first.nextPageToken}`);
    expect(other.status).toBe(400);
    expect(other.json.errorMessages).toHaveLength(1);
  });

  test('JQL errors and unbounded queries are 400s', async () => {
    const bad = await call(cloud, `/rest/api/3/search/jql?jql=${encodeURIComponent('status = Done')}`);
    expect(bad.status).toBe(400);
    expect(bad.json.errorMessages[0]).toMatch(/^Error in the JQL Query: /);
    expect((await call(cloud, `/rest/api/3/search/jql?jql=${encodeURIComponent('filter = 999')}`)).json.errorMessages[0]).toBe(
      "A value with ID '999' does not exist for the field 'filter'.",
    );
    expect((await call(cloud, `/rest/api/3/search/jql?jql=${encodeURIComponent('ORDER BY created')}`)).status).toBe(400);
  });

  test('approximate-count counts the query', async () => {
    const r = await call(cloud, '/rest/api/3/search/approximate-count', { body: { jql: 'filter = 10001' } });
    expect(r.json).toEqual({ count: boardIssues().length });
  });
});

describe('Server/DC /rest/api/2/search', () => {
  test('startAt paging with a total returns every issue exactly once', async () => {
    const keys: string[] = [];
    let startAt = 0;
    let total = Infinity;
    while (startAt < total) {
      const r = (
        await call(server, `/rest/api/2/search?jql=${encodeURIComponent('filter = 10001 ORDER BY Rank ASC')}&startAt=${startAt}&maxResults=40&fields=summary`)
      ).json;
      expect(r).toMatchObject({ startAt, maxResults: 40, total: boardIssues().length });
      keys.push(...r.issues.map((i: any) => i.key));
      total = r.total;
      startAt += r.issues.length;
    }
    expect(keys).toEqual(runJql(site, 'filter = 10001 ORDER BY Rank ASC').map((i) => i.key));
    expect(new Set(keys).size).toBe(boardIssues().length);
  });

  test('all navigable fields by default, maxResults capped at 1000, POST with a body', async () => {
    const r = (await call(server, '/rest/api/2/search?jql=project%3DATL&maxResults=5000')).json;
    expect(r.maxResults).toBe(1000);
    expect(r.issues[0].fields).toMatchObject({ summary: expect.any(String), customfield_10019: expect.any(String) });
    const posted = (
      await call(server, '/rest/api/2/search', { body: { jql: 'project = BOR ORDER BY key ASC', startAt: 10, maxResults: 5, fields: ['summary'] } })
    ).json;
    expect(posted.issues.map((i: any) => i.key)).toEqual(
      runJql(site, 'project = BOR ORDER BY key ASC')
        .slice(10, 15)
        .map((i) => i.key),
    );
  });

  test('searchPageSize makes pages smaller than asked for, as JIRA may', async () => {
    const small = await withSim({ flavor: 'SERVER', site, searchPageSize: 7 });
    try {
      const r = (await call(small, '/rest/api/2/search?jql=project%3DATL&maxResults=50')).json;
      expect(r.maxResults).toBe(7);
      expect(r.issues).toHaveLength(7);
    } finally {
      await small.close();
    }
  });
});
