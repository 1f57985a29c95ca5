import { disciplineOf, flowTimes, percentiles, round2, HOUR_MS, type EntityOf } from '@sprint-reports/core';
import type { SprintIssueFactsQuery } from '../remote/__generated__/issues.ts';
import type { AnalysedIssueEntry, BurndownDay, CarryOverEntry, DisciplineFigures } from '@sprint-reports/drizzle';
import type { AnalysisRow, BoardRow, SprintRow } from '../models.ts';
import {
  CLOSE_MARGIN_MS,
  classify,
  doneAt,
  doneSince,
  inSprintAt,
  valuation,
  DEFAULT_POLICY,
  type BoardPolicy,
  type ClassifiedIssue,
  type IssueHistory,
  type Statistic,
} from './rules.ts';
import { isWorkingDay, localDate, nextDate, startOfDay } from './days.ts';

/**
 * The rules' version: a stored analysis computed with an older one is recomputed (at start-up, or
 * when read). Raise it whenever what computeAnalysis stores changes.
 */
export const ANALYSIS_VERSION = 7;

/**
 * One time an issue was in the sprint, with the history analysis needs: the issues subgraph's
 * `SprintIssueFact` as SprintIssueFacts (remote/issues.graphql) selects it, declared by its producer's
 * schema only. On the wire its times are ISO strings (WireFact, as stored with the analysis's inputs);
 * analysis reads them as dates (IssueFact). Histories are oldest first, their first entry the value
 * at creation; `memberships` lists every sprint the issue has been in.
 */
export type WireFact = EntityOf<SprintIssueFactsQuery>['issueFacts'][number];
export type IssueFact = Dated<WireFact>;

/** Times off the wire (ISO strings) as dates: `at`, `createdAt`, `addedAt`, `removedAt`, at any depth. */
type DateKey = 'at' | 'createdAt' | 'addedAt' | 'removedAt';
type Dated<T> = {
  [K in keyof T]: K extends DateKey
    ? null extends T[K]
      ? Date | null
      : Date
    : T[K] extends readonly (infer E)[]
      ? E extends object
        ? Dated<E>[]
        : T[K]
      : T[K];
};

/** The board's analysis settings (sprints.boards). */
export type BoardSettingsRow = Pick<
  BoardRow,
  'columns' | 'estimationField' | 'estimationStatistic' | 'subtaskPolicy' | 'cancelledResolutions' | 'disciplineRules' | 'timeZone'
>;

/** What else the analysis of a sprint reads: the assignees' disciplines in the board's team, the other sprints its issues were in, and the team's holidays. */
export interface AnalysisExtra {
  teamDisciplines?: ReadonlyMap<string, string>;
  sprints?: ReadonlyMap<string, Pick<SprintRow, 'id' | 'state' | 'startDate' | 'completeDate' | 'deletedAt'>>;
  /** The team's non-working dates (YYYY-MM-DD) besides weekends: its holidays and the sprint's own (capacity settings). */
  holidays?: ReadonlySet<string>;
}

/** Figures are kept to two decimals. */
export const round = round2;
/** a ÷ b, or null when there is nothing to divide by. */
export const ratio = (a: number, b: number) => (b > 0 ? round(a / b) : null);
const hours = (ms: number | null) => (ms === null ? null : round(ms / HOUR_MS));

/** The statistic the board counts in: its own setting, else JIRA's estimation field (original time estimate, or a points field). */
export const boardStatistic = (board: Partial<BoardSettingsRow> | undefined): Statistic =>
  board?.estimationStatistic ?? (board?.estimationField === 'timeoriginalestimate' ? 'ORIGINAL_ESTIMATE' : 'STORY_POINTS');

/** The board's rules: done is its right-most column (JIRA's rule) when the sync read its columns. */
export function boardPolicy(board: Partial<BoardSettingsRow> | undefined): BoardPolicy {
  const done = board?.columns?.at(-1)?.statusIds ?? [];
  const mapped = board?.columns?.flatMap((c) => c.statusIds) ?? [];
  return {
    ...DEFAULT_POLICY,
    statistic: boardStatistic(board),
    doneStatusIds: done.length ? new Set(done) : null,
    mappedStatusIds: mapped.length ? new Set(mapped) : null,
    subtasks: board?.subtaskPolicy ?? DEFAULT_POLICY.subtasks,
    cancelledResolutions: new Set(board?.cancelledResolutions ?? []),
  };
}

