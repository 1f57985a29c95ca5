import { once } from 'node:events';
import { afterEach, describe, expect, test } from 'vitest';
import type { JiraSim, SimRequestLog } from '../src/index.ts';
import { call, withSim } from './helpers.ts';

let sim: JiraSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const statuses = async (n: number, path = '/rest/api/3/myself') => {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await call(sim!, path)).status);
  return out;
};

describe('faults', () => {
  test('rate limit: every Nth request is a 429 with Retry-After and JIRA’s body', async () => {
    sim = await withSim({ flavor: 'CLOUD', faults: { rateLimit: { every: 3, retryAfterSeconds: 7 } } });
    const r = [await call(sim, '/rest/api/3/myself'), await call(sim, '/rest/api/3/myself'), await call(sim, '/rest/api/3/myself')];
    expect(r.map((x) => x.status)).toEqual([200, 200, 429]);
    expect(r[2].res.headers.get('retry-after')).toBe('7');
    expect(r[2].json).toEqual({ errorMessages: ['Rate limit exceeded.'], errors: {} });
    expect(await statuses(3)).toEqual([200, 200, 429]);
    expect(sim.faultStats.byKind.rateLimit).toBe(2);
  });

  test('rate limit with X-RateLimit-Reset instead', async () => {
    sim = await withSim({ flavor: 'SERVER', faults: { rateLimit: { every: 1, retryAfterSeconds: 30, useResetHeader: true } } });
    const r = await call(sim, '/rest/api/2/myself');
    expect(r.status).toBe(429);
    expect(r.res.headers.get('retry-after')).toBeNull();
    const reset = Date.parse(r.res.headers.get('x-ratelimit-reset')!);
    expect(reset - Date.now()).toBeGreaterThan(20_000);
  });

  test('server errors, only on matching paths; the plan can change at run time', async () => {
    sim = await withSim({ flavor: 'CLOUD', faults: { serverErrorEvery: 2, only: /\/search/ } });
    expect(await statuses(4)).toEqual([200, 200, 200, 200]);
    expect(await statuses(4, '/rest/api/3/search/jql?jql=project%3DATL')).toEqual([200, 500, 200, 500]);
    sim.faults.serverErrorEvery = undefined;
    expect(await statuses(2, '/rest/api/3/search/jql?jql=project%3DATL')).toEqual([200, 200]);
    sim.faults = {};
    expect(sim.faultStats).toMatchObject({ injected: 2, byKind: { serverError: 2 } });
  });

  test('malformed: a 200 whose JSON is cut short', async () => {
    sim = await withSim({ flavor: 'CLOUD', faults: { malformedEvery: 2 } });
    const ok = await call(sim, '/rest/api/3/field');
    const bad = await call(sim, '/rest/api/3/field');
    expect(ok.json).toEqual(expect.any(Array));
    expect(bad.status).toBe(200);
    expect(bad.json).toBeNull();
    expect(() => JSON.parse(bad.text)).toThrow();
    expect(ok.text.startsWith(bad.text)).toBe(true);
  });

  test('timeout: the request is never answered until the client gives up', async () => {
    sim = await withSim({ flavor: 'CLOUD', faults: { timeoutEvery: 2 } });
    expect((await call(sim, '/rest/api/3/myself')).status).toBe(200);
    const abort = new AbortController();
    const held = call(sim, '/rest/api/3/myself', { signal: abort.signal });
    const [entry] = (await once(sim, 'request')) as [SimRequestLog];
    expect(entry).toMatchObject({ path: '/rest/api/3/myself', status: 0 });
    abort.abort();
    await expect(held).rejects.toThrow();
    expect((await call(sim, '/rest/api/3/myself')).status).toBe(200);
    expect(sim.faultStats.byKind.timeout).toBe(1);
  });

  test('a held request is dropped when the sim closes', async () => {
    sim = await withSim({ flavor: 'SERVER', faults: { timeoutEvery: 1 } });
    const held = call(sim, '/rest/api/2/myself');
    await once(sim, 'request');
    await sim.close();
    sim = undefined;
    await expect(held).rejects.toThrow();
  });

  test('truncateChangelogs: inline changelogs carry 5 histories; the total tells the rest', async () => {
    sim = await withSim({ flavor: 'CLOUD', faults: { truncateChangelogs: true } });
    const issue = sim.site.issues.find((i) => i.histories.length > 5)!;
    const r = (await call(sim, `/rest/api/3/search/jql?jql=key%3D${issue.key}&fields=summary&expand=changelog`)).json;
    expect(r.issues[0].changelog).toMatchObject({ maxResults: 5, total: issue.histories.length });
    expect(r.issues[0].changelog.histories).toHaveLength(5);
    const page = (await call(sim, `/rest/api/3/issue/${issue.key}/changelog`)).json;
    expect(page.values).toHaveLength(issue.histories.length);
  });

  test('latency delays every answer', async () => {
    sim = await withSim({ flavor: 'CLOUD', latencyMs: 40 });
    const t = performance.now();
    await call(sim, '/rest/api/3/myself');
    expect(performance.now() - t).toBeGreaterThanOrEqual(35);
  });
});
