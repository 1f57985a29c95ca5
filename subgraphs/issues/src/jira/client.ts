/**
 * The JIRA REST calls the sync makes: Cloud REST v3, Server/DC REST v2, and Agile 1.0 (same on
 * both). Paging follows each API's own rule; changelogs are completed when JIRA cut them short.
 */
import { JiraHttp, type JiraHttpOptions } from './http.ts';
import { sortHistories } from './parse.ts';
import type {
  JiraAgilePage,
  JiraBoard,
  JiraBoardConfiguration,
  JiraChangelogPage,
  JiraCloudSearchPage,
  JiraField,
  JiraHistory,
  JiraIssue,
  JiraMyself,
  JiraServerSearchPage,
  JiraSprint,
  JiraStatus,
} from './types.ts';

export { JiraError, type JiraErrorCode, type RetryInfo } from './http.ts';

export type JiraClientOptions = JiraHttpOptions;

export interface SearchPageRequest {
  jql: string;
  fields: string[];
  expandChangelog: boolean;
  /** Cloud: the previous page's token. */
  pageToken?: string;
  /** Server/DC: the offset. */
  startAt?: number;
  maxResults?: number;
}

export interface SearchPage {
  issues: JiraIssue[];
  /** Where the next page starts; null on the last page. */
  next: { pageToken?: string; startAt?: number } | null;
  /** Server/DC only: Cloud's enhanced search reports no total. */
  total?: number;
}

const AGILE_PAGE = 50;
const CHANGELOG_PAGE = 100;

export class JiraClient {
  private readonly http: JiraHttp;
  /** REST API version: Cloud has v3 (v2 is deprecated there), Server/DC only v2. */
  private readonly v: 2 | 3;

  constructor(options: JiraClientOptions) {
    this.http = new JiraHttp(options);
    this.v = options.flavor === 'CLOUD' ? 3 : 2;
  }

  get flavor() {
    return this.http.flavor;
  }

  myself(): Promise<JiraMyself> {
    return this.http.get(`/rest/api/${this.v}/myself`);
  }

  fields(): Promise<JiraField[]> {
    return this.http.get('/rest/api/2/field');
  }

  statuses(): Promise<JiraStatus[]> {
    return this.http.get(`/rest/api/${this.v}/status`);
  }

  boards(): AsyncGenerator<JiraBoard> {
    return this.agilePages<JiraBoard>('/rest/agile/1.0/board');
  }

  boardConfiguration(boardId: number): Promise<JiraBoardConfiguration> {
    return this.http.get(`/rest/agile/1.0/board/${boardId}/configuration`);
  }

  async *sprints(boardId: number): AsyncGenerator<JiraSprint> {
    try {
      yield* this.agilePages<JiraSprint>(`/rest/agile/1.0/board/${boardId}/sprint`);
    } catch (err) {
      // Kanban boards answer 400 "The board does not support sprints": they simply have none.
      if ((err as { code?: string }).code === 'BAD_REQUEST' && /does not support sprints/i.test((err as Error).message)) return;
      throw err;
    }
  }

  /**
   * JIRA's sprint report of a board's sprint: greenhopper's undocumented endpoint, on Cloud and
   * Server/DC alike. The raw JSON: parseSprintReport checks its shape.
   */
  sprintReport(boardId: number, sprintId: number): Promise<unknown> {
    return this.http.get('/rest/greenhopper/1.0/rapid/charts/sprintreport', { rapidViewId: boardId, sprintId });
  }

  /** Agile 1.0 lists: startAt paging until isLast (or, on versions without it, total / an empty page). */
  private async *agilePages<T>(path: string): AsyncGenerator<T> {
    for (let startAt = 0; ;) {
      const page = await this.http.get<JiraAgilePage<T>>(path, { startAt, maxResults: AGILE_PAGE });
      const values = page.values ?? [];
      yield* values;
      startAt += values.length;
      if (page.isLast === true || values.length === 0) return;
      if (page.isLast === undefined && page.total !== undefined && startAt >= page.total) return;
    }
  }

  /**
   * One page of a JQL search. Cloud's enhanced search (`/search/jql`) pages by token: a page may
   * hold fewer issues than asked and still not be the last; only a missing nextPageToken ends it.
   * Server/DC pages by offset and reports a total.
   */
  async searchPage(req: SearchPageRequest): Promise<SearchPage> {
    const common = {
      jql: req.jql,
      fields: req.fields.join(','),
      maxResults: req.maxResults ?? 100,
      expand: req.expandChangelog ? 'changelog' : undefined,
    };
    if (this.flavor === 'CLOUD') {
      const page = await this.http.get<JiraCloudSearchPage>('/rest/api/3/search/jql', { ...common, nextPageToken: req.pageToken });
      return { issues: page.issues ?? [], next: page.nextPageToken ? { pageToken: page.nextPageToken } : null };
    }
    const startAt = req.startAt ?? 0;
    const page = await this.http.get<JiraServerSearchPage>('/rest/api/2/search', { ...common, startAt });
    const issues = page.issues ?? [];
    const end = startAt + issues.length;
    return { issues, total: page.total, next: issues.length > 0 && end < page.total ? { startAt: end } : null };
  }

  /** How many issues match: Cloud estimates it (recent changes may be missing), Server counts. */
  async approximateCount(jql: string): Promise<number> {
    if (this.flavor === 'CLOUD') {
      const res = await this.http.post<{ count: number }>('/rest/api/3/search/approximate-count', { jql });
      return res.count;
    }
    const res = await this.http.get<JiraServerSearchPage>('/rest/api/2/search', { jql, maxResults: 0, fields: 'id' });
    return res.total;
  }

  /**
   * Every history of the issue, oldest first. Search results embed a changelog that JIRA may cut
   * short (newest first, `total` > histories); then Cloud pages `/issue/{id}/changelog`, and
   * Server/DC, which has no such endpoint before 9.x, returns the full changelog on the issue.
   */
  async fullChangelog(issue: JiraIssue): Promise<JiraHistory[]> {
    const inline = issue.changelog;
    if (inline && inline.total <= (inline.histories?.length ?? 0)) return sortHistories(inline.histories ?? []);
    const id = encodeURIComponent(issue.id);
    if (this.flavor === 'SERVER') {
      const full = await this.http.get<JiraIssue>(`/rest/api/2/issue/${id}`, { expand: 'changelog', fields: 'created' });
      return sortHistories([...(full.changelog?.histories ?? []), ...(inline?.histories ?? [])]);
    }
    const all: JiraHistory[] = [...(inline?.histories ?? [])];
    for (let startAt = 0; ;) {
      const page = await this.http.get<JiraChangelogPage>(`/rest/api/3/issue/${id}/changelog`, { startAt, maxResults: CHANGELOG_PAGE });
      const values = page.values ?? [];
      all.push(...values);
      startAt += values.length;
      if (page.isLast === true || values.length === 0 || (page.isLast === undefined && startAt >= page.total)) break;
    }
    return sortHistories(all);
  }

  /** One issue with its complete changelog (oldest first), e.g. for a webhook. */
  async issue(idOrKey: string, fields: string[]): Promise<JiraIssue> {
    const issue = await this.http.get<JiraIssue>(`/rest/api/${this.v}/issue/${encodeURIComponent(idOrKey)}`, {
      fields: fields.join(','),
      expand: 'changelog',
    });
    const histories = await this.fullChangelog(issue);
    return { ...issue, changelog: { startAt: 0, maxResults: histories.length, total: histories.length, histories } };
  }
}
