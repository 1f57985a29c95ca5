import { afterEach, describe, expect, test } from 'vitest';
import { DEFAULT_CLOUD_AUTH, DEFAULT_SERVER_AUTH, type JiraSim } from '../src/index.ts';
import { call, withSim } from './helpers.ts';

let sim: JiraSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const NOT_AUTHENTICATED = { errorMessages: ['You are not authenticated. Authentication required to perform this operation.'], errors: {} };

describe('auth', () => {
  test('Cloud takes basic auth with email and API token; anything else is a 401 with JIRA’s body', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const basic = `Basic ${Buffer.from(`${DEFAULT_CLOUD_AUTH.email}:${DEFAULT_CLOUD_AUTH.apiToken}`).toString('base64')}`;
    expect((await call(sim, '/rest/api/3/myself', { auth: basic })).status).toBe(200);
    for (const auth of [null, `Basic ${Buffer.from(`${DEFAULT_CLOUD_AUTH.email}:wrong`).toString('base64')}`, `Bearer ${DEFAULT_CLOUD_AUTH.apiToken}`]) {
      const r = await call(sim, '/rest/api/3/myself', { auth });
      expect(r.status).toBe(401);
      expect(r.json).toEqual(NOT_AUTHENTICATED);
    }
    expect((await call(sim, '/rest/agile/1.0/board', { auth: null })).status).toBe(401);
  });

  test('Server/DC takes a personal access token as Bearer', async () => {
    sim = await withSim({ flavor: 'SERVER' });
    expect((await call(sim, '/rest/api/2/myself', { auth: `Bearer ${DEFAULT_SERVER_AUTH.pat}` })).status).toBe(200);
    const r = await call(sim, '/rest/api/2/myself', { auth: 'Bearer nope' });
    expect(r.status).toBe(401);
    expect(r.json).toEqual(NOT_AUTHENTICATED);
  });

  test('custom credentials replace the defaults', async () => {
    sim = await withSim({ flavor: 'SERVER', auth: { pat: 'secret-pat' } });
    expect(sim.authorization).toBe('Bearer secret-pat');
    expect((await call(sim, '/rest/api/2/myself', { auth: `Bearer ${DEFAULT_SERVER_AUTH.pat}` })).status).toBe(401);
    expect((await call(sim, '/rest/api/2/myself')).status).toBe(200);
  });

  test('the forbidden switch answers 403 with JIRA’s body, only where `only` matches', async () => {
    sim = await withSim({ flavor: 'CLOUD', faults: { forbidden: true, only: /\/board/ } });
    const r = await call(sim, '/rest/agile/1.0/board');
    expect(r.status).toBe(403);
    expect(r.json).toEqual({ errorMessages: ['You do not have the permission to see the specified resource.'], errors: {} });
    expect((await call(sim, '/rest/api/3/myself')).status).toBe(200);
    sim.faults.forbidden = false;
    expect((await call(sim, '/rest/agile/1.0/board')).status).toBe(200);
  });
});