/** The facts of one sprint as the rules read them: one history per issue, its times in the sprint as spans, its values in the board's statistic. */
export function histories(facts: IssueFact[], policy: BoardPolicy = DEFAULT_POLICY): IssueHistory[] {
  const idByKey = new Map(facts.map((f) => [f.key, f.issueId]));
  const byIssue = new Map<string, IssueHistory>();
  for (const f of facts) {
    const span = { addedAt: f.addedAt.getTime(), removedAt: f.removedAt?.getTime() ?? null };
    const known = byIssue.get(f.issueId);
    if (known) {
      known.spans.push(span);
      continue;
    }
    const values = policy.statistic === 'ORIGINAL_ESTIMATE' ? f.originalEstimates : f.estimates;
    byIssue.set(f.issueId, {
      issueId: f.issueId,
      key: f.key,
      // A sub-task whose parent is not in this sprint is still a sub-task: it keeps the parent's key.
      parentId: f.subtask ? (idByKey.get(f.parentKey ?? '') ?? f.parentKey ?? `parent-of-${f.key}`) : null,
      spans: [span],
      estimates: values.map((e) => ({ at: e.at.getTime(), value: e.points })),
      statuses: f.statusCategories.map((s) => ({ at: s.at.getTime(), statusId: s.statusId ?? '', category: s.category })),
      resolutions: f.resolutions.map((r) => ({ at: r.at.getTime(), resolution: r.resolution })),
    });
  }
  for (const h of byIssue.values()) h.spans.sort((a, b) => a.addedAt - b.addedAt);
  return [...byIssue.values()];
}

// The issue's discipline: core's disciplineOf, which queue planning reads the same way.
export { disciplineOf };

/**
 * A started sprint's analysis by JIRA's sprint-report rules (analysis/rules.ts), from issue
 * history, at the sprint's start and its completion (completeDate, or now while it is active),
 * with what JIRA lacks: per-discipline figures, burnup, scope events, carry-over, cycle times.
 * Returns null for a sprint that has not started.
 */
export function computeAnalysis(
  sprint: SprintRow,
  facts: IssueFact[],
  now: Date,
  board?: Partial<BoardSettingsRow>,
  extra: AnalysisExtra = {},
): AnalysisRow | null {
  if (!sprint.startDate || sprint.state === 'FUTURE') return null;
  const start = sprint.startDate.getTime();
  const running = !sprint.completeDate && sprint.state === 'ACTIVE';
  const end = (sprint.completeDate ?? (running ? now : (sprint.endDate ?? now))).getTime();
  const policy = boardPolicy(board);
  const all = histories(facts, policy);
  const report = classify({ start, end, running }, all, policy);

  const factOf = new Map(facts.map((f) => [f.issueId, f]));
  const historyOf = new Map(all.map((h) => [h.issueId, h]));
  const issues: AnalysedIssueEntry[] = report.issues.map((issue) => {
    const fact = factOf.get(issue.issueId)!;
    const h = historyOf.get(issue.issueId)!;
    // Times are measured to the sprint's completion: a later reopening is another sprint's story.
    const flow = flowTimes(
      fact.createdAt.getTime(),
      h.statuses.map((s) => ({ at: s.at, category: s.category, done: isDone(s, policy) })),
      end,
    );
    const done = issue.class === 'COMPLETED' || issue.class === 'COMPLETED_OUTSIDE' || issue.class === 'CANCELLED';
    return {
      issueId: issue.issueId,
      key: issue.key,
      class: issue.class,
      addedAfterStart: issue.addedAfterStart,
      commitment: issue.commitment,
      pointsCommitted: issue.committed,
      pointsAtStart: issue.atStart,
      pointsAtEnd: issue.atEnd,
      pointsAtJoin: issue.addedAfterStart ? issue.atJoin : issue.atStart,
      unestimated: issue.unestimated,
      subtask: issue.subtask,
      ...(issue.rolledUp ? { rolledUp: issue.rolledUp } : {}),
      discipline: disciplineOf(fact, board?.disciplineRules ?? [], extra.teamDisciplines),
      cycleTimeHours: done ? hours(flow.cycleMs) : null,
      leadTimeHours: done ? hours(flow.leadMs) : null,
    };
  });
  const completed = issues.filter((i) => i.class === 'COMPLETED');

  return {
    sprintId: sprint.id,
    tenantId: sprint.tenantId,
    statistic: policy.statistic,
    committedPoints: report.committed,
    completedPoints: report.completed,
    addedPoints: report.added,
    removedPoints: report.removed,
    notCompletedPoints: report.notCompleted,
    completedOutsidePoints: report.completedOutside,
    cancelledPoints: report.cancelled,
    completionRate: ratio(report.completed, report.completed + report.notCompleted),
    sayDoRatio: ratio(report.completed, report.committed),
    scopeChangeRate: ratio(report.added + report.removed, report.committed),
    estimateChanges: report.estimateChanges.map((c) => ({ issueId: c.issueId, key: c.key, at: new Date(c.at).toISOString(), from: c.from, to: c.to })),
    issueCount: report.issues.length,
    issues,
    disciplineBreakdown: disciplineBreakdown(report.issues, issues),
    burndown: days(sprint, all, policy, start, end, report.committed, board?.timeZone ?? 'UTC', extra.holidays ?? new Set()),
    scopeEvents: report.scopeEvents.map((e) => ({ at: new Date(e.at).toISOString(), issueId: e.issueId, key: e.key, kind: e.kind, points: e.points })),
    carryOver: carryOver(sprint, report.issues, facts, historyOf, policy, extra.sprints),
    cycleTime: percentiles(completed.flatMap((i) => (i.cycleTimeHours === null ? [] : [i.cycleTimeHours]))),
    leadTime: percentiles(completed.flatMap((i) => (i.leadTimeHours === null ? [] : [i.leadTimeHours]))),
    rulesVersion: ANALYSIS_VERSION,
    computedAt: now,
  };
}

