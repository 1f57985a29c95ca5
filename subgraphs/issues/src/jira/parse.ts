/**
 * Pure parsing of the values JIRA sends: dates, the Sprint field (Cloud objects or Server's
 * Java toString), changelog sprint ids, estimates and status categories.
 */
import type { JiraHistory } from './types.ts';

/**
 * JIRA's JSON, without NUL characters: PostgreSQL stores none (in text or jsonb), and real issues
 * have them (EE-4's summary ends in one, pasted from somewhere). Only text that holds one pays for
 * the reviver.
 */
export function parseJiraJson(text: string): unknown {
  if (!text.includes('\\u0000')) return JSON.parse(text);
  return JSON.parse(text, (_key, value: unknown) => (typeof value === 'string' ? value.replaceAll('\0', '') : value));
}

/** Declared by schema/issues.graphql (enum StatusCategory). */
export type { StatusCategory } from '../__generated__/resolvers-types.ts';
import type { StatusCategory } from '../__generated__/resolvers-types.ts';
/** The sprints subgraph's, as its served schema declares it. */
export type { SprintState } from '../remote/__generated__/sprints.ts';
import type { SprintState } from '../remote/__generated__/sprints.ts';

export interface ParsedSprint {
  id: number;
  name: string;
  state: SprintState;
  boardId?: number;
  /** The planned start. */
  startDate?: Date;
  endDate?: Date;
  completeDate?: Date;
  /** Server/DC only: when the sprint was started (Start pressed); Cloud does not send it. */
  activatedDate?: Date;
  goal?: string;
}

// yyyy-MM-dd, optionally THH:mm[:ss[.fff...]] with a zone (Z, +hhmm, +hh:mm, +hh).
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}(?::?\d{2})?))?$/;

/**
 * JIRA writes `2020-06-12T08:38:51.882+0800` (no colon in the offset): ECMAScript's date format
 * only defines `+08:00`, so V8 reading `+0800` is its implementation-defined fallback. We
 * normalise to the standard form and check the fields, so Feb 30 throws instead of rolling over.
 * A time without a zone is rejected: it would silently be read in the server's local zone.
 * A bare date (due dates, `2025-03-09`) is midnight UTC.
 */
