import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, seededRouter, smallTeam, startTestRouter, type TestRouter } from '@sprint-reports/testing/router';
import type { Dataset } from '@sprint-reports/demo-data';
import { EDGE_LIMITS } from '../src/armor.ts';

const DASHBOARD = fs.readFileSync(new URL('../../tests/dashboard.graphql', import.meta.url), 'utf8');

/** The router refuses abusive operations before anything runs, and lets the real dashboard through. */
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let router: TestRouter;
let boardId: string;
let seededTenant: string;

beforeAll(async () => {
  let ds: Dataset;
  ({
    database,
    router,
    tenants: { edge: ds },
  } = await seededRouter({ edge: [smallTeam('Atlas')] }));
  boardId = ds.boards[0].id;
  seededTenant = ds.tenant.id;
});
afterAll(async () => {
  await router?.stop();
  await database?.close();
});

const codeOf = (res: { errors?: { extensions?: { code?: string } }[] }) => res.errors?.[0]?.extensions?.code;

describe('the edge', () => {
  test('the dashboard query passes every limit', async () => {
    const res = await router.query(DASHBOARD, { boardId });
    expect(res.errors).toBeUndefined();
    expect(res.data.board.sprints.length).toBeGreaterThan(0);
  });

  test('a deeply nested query is refused before it runs', async () => {
    let selection = 'id';
    for (let i = 0; i < EDGE_LIMITS.maxDepth; i++) selection = `sprints { board { ${selection} } }`;
    const res = await router.query(`{ boards { ${selection} } }`);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/depth/i);
    expect(res.data).toBeUndefined();
  });

  test('an alias flood is refused', async () => {
    const aliases = Array.from({ length: EDGE_LIMITS.maxAliases + 1 }, (_, i) => `b${i}: boards { id }`).join(' ');
    const res = await router.query(`{ ${aliases} }`);
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/alias/i);
  });

  test('an expensive query is refused by its cost', async () => {
    // A whole board's history (every sprint, all velocity) twice over: within every other limit, over the cost.
    const start = DASHBOARD.indexOf('{', DASHBOARD.indexOf('board('));
    let end = start;
    for (let open = 0; ; end++) {
      if (DASHBOARD[end] === '{') open++;
      if (DASHBOARD[end] === '}' && --open === 0) break;
    }
    const selection = DASHBOARD.slice(start, end + 1)
      .replace('sprints(last: 6)', 'sprints')
      .replace('velocity(last: 6)', 'velocity(last: 1000)');
    const aliased = [1, 2].map((i) => `b${i}: board(id: $boardId) ${selection}`).join('\n');
    const res = await router.query(`query($boardId: ID!) { ${aliased} }`, { boardId });
    expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors![0].message).toMatch(/cost/i);
  });

  test('a directive flood and a huge document are refused', async () => {
    const directives = Array.from({ length: EDGE_LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect(codeOf(await router.query(`{ boards ${directives} { id } }`))).toBe('GRAPHQL_VALIDATION_FAILED');
    const fields = Array.from({ length: EDGE_LIMITS.maxTokens }, () => 'id').join(' ');
    const huge = await router.query(`{ boards { ${fields} } }`);
    expect(codeOf(huge)).toBe('GRAPHQL_PARSE_FAILED');
    expect(huge.errors![0].message).toMatch(/tokens/i);
  });

  test('a misspelt field gets no suggestion of the real one', async () => {
    const res = await router.query(`{ bords { id } }`);
    expect(res.errors![0].message).not.toMatch(/did you mean/i);
  });

  test('CSRF prevention: a GET without a preflight-forcing header is refused', async () => {
    const res = await fetch(`${router.url}?query=${encodeURIComponent('{ boards { id } }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/i);
  });
});

describe('subgraph calls and errors', () => {
  test('a subgraph that never answers fails its part of the request after the timeout, instead of holding it open', async () => {
    const held: http.ServerResponse[] = [];
    const silent = http.createServer((_req, res) => void held.push(res));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    const slow = await startTestRouter(database, {
      tenantId: seededTenant,
      subgraphUrls: { reports: `http://127.0.0.1:${port}/graphql` },
      config: { subgraphTimeoutMs: 200 },
    });
    try {
      const res = await slow.query(`query($id: ID!) { board(id: $id) { name sprints(last: 1) { name reports { id } } } }`, { id: boardId });
      expect(held.length).toBeGreaterThan(0); // the reports subgraph was asked, and never answered
      expect(res.errors?.[0].message).toMatch(/reports subgraph did not answer within 200 ms/);
    } finally {
      await slow.stop();
      for (const r of held) r.destroy();
      silent.close();
    }
  });

  test('in production, errors carry a code and a message but no stack trace', async () => {
    const prod = await startTestRouter(database, { tenantId: seededTenant, config: { production: true } });
    try {
      const res = await prod.query(`{ board(id: "not-a-uuid") { id } }`);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(res.errors)).not.toMatch(/stacktrace|\.ts:\d+/);
    } finally {
      await prod.stop();
    }
  });
});