describe('endpoints', () => {
  test('myself: Cloud by accountId, Server by key and name, both with the site time zone', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const cloud = (await call(sim, '/rest/api/3/myself')).json;
    expect(cloud).toMatchObject({ accountType: 'atlassian', active: true, timeZone: 'Europe/Berlin', locale: 'en_US' });
    expect(cloud.accountId).toBeTruthy();
    expect(cloud).not.toHaveProperty('key');
    await sim.close();
    sim = await withSim({ flavor: 'SERVER' });
    const server = (await call(sim, '/rest/api/2/myself')).json;
    expect(server).toMatchObject({ key: expect.any(String), name: expect.any(String), timeZone: 'Europe/Berlin' });
    expect(server).not.toHaveProperty('accountId');
  });

  test('unknown paths are 404 with errorMessages; Server has no API v3; Cloud’s old /search is gone (410)', async () => {
    sim = await withSim({ flavor: 'SERVER' });
    const r = await call(sim, '/rest/api/2/nothing');
    expect(r.status).toBe(404);
    expect(r.json.errorMessages[0]).toContain('/rest/api/2/nothing');
    expect((await call(sim, '/rest/api/3/myself')).status).toBe(404);
    expect((await call(sim, '/rest/api/2/search/jql?jql=project%3DATL')).status).toBe(404);
    await sim.close();
    sim = await withSim({ flavor: 'CLOUD' });
    expect((await call(sim, '/rest/api/2/search?jql=project%3DATL')).status).toBe(410);
    expect((await call(sim, '/rest/api/3/issue/ATL-1', { method: 'DELETE' })).status).toBe(405);
  });

  test('fields, statuses, boards and board configuration', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const fields = (await call(sim, '/rest/api/2/field')).json;
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'customfield_10020',
          name: 'Sprint',
          schema: expect.objectContaining({ custom: 'com.pyxis.greenhopper.jira:gh-sprint' }),
        }),
        expect.objectContaining({ id: 'customfield_10019', name: 'Rank' }),
        expect.objectContaining({ id: 'customfield_10016', name: 'Story point estimate' }),
      ]),
    );
    expect((await call(sim, '/rest/api/3/field')).json).toEqual(fields);

    const statuses = (await call(sim, '/rest/api/3/status')).json;
    expect(statuses.map((s: any) => [s.name, s.statusCategory.key])).toEqual([
      ['To Do', 'new'],
      ['In Progress', 'indeterminate'],
      ['In Review', 'indeterminate'],
      ['Done', 'done'],
    ]);
    expect(statuses[3].statusCategory).toMatchObject({ id: 3, colorName: 'green', self: expect.stringContaining('/statuscategory/3') });

    const boards = (await call(sim, '/rest/agile/1.0/board?maxResults=1')).json;
    expect(boards).toMatchObject({ maxResults: 1, startAt: 0, total: 2, isLast: false });
    expect(boards.values[0]).toMatchObject({
      id: 1,
      name: 'Atlas board',
      type: 'scrum',
      location: { projectKey: 'ATL', projectName: 'Atlas', displayName: 'Atlas (ATL)' },
    });
    expect((await call(sim, '/rest/agile/1.0/board?startAt=1')).json).toMatchObject({ isLast: true, values: [{ id: 2 }] });

    const config = (await call(sim, '/rest/agile/1.0/board/1/configuration')).json;
    expect(config).toMatchObject({
      id: 1,
      filter: { id: '10001' },
      columnConfig: { constraintType: 'issueCount' },
      estimation: { type: 'field', field: { fieldId: 'customfield_10016', displayName: 'Story point estimate' } },
      ranking: { rankCustomFieldId: 10019 },
    });
    expect(config.columnConfig.columns.map((c: any) => c.statuses.map((s: any) => s.id))).toEqual([['10000'], ['3'], ['10001'], ['10002']]);
    expect((await call(sim, '/rest/agile/1.0/board/99/configuration')).status).toBe(404);
  });

  test('board sprints: by id, dates JIRA does not have are left out, paged by 50', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const page = (await call(sim, '/rest/agile/1.0/board/1/sprint')).json;
    expect(page).toMatchObject({ startAt: 0, maxResults: 50, isLast: true });
    expect(page).not.toHaveProperty('total');
    expect(page.values.map((s: any) => s.id)).toEqual([1001, 1002, 1003, 1004, 1005, 1006, 1007, 1008]);
    expect(page.values.map((s: any) => s.state)).toEqual(['closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'active', 'future']);
    const active = page.values[6];
    expect(active).toMatchObject({
      originBoardId: 1,
      startDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      createdDate: expect.any(String),
    });
    expect(active).not.toHaveProperty('completeDate');
    expect((await call(sim, '/rest/agile/1.0/board/1/sprint?state=active,future')).json.values.map((s: any) => s.id)).toEqual([1007, 1008]);
    expect((await call(sim, '/rest/agile/1.0/board/1/sprint?startAt=6&maxResults=1')).json).toMatchObject({ isLast: false, values: [{ id: 1007 }] });
  });

  test('the request log records each request with its status, and emits it', async () => {
    sim = await withSim({ flavor: 'CLOUD' });
    const seen: number[] = [];
    sim.on('request', (r) => seen.push(r.status));
    await call(sim, '/rest/api/3/myself?x=1');
    await call(sim, '/rest/api/3/myself', { auth: null });
    expect(sim.requests).toEqual([
      { method: 'GET', path: '/rest/api/3/myself', query: { x: '1' }, status: 200 },
      { method: 'GET', path: '/rest/api/3/myself', query: {}, status: 401 },
    ]);
    expect(seen).toEqual([200, 401]);
  });
});