export function parseJiraDate(s: string): Date {
  const m = typeof s === 'string' ? DATE_RE.exec(s.trim()) : null;
  if (!m) throw new Error(`not a JIRA date: ${JSON.stringify(s)}`);
  const [, y, mo, d, h, mi, sec, frac, zone] = m;
  if (h !== undefined && zone === undefined) throw new Error(`JIRA date without a time zone: ${JSON.stringify(s)}`);
  let iso = `${y}-${mo}-${d}`;
  if (h !== undefined) {
    const ms = (frac ?? '').padEnd(3, '0').slice(0, 3);
    const z = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(3).replace(':', '') || '00'}`;
    iso += `T${h}:${mi}:${sec ?? '00'}.${ms}${z}`;
  } else {
    iso += 'T00:00:00.000Z';
  }
  const date = new Date(iso);
  // Round-trip the calendar fields: catches month 13, day 31 in a 30-day month, hour 25.
  const check = new Date(Date.UTC(+y, +mo - 1, +d, +(h ?? 0), +(mi ?? 0), +(sec ?? 0)));
  const valid =
    !Number.isNaN(date.getTime()) &&
    check.getUTCFullYear() === +y &&
    check.getUTCMonth() === +mo - 1 &&
    check.getUTCDate() === +d &&
    check.getUTCHours() === +(h ?? 0) &&
    check.getUTCMinutes() === +(mi ?? 0) &&
    check.getUTCSeconds() === +(sec ?? 0);
  if (!valid) throw new Error(`not a valid JIRA date: ${JSON.stringify(s)}`);
  return date;
}

/** parseJiraDate, or undefined for null/absent/garbage: for optional dates inside larger values. */
export function parseJiraDateOrUndefined(s: unknown): Date | undefined {
  if (typeof s !== 'string' || s === '' || s === '<null>') return undefined;
  try {
    return parseJiraDate(s);
  } catch {
    return undefined;
  }
}

export function sprintStateOf(state: unknown): SprintState {
  const s = String(state ?? '').toUpperCase();
  return s === 'ACTIVE' || s === 'CLOSED' ? s : 'FUTURE';
}

// The keys of Server's `com.atlassian.greenhopper.service.sprint.Sprint@hash[...]`. Their order
// differs across versions (2014-era sites put id last), so we don't rely on it; see below.
const SERVER_SPRINT_KEYS = [
  'id',
  'rapidViewId',
  'state',
  'name',
  'startDate',
  'endDate',
  'completeDate',
  'activatedDate',
  'sequence',
  'goal',
  'autoStartStop',
  'synced',
  'incompleteIssuesDestinationId',
];

/**
 * Server's Java toString: values are not escaped, so a name may hold commas and `=`. Reading left
 * to right, a value runs to the next `,key=` for a known key not seen yet: "Sprint 1, the big one"
 * survives, and so does a goal that mentions "id=3" once id has been read.
 */
function parseServerSprintString(s: string): Record<string, string | null> | null {
  const open = s.indexOf('[');
  const close = s.lastIndexOf(']');
  if (open < 0 || close < open) return null;
  const body = s.slice(open + 1, close);
  const out: Record<string, string | null> = {};
  const seen = new Set<string>();
  let pos = 0;
  while (pos < body.length) {
    const eq = body.indexOf('=', pos);
    if (eq < 0) break;
    const key = body.slice(pos, eq);
    if (!SERVER_SPRINT_KEYS.includes(key) || seen.has(key)) return null;
    seen.add(key);
    let end = body.length;
    for (const k of SERVER_SPRINT_KEYS) {
      if (seen.has(k)) continue;
      const at = body.indexOf(`,${k}=`, eq + 1);
      if (at >= 0 && at < end) end = at;
    }
    const raw = body.slice(eq + 1, end);
    out[key] = raw === '<null>' ? null : raw;
    pos = end + 1;
  }
  return out;
}

const toInt = (v: unknown): number | undefined => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isSafeInteger(n) ? n : undefined;
};

function sprintFromRecord(r: Record<string, unknown>): ParsedSprint | null {
  const id = toInt(r.id);
  if (id === undefined) return null;
  const sprint: ParsedSprint = { id, name: typeof r.name === 'string' ? r.name : String(id), state: sprintStateOf(r.state) };
  const boardId = toInt(r.boardId ?? r.originBoardId ?? r.rapidViewId);
  if (boardId !== undefined) sprint.boardId = boardId;
  for (const k of ['startDate', 'endDate', 'completeDate', 'activatedDate'] as const) {
    const d = parseJiraDateOrUndefined(r[k]);
    if (d) sprint[k] = d;
  }
  if (typeof r.goal === 'string' && r.goal !== '') sprint.goal = r.goal;
  return sprint;
}

/**
 * The Sprint custom field: Cloud (and DC 8+) sends objects, older Server the Java toString. A
 * single object (the Agile API's `sprint` field) is accepted too. Entries we cannot read are
 * skipped rather than guessed at.
 */
export function parseSprintField(value: unknown): ParsedSprint[] {
  if (value == null || value === '') return [];
  const entries = Array.isArray(value) ? value : [value];
  const out: ParsedSprint[] = [];
  for (const e of entries) {
    const rec = typeof e === 'string' ? parseServerSprintString(e) : e && typeof e === 'object' ? (e as Record<string, unknown>) : null;
    const sprint = rec ? sprintFromRecord(rec) : null;
    if (sprint && !out.some((s) => s.id === sprint.id)) out.push(sprint);
  }
  return out;
}

/**
 * A changelog Sprint item's `from`/`to`: sprint ids, "7, 9" on Cloud or "7,9". The names in
 * fromString/toString are never used: sprints get renamed (EE-17's sprint 7 was once
 * "Sprints Sprint 1") and names may contain commas.
 */
export function parseSprintIds(fromOrTo: string | null | undefined): number[] {
  if (!fromOrTo) return [];
  const ids: number[] = [];
  for (const part of fromOrTo.split(',')) {
    const id = toInt(part);
    if (id !== undefined && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

export interface ParsedEstimate {
  points: number | null;
  warning?: string;
}

/**
 * A story points value (the field, or a changelog fromString/toString). JIRA accepts any number,
 * and some teams type -1 for "not estimated": negative and non-numeric values count as no
 * estimate, with a warning naming the value so the data can be fixed in JIRA.
 */
export function parseEstimate(value: unknown): ParsedEstimate {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return { points: null };
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  const shown = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : JSON.stringify(value);
  if (!Number.isFinite(n)) return { points: null, warning: `estimate ${shown} is not a number; treated as no estimate` };
  if (n < 0) return { points: null, warning: `estimate ${shown} is negative; treated as no estimate` };
  return { points: n };
}

/** JIRA's status category keys. The category, not the (localised, renamable) name, says done. */
export function statusCategoryOf(key: string | null | undefined): StatusCategory {
  if (key === 'indeterminate') return 'IN_PROGRESS';
  if (key === 'done') return 'DONE';
  return 'TODO';
}

const historyTime = (h: JiraHistory): number => {
  const d = parseJiraDateOrUndefined(h.created);
  return d ? d.getTime() : Number.NEGATIVE_INFINITY;
};
const numericId = (id: string): number => (/^\d+$/.test(id) ? Number(id) : Number.POSITIVE_INFINITY);

/**
 * Oldest first, by created time then numeric id (several histories can share a millisecond),
 * without duplicate ids. JIRA's inline changelog is newest first; the paged one oldest first.
 */
export function sortHistories(histories: JiraHistory[]): JiraHistory[] {
  const byId = new Map<string, JiraHistory>();
  for (const h of histories) if (!byId.has(String(h.id))) byId.set(String(h.id), h);
  return [...byId.values()].sort(
    (a, b) => historyTime(a) - historyTime(b) || numericId(String(a.id)) - numericId(String(b.id)) || String(a.id).localeCompare(String(b.id)),
  );
}
