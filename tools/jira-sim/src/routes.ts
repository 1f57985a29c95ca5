import { errorBody, HttpError, ISSUE_NOT_FOUND, jiraError } from './errors.ts';
import { TRUNCATED_CHANGELOG } from './faults.ts';
import {
  parseFieldSelection,
  renderBoard,
  renderBoardConfiguration,
  renderField,
  renderHistory,
  renderIssue,
  renderMyself,
  renderSprint,
  renderStatus,
  ALL_FIELDS,
  type RenderContext,
} from './render.ts';
import { approximateCount, cloudSearch, serverSearch, CLOUD_ISSUE_CHANGELOG_CAP, type SearchCache, type SearchParams } from './search.ts';
import { findIssue, type SimIssue } from './site.ts';
import { sprintReport } from './sprint-report.ts';

/** One request, as the handlers see it. */
export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | undefined;
  ctx: RenderContext;
  cache: SearchCache;
  truncateChangelogs: boolean;
  /** The most issues a search page holds, below JIRA's own caps. */
  searchPageSize?: number;
}

type Handler = (req: SimRequest, params: string[]) => unknown;
interface Route {
  method: 'GET' | 'POST';
  pattern: RegExp;
  flavor?: 'CLOUD' | 'SERVER';
  handle: Handler;
}

/** Cloud serves REST API versions 2 and 3; Server/DC only 2. */
const API = String.raw`/rest/api/(?:2|3|latest)`;

const int = (v: string | null | undefined, fallback: number) => {
  const n = v === null || v === undefined || v === '' ? NaN : Number(v);
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
};

/** The Agile API's offset pages. */
function agilePage<T>(req: SimRequest, all: T[], withTotal: boolean) {
  const startAt = Math.max(0, int(req.query.get('startAt'), 0));
  const maxResults = Math.min(50, Math.max(1, int(req.query.get('maxResults'), 50)));
  const values = all.slice(startAt, startAt + maxResults);
  return { maxResults, startAt, ...(withTotal ? { total: all.length } : {}), isLast: startAt + values.length >= all.length, values };
}

function board(req: SimRequest, id: string) {
  const b = req.ctx.site.boards.find((x) => String(x.id) === id);
  if (!b) throw jiraError(404, `Board does not exist or you do not have permission to see it.`);
  return b;
}

function liveIssue(req: SimRequest, idOrKey: string): SimIssue {
  const issue = findIssue(req.ctx.site, decodeURIComponent(idOrKey));
  if (!issue || issue.deleted) throw jiraError(404, ISSUE_NOT_FOUND);
  return issue;
}

const list = (v: unknown): string[] | undefined => (v === undefined || v === null ? undefined : Array.isArray(v) ? v.map(String) : [String(v)]);

/** Search parameters from the query string (GET) or the JSON body (POST). */
function searchParams(req: SimRequest): SearchParams {
  if (req.method === 'POST') {
    const b = req.body ?? {};
    return {
      jql: String(b.jql ?? ''),
      maxResults: b.maxResults === undefined ? undefined : int(String(b.maxResults), 50),
      fields: list(b.fields),
      expand: list(b.expand),
      nextPageToken: b.nextPageToken === undefined || b.nextPageToken === null ? undefined : String(b.nextPageToken),
      startAt: b.startAt === undefined ? undefined : int(String(b.startAt), 0),
    };
  }
  const q = req.query;
  return {
    jql: q.get('jql') ?? '',
    maxResults: q.has('maxResults') ? int(q.get('maxResults'), 50) : undefined,
    fields: q.has('fields') ? q.getAll('fields') : undefined,
    expand: q.has('expand') ? q.getAll('expand') : undefined,
    nextPageToken: q.get('nextPageToken') ?? undefined,
    startAt: q.has('startAt') ? int(q.get('startAt'), 0) : undefined,
  };
}

const wantsChangelog = (req: SimRequest) => req.query.getAll('expand').some((e) => e.split(',').includes('changelog'));

