import type { AnalysisRow, SprintRow, VelocityRow } from '../models.ts';
import { round } from './compute.ts';

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

/**
 * Velocity from stored analyses of closed sprints, oldest first. The rolling averages look back
 * over the board's whole history, so the first entry of a short window still has them.
 */
export function velocity(closed: { sprint: SprintRow; analysis: AnalysisRow }[]): VelocityRow[] {
  const rolling = (i: number, n: number) => {
    if (i + 1 < n) return null;
    return round(mean(closed.slice(i + 1 - n, i + 1).map((c) => c.analysis.completedPoints))!);
  };
  return closed.map(({ sprint, analysis }, i) => ({
    sprint,
    committedPoints: analysis.committedPoints,
    completedPoints: analysis.completedPoints,
    sayDoRatio: analysis.sayDoRatio,
    scopeChangeRate: analysis.scopeChangeRate,
    rollingAverage3: rolling(i, 3),
    rollingAverage5: rolling(i, 5),
  }));
}

/** Say/do within this band counts as a sprint delivered as planned. */
const BAND = { low: 0.8, high: 1.2 };

/** How steadily the sprints delivered what they committed to. */
export function predictability(analyses: AnalysisRow[]) {
  const sayDo = analyses.flatMap((a) => (a.sayDoRatio === null ? [] : [a.sayDoRatio]));
  const scope = analyses.flatMap((a) => (a.scopeChangeRate === null ? [] : [a.scopeChangeRate]));
  const completed = analyses.map((a) => a.completedPoints);
  const avgCompleted = mean(completed);
  const variation = avgCompleted === null || avgCompleted === 0 ? null : Math.sqrt(mean(completed.map((c) => (c - avgCompleted) ** 2))!) / avgCompleted;
  const opt = (n: number | null) => (n === null ? null : round(n));
  return {
    sprints: analyses.length,
    averageCommittedPoints: opt(mean(analyses.map((a) => a.committedPoints))),
    averageCompletedPoints: opt(avgCompleted),
    averageSayDoRatio: opt(mean(sayDo)),
    velocityVariation: opt(variation),
    predictability: sayDo.length ? round(sayDo.filter((r) => r >= BAND.low && r <= BAND.high).length / sayDo.length) : null,
    averageScopeChangeRate: opt(mean(scope)),
  };
}
