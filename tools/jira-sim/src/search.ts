import { createHash } from 'node:crypto';
import { jiraError } from './errors.ts';
import { TRUNCATED_CHANGELOG } from './faults.ts';
import { compileJql, JqlError } from './jql.ts';
import { onlyIdAndKey, parseFieldSelection, renderIssue, ALL_FIELDS, type RenderContext } from './render.ts';
import { siteVersion, type JiraSite, type SimIssue } from './site.ts';

/** The search parameters, from the query string or a POST body alike. */
export interface SearchParams {
  jql: string;
  maxResults?: number;
  fields?: string[];
  expand?: string[];
  /** Cloud. */
  nextPageToken?: string;
  /** Server/DC. */
  startAt?: number;
}

/** Inline changelog caps: Cloud's search keeps 40 histories, GET issue 100; Server/DC's search 100. */
export const CLOUD_SEARCH_CHANGELOG_CAP = 40;
export const CLOUD_ISSUE_CHANGELOG_CAP = 100;
export const SERVER_SEARCH_CHANGELOG_CAP = 100;

/**
 * Query results, cached per JQL while the site is unchanged: paging a 100,000-issue query must not
 * evaluate it again for every page.
 */
export class SearchCache {
  private readonly entries = new Map<string, { version: number; issues: SimIssue[] }>();

  run(site: JiraSite, jql: string): SimIssue[] {
    const version = siteVersion(site);
    const hit = this.entries.get(jql);
    if (hit && hit.version === version) return hit.issues;
    let issues: SimIssue[];
    try {
      const q = compileJql(jql, site);
      issues = site.issues.filter((i) => q.matches(i)).sort(q.compare);
    } catch (e) {
      if (e instanceof JqlError) throw jiraError(400, e.message);
      throw e;
    }
    this.entries.delete(jql);
    this.entries.set(jql, { version, issues });
    if (this.entries.size > 16) this.entries.delete(this.entries.keys().next().value!);
    return issues;
  }
}

const jqlHash = (jql: string) => createHash('sha1').update(jql.trim()).digest('hex').slice(0, 12);

/** Opaque to clients: the offset of the next page, its number, and the query it belongs to. */
function encodeToken(offset: number, page: number, jql: string): string {
  return Buffer.from(JSON.stringify({ o: offset, p: page, q: jqlHash(jql) })).toString('base64url');
}

function decodeToken(token: string, jql: string): { offset: number; page: number } {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o: unknown; p: unknown; q: unknown };
    if (Number.isInteger(t.o) && Number.isInteger(t.p) && t.q === jqlHash(jql)) return { offset: t.o as number, page: t.p as number };
  } catch {
    // falls through to the error below
  }
  throw jiraError(400, 'The provided next page token is invalid or expired.');
}

const wantsChangelog = (p: SearchParams) =>
  (p.expand ?? []).some((e) =>
    e
      .split(',')
      .map((x) => x.trim())
      .includes('changelog'),
  );

/**
 * Cloud's /rest/api/3/search/jql: token paging without a total. Like the real one it returns short
 * pages that are not the last (here every third page holds maxResults - 7 issues): only a missing
 * nextPageToken (and isLast) ends the query.
 */
export function cloudSearch(ctx: RenderContext, cache: SearchCache, p: SearchParams, truncate: boolean, pageSize?: number) {
  const sel = parseFieldSelection(p.fields);
  const cap = Math.min(pageSize ?? Infinity, onlyIdAndKey(sel) ? 5000 : 100);
  const max = Math.min(cap, Math.max(1, p.maxResults ?? 50));
  const matched = cache.run(ctx.site, p.jql);
  const { offset, page } = p.nextPageToken ? decodeToken(p.nextPageToken, p.jql) : { offset: 0, page: 0 };
  const size = page % 3 === 2 ? Math.max(1, max - 7) : max;
  const slice = matched.slice(offset, offset + size);
  const next = offset + slice.length;
  const changelog = wantsChangelog(p) ? { cap: truncate ? TRUNCATED_CHANGELOG : CLOUD_SEARCH_CHANGELOG_CAP, newestFirst: true } : undefined;
  const issues = slice.map((i) => renderIssue(ctx, i, sel, changelog));
  return next < matched.length ? { issues, nextPageToken: encodeToken(next, page + 1, p.jql), isLast: false } : { issues, isLast: true };
}

/** Server/DC's /rest/api/2/search: startAt paging with a total; all navigable fields by default. */
export function serverSearch(ctx: RenderContext, cache: SearchCache, p: SearchParams, truncate: boolean, pageSize?: number) {
  const sel = parseFieldSelection(p.fields) ?? ALL_FIELDS;
  const max = Math.min(pageSize ?? Infinity, 1000, Math.max(0, p.maxResults ?? 50));
  const startAt = Math.max(0, p.startAt ?? 0);
  const matched = cache.run(ctx.site, p.jql);
  const changelog = wantsChangelog(p) ? { cap: truncate ? TRUNCATED_CHANGELOG : SERVER_SEARCH_CHANGELOG_CAP, newestFirst: false } : undefined;
  const issues = matched.slice(startAt, startAt + max).map((i) => renderIssue(ctx, i, sel, changelog));
  return { expand: 'schema,names', startAt, maxResults: max, total: matched.length, issues };
}

/** Cloud's /rest/api/3/search/approximate-count. */
export function approximateCount(site: JiraSite, cache: SearchCache, jql: string) {
  return { count: cache.run(site, jql).length };
}