/** Cloud's enhanced search refuses queries without a restriction. */
function requireBounded(jql: string) {
  if (jql.replace(/\border\s+by\b[\s\S]*$/i, '').trim() === '') {
    throw jiraError(400, 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
}

const routes: Route[] = [
  { method: 'GET', pattern: new RegExp(`^${API}/myself$`), handle: (req) => renderMyself(req.ctx) },
  { method: 'GET', pattern: new RegExp(`^${API}/field$`), handle: (req) => req.ctx.site.fields.map((f) => renderField(req.ctx, f)) },
  { method: 'GET', pattern: new RegExp(`^${API}/status$`), handle: (req) => req.ctx.site.statuses.map((s) => renderStatus(req.ctx, s)) },

  {
    method: 'GET',
    pattern: /^\/rest\/agile\/1\.0\/board$/,
    handle: (req) => {
      const type = req.query.get('type');
      const project = req.query.get('projectKeyOrId');
      const boards = req.ctx.site.boards
        .filter((b) => (!type || b.type === type) && (!project || b.projectKey === project))
        .sort((a, b) => a.id - b.id)
        .map((b) => renderBoard(req.ctx, b));
      return agilePage(req, boards, true);
    },
  },
  { method: 'GET', pattern: /^\/rest\/agile\/1\.0\/board\/(\d+)$/, handle: (req, [id]) => renderBoard(req.ctx, board(req, id)) },
  { method: 'GET', pattern: /^\/rest\/agile\/1\.0\/board\/(\d+)\/configuration$/, handle: (req, [id]) => renderBoardConfiguration(req.ctx, board(req, id)) },
  {
    method: 'GET',
    pattern: /^\/rest\/agile\/1\.0\/board\/(\d+)\/sprint$/,
    handle: (req, [id]) => {
      const b = board(req, id);
      const states = req.query
        .get('state')
        ?.split(',')
        .map((s) => s.trim().toLowerCase());
      const sprints = req.ctx.site.sprints
        .filter((s) => (s.boardIds ?? [s.originBoardId]).includes(b.id) && (!states || states.includes(s.state)))
        .sort((x, y) => x.id - y.id)
        .map((s) => renderSprint(req.ctx, s));
      return agilePage(req, sprints, false);
    },
  },
  {
    method: 'GET',
    pattern: /^\/rest\/agile\/1\.0\/sprint\/(\d+)$/,
    handle: (req, [id]) => {
      const s = req.ctx.site.sprints.find((x) => String(x.id) === id);
      if (!s) throw jiraError(404, 'The requested sprint cannot be viewed because it either does not exist or you do not have permission to view it.');
      return renderSprint(req.ctx, s);
    },
  },

  // Undocumented, on Cloud and Server/DC alike.
  {
    method: 'GET',
    pattern: /^\/rest\/greenhopper\/1\.0\/rapid\/charts\/sprintreport$/,
    handle: (req) => sprintReport(req.ctx, req.query.get('rapidViewId'), req.query.get('sprintId')),
  },

  // Cloud: the enhanced search. The old /search is gone there.
  ...(['GET', 'POST'] as const).map((method): Route => ({
    method,
    pattern: new RegExp(`^${API}/search/jql$`),
    flavor: 'CLOUD',
    handle: (req) => {
      const p = searchParams(req);
      requireBounded(p.jql);
      return cloudSearch(req.ctx, req.cache, p, req.truncateChangelogs, req.searchPageSize);
    },
  })),
  {
    method: 'POST',
    pattern: new RegExp(`^${API}/search/approximate-count$`),
    flavor: 'CLOUD',
    handle: (req) => {
      const jql = String(req.body?.jql ?? '');
      requireBounded(jql);
      return approximateCount(req.ctx.site, req.cache, jql);
    },
  },
  ...(['GET', 'POST'] as const).map((method): Route => ({
    method,
    pattern: new RegExp(`^${API}/search$`),
    flavor: 'CLOUD',
    handle: () => {
      throw new HttpError(410, errorBody('The requested API has been removed. Please migrate to the /rest/api/3/search/jql API.'));
    },
  })),
  {
    method: 'GET',
    pattern: new RegExp(`^${API}/issue/([^/]+)/changelog$`),
    flavor: 'CLOUD',
    handle: (req, [idOrKey]) => {
      const issue = liveIssue(req, idOrKey);
      const startAt = Math.max(0, int(req.query.get('startAt'), 0));
      const maxResults = Math.min(100, Math.max(1, int(req.query.get('maxResults'), 100)));
      const values = issue.histories.slice(startAt, startAt + maxResults).map((h) => renderHistory(req.ctx, h));
      const self = `${req.ctx.baseUrl}/rest/api/3/issue/${issue.key}/changelog`;
      const isLast = startAt + values.length >= issue.histories.length;
      return {
        self: `${self}?maxResults=${maxResults}&startAt=${startAt}`,
        ...(isLast ? {} : { nextPage: `${self}?maxResults=${maxResults}&startAt=${startAt + values.length}` }),
        maxResults,
        startAt,
        total: issue.histories.length,
        isLast,
        values,
      };
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^${API}/issue/([^/]+)$`),
    handle: (req, [idOrKey]) => {
      const issue = liveIssue(req, idOrKey);
      // GET issue returns all fields by default; its changelog is whole on Server/DC, capped on Cloud.
      const sel = parseFieldSelection(req.query.has('fields') ? req.query.getAll('fields') : undefined) ?? ALL_FIELDS;
      const cloud = req.ctx.flavor === 'CLOUD';
      const cap = req.truncateChangelogs ? TRUNCATED_CHANGELOG : cloud ? CLOUD_ISSUE_CHANGELOG_CAP : Infinity;
      return renderIssue(req.ctx, issue, sel, wantsChangelog(req) ? { cap, newestFirst: cloud } : undefined);
    },
  },

  // Server/DC: offset search with a total.
  ...(['GET', 'POST'] as const).map((method): Route => ({
    method,
    pattern: /^\/rest\/api\/(?:2|latest)\/search$/,
    flavor: 'SERVER',
    handle: (req) => serverSearch(req.ctx, req.cache, searchParams(req), req.truncateChangelogs, req.searchPageSize),
  })),
];

/** Routes a request; throws HttpError for what JIRA answers with an error. */
export function route(req: SimRequest): unknown {
  const flavor = req.ctx.flavor;
  const version = /^\/rest\/api\/(\d)\//.exec(req.path)?.[1];
  if (flavor === 'SERVER' && version === '3') throw jiraError(404, `No REST resource at ${req.path}`);
  let pathMatched = false;
  for (const r of routes) {
    if (r.flavor && r.flavor !== flavor) continue;
    const m = r.pattern.exec(req.path);
    if (!m) continue;
    pathMatched = true;
    if (r.method === req.method) return r.handle(req, m.slice(1));
  }
  if (pathMatched) throw new HttpError(405, errorBody(`Method ${req.method} is not allowed for ${req.path}`), { Allow: 'GET, POST' });
  throw jiraError(404, `No REST resource at ${req.path}`);
}
