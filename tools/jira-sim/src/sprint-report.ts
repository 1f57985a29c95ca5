/**
 * JIRA's sprint report (`/rest/greenhopper/1.0/rapid/charts/sprintreport`), undocumented but served
 * by Cloud and Server/DC alike, computed here from the site's own issues and histories by JIRA's
 * rules. Written apart from the product's analysis on purpose: tests compare the two.
 *
 * - An issue is in the sprint at a moment when its Sprint field then names the sprint. Closing a
 *   sprint snapshots it first and moves the open issues on a moment later: an issue that leaves
 *   within a minute after the close was in it at the close.
 * - Done: a status of the board's right-most column. Sub-tasks are not listed (they follow their parent).
 * - completedIssues: in the sprint at the close and done then, its last transition into done
 *   during the sprint: after the start and after the join that led to the close (done at the
 *   start, reopened and done again during the sprint is completed).
 * - issuesCompletedInAnotherSprint: in it at the close and done, its last transition into done at
 *   or before the start, or before it (last) joined (Cloud: "Issues completed outside of this sprint").
 * - issuesNotCompletedInCurrentSprint: in it at the close, not done.
 * - puntedIssues: in it at the start or after, gone before the close.
 * - issueKeysAddedDuringSprint: joined after the start (whatever became of them).
 * - estimateStatistic: the estimate at the start, or when it joined; currentEstimateStatistic: at
 *   the close, or for a punted issue when it left.
 */
import { jiraError } from './errors.ts';
import type { RenderContext } from './render.ts';
import { parseJiraDate, sprintFieldId, type JiraSite, type SimBoard, type SimIssue, type SimSprint } from './site.ts';

const CLOSE_MARGIN_MS = 60_000;

type Timeline<T> = { initial: T; changes: { at: number; value: T }[] };

function valueAt<T>(t: Timeline<T>, when: number): T {
  let v = t.initial;
  for (const c of t.changes) {
    if (c.at <= when) v = c.value;
    else break;
  }
  return v;
}

const ids = (s: string | null | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean)
    .map(Number);
const num = (s: string | null | undefined) => (s === null || s === undefined || s === '' ? null : Number(s));

/** A field's value through time, from its current value and the histories' items for it. */
function timeline<T>(
  issue: SimIssue,
  matches: (field: string, fieldId?: string) => boolean,
  current: T,
  from: (i: { from: string | null; fromString: string | null }) => T,
  to: (i: { to: string | null; toString: string | null }) => T,
): Timeline<T> {
  const changes: { at: number; value: T }[] = [];
  let initial: T | undefined;
  for (const h of issue.histories) {
    for (const item of h.items) {
      if (!matches(item.field, item.fieldId)) continue;
      if (initial === undefined) initial = from(item);
      changes.push({ at: parseJiraDate(h.created), value: to(item) });
    }
  }
  changes.sort((a, b) => a.at - b.at);
  return { initial: initial === undefined ? current : initial, changes };
}

interface IssueTimelines {
  sprints: Timeline<number[]>;
  status: Timeline<string | null>;
  estimate: Timeline<number | null>;
  created: number;
}

function timelines(site: JiraSite, board: SimBoard, issue: SimIssue): IssueTimelines {
  const sprintField = sprintFieldId(site);
  const estimateName = site.fields.find((f) => f.id === board.estimationFieldId)?.name;
  const f = issue.fields;
  const currentSprints = ((f[sprintField] as { id: number }[] | null) ?? []).map((s) => s.id);
  const currentEstimate = typeof f[board.estimationFieldId] === 'number' ? (f[board.estimationFieldId] as number) : null;
  return {
    sprints: timeline(
      issue,
      (field, id) => id === sprintField || field === 'Sprint',
      currentSprints,
      (i) => ids(i.from),
      (i) => ids(i.to),
    ),
    status: timeline(
      issue,
      (field) => field === 'status',
      (f.status as { id?: string } | undefined)?.id ?? null,
      (i) => i.from,
      (i) => i.to,
    ),
    estimate: timeline(
      issue,
      (field, id) => id === board.estimationFieldId || (!id && field === estimateName),
      currentEstimate,
      (i) => num(i.fromString),
      (i) => num(i.toString),
    ),
    created: parseJiraDate(String(f.created)),
  };
}

/** When the issue's membership of the sprint changed: [joined, left|null] spans. */
function spans(t: Timeline<number[]>, sprintId: number, created: number): { from: number; to: number | null }[] {
  const out: { from: number; to: number | null }[] = [];
  let inside = t.initial.includes(sprintId);
  if (inside) out.push({ from: created, to: null });
  for (const c of t.changes) {
    const now = c.value.includes(sprintId);
    if (now && !inside) out.push({ from: c.at, to: null });
    if (!now && inside) out[out.length - 1].to = c.at;
    inside = now;
  }
  return out;
}

