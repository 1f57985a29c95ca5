import type { QueueItemReason, QueueStatus, SprintState, StatusCategory, ThroughputSource } from '../../../app/src/gql/graphql.ts';
import { login } from './auth.ts';

/**
 * The figures a team lead judges the demo by, read through the supergraph as the demo manager:
 * what each closed sprint committed and completed against its capacity, how far the active sprint
 * is against the working-days guideline, and each future sprint's queue.
 */

const FIGURES = /* GraphQL */ `{
  boards {
    name
    sprints {
      name state startDate endDate
      analysis { committedPoints completedPoints }
      capacity { totalPoints focusFactor byDiscipline { discipline availableDays pointsPerDay pointsPerDaySource } }
      issues { storyPoints statusCategory }
      queue { status items { reason points } }
    }
  }
}`;

// Its enums are the supergraph's, as npm run codegen generates them for the app (schema/supergraph.graphql).
interface WireSprint {
  name: string;
  state: SprintState;
  startDate: string;
  endDate: string;
  analysis: { committedPoints: number; completedPoints: number } | null;
  capacity: {
    totalPoints: number;
    focusFactor: number;
    byDiscipline: { discipline: string; availableDays: number; pointsPerDay: number; pointsPerDaySource: ThroughputSource }[];
  } | null;
  issues: { storyPoints: number | null; statusCategory: StatusCategory }[];
  queue: { status: QueueStatus; items: { reason: QueueItemReason; points: number | null }[] } | null;
}

export interface ClosedSprintFigures {
  board: string;
  sprint: string;
  committed: number;
  completed: number;
  /** SprintCapacity.totalPoints: with history, measured points per person-day × available person-days. */
  capacity: number | null;
  /** Whether every discipline's rate is its own history (else the team's default, discounted by the focus factor). */
  history: boolean;
  /** completed ÷ capacity. */
  utilisation: number | null;
}

export interface ActiveSprintFigures {
  board: string;
  sprint: string;
  /** Points of the issues in the sprint now, and of those done. */
  scope: number;
  done: number;
  /** done ÷ scope. */
  progress: number;
  /** The share of the sprint's working time elapsed: where the linear guideline over working days stands. */
  guideline: number;
}

export interface FutureSprintFigures {
  board: string;
  sprint: string;
  queued: number;
  plannedPoints: number;
  reasons: Record<string, number>;
}

export interface DemoFigures {
  closed: ClosedSprintFigures[];
  active: ActiveSprintFigures[];
  future: FutureSprintFigures[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const WORK_START_HOUR = 9;
const WORK_HOURS = 8;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const isWeekday = (t: number) => ![0, 6].includes(new Date(t).getUTCDay());

/**
 * The share of a sprint's working time (weekdays, 09:00-17:00 UTC, from its start date to its end
 * date) that has passed at `now`: 0 at the start, 1 at the end; weekends and nights do not move it.
 */
export function workingTimeElapsed(start: Date, end: Date, now: Date): number {
  let total = 0;
  let elapsed = 0;
  for (let day = Math.floor(start.getTime() / DAY) * DAY; day <= end.getTime(); day += DAY) {
    if (!isWeekday(day)) continue;
    total += WORK_HOURS;
    const hours = (now.getTime() - (day + WORK_START_HOUR * HOUR)) / HOUR;
    elapsed += Math.min(WORK_HOURS, Math.max(0, hours));
  }
  return total ? elapsed / total : 0;
}

/** Reads the demo's figures from the router at `url`, signed in as the demo manager. */
export async function demoFigures(url: string, now: Date): Promise<DemoFigures> {
  const { accessToken } = await login(url, 'manager@demo.test', 'demo');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}` },
    body: JSON.stringify({ query: FIGURES }),
  });
  const body = (await res.json()) as { data?: { boards: { name: string; sprints: WireSprint[] }[] }; errors?: { message: string }[] };
  if (!body.data) throw new Error(`demo figures: ${body.errors?.map((e) => e.message).join('; ')}`);
  const figures: DemoFigures = { closed: [], active: [], future: [] };
  for (const board of body.data.boards) {
    for (const s of board.sprints) {
      if (s.state === 'CLOSED') {
        const history = !!s.capacity?.byDiscipline.length && s.capacity.byDiscipline.every((d) => d.pointsPerDaySource === 'HISTORY');
        const capacity = s.capacity?.totalPoints ?? null;
        const completed = s.analysis?.completedPoints ?? 0;
        figures.closed.push({
          board: board.name,
          sprint: s.name,
          committed: s.analysis?.committedPoints ?? 0,
          completed,
          capacity,
          history,
          utilisation: capacity ? round(completed / capacity) : null,
        });
      } else if (s.state === 'ACTIVE') {
        const scope = s.issues.reduce((sum, i) => sum + (i.storyPoints ?? 0), 0);
        const done = s.issues.filter((i) => i.statusCategory === 'DONE').reduce((sum, i) => sum + (i.storyPoints ?? 0), 0);
        const guideline = workingTimeElapsed(new Date(s.startDate), new Date(s.endDate), now);
        figures.active.push({ board: board.name, sprint: s.name, scope, done, progress: scope ? round(done / scope) : 0, guideline: round(guideline) });
      } else {
        const items = s.queue?.items ?? [];
        const reasons: Record<string, number> = {};
        for (const i of items) reasons[i.reason] = (reasons[i.reason] ?? 0) + 1;
        figures.future.push({
          board: board.name,
          sprint: s.name,
          queued: items.length,
          plannedPoints: items.reduce((sum, i) => sum + (i.points ?? 0), 0),
          reasons,
        });
      }
    }
  }
  return figures;
}

const pct = (n: number | null) => (n === null ? '-' : `${Math.round(n * 100)} %`);

/** The figures as a plain-text table. */
export function formatDemoFigures(f: DemoFigures): string {
  const lines = ['Closed sprints: committed, completed, capacity (SprintCapacity.totalPoints), utilisation (completed ÷ capacity), rate source'];
  for (const c of f.closed) {
    const cells = [c.committed, c.completed, c.capacity ?? '-', pct(c.utilisation)].map((v, i) => String(v).padStart(i < 2 ? 6 : 8));
    lines.push(`  ${c.sprint.padEnd(14)} ${cells.join(' ')}  ${c.history ? 'history' : 'default'}`);
  }
  lines.push('Active sprints: done / scope points, progress vs the working-days guideline');
  for (const a of f.active) lines.push(`  ${a.sprint.padEnd(14)} ${a.done} / ${a.scope}  progress ${pct(a.progress)}, guideline ${pct(a.guideline)}`);
  lines.push('Future sprints: queue');
  for (const q of f.future) lines.push(`  ${q.sprint.padEnd(14)} ${q.queued} items, ${q.plannedPoints} points ${JSON.stringify(q.reasons)}`);
  return lines.join('\n');
}
