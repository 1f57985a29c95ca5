import { describe, expect, test } from 'vitest';
import { STATUSES } from '@sprint-reports/demo-data';
import { largeSite, parseJiraDate, siteFromDataset, type SimIssue } from '../src/index.ts';
import { NOW, smallDataset } from './helpers.ts';

type Interval = { sprintId: number; addedAt: number | null; removedAt: number | null };

/** Replays an issue's Sprint items into membership intervals (addedAt null: in the value at creation). */
function intervalsOf(issue: SimIssue): Interval[] {
  const ids = (s: string | null) => (s ? s.split(', ').map(Number) : []);
  const items = issue.histories.flatMap((h) =>
    h.items.filter((i) => i.field === 'Sprint').map((i) => ({ at: parseJiraDate(h.created), from: ids(i.from), to: ids(i.to) })),
  );
  const final = ((issue.fields.customfield_10020 as { id: number }[] | null) ?? []).map((s) => s.id);
  const open: Interval[] = (items.length ? items[0].from : final).map((sprintId) => ({ sprintId, addedAt: null, removedAt: null }));
  const done: Interval[] = [];
  for (const { at, from, to } of items) {
    expect(open.map((o) => o.sprintId).sort()).toEqual([...from].sort());
    for (const id of to.filter((x) => !from.includes(x))) open.push({ sprintId: id, addedAt: at, removedAt: null });
    for (const id of from.filter((x) => !to.includes(x))) {
      const k = open.findIndex((o) => o.sprintId === id);
      done.push({ ...open[k], removedAt: at });
      open.splice(k, 1);
    }
  }
  expect(open.map((o) => o.sprintId).sort()).toEqual([...final].sort());
  return [...done, ...open];
}

describe('siteFromDataset', () => {
  const ds = smallDataset();
  const site = siteFromDataset(ds, { timeZone: 'Europe/Berlin' });
  const issueByUuid = new Map(ds.issues.map((row, i) => [row.id, site.issues[i]]));
  const sprintId = new Map(ds.sprints.map((s) => [s.id, s.jiraSprintId!]));

  test('boards, sprints and statuses map across', () => {
    expect(site.boards).toEqual([
      expect.objectContaining({ id: 1, name: 'Atlas board', projectKey: 'ATL', filterId: 10001, estimationFieldId: 'customfield_10016' }),
      expect.objectContaining({ id: 2, name: 'Borealis board', projectKey: 'BOR', filterId: 10002 }),
    ]);
    expect(site.boards[0].columns.at(-1)).toEqual({ name: 'Done', statusIds: ['10002'] });
    expect(site.sprints).toHaveLength(ds.sprints.length);
    const closed = site.sprints.find((s) => s.state === 'closed')!;
    expect(closed.completeDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(site.sprints.find((s) => s.state === 'future')).not.toHaveProperty('completeDate', expect.anything());
    expect(site.statuses.map((s) => [s.id, s.statusCategory.key])).toEqual(
      STATUSES.map((s) => [s.id, { TODO: 'new', IN_PROGRESS: 'indeterminate', DONE: 'done' }[s.category]]),
    );
    expect(site.timeZone).toBe('Europe/Berlin');
  });

  test('issue fields are Cloud-shaped with JIRA’s +0000 dates', () => {
    const row = ds.issues.find((r) => r.assigneeAccountId && r.statusCategory === 'DONE')!;
    const issue = issueByUuid.get(row.id)!;
    expect(issue).toMatchObject({ id: row.jiraId, key: row.key, boardIds: [1] });
    expect(issue.fields).toMatchObject({
      summary: row.summary,
      issuetype: { name: row.issueType, subtask: false },
      status: { id: row.statusId, name: row.status, statusCategory: { key: 'done' } },
      assignee: { accountId: row.assigneeAccountId, displayName: row.assigneeName, active: true },
      resolution: { id: '10000', name: 'Done' },
      project: { key: 'ATL', name: 'Atlas' },
      components: [{ id: expect.any(String), name: row.components[0] }],
      customfield_10016: row.storyPoints,
      customfield_10019: row.rank,
      issuelinks: [],
    });
    expect(issue.fields.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    expect(parseJiraDate(String(issue.fields.created))).toBe(row.createdAt.getTime());
    expect(issue.fields).not.toHaveProperty('parent');
  });

  test('histories reproduce every membership’s add and remove times', () => {
    let added = 0;
    let removed = 0;
    for (const row of ds.issues) {
      const issue = issueByUuid.get(row.id)!;
      const intervals = intervalsOf(issue);
      const ms = ds.memberships.filter((m) => m.issueId === row.id);
      expect(intervals).toHaveLength(ms.length);
      for (const m of ms) {
        const addedAt = m.addedAt.getTime() <= row.createdAt.getTime() ? null : m.addedAt.getTime();
        expect(intervals).toContainEqual({ sprintId: sprintId.get(m.sprintId), addedAt, removedAt: m.removedAt?.getTime() ?? null });
        if (addedAt !== null) added++;
        if (m.removedAt) removed++;
      }
    }
    // The dataset has both kinds, so the check above covered them.
    expect(added).toBeGreaterThan(100);
    expect(removed).toBeGreaterThan(0);
  });

  test('status and estimate items replay to the issue’s values; histories are in time order', () => {
    for (const row of ds.issues) {
      const issue = issueByUuid.get(row.id)!;
      const times = issue.histories.map((h) => parseJiraDate(h.created));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const items = issue.histories.flatMap((h) => h.items);
      const statusItems = items.filter((i) => i.field === 'status');
      expect(statusItems.map((i) => i.toString)).toEqual(ds.statusChanges.filter((c) => c.issueId === row.id).map((c) => c.toStatus));
      expect(statusItems.at(-1)?.to ?? '10000').toBe(row.statusId);
      const estimates = items.filter((i) => i.fieldId === 'customfield_10016');
      for (const e of estimates) expect(e).toMatchObject({ field: 'Story point estimate', fieldtype: 'custom', from: null, to: null });
      expect(estimates.map((e) => e.toString)).toEqual(ds.estimateChanges.filter((c) => c.issueId === row.id).map((c) => String(c.toPoints)));
      const resolutions = items.filter((i) => i.field === 'resolution');
      expect(resolutions.length).toBe(row.statusCategory === 'DONE' ? 1 : 0);
    }
  });

  test('largeSite builds about N issues over many boards', () => {
    const big = largeSite({ issues: 6000, seed: 3, now: NOW });
    expect(big.boards).toHaveLength(2);
    expect(big.issues.length).toBeGreaterThanOrEqual(6000);
    expect(big.issues.length).toBeLessThan(6300);
    expect(big.sprints).toHaveLength(52);
    expect(big.issues.filter((i) => i.histories.length > 0).length).toBeGreaterThan(1000);
  });
});