const statistic = (fieldId: string, value: number | null) => ({
  statFieldId: fieldId,
  // JIRA leaves `value` out for an issue without an estimate.
  statFieldValue: value === null ? {} : { value },
});
/** JIRA's sums: `{ value, text }`, and `{ text: "null" }` with no value when nothing is estimated. */
const sum = (values: (number | null)[]) => {
  const known = values.filter((v): v is number => v !== null);
  if (!known.length) return { text: 'null' };
  const value = Math.round(known.reduce((a, b) => a + b, 0) * 100) / 100;
  return { value, text: String(value) };
};

/** Sprint dates as the greenhopper API shows them: `12/Mar/26 9:00 AM` beside the ISO form. */
function greenhopperDate(iso: string | undefined): string {
  if (!iso) return 'None';
  const d = new Date(iso);
  const month = d.toLocaleString('en-US', { month: 'short', timeZone: 'UTC' });
  const hours = d.getUTCHours() % 12 || 12;
  return `${String(d.getUTCDate()).padStart(2, '0')}/${month}/${String(d.getUTCFullYear()).slice(2)} ${hours}:${String(d.getUTCMinutes()).padStart(2, '0')} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}`;
}
const isoOffset = (iso: string | undefined) => (iso ? iso.replace(/\.\d{3}Z$/, '+0000').replace(/Z$/, '+0000') : undefined);

function renderSprintOfReport(s: SimSprint) {
  return {
    id: s.id,
    sequence: s.id,
    name: s.name,
    state: s.state.toUpperCase(),
    linkedPagesCount: 0,
    goal: s.goal,
    startDate: greenhopperDate(s.startDate),
    endDate: greenhopperDate(s.endDate),
    isoStartDate: isoOffset(s.startDate),
    isoEndDate: isoOffset(s.endDate),
    completeDate: greenhopperDate(s.completeDate),
    isoCompleteDate: isoOffset(s.completeDate),
    canUpdateSprint: true,
    remoteLinks: [],
    daysRemaining: 0,
  };
}

