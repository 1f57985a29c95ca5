import { describe, expect, test } from 'vitest';
import { buildFact, issueFlow, originalEstimates, secondsToHours } from '../src/facts.ts';
import type { StatusChangeRow } from '../src/models.ts';

const created = new Date('2026-02-02T09:00:00Z');
let history = 100;
const item = (at: string, from: string | null, to: string | null, itemIndex = 0) => ({
  issueId: 'i',
  at: new Date(at),
  field: 'timeoriginalestimate',
  historyId: String(history++),
  itemIndex,
  fromValue: from,
  fromString: from,
  toValue: to,
  toString: to,
});

describe('originalEstimates (JIRA seconds → hours over time)', () => {
  test('never changed: the current value since creation; none at all is null', () => {
    expect(originalEstimates(created, '28800', [])).toEqual([{ at: created, points: 8 }]);
    expect(originalEstimates(created, null, [])).toEqual([{ at: created, points: null }]);
  });

  test("the value at creation is the first change's from, not the current value", () => {
    const items = [item('2026-02-03T10:00:00Z', '3600', '7200'), item('2026-02-04T10:00:00Z', '7200', '1800')];
    expect(originalEstimates(created, '1800', items)).toEqual([
      { at: created, points: 1 },
      { at: new Date('2026-02-03T10:00:00Z'), points: 2 },
      { at: new Date('2026-02-04T10:00:00Z'), points: 0.5 },
    ]);
  });

  test('changes in one instant collapse into the last; a change back to the same value is no change', () => {
    const items = [
      item('2026-02-03T10:00:00Z', null, '3600'),
      item('2026-02-03T10:00:00Z', '3600', '10800', 1),
      item('2026-02-05T10:00:00Z', '10800', '10800'),
    ];
    expect(originalEstimates(created, '10800', items)).toEqual([
      { at: created, points: null },
      { at: new Date('2026-02-03T10:00:00Z'), points: 3 },
    ]);
  });

  test('what is not a number of seconds is no estimate', () => {
    expect([secondsToHours('5400'), secondsToHours(''), secondsToHours('abc'), secondsToHours('-60'), secondsToHours(null)]).toEqual([
      1.5,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('the status at creation (the first change\'s "from")', () => {
  const membership = { tenantId: 't', issueId: 'i', sprintId: 's', addedAt: created, removedAt: null };
  const issue = {
    membership,
    discipline: null,
    key: 'A-1',
    parentKey: null,
    isSubtask: false,
    storyPoints: 3,
    statusId: '3',
    statusCategory: 'IN_PROGRESS' as const,
    resolution: null,
    createdAt: created,
    issueType: 'Story',
    components: [],
    labels: [],
    assigneeId: null,
    originalEstimate: null,
  };
  const change = (at: string, from: [string, StatusChangeRow['toCategory']] | null, to: [string, StatusChangeRow['toCategory']]): StatusChangeRow => ({
    tenantId: 't',
    issueId: 'i',
    at: new Date(at),
    fromStatus: from ? `status ${from[0]}` : null,
    fromStatusId: from?.[0] ?? null,
    fromCategory: from?.[1] ?? null,
    toStatus: `status ${to[0]}`,
    toStatusId: to[0],
    toCategory: to[1],
  });
  const reopened = [change('2026-02-05T10:00:00Z', ['10001', 'DONE'], ['3', 'IN_PROGRESS'])];

  test('an issue created in Done and reopened was done from creation to the reopening', () => {
    expect(buildFact(issue, [], reopened, [], [membership]).statusCategories).toEqual([
      { at: created, statusId: '10001', category: 'DONE' },
      { at: new Date('2026-02-05T10:00:00Z'), statusId: '3', category: 'IN_PROGRESS' },
    ]);
  });

  test('never changed: the current status since creation', () => {
    expect(buildFact(issue, [], [], [], [membership]).statusCategories).toEqual([{ at: created, statusId: '3', category: 'IN_PROGRESS' }]);
  });

  test('a change synced before the from-status was kept adds nothing at creation (until a full sync)', () => {
    const legacy = [change('2026-02-05T10:00:00Z', null, ['3', 'IN_PROGRESS'])];
    expect(buildFact(issue, [], legacy, [], [membership]).statusCategories).toEqual([
      { at: new Date('2026-02-05T10:00:00Z'), statusId: '3', category: 'IN_PROGRESS' },
    ]);
  });

  test('cycle and lead time start from the status at creation', () => {
    // Created in progress, done a day later: a day of cycle time, from creation.
    const done = [change('2026-02-03T09:00:00Z', ['3', 'IN_PROGRESS'], ['10001', 'DONE'])];
    const flow = issueFlow({ createdAt: created, statusCategory: 'DONE' }, done);
    expect(flow.cycleTime).toMatchObject({ hours: 24, from: created, to: new Date('2026-02-03T09:00:00Z') });
    expect(flow.leadTime).toMatchObject({ hours: 24 });
    // Created in Done and reopened: not done, so no lead time.
    expect(issueFlow({ createdAt: created, statusCategory: 'IN_PROGRESS' }, reopened)).toEqual({ cycleTime: null, leadTime: null });
  });
});