const isDone = (s: IssueHistory['statuses'][number], policy: BoardPolicy) =>
  policy.doneStatusIds ? policy.doneStatusIds.has(s.statusId) : s.category === 'DONE';

/** Every figure of the report, per discipline, in discipline order. */
function disciplineBreakdown(classified: ClassifiedIssue[], issues: AnalysedIssueEntry[]): DisciplineFigures[] {
  const byDiscipline = new Map<string, Required<DisciplineFigures> & { cycles: number[] }>();
  classified.forEach((c, i) => {
    const { discipline, cycleTimeHours } = issues[i];
    let d = byDiscipline.get(discipline);
    if (!d) {
      d = {
        discipline,
        committedPoints: 0,
        completedPoints: 0,
        addedPoints: 0,
        removedPoints: 0,
        notCompletedPoints: 0,
        completedOutsidePoints: 0,
        cancelledPoints: 0,
        issueCount: 0,
        cycleTime: null,
        cycles: [],
      };
      byDiscipline.set(discipline, d);
    }
    d.issueCount++;
    d.committedPoints += c.committed;
    if (c.addedAfterStart) d.addedPoints += c.atJoin ?? 0;
    const atEnd = c.atEnd ?? 0;
    if (c.class === 'COMPLETED') {
      d.completedPoints += atEnd;
      if (cycleTimeHours !== null) d.cycles.push(cycleTimeHours);
    }
    if (c.class === 'REMOVED') d.removedPoints += atEnd;
    if (c.class === 'NOT_COMPLETED') d.notCompletedPoints += atEnd;
    if (c.class === 'COMPLETED_OUTSIDE') d.completedOutsidePoints += atEnd;
    if (c.class === 'CANCELLED') d.cancelledPoints += atEnd;
  });
  return [...byDiscipline.values()]
    .map(({ cycles, ...d }) => ({
      ...d,
      committedPoints: round(d.committedPoints),
      completedPoints: round(d.completedPoints),
      addedPoints: round(d.addedPoints),
      removedPoints: round(d.removedPoints),
      notCompletedPoints: round(d.notCompletedPoints),
      completedOutsidePoints: round(d.completedOutsidePoints),
      cancelledPoints: round(d.cancelledPoints),
      cycleTime: percentiles(cycles),
    }))
    .sort((a, b) => a.discipline.localeCompare(b.discipline));
}

/**
 * The figures at the end of each day, in the board's time zone, from the start's day to the
 * planned end's, and on to the close's when it came later (or today's, while a late sprint
 * runs); days after `end` have none yet. Completed counts work finished in this sprint (not what
 * was done before it came in); scope is that plus what remains.
 *
 * The guideline is JIRA's: from the commitment on the start's day to zero on the planned end's,
 * falling only on working days (not Saturday or Sunday, not a team holiday) and flat on the
 * others, then zero. A planned window with no working day after its first falls day by day.
 */
