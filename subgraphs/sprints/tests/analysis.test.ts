import { describe, expect, test } from 'vitest';
import { computeAnalysis, type IssueFact } from '../src/analysis/compute.ts';
import type { SprintRow } from '../src/models.ts';

const at = (s: string) => new Date(`2026-03-${s}Z`);
const sprint = (over: Partial<SprintRow> = {}): SprintRow => ({
  id: '00000000-0000-5000-8000-000000000001',
  tenantId: '00000000-0000-5000-8000-000000000002',
  boardId: '00000000-0000-5000-8000-000000000003',
  jiraSprintId: 1,
  name: 'Sprint 1',
  state: 'CLOSED',
  goal: null,
  startDate: at('02T09:00:00'),
  endDate: at('13T17:00:00'),
  completeDate: at('13T17:30:00'),
  sequence: 1,
  connectionId: null,
  originJiraBoardId: null,
  deletedAt: null,
  lastEventAt: null,
  ...over,
});
const fact = (issueId: string, f: Partial<IssueFact> & { points: number | null }): IssueFact => ({
  issueId,
  key: `SR-${issueId}`,
  parentKey: null,
  subtask: false,
  discipline: null,
  addedAt: at('01T10:00:00'),
  removedAt: null,
  estimates: [{ at: at('01T08:00:00'), points: f.points }],
  statusCategories: [],
  resolutions: [],
  ...f,
});
const done = (when: string) => [{ at: at(when), statusId: '10001', category: 'DONE' as const }];

// A sprint worked by hand (points):
//   A 5, committed, done 4th          -> committed 5, completed 5
//   B 3, committed, raised to 8 on 5th, not done -> committed 3 (estimate at start), not completed 8
//   C 2, added 5th, done 9th          -> added 2, completed 2
//   D 5, committed, removed 6th       -> committed 5, removed 5
//   E unestimated, committed, done 3rd -> counts 0 everywhere
const facts: IssueFact[] = [
  fact('A', { points: 5, discipline: 'Backend', statusCategories: done('04T10:00:00') }),
  fact('B', { points: 3, discipline: 'Frontend', estimates: [{ at: at('01T08:00:00'), points: 3 }, { at: at('05T10:00:00'), points: 8 }] }),
  fact('C', { points: 2, discipline: 'Backend', addedAt: at('05T12:00:00'), statusCategories: done('09T15:00:00') }),
  fact('D', { points: 5, discipline: 'QA', removedAt: at('06T11:00:00') }),
  fact('E', { points: null, statusCategories: done('03T10:00:00') }),
];

describe('sprint analysis from issue history', () => {
  const a = computeAnalysis(sprint(), facts, at('20T00:00:00'))!;

  test('commitment is the scope at the start, at the estimates then', () => {
    expect(a.committedPoints).toBe(13);
  });

  test('completion, scope added, scope removed and what was left undone', () => {
    expect(a).toMatchObject({ completedPoints: 7, addedPoints: 2, removedPoints: 5, notCompletedPoints: 8, completionRate: 0.54, issueCount: 5 });
  });

  test('each discipline gets its own commitment and completion; issues without one are "Unassigned"', () => {
    expect(a.disciplineBreakdown).toEqual([
      { discipline: 'Backend', committedPoints: 5, completedPoints: 7 },
      { discipline: 'Frontend', committedPoints: 3, completedPoints: 0 },
      { discipline: 'QA', committedPoints: 5, completedPoints: 0 },
      { discipline: 'Unassigned', committedPoints: 0, completedPoints: 0 },
    ]);
  });

  test('burndown: remaining points at the end of each day, and the ideal line from commitment to zero', () => {
    expect(a.burndown.map((d) => d.date)).toEqual(['02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => `2026-03-${d}`));
    expect(a.burndown.map((d) => d.remainingPoints)).toEqual([13, 13, 8, 15, 10, 10, 10, 8, 8, 8, 8, 8]);
    expect(a.burndown[0].idealPoints).toBe(13);
    expect(a.burndown[11].idealPoints).toBe(0);
    expect(a.burndown[1].idealPoints).toBeCloseTo(13 - 13 / 11, 2);
  });

  test('an active sprint is measured now, and has no burndown for days to come', () => {
    const active = computeAnalysis(sprint({ state: 'ACTIVE', completeDate: null }), facts, at('06T12:00:00'))!;
    // At noon on the 6th: A and E done; B (8 now) not done; C added, not done yet; D removed.
    expect(active).toMatchObject({ committedPoints: 13, completedPoints: 5, notCompletedPoints: 10, removedPoints: 5, addedPoints: 2 });
    expect(active.burndown.map((d) => d.remainingPoints)).toEqual([13, 13, 8, 15, 10, null, null, null, null, null, null, null]);
  });

  test('scope added mid-sprint counts at its estimate when added; a later change shows at the end', () => {
    // F: 3 points, added on the 7th, raised to 5 on the 8th, not done: added 3, not completed 5.
    const f = fact('F', { points: 3, addedAt: at('07T10:00:00'), estimates: [{ at: at('01T08:00:00'), points: 3 }, { at: at('08T10:00:00'), points: 5 }] });
    expect(computeAnalysis(sprint(), [f], at('20T00:00:00'))).toMatchObject({ committedPoints: 0, addedPoints: 3, notCompletedPoints: 5, completedPoints: 0 });
  });

  test('a future sprint has no analysis', () => {
    expect(computeAnalysis(sprint({ state: 'FUTURE', startDate: null, completeDate: null }), facts, at('01T00:00:00'))).toBeNull();
  });

  test('nothing committed gives no completion rate rather than a division by zero', () => {
    expect(computeAnalysis(sprint(), [], at('20T00:00:00'))!.completionRate).toBeNull();
  });
});
