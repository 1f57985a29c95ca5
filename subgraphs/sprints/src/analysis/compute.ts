import type { BurndownDay, DisciplineFigures } from '@sprint-reports/drizzle';
import type { AnalysisRow, SprintRow } from '../models.ts';

/** One time an issue was in the sprint, with the history analysis needs: the issues subgraph's `SprintIssueFact` (schema/issues.graphql), as parsed off the wire. */
export interface IssueFact {
  issueId: string;
  discipline: string | null;
  addedAt: Date;
  removedAt: Date | null;
  /** Oldest first; the first entry is the estimate at creation. */
  estimates: { at: Date; points: number | null }[];
  /** Oldest first; before the first entry the issue is not done. */
  statusCategories: { at: Date; category: 'TODO' | 'IN_PROGRESS' | 'DONE' }[];
}

const DAY = 86_400_000;

/** The value of a history at time t: the last entry at or before t, else the first entry. */
function valueAt<T extends { at: Date }>(history: T[], t: number): T | undefined {
  let found: T | undefined;
  for (const entry of history) {
    if (entry.at.getTime() <= t) found = entry;
    else break;
  }
  return found ?? history[0];
}

const pointsAt = (f: IssueFact, t: number) => valueAt(f.estimates, t)?.points ?? 0;
const doneAt = (f: IssueFact, t: number) => {
  let done = false;
  for (const s of f.statusCategories) {
    if (s.at.getTime() > t) break;
    done = s.category === 'DONE';
  }
  return done;
};
const inSprintAt = (f: IssueFact, t: number) => f.addedAt.getTime() <= t && (f.removedAt === null || f.removedAt.getTime() > t);
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Sprint analysis from issue history, at points in time:
 * committed = in the sprint at its start, at the estimate then; completed / not completed = in the
 * sprint at its end (completeDate, or now while active), done or not then, at the estimate then;
 * added = joined after the start; removed = taken out while it ran.
 * Returns null for a sprint that has not started.
 */
export function computeAnalysis(sprint: SprintRow, facts: IssueFact[], now: Date): AnalysisRow | null {
  if (!sprint.startDate || sprint.state === 'FUTURE') return null;
  const start = sprint.startDate.getTime();
  const end = (sprint.completeDate ?? (sprint.state === 'ACTIVE' ? now : sprint.endDate ?? now)).getTime();

  let committed = 0, completed = 0, added = 0, removed = 0, notCompleted = 0;
  const byDiscipline = new Map<string, DisciplineFigures>();
  const figuresFor = (d: string | null) => {
    const key = d ?? 'Unassigned';
    let f = byDiscipline.get(key);
    if (!f) byDiscipline.set(key, (f = { discipline: key, committedPoints: 0, completedPoints: 0 }));
    return f;
  };

  for (const f of facts) {
    const added_ = f.addedAt.getTime();
    const removed_ = f.removedAt?.getTime() ?? null;
    if (inSprintAt(f, start)) {
      const p = pointsAt(f, start);
      committed += p;
      figuresFor(f.discipline).committedPoints += p;
    } else if (added_ > start && added_ <= end) {
      added += pointsAt(f, added_);
    }
    if (removed_ !== null && removed_ > start && removed_ <= end) removed += pointsAt(f, removed_);
    if (inSprintAt(f, end)) {
      const p = pointsAt(f, end);
      if (doneAt(f, end)) {
        completed += p;
        figuresFor(f.discipline).completedPoints += p;
      } else notCompleted += p;
    }
  }

  return {
    sprintId: sprint.id,
    tenantId: sprint.tenantId,
    committedPoints: round(committed),
    completedPoints: round(completed),
    addedPoints: round(added),
    removedPoints: round(removed),
    notCompletedPoints: round(notCompleted),
    completionRate: committed > 0 ? round(completed / committed) : null,
    issueCount: new Set(facts.map((f) => f.issueId)).size,
    disciplineBreakdown: [...byDiscipline.values()]
      .map((d) => ({ ...d, committedPoints: round(d.committedPoints), completedPoints: round(d.completedPoints) }))
      .sort((a, b) => a.discipline.localeCompare(b.discipline)),
    burndown: burndown(sprint, facts, start, end, committed),
    computedAt: now,
  };
}

/** Remaining points at the end of each (UTC) day from start to planned end; days after `end` have none yet. */
function burndown(sprint: SprintRow, facts: IssueFact[], start: number, end: number, committed: number): BurndownDay[] {
  const lastDay = Math.max(sprint.endDate?.getTime() ?? end, start);
  const firstDayStart = Math.floor(start / DAY) * DAY;
  const days = Math.floor((lastDay - firstDayStart) / DAY) + 1;
  const out: BurndownDay[] = [];
  for (let i = 0; i < days; i++) {
    const dayStart = firstDayStart + i * DAY;
    const at = Math.min(dayStart + DAY - 1, lastDay, end);
    const remaining =
      dayStart > end ? null : facts.reduce((sum, f) => (inSprintAt(f, at) && !doneAt(f, at) ? sum + pointsAt(f, at) : sum), 0);
    out.push({
      date: new Date(dayStart).toISOString().slice(0, 10),
      remainingPoints: remaining === null ? null : round(remaining),
      idealPoints: round(days > 1 ? committed * (1 - i / (days - 1)) : 0),
    });
  }
  return out;
}