function days(
  sprint: SprintRow,
  all: IssueHistory[],
  policy: BoardPolicy,
  start: number,
  end: number,
  committed: number,
  timeZone: string,
  holidays: ReadonlySet<string>,
): BurndownDay[] {
  const plannedEnd = Math.max(sprint.endDate?.getTime() ?? end, start);
  const lastDay = Math.max(plannedEnd, end);
  const dates: string[] = [];
  for (let date = localDate(start, timeZone), last = localDate(lastDay, timeZone); date <= last; date = nextDate(date)) dates.push(date);
  const working = dates.map((date) => isWorkingDay(date, holidays));
  // The guideline's steps: the planned window's working days after the first (calendar days if none).
  const plannedLast = localDate(plannedEnd, timeZone);
  const planned = dates.filter((date) => date <= plannedLast).length;
  const workingSteps = working.slice(1, planned).filter(Boolean).length;
  const falls = (i: number) => i > 0 && i < planned && (workingSteps === 0 || working[i]);
  const steps = workingSteps || planned - 1;
  const valueAt = valuation(all, policy);
  const joined = new Map(all.map((h) => [h.issueId, Math.min(...h.spans.map((s) => s.addedAt))]));
  let fallen = 0;
  return dates.map((date, i) => {
    if (falls(i)) fallen++;
    const ideal = steps > 0 ? round(committed * (1 - fallen / steps)) : 0;
    const day = { date, idealPoints: ideal, workingDay: working[i] };
    const dayStart = startOfDay(date, timeZone);
    if (dayStart > end) return { ...day, remainingPoints: null, completedPoints: null, scopePoints: null };
    const at = Math.min(startOfDay(nextDate(date), timeZone) - 1, lastDay, end);
    let remaining = 0;
    let completed = 0;
    for (const h of all) {
      if (!inSprintAt(h, at)) continue;
      const since = doneSince(h, at, policy);
      if (since === null) remaining += valueAt(h, at) ?? 0;
      else if (since > start && since >= joined.get(h.issueId)!) completed += valueAt(h, at) ?? 0;
    }
    return { ...day, remainingPoints: round(remaining), completedPoints: round(completed), scopePoints: round(remaining + completed) };
  });
}

/**
 * Issues that spilled into or out of this sprint. An issue spills out of a sprint when it is in it
 * at its close, not done, and goes on to a later sprint; it spilled into this one when an earlier
 * sprint closed with it unfinished. The chain is every sprint it has been in, oldest first.
 */
function carryOver(
  sprint: SprintRow,
  classified: ClassifiedIssue[],
  facts: IssueFact[],
  historyOf: Map<string, IssueHistory>,
  policy: BoardPolicy,
  sprints: AnalysisExtra['sprints'],
): CarryOverEntry[] {
  if (!sprints) return [];
  const membershipsOf = new Map(facts.map((f) => [f.issueId, f.memberships]));
  const out: CarryOverEntry[] = [];
  for (const c of classified) {
    const memberships = (membershipsOf.get(c.issueId) ?? []).filter((m) => {
      const s = sprints.get(m.sprintId);
      return s && !s.deletedAt;
    });
    const chain = [...new Set(memberships.map((m) => m.sprintId))];
    if (chain.length < 2) continue;
    const h = historyOf.get(c.issueId)!;
    const firstHere = Math.min(...memberships.filter((m) => m.sprintId === sprint.id).map((m) => m.addedAt.getTime()));
    // Left unfinished at an earlier sprint's close: in it at the close (or moved out at the close), not done then.
    const spilledFrom = (other: string) => {
      const s = sprints.get(other)!;
      const close = s.completeDate?.getTime();
      if (close === undefined || close > firstHere + CLOSE_MARGIN_MS) return false;
      const inAtClose = memberships.some(
        (m) => m.sprintId === other && m.addedAt.getTime() <= close && (m.removedAt === null || m.removedAt.getTime() >= close - CLOSE_MARGIN_MS),
      );
      return inAtClose && !doneAt(h, close, policy);
    };
    const carriedIn = chain.some((id) => id !== sprint.id && spilledFrom(id));
    const closedAt = sprint.completeDate?.getTime();
    const carriedOut =
      c.class === 'NOT_COMPLETED' &&
      closedAt !== undefined &&
      memberships.some((m) => m.sprintId !== sprint.id && m.addedAt.getTime() >= closedAt - CLOSE_MARGIN_MS);
    if (carriedIn || carriedOut) out.push({ issueId: c.issueId, key: c.key, sprintIds: chain, carriedIn, carriedOut, points: c.atEnd });
  }
  return out;
}
