import { describe, expect, test } from 'vitest';
import { demoOptions, generateDataset, type Dataset } from '@sprint-reports/demo-data';
import { FIXED_NOW, workingTimeElapsed } from '@sprint-reports/testing';

/**
 * The demo's JIRA history, as the generator writes it (fixed seed): people move issues on working
 * days in office hours, and the running sprint has burnt down about as far as its working days.
 */

const ds = generateDataset(demoOptions(FIXED_NOW));
const HOUR = 3_600_000;

const activeSprintProgress = (data: Dataset, now: Date) => {
  const points = new Map(data.issues.map((i) => [i.id, i]));
  return data.sprints
    .filter((s) => s.state === 'ACTIVE')
    .map((sprint) => {
      const issues = data.memberships.filter((m) => m.sprintId === sprint.id && !m.removedAt).map((m) => points.get(m.issueId)!);
      const scope = issues.reduce((sum, i) => sum + (i.storyPoints ?? 0), 0);
      const done = issues.filter((i) => i.statusCategory === 'DONE').reduce((sum, i) => sum + (i.storyPoints ?? 0), 0);
      return { sprint: sprint.name, progress: done / scope, guideline: workingTimeElapsed(sprint.startDate!, sprint.endDate!, now) };
    });
};

test('every status change happens on a weekday between 09:00 and 17:00 (the boards are in UTC): nothing is done on a weekend', () => {
  expect(ds.statusChanges.length).toBeGreaterThan(1000);
  const outside = ds.statusChanges.filter((c) => {
    const hour = (c.at.getTime() % (24 * HOUR)) / HOUR;
    return [0, 6].includes(c.at.getUTCDay()) || hour < 9 || hour > 17;
  });
  expect(outside).toEqual([]);
});

describe('the running sprint has burnt down about as far as its working days have gone, wherever "now" falls in it', () => {
  // From the first Tuesday afternoon to the last Friday morning, the second weekend included.
  const moments = [
    '2026-03-03T15:00:00Z',
    '2026-03-05T12:00:00Z',
    '2026-03-07T12:00:00Z',
    '2026-03-09T14:00:00Z',
    FIXED_NOW.toISOString(),
    '2026-03-13T11:00:00Z',
  ];
  test.each(moments)('now = %s', (now) => {
    const at = new Date(now);
    for (const { sprint, progress, guideline } of activeSprintProgress(generateDataset(demoOptions(at)), at)) {
      // A real team runs a little behind the straight line (the piece each person is on is not done
      // yet; the smallest team, four people, by up to a quarter), never far ahead.
      expect(progress, sprint).toBeGreaterThanOrEqual(guideline - 0.3);
      expect(progress, sprint).toBeLessThanOrEqual(guideline + 0.1);
    }
  });
});

test('closed sprints finish most of what they hold: a few carry-overs, a few removed, a few added', () => {
  const closed = ds.sprints.filter((s) => s.state === 'CLOSED');
  let withCarryOver = 0;
  for (const sprint of closed) {
    const memberships = ds.memberships.filter((m) => m.sprintId === sprint.id);
    const doneIn = memberships.filter((m) => {
      const done = ds.statusChanges.filter((c) => c.issueId === m.issueId && c.toCategory === 'DONE').at(-1);
      return !m.removedAt && done && done.at >= sprint.startDate! && done.at <= sprint.completeDate!;
    });
    const share = doneIn.length / memberships.length;
    expect(share, sprint.name).toBeGreaterThan(0.65);
    if (memberships.some((m) => !m.removedAt && !doneIn.includes(m))) withCarryOver++;
  }
  expect(withCarryOver).toBeGreaterThan(closed.length / 2);
  const addedAfterStart = ds.memberships.filter((m) => {
    const sprint = ds.sprints.find((s) => s.id === m.sprintId)!;
    return sprint.state === 'CLOSED' && m.addedAt > sprint.startDate!;
  });
  expect(addedAfterStart.length).toBeGreaterThan(closed.length);
  expect(ds.memberships.some((m) => m.removedAt)).toBe(true);
  expect(ds.estimateChanges.length).toBeGreaterThan(0);
});
