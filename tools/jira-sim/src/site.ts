/**
 * The simulator's in-memory JIRA site. It is flavour-neutral: issue fields and histories are
 * stored the way JIRA Cloud returns them, and render.ts turns them into Server/DC shapes on the way out.
 */

export type JiraFlavor = 'CLOUD' | 'SERVER';
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface JiraField {
  id: string;
  name: string;
  custom: boolean;
  /** Cloud's field key (equals the id for system fields). */
  key?: string;
  orderable?: boolean;
  navigable?: boolean;
  searchable?: boolean;
  clauseNames?: string[];
  schema?: { type: string; items?: string; custom?: string; customId?: number; system?: string };
}

export interface SimStatus {
  id: string;
  name: string;
  statusCategory: { id: number; key: StatusCategoryKey; name: string };
  description?: string;
  /** Team-managed projects' statuses are scoped to their project. */
  scope?: { type: string; project: { id: string } };
}

export interface SimBoard {
  id: number;
  name: string;
  type: 'scrum';
  projectKey: string;
  filterId: number;
  /** Left to right; the right-most column is done. */
  columns: { name: string; statusIds: string[] }[];
  estimationFieldId: string;
}

export interface SimSprint {
  id: number;
  originBoardId: number;
  name: string;
  state: 'closed' | 'active' | 'future';
  /** ISO instants with millis and `Z`, as the Agile API returns them. */
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  createdDate?: string;
  /**
   * When Start was pressed. Served by the Server/DC flavour only (the Agile API, webhooks and the
   * Sprint field's toString); Cloud keeps no such date apart from startDate.
   */
  activatedDate?: string;
  goal: string;
  /**
   * Boards whose sprint list shows the sprint, when not just its origin board: JIRA lists a
   * sprint of another board on every board whose filter shares issues with it.
   */
  boardIds?: number[];
}

export interface JiraChangelogItem {
  field: string;
  fieldtype: string;
  /** Cloud only: Server/DC name the field only. */
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
  [extra: string]: unknown;
}

export interface JiraHistory {
  id: string;
  author?: Record<string, unknown>;
  /** `2026-03-02T09:00:00.000+0000` */
  created: string;
  items: JiraChangelogItem[];
}

export interface SimIssue {
  /** Numeric, as a string. */
  id: string;
  key: string;
  boardIds: number[];
  /** Cloud-shaped values, keyed by field id. */
  fields: Record<string, unknown>;
  /** Oldest first. */
  histories: JiraHistory[];
  deleted?: boolean;
}

export interface SimUser {
  accountId: string;
  key: string;
  name: string;
  displayName: string;
  emailAddress: string;
}

export interface JiraSite {
  /** IANA zone of the API user: JQL dates are read in it. */
  timeZone: string;
  myself: SimUser;
  fields: JiraField[];
  statuses: SimStatus[];
  boards: SimBoard[];
  sprints: SimSprint[];
  issues: SimIssue[];
  /** Project names and ids for board locations; derived from the issues when absent. */
  projects?: { id: string; key: string; name: string }[];
}

/** A user as Cloud embeds users in fields and histories. */
export const cloudUser = (u: Pick<SimUser, 'accountId' | 'displayName' | 'emailAddress'>, timeZone: string) => ({
  accountId: u.accountId,
  emailAddress: u.emailAddress,
  displayName: u.displayName,
  active: true,
  timeZone,
  accountType: 'atlassian',
});

/** The Sprint field: JIRA Software's gh-sprint custom field. */
export const SPRINT_FIELD_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';

export const CATEGORY = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
} as const;

export function sprintFieldId(site: JiraSite): string {
  return site.fields.find((f) => f.schema?.custom === SPRINT_FIELD_TYPE)?.id ?? 'customfield_10020';
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** JIRA's issue and changelog date format, rendered in UTC: `2026-03-02T09:00:00.000+0000`. */
export function jiraDate(t: Date | number): string {
  const d = new Date(t);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+0000`;
}

/** Parses JIRA's `...+0800` dates (and ISO ones) to epoch millis; NaN when unparseable. */
export function parseJiraDate(s: string): number {
  const m = /^(.*T[\d:.]+)([+-])(\d\d):?(\d\d)$/.exec(s);
  return Date.parse(m ? `${m[1]}${m[2]}${m[3]}:${m[4]}` : s);
}

/** Per-site lookups, rebuilt when the issue list changed length (issues are only appended). */
interface SiteIndex {
  count: number;
  byKey: Map<string, SimIssue>;
  byId: Map<string, SimIssue>;
  maxHistoryId: number;
  version: number;
}
const indexes = new WeakMap<JiraSite, SiteIndex>();

function indexOf(site: JiraSite): SiteIndex {
  let ix = indexes.get(site);
  if (!ix || ix.count !== site.issues.length) {
    const byKey = new Map<string, SimIssue>();
    const byId = new Map<string, SimIssue>();
    let maxHistoryId = 0;
    for (const issue of site.issues) {
      byKey.set(issue.key, issue);
      byId.set(issue.id, issue);
      for (const h of issue.histories) maxHistoryId = Math.max(maxHistoryId, Number(h.id) || 0);
    }
    ix = { count: site.issues.length, byKey, byId, maxHistoryId, version: (ix?.version ?? 0) + 1 };
    indexes.set(site, ix);
  }
  return ix;
}

/** The issue with that id or key, deleted ones included. */
export function findIssue(site: JiraSite, idOrKey: string): SimIssue | undefined {
  const ix = indexOf(site);
  return /^\d+$/.test(idOrKey) ? ix.byId.get(idOrKey) : ix.byKey.get(idOrKey.toUpperCase());
}

/** The next history id: unique across the site and increasing, as JIRA's are. */
export function nextHistoryId(site: JiraSite): string {
  const ix = indexOf(site);
  ix.maxHistoryId += 1;
  return String(ix.maxHistoryId);
}

/**
 * A counter bumped by every change made through mutate.ts (and the sim's helpers): search results
 * are cached on it, so code that edits a served site's objects directly must call touchSite.
 */
export function siteVersion(site: JiraSite): number {
  return indexOf(site).version;
}
export function touchSite(site: JiraSite): void {
  indexOf(site).version += 1;
}

export function projectOf(site: JiraSite, key: string): { id: string; key: string; name: string } {
  const known = site.projects?.find((p) => p.key === key);
  if (known) return known;
  const fromIssue = site.issues.find((i) => (i.fields.project as { key?: string } | undefined)?.key === key)?.fields.project as
    { id: string; key: string; name: string } | undefined;
  return fromIssue ? { id: fromIssue.id, key, name: fromIssue.name } : { id: '10000', key, name: key };
}

/** The statuses' category, looked up by status id. */
export function statusById(site: JiraSite, id: string): SimStatus | undefined {
  return site.statuses.find((s) => s.id === id);
}
