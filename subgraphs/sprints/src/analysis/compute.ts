import type { BurndownDay, DisciplineFigures } from '@sprint-reports/drizzle';
import type { AnalysisRow, BoardRow, SprintRow } from '../models.ts';
import { classify, doneAt, inSprintAt, valuation, DEFAULT_POLICY, type BoardPolicy, type IssueHistory } from './rules.ts';

/** One time an issue was in the sprint, with the history analysis needs: the issues subgraph's `SprintIssueFact` (schema/issues.graphql), as parsed off the wire. */
export interface IssueFact {
  issueId: string;
  key: string;
  parentKey: string | null;
  subtask: boolean;
  discipline: string | null;
  addedAt: Date;
  removedAt: Date | null;
  /** Oldest first; the first entry is the estimate at creation. */
  estimates: { at: Date; points: number | null }[];
  /** Oldest first; the first entry is the status at creation. */
  statusCategories: { at: Date; statusId: string | null; category: 'TODO' | 'IN_PROGRESS' | 'DONE' }[];
  /** Oldest first; the first entry is the resolution at creation. */
  resolutions: { at: Date; resolution: string | null }[];
}

const DAY = 86_400_000;
const round = (n: number) => Math.round(n * 100) / 100;

/** The board's rules: done is its right-most column (JIRA's rule) when the sync read its columns. */
export function boardPolicy(board: Pick<BoardRow, 'columns'> | undefined): BoardPolicy {
  const done = board?.columns.at(-1)?.statusIds ?? [];
  return { ...DEFAULT_POLICY, doneStatusIds: done.length ? new Set(done) : null };
}

/** The facts of one sprint as the rules read them: one history per issue, its times in the sprint as spans. */
export function histories(facts: IssueFact[]): IssueHistory[] {
  const idByKey = new Map(facts.map((f) => [f.key, f.issueId]));
  const byIssue = new Map<string, IssueHistory>();
  for (const f of facts) {
    const span = { addedAt: f.addedAt.getTime(), removedAt: f.removedAt?.getTime() ?? null };
    const known = byIssue.get(f.issueId);
    if (known) {
      known.spans.push(span);
      continue;
    }
    byIssue.set(f.issueId, {
      issueId: f.issueId,
      key: f.key,
      // A sub-task whose parent is not in this sprint is still a sub-task: it keeps the parent's key.
      parentId: f.subtask ? (idByKey.get(f.parentKey ?? '') ?? f.parentKey ?? `parent-of-${f.key}`) : null,
      spans: [span],
      estimates: f.estimates.map((e) => ({ at: e.at.getTime(), value: e.points })),
      statuses: f.statusCategories.map((s) => ({ at: s.at.getTime(), statusId: s.statusId ?? '', category: s.category })),
      resolutions: f.resolutions.map((r) => ({ at: r.at.getTime(), resolution: r.resolution })),
    });
  }
  for (const h of byIssue.values()) h.spans.sort((a, b) => a.addedAt - b.addedAt);
  return [...byIssue.values()];
}

/**
 * A started sprint's analysis by JIRA's sprint-report rules (analysis/rules.ts), from issue
 * history, at the sprint's start and its completion (completeDate, or now while it is active).
 * Returns null for a sprint that has not started.
 */
export function computeAnalysis(sprint: SprintRow, facts: IssueFact[], now: Date, board?: Pick<BoardRow, 'columns'>): AnalysisRow | null {
  if (!sprint.startDate || sprint.state === 'FUTURE') return null;
  const start = sprint.startDate.getTime();
  const end = (sprint.completeDate ?? (sprint.state === 'ACTIVE' ? now : sprint.endDate ?? now)).getTime();
  const policy = boardPolicy(board);
  const all = histories(facts);
  const report = classify({ start, end, running: !sprint.completeDate && sprint.state === 'ACTIVE' }, all, policy);

  const disciplineOf = new Map(facts.map((f) => [f.issueId, f.discipline ?? 'Unassigned']));
  const byDiscipline = new Map<string, DisciplineFigures>();
  for (const issue of report.issues) {
    const key = disciplineOf.get(issue.issueId)!;
    let d = byDiscipline.get(key);
    if (!d) byDiscipline.set(key, (d = { discipline: key, committedPoints: 0, completedPoints: 0 }));
    if (!issue.addedAfterStart) d.committedPoints += issue.atStart ?? 0;
    if (issue.class === 'COMPLETED') d.completedPoints += issue.atEnd ?? 0;
  }

  return {
    sprintId: sprint.id,
    tenantId: sprint.tenantId,
    committedPoints: report.committed,
    completedPoints: report.completed,
    addedPoints: report.added,
    removedPoints: report.removed,
    notCompletedPoints: report.notCompleted,
    completedOutsidePoints: report.completedOutside,
    completionRate: report.committed > 0 ? round(report.completed / report.committed) : null,
    scopeChangeRate: report.committed > 0 ? round((report.added + report.removed) / report.committed) : null,
    estimateChanges: report.estimateChanges.map((c) => ({ issueId: c.issueId, key: c.key, at: new Date(c.at).toISOString(), from: c.from, to: c.to })),
    issueCount: report.issues.length,
    disciplineBreakdown: [...byDiscipline.values()]
      .map((d) => ({ ...d, committedPoints: round(d.committedPoints), completedPoints: round(d.completedPoints) }))
      .sort((a, b) => a.discipline.localeCompare(b.discipline)),
    burndown: burndown(sprint, all, policy, start, end, report.committed),
    computedAt: now,
  };
}

/** Remaining points at the end of each (UTC) day from start to planned end; days after `end` have none yet. */
function burndown(sprint: SprintRow, all: IssueHistory[], policy: BoardPolicy, start: number, end: number, committed: number): BurndownDay[] {
  const lastDay = Math.max(sprint.endDate?.getTime() ?? end, start);
  const firstDayStart = Math.floor(start / DAY) * DAY;
  const days = Math.floor((lastDay - firstDayStart) / DAY) + 1;
  const valueAt = valuation(all, policy);
  const out: BurndownDay[] = [];
  for (let i = 0; i < days; i++) {
    const dayStart = firstDayStart + i * DAY;
    const at = Math.min(dayStart + DAY - 1, lastDay, end);
    const remaining = dayStart > end ? null : all.reduce((sum, h) => (inSprintAt(h, at) && !doneAt(h, at, policy) ? sum + (valueAt(h, at) ?? 0) : sum), 0);
    out.push({
      date: new Date(dayStart).toISOString().slice(0, 10),
      remainingPoints: remaining === null ? null : round(remaining),
      idealPoints: round(days > 1 ? committed * (1 - i / (days - 1)) : 0),
    });
  }
  return out;
}
