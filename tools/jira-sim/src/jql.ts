import { findIssue, parseJiraDate, type JiraSite, type SimIssue } from './site.ts';
import { wallTimeToUtc } from './tz.ts';

/**
 * The JQL subset the sync sends, evaluated over the site: clauses joined by AND on filter,
 * project, key/issuekey, id, updated and created, and an ORDER BY on created, updated, key, id or Rank.
 * Anything else is a 400, as a JQL error is in JIRA.
 */
export class JqlError extends Error {}

export interface CompiledJql {
  matches(issue: SimIssue): boolean;
  compare(a: SimIssue, b: SimIssue): number;
}

type Token = { kind: 'word' | 'string' | 'op' | 'punct'; text: string; at: number };

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const c = jql[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      let text = '';
      while (j < jql.length && jql[j] !== c) {
        if (jql[j] === '\\' && j + 1 < jql.length) j++;
        text += jql[j++];
      }
      if (j >= jql.length) throw new JqlError(`Error in the JQL Query: The quoted string '${text}' has not been completed. (line 1, character ${i + 1})`);
      tokens.push({ kind: 'string', text, at: i });
      i = j + 1;
    } else if ('(),'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, at: i++ });
    } else if ('=!<>~'.includes(c)) {
      const two = jql.slice(i, i + 2);
      const text = ['!=', '>=', '<=', '!~'].includes(two) ? two : c;
      tokens.push({ kind: 'op', text, at: i });
      i += text.length;
    } else {
      let j = i;
      while (j < jql.length && !/[\s(),=!<>~"']/.test(jql[j])) j++;
      tokens.push({ kind: 'word', text: jql.slice(i, j), at: i });
      i = j;
    }
  }
  return tokens;
}

type Clause = (issue: SimIssue) => boolean;
type Sort = { field: string; desc: boolean };

const DATE_FORMATS = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";
const PERIOD_UNITS: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** A JQL date value as an instant: absolute ones are wall-clock times in the user's zone (minute precision). */
function parseDateValue(value: string, field: string, site: JiraSite, now: number): number {
  const abs = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(value.trim());
  if (abs) {
    const [y, mo, d, h, mi] = [abs[1], abs[2], abs[3], abs[4] ?? '0', abs[5] ?? '0'].map(Number);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31 && h < 24 && mi < 60) return wallTimeToUtc(y, mo, d, h, mi, site.timeZone);
  }
  const period = value.trim().replace(/\s+/g, '');
  if (/^[-+]?(\d+[wdhm])+$/.test(period)) {
    const sign = period.startsWith('-') ? -1 : 1;
    let ms = 0;
    for (const [, n, unit] of period.matchAll(/(\d+)([wdhm])/g)) ms += Number(n) * PERIOD_UNITS[unit];
    return now + sign * ms;
  }
  throw new JqlError(`Error in the JQL Query: Date value '${value}' for field '${field}' is invalid. ${DATE_FORMATS}`);
}

function keyOrder(key: string): [string, number] {
  const dash = key.lastIndexOf('-');
  return [key.slice(0, dash), Number(key.slice(dash + 1))];
}

/** Parsed dates, cached by the string they were parsed from (issues change by getting new strings). */
const dateCache = new WeakMap<SimIssue, Record<string, [string, number]>>();
function dateOf(issue: SimIssue, field: 'created' | 'updated'): number {
  const raw = String(issue.fields[field] ?? '');
  let cached = dateCache.get(issue);
  if (!cached) dateCache.set(issue, (cached = {}));
  const hit = cached[field];
  if (hit && hit[0] === raw) return hit[1];
  const t = parseJiraDate(raw);
  cached[field] = [raw, t];
  return t;
}

