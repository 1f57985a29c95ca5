import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDataset, type Dataset } from '@sprint-reports/demo-data';
import { siteFromDataset, startJiraSim, type JiraSim, type JiraSimOptions, type JiraSite } from '../src/index.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = path.resolve(repoRoot, '../shared/fixtures/jira/devlake-merico-cloud');

/** A Wednesday: sprints run Monday to the Friday after, the active one is under way. */
export const NOW = new Date('2026-03-04T12:00:00.000Z');

/** Two small teams: enough issues for several pages, fast to build. */
export function smallDataset(seed = 7): Dataset {
  return generateDataset({
    tenant: { id: '11111111-1111-5111-8111-111111111111', name: 'Test', slug: 'test' },
    connectionId: '22222222-2222-5222-8222-222222222222',
    now: NOW,
    seed,
    teams: [
      { name: 'Atlas', boardName: 'Atlas board', projectKey: 'ATL', members: 5, sprints: 8, issuesPerSprint: 20, issues: 260 },
      { name: 'Borealis', boardName: 'Borealis board', projectKey: 'BOR', members: 4, sprints: 6, issuesPerSprint: 12, issues: 120 },
    ],
  });
}

export const smallSite = (opts?: { timeZone?: string }): JiraSite => siteFromDataset(smallDataset(), opts);

export async function withSim(opts: Partial<JiraSimOptions> & Pick<JiraSimOptions, 'flavor'>): Promise<JiraSim> {
  return startJiraSim({ site: opts.site ?? smallSite(), ...opts });
}

/** A request with the sim's own credentials; the parsed JSON body (or null) and the response. */
export async function call(sim: JiraSim, pathAndQuery: string, init: { method?: string; body?: unknown; auth?: string | null; signal?: AbortSignal } = {}) {
  const headers: Record<string, string> = {};
  const auth = init.auth === undefined ? sim.authorization : init.auth;
  if (auth) headers.Authorization = auth;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(`${sim.url}${pathAndQuery}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  return { res, status: res.status, json, text };
}

/** Pages Cloud's /search/jql to the end; returns every page. */
export async function cloudPages(sim: JiraSim, params: Record<string, string>, post = false) {
  const pages: any[] = [];
  let token: string | undefined;
  for (let guard = 0; guard < 1000; guard++) {
    const r = post
      ? await call(sim, '/rest/api/3/search/jql', {
          body: { ...params, fields: params.fields?.split(','), maxResults: params.maxResults ? Number(params.maxResults) : undefined, nextPageToken: token },
        })
      : await call(sim, `/rest/api/3/search/jql?${new URLSearchParams({ ...params, ...(token ? { nextPageToken: token } : {}) })}`);
    if (r.status !== 200) throw new Error(`search failed: ${r.status} ${r.text}`);
    pages.push(r.json);
    token = r.json.nextPageToken;
    if (!token) return pages;
  }
  throw new Error('search never ended');
}