/** The sprint report of a board's sprint, as JIRA answers it. */
export function sprintReport(ctx: RenderContext, rapidViewId: string | null, sprintId: string | null) {
  const site = ctx.site;
  const board = site.boards.find((b) => String(b.id) === rapidViewId);
  if (!board) throw jiraError(404, `Could not find the board with id ${rapidViewId}`);
  const sprint = site.sprints.find((s) => String(s.id) === sprintId);
  if (!sprint) throw jiraError(404, `Could not find the sprint with id ${sprintId}`);
  // Server/DC measure a sprint from when Start was pressed (activatedDate), Cloud from its startDate.
  const started = ctx.flavor === 'SERVER' ? (sprint.activatedDate ?? sprint.startDate) : sprint.startDate;
  const start = started ? Date.parse(started) : null;
  // An active sprint's report runs to now; a future one has no issues yet.
  const end = sprint.completeDate ? Date.parse(sprint.completeDate) : Date.now();
  const closed = sprint.state === 'closed';
  const doneIds = new Set(board.columns.at(-1)?.statusIds ?? []);

  type Entry = ReturnType<typeof entryOf>;
  const lists = { completed: [] as Entry[], notCompleted: [] as Entry[], punted: [] as Entry[], another: [] as Entry[] };
  const added: Record<string, true> = {};
  const entryOf = (issue: SimIssue, t: IssueTimelines, initial: number | null, current: number | null, statusAt: number) => {
    const statusId = valueAt(t.status, statusAt);
    const status = site.statuses.find((s) => s.id === statusId);
    const f = issue.fields;
    return {
      id: Number(issue.id),
      key: issue.key,
      hidden: false,
      typeName: (f.issuetype as { name?: string } | undefined)?.name ?? 'Story',
      typeId: (f.issuetype as { id?: string } | undefined)?.id ?? '10001',
      summary: String(f.summary ?? ''),
      priorityName: (f.priority as { name?: string } | undefined)?.name ?? 'Medium',
      done: statusId !== null && doneIds.has(statusId),
      assignee: (f.assignee as { accountId?: string } | null | undefined)?.accountId,
      assigneeName: (f.assignee as { displayName?: string } | null | undefined)?.displayName,
      hasCustomUserAvatar: false,
      flagged: false,
      estimateStatistic: statistic(board.estimationFieldId, initial),
      currentEstimateStatistic: statistic(board.estimationFieldId, current),
      estimateStatisticRequired: false,
      statusId,
      statusName: status?.name,
      status: status ? { id: status.id, name: status.name, statusCategory: { key: status.statusCategory.key } } : undefined,
      fixVersions: [],
      projectId: Number((f.project as { id?: string } | undefined)?.id ?? 10000),
      linkedPagesCount: 0,
    };
  };

  if (start !== null) {
    for (const issue of site.issues) {
      // Every issue in the sprint, whether or not the board's filter shows it; sub-tasks are not listed.
      if (issue.deleted || (issue.fields.issuetype as { subtask?: boolean } | undefined)?.subtask) continue;
      const t = timelines(site, board, issue);
      const member = spans(t.sprints, sprint.id, t.created);
      const inAt = (when: number) => member.some((s) => s.from <= when && (s.to === null || s.to > when));
      const everIn = member.some((s) => s.from <= end && (s.to === null || s.to > start));
      if (!everIn) continue;
      const atStart = inAt(start);
      const joined = atStart ? start : Math.min(...member.filter((s) => s.from > start).map((s) => s.from));
      const inAtClose =
        inAt(end) || (closed && member.some((s) => s.from <= end - CLOSE_MARGIN_MS && s.to !== null && Math.abs(s.to - end) <= CLOSE_MARGIN_MS));
      const initial = valueAt(t.estimate, joined);
      if (!atStart) added[issue.key] = true;
      const doneAt = (when: number) => {
        const s = valueAt(t.status, when);
        return s !== null && doneIds.has(s);
      };
      /** When the issue last moved into done at or before `when` (it is done then). */
      const lastDoneSince = (when: number) => {
        let since = t.status.initial !== null && doneIds.has(t.status.initial) ? t.created : Number.NEGATIVE_INFINITY;
        for (const c of t.status.changes) {
          if (c.at > when) break;
          const done = c.value !== null && doneIds.has(c.value);
          if (!done) since = Number.NEGATIVE_INFINITY;
          else if (since === Number.NEGATIVE_INFINITY) since = c.at;
        }
        return since;
      };
      if (!inAtClose) {
        const left = Math.max(...member.map((s) => s.to ?? 0).filter((x) => x <= end));
        lists.punted.push(entryOf(issue, t, initial, valueAt(t.estimate, left - 1), left - 1));
      } else if (!doneAt(end)) {
        lists.notCompleted.push(entryOf(issue, t, initial, valueAt(t.estimate, end), end));
      } else {
        // Completed here when its last move into done came during the sprint, after the join that
        // led to the close: done at the start, reopened and done again is completed; finished while
        // out of the sprint and brought back done is not.
        const closeJoin = Math.max(start, ...member.filter((s) => s.from <= end).map((s) => s.from));
        const since = lastDoneSince(end);
        const list = since <= start || since < closeJoin ? lists.another : lists.completed;
        list.push(entryOf(issue, t, initial, valueAt(t.estimate, end), end));
      }
    }
  }
  const initialOf = (l: Entry[]) => l.map((e) => ('value' in e.estimateStatistic.statFieldValue ? (e.estimateStatistic.statFieldValue.value as number) : null));
  const currentOf = (l: Entry[]) =>
    l.map((e) => ('value' in e.currentEstimateStatistic.statFieldValue ? (e.currentEstimateStatistic.statFieldValue.value as number) : null));
  const byKey = (a: Entry, b: Entry) => a.key.localeCompare(b.key, 'en', { numeric: true });
  for (const l of Object.values(lists)) l.sort(byKey);
  return {
    contents: {
      completedIssues: lists.completed,
      issuesNotCompletedInCurrentSprint: lists.notCompleted,
      puntedIssues: lists.punted,
      issuesCompletedInAnotherSprint: lists.another,
      completedIssuesInitialEstimateSum: sum(initialOf(lists.completed)),
      completedIssuesEstimateSum: sum(currentOf(lists.completed)),
      issuesNotCompletedInitialEstimateSum: sum(initialOf(lists.notCompleted)),
      issuesNotCompletedEstimateSum: sum(currentOf(lists.notCompleted)),
      allIssuesEstimateSum: sum([...currentOf(lists.completed), ...currentOf(lists.notCompleted)]),
      puntedIssuesInitialEstimateSum: sum(initialOf(lists.punted)),
      puntedIssuesEstimateSum: sum(currentOf(lists.punted)),
      issuesCompletedInAnotherSprintInitialEstimateSum: sum(initialOf(lists.another)),
      issuesCompletedInAnotherSprintEstimateSum: sum(currentOf(lists.another)),
      issueKeysAddedDuringSprint: added,
    },
    sprint: renderSprintOfReport(sprint),
    lastUserToClose: closed ? site.myself.displayName : undefined,
    supportsPages: ctx.flavor === 'CLOUD',
  };
}