const SORTS: Record<string, (a: SimIssue, b: SimIssue) => number> = {
  created: (a, b) => dateOf(a, 'created') - dateOf(b, 'created'),
  updated: (a, b) => dateOf(a, 'updated') - dateOf(b, 'updated'),
  id: (a, b) => Number(a.id) - Number(b.id),
  key: (a, b) => {
    const [pa, na] = keyOrder(a.key);
    const [pb, nb] = keyOrder(b.key);
    return pa < pb ? -1 : pa > pb ? 1 : na - nb;
  },
  issuekey: (a, b) => SORTS.key(a, b),
  rank: (a, b) => {
    const ra = String(a.fields.customfield_10019 ?? '');
    const rb = String(b.fields.customfield_10019 ?? '');
    return ra < rb ? -1 : ra > rb ? 1 : 0;
  },
};

export function compileJql(jql: string, site: JiraSite, now = Date.now()): CompiledJql {
  const tokens = tokenize(jql);
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (t: Token | undefined, w: string) => t?.kind === 'word' && t.text.toLowerCase() === w;
  const fail = (t: Token | undefined, expected: string): never => {
    throw new JqlError(
      t
        ? `Error in the JQL Query: Expecting ${expected} but got '${t.text}'. (line 1, character ${t.at + 1})`
        : `Error in the JQL Query: Expecting ${expected} but got the end of the query.`,
    );
  };
  const value = (): string => {
    const t = tokens[pos];
    if (t?.kind !== 'word' && t?.kind !== 'string') fail(t, 'either a value, list or function');
    pos++;
    return t.text;
  };
  const list = (): string[] => {
    if (peek()?.text !== '(') fail(peek(), "'('");
    pos++;
    const values = [value()];
    while (peek()?.text === ',') {
      pos++;
      values.push(value());
    }
    if (peek()?.text !== ')') fail(peek(), "')'");
    pos++;
    return values;
  };

  const clauses: Clause[] = [];
  const sorts: Sort[] = [];
  while (pos < tokens.length && !isWord(peek(), 'order')) {
    if (clauses.length > 0) {
      if (isWord(peek(), 'or')) throw new JqlError('Error in the JQL Query: the simulator supports clauses joined by AND only.');
      if (!isWord(peek(), 'and')) fail(peek(), "either 'OR' or 'AND'");
      pos++;
    }
    const fieldToken = peek();
    if (fieldToken?.kind !== 'word' && fieldToken?.kind !== 'string') fail(fieldToken, 'a field name');
    pos++;
    const field = fieldToken.text.toLowerCase();
    let op = peek();
    if (isWord(op, 'not') && isWord(tokens[pos + 1], 'in')) {
      pos += 2;
      op = { kind: 'op', text: 'not in', at: op!.at };
    } else if (isWord(op, 'in')) {
      pos++;
      op = { kind: 'op', text: 'in', at: op!.at };
    } else if (op?.kind === 'op') {
      pos++;
    } else {
      fail(op, 'an operator');
    }
    const operator = op!.text;
    const values = operator.endsWith('in') ? list() : [value()];
    const negate = operator === '!=' || operator === 'not in';
    const setClause = (test: (issue: SimIssue) => boolean) => {
      if (!['=', '!=', 'in', 'not in'].includes(operator))
        throw new JqlError(`Error in the JQL Query: The operator '${operator}' is not supported by the '${fieldToken.text}' field.`);
      clauses.push(negate ? (i) => !test(i) : test);
    };

    if (field === 'filter') {
      const boardIds = values.map((v) => {
        const board = site.boards.find((b) => String(b.filterId) === v);
        if (!board) throw new JqlError(`A value with ID '${v}' does not exist for the field 'filter'.`);
        return board.id;
      });
      setClause((i) => i.boardIds.some((b) => boardIds.includes(b)));
    } else if (field === 'project') {
      const known = knownProjects(site);
      const keys = values.map((v) => {
        const key = known.get(v.toLowerCase());
        if (!key) throw new JqlError(`The value '${v}' does not exist for the field 'project'.`);
        return key;
      });
      setClause((i) => keys.includes(projectKeyOf(i)));
    } else if (field === 'key' || field === 'issuekey') {
      // JIRA rejects keys it does not know (deleted issues' keys included).
      const ids = values.map((v) => {
        const issue = findIssue(site, v);
        if (!issue || issue.deleted) throw new JqlError(`An issue with key '${v}' does not exist for field '${field}'.`);
        return issue.id;
      });
      setClause((i) => ids.includes(i.id));
    } else if (field === 'id') {
      if (values.some((v) => !/^\d+$/.test(v))) throw new JqlError(`Error in the JQL Query: The value for field 'id' must be a number.`);
      setClause((i) => values.includes(i.id));
    } else if (field === 'updated' || field === 'created') {
      if (values.length !== 1 || !['=', '>', '>=', '<', '<='].includes(operator))
        throw new JqlError(`Error in the JQL Query: The operator '${operator}' is not supported by the '${fieldToken.text}' field.`);
      const t = parseDateValue(values[0], field, site, now);
      const cmp = {
        '=': (x: number) => x === t,
        '>': (x: number) => x > t,
        '>=': (x: number) => x >= t,
        '<': (x: number) => x < t,
        '<=': (x: number) => x <= t,
      }[operator]!;
      clauses.push((i) => cmp(dateOf(i, field)));
    } else {
      throw new JqlError(`Error in the JQL Query: Field '${fieldToken.text}' is not supported by the JIRA simulator.`);
    }
  }

  if (pos < tokens.length) {
    pos++;
    if (!isWord(peek(), 'by')) fail(peek(), "'by'");
    pos++;
    do {
      if (sorts.length > 0) pos++;
      const t = peek();
      if (t?.kind !== 'word' && t?.kind !== 'string') fail(t, 'a field name');
      pos++;
      const field = t.text.toLowerCase();
      if (!SORTS[field]) throw new JqlError(`Error in the JQL Query: Not able to sort using field '${t.text}'.`);
      let desc = false;
      if (isWord(peek(), 'asc') || isWord(peek(), 'desc')) desc = tokens[pos++].text.toLowerCase() === 'desc';
      sorts.push({ field, desc });
    } while (peek()?.text === ',');
    if (pos < tokens.length) fail(peek(), "',' or the end of the query");
  }
  // No ORDER BY: newest first, as JIRA's issue search lists them by default.
  if (sorts.length === 0) sorts.push({ field: 'id', desc: true });

  return {
    matches: (issue) => !issue.deleted && clauses.every((c) => c(issue)),
    compare: (a, b) => {
      for (const s of sorts) {
        const d = SORTS[s.field](a, b);
        if (d !== 0) return s.desc ? -d : d;
      }
      return Number(a.id) - Number(b.id);
    },
  };
}

/** Project keys by lower-case key and by id: those of the site's projects, boards and issues. */
function knownProjects(site: JiraSite): Map<string, string> {
  const known = new Map<string, string>();
  const add = (key: string, id?: string) => {
    known.set(key.toLowerCase(), key);
    if (id) known.set(id, key);
  };
  for (const p of site.projects ?? []) add(p.key, p.id);
  for (const b of site.boards) add(b.projectKey);
  for (const i of site.issues) {
    const p = i.fields.project as { key?: string; id?: string } | undefined;
    if (p?.key && !known.has(p.key.toLowerCase())) add(p.key, p.id);
  }
  return known;
}

const projectKeyOf = (issue: SimIssue) => (issue.fields.project as { key?: string } | undefined)?.key ?? issue.key.slice(0, issue.key.lastIndexOf('-'));

/** The issues a JQL query returns, in its order. */
export function runJql(site: JiraSite, jql: string, now?: number): SimIssue[] {
  const q = compileJql(jql, site, now);
  return site.issues.filter((i) => q.matches(i)).sort(q.compare);
}
