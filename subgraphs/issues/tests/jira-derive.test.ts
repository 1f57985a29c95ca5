import { describe, expect, it } from 'vitest';
import { deriveEstimates, deriveIssue, type SiteFields } from '../src/jira/derive.ts';
import type { JiraChangelogItem, JiraHistory, JiraIssue } from '../src/jira/types.ts';

// A Server/DC site: changelog items name fields but carry no fieldId; users have keys, not accountIds.
const site: SiteFields = {
  sprintField: 'customfield_10105',
  storyPointsField: { id: 'customfield_10106', name: 'Story Points' },
  rankField: 'customfield_10005',
  epicLinkField: 'customfield_10101',
  statuses: new Map([
    ['1', { name: 'Open', category: 'TODO' as const }],
    ['3', { name: 'In Progress', category: 'IN_PROGRESS' as const }],
    ['10001', { name: 'Done', category: 'DONE' as const }],
  ]),
  disciplines: ['Backend', 'Frontend'],
};

const item = (field: string, from: string | null, to: string | null, fromString = from, toString = to): JiraChangelogItem => ({
  field,
  fieldtype: 'custom',
  from,
  fromString,
  to,
  toString,
});
const hist = (id: number, created: string, ...items: JiraChangelogItem[]): JiraHistory => ({ id: String(id), created, items });
const sprintString = (id: number, name: string, state = 'ACTIVE') =>
  `com.atlassian.greenhopper.service.sprint.Sprint@5f3a[id=${id},rapidViewId=4,state=${state},name=${name},startDate=2026-03-02T09:00:00.000+01:00,endDate=2026-03-16T17:00:00.000+01:00,completeDate=<null>,sequence=${id},goal=]`;

const serverIssue: JiraIssue = {
  id: '20001',
  key: 'PUMP-42',
  fields: {
    summary: 'Calibrate the pump',
    created: '2026-03-01T10:00:00.000+0100',
    updated: '2026-03-10T12:00:00.000+0100',
    resolutiondate: '2026-03-10T12:00:00.000+0100',
    resolution: { name: 'Fixed' },
    project: { key: 'PUMP' },
    issuetype: { name: 'Story', subtask: false },
    status: { id: '10001', name: 'Done' }, // Server may omit statusCategory when not asked
    priority: { name: 'Major' },
    assignee: { key: 'JIRAUSER10100', name: 'alice', displayName: 'Alice Example' },
    components: [{ name: 'backend' }, { name: 'Pumps' }],
    labels: ['frontend'],
    customfield_10101: 'PUMP-1',
    customfield_10105: [sprintString(12, 'Sprint 12, pumps'), sprintString(13, 'Sprint 13')],
    customfield_10106: 5.0,
    customfield_10005: '0|i0001b:',
    issuelinks: [
      { type: { name: 'Blocks', inward: 'is blocked by', outward: 'blocks' }, outwardIssue: { key: 'PUMP-9' } },
      { type: { name: 'Relates' }, inwardIssue: { key: 'PUMP-3' } },
    ],
  },
};

// Deliberately out of order; 1003 and 1004 share a millisecond.
const serverHistories: JiraHistory[] = [
  hist(1006, '2026-03-10T12:00:00.000+0100', item('status', '3', '10001', 'In Progress', 'Done')),
  hist(1002, '2026-03-02T09:00:00.000+0100', item('Sprint', '12', '12, 13')),
  hist(1001, '2026-03-01T11:00:00.000+0100', item('Sprint', '', '12'), item('Story Points', null, null, null, '3')),
  hist(1004, '2026-03-04T09:00:00.000+0100', item('Sprint', '12', '12,13'), item('Story Points', null, null, '-1', '5')),
  hist(1003, '2026-03-04T09:00:00.000+0100', item('Sprint', '12,13', '12'), item('Story Points', null, null, '3', '-1')),
  hist(1005, '2026-03-05T09:00:00.000+0100', item('status', '1', '3', 'Open', 'In Progress'), item('Rank', null, null, '', 'Ranked higher')),
];

describe('deriveIssue: a Server/DC issue', () => {
  const d = deriveIssue(serverIssue, serverHistories, site);

  it('reads the row fields from Server shapes', () => {
    expect(d).toMatchObject({
      jiraId: '20001',
      key: 'PUMP-42',
      projectKey: 'PUMP',
      summary: 'Calibrate the pump',
      issueType: 'Story',
      isSubtask: false,
      status: 'Done',
      statusId: '10001',
      statusCategory: 'DONE',
      priority: 'Major',
      rank: '0|i0001b:',
      storyPoints: 5,
      estimateWarning: null,
      assigneeAccountId: 'JIRAUSER10100',
      assigneeName: 'Alice Example',
      components: ['backend', 'Pumps'],
      labels: ['frontend'],
      discipline: 'Backend',
      parentKey: null,
      epicKey: 'PUMP-1',
      resolution: 'Fixed',
      createdAt: new Date('2026-03-01T09:00:00.000Z'),
      resolvedAt: new Date('2026-03-10T11:00:00.000Z'),
    });
    expect(d.links).toEqual([
      { type: 'Blocks', direction: 'outward', key: 'PUMP-9' },
      { type: 'Relates', direction: 'inward', key: 'PUMP-3' },
    ]);
    expect(d.sprints.map((s) => [s.id, s.name, s.state, s.boardId])).toEqual([
      [12, 'Sprint 12, pumps', 'ACTIVE', 4],
      [13, 'Sprint 13', 'ACTIVE', 4],
    ]);
  });

  it('matches Sprint items by name; a removal then re-adding is two memberships', () => {
    expect(d.memberships).toEqual([
      { jiraSprintId: 12, addedAt: new Date('2026-03-01T10:00:00.000Z'), removedAt: null },
      { jiraSprintId: 13, addedAt: new Date('2026-03-02T08:00:00.000Z'), removedAt: new Date('2026-03-04T08:00:00.000Z') },
      { jiraSprintId: 13, addedAt: new Date('2026-03-04T08:00:00.000Z'), removedAt: null },
    ]);
    expect(d.warnings.filter((w) => w.includes('sprint'))).toEqual([]);
  });

  it('estimate changes come from the Story Points items; -1 reads as no estimate, with a warning', () => {
    // 1003 (3 → -1) and 1004 (-1 → 5) share an instant and collapse into 3 → 5.
    expect(d.estimateChanges).toEqual([
      { at: new Date('2026-03-01T10:00:00.000Z'), fromPoints: null, toPoints: 3 },
      { at: new Date('2026-03-04T08:00:00.000Z'), fromPoints: 3, toPoints: 5 },
    ]);
    expect(d.warnings.some((w) => w.startsWith('estimate "-1" is negative'))).toBe(true);
  });

  it('status changes by item, with categories from the site, the status left as well as the one entered', () => {
    expect(d.statusChanges).toEqual([
      {
        at: new Date('2026-03-05T08:00:00.000Z'),
        fromStatus: 'Open',
        fromStatusId: '1',
        fromCategory: 'TODO',
        toStatus: 'In Progress',
        toStatusId: '3',
        toCategory: 'IN_PROGRESS',
      },
      {
        at: new Date('2026-03-10T11:00:00.000Z'),
        fromStatus: 'In Progress',
        fromStatusId: '3',
        fromCategory: 'IN_PROGRESS',
        toStatus: 'Done',
        toStatusId: '10001',
        toCategory: 'DONE',
      },
    ]);
  });

  it('keeps every item, sorted by time then history id', () => {
    expect(d.changelog.map((r) => `${r.historyId}/${r.itemIndex}`)).toEqual([
      '1001/0',
      '1001/1',
      '1002/0',
      '1003/0',
      '1003/1',
      '1004/0',
      '1004/1',
      '1005/0',
      '1005/1',
      '1006/0',
    ]);
    expect(d.changelog[0]).toEqual({
      historyId: '1001',
      itemIndex: 0,
      at: new Date('2026-03-01T10:00:00.000Z'),
      field: 'Sprint',
      fieldId: null,
      fromValue: '',
      fromString: '',
      toValue: '12',
      toString: '12',
    });
  });
});

describe('deriveIssue: edge cases', () => {
  const bare: JiraIssue = { id: '1', key: 'X-1', fields: { created: '2026-03-01T10:00:00.000Z' } };

  it('survives an issue with almost no fields', () => {
    const d = deriveIssue(bare, [], { ...site, sprintField: null, storyPointsField: null, rankField: null });
    expect(d).toMatchObject({
      projectKey: 'X',
      summary: '',
      status: 'Unknown',
      storyPoints: null,
      rank: null,
      assigneeAccountId: null,
      assigneeName: null,
      epicKey: null,
      memberships: [],
      changelog: [],
    });
    expect(d.updatedAt).toEqual(d.createdAt);
  });

  it('without fields.created it says what is missing', () => {
    expect(() => deriveIssue({ id: '1', key: 'X-1', fields: {} }, [], site)).toThrow(/X-1 without fields\.created/);
  });

  it('without any Sprint item, the current sprints count from creation', () => {
    const d = deriveIssue({ ...bare, fields: { ...bare.fields, customfield_10105: [{ id: 5, name: 'S5', state: 'active' }] } }, [], site);
    expect(d.memberships).toEqual([{ jiraSprintId: 5, addedAt: new Date('2026-03-01T10:00:00.000Z'), removedAt: null }]);
  });

  it('reconciles the history with the Sprint field it ends in, with warnings', () => {
    const d = deriveIssue(
      { ...bare, fields: { ...bare.fields, updated: '2026-03-09T00:00:00.000Z', customfield_10105: [{ id: 6, name: 'S6', state: 'active' }] } },
      [hist(1, '2026-03-02T00:00:00.000Z', item('Sprint', '', '5'))],
      site,
    );
    // Sprint 5 was deleted (no item says so); sprint 6 came in by a change the history lacks.
    expect(d.memberships).toEqual([
      { jiraSprintId: 6, addedAt: new Date('2026-03-01T10:00:00.000Z'), removedAt: null },
      { jiraSprintId: 5, addedAt: new Date('2026-03-02T00:00:00.000Z'), removedAt: new Date('2026-03-09T00:00:00.000Z') },
    ]);
    expect(d.warnings.filter((w) => w.includes('Sprint field'))).toHaveLength(2);
  });

  it('Cloud: items match by fieldId, users by accountId, epics are parents at hierarchy level 1 (any name)', () => {
    const cloudSite: SiteFields = { ...site, sprintField: 'customfield_10020', storyPointsField: { id: 'customfield_10016', name: 'Story point estimate' } };
    const d = deriveIssue(
      {
        id: '2',
        key: 'C-2',
        fields: {
          created: '2026-03-01T10:00:00.000+0000',
          assignee: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Bo' },
          parent: { key: 'C-1', fields: { issuetype: { name: '史诗', hierarchyLevel: 1 } } },
          status: { id: '3', name: 'In Progress', statusCategory: { key: 'indeterminate' } },
          customfield_10016: 8,
        },
      },
      [
        // A field renamed later: the name differs but the id matches.
        hist(7, '2026-03-02T00:00:00.000+0000', { field: 'Story Points', fieldId: 'customfield_10016', from: null, fromString: null, to: null, toString: '8' }),
        // Another field that happens to be called "Sprint" on this site.
        hist(8, '2026-03-03T00:00:00.000+0000', { field: 'Sprint', fieldId: 'customfield_99999', from: '', fromString: '', to: '4', toString: 'x' }),
      ],
      cloudSite,
    );
    expect(d).toMatchObject({ assigneeAccountId: '5b10ac8d82e05b22cc7d4ef5', parentKey: 'C-1', epicKey: 'C-1', statusCategory: 'IN_PROGRESS', storyPoints: 8 });
    expect(d.estimateChanges).toEqual([{ at: new Date('2026-03-02T00:00:00.000Z'), fromPoints: null, toPoints: 8 }]);
    expect(d.memberships).toEqual([]);
  });

  it("falls back to the Agile API's epic object", () => {
    const d = deriveIssue({ ...bare, fields: { ...bare.fields, epic: { id: 20707, key: 'K5-1', name: 'Outside Epic' } } }, [], site);
    expect(d.epicKey).toBe('K5-1');
  });
});

describe('deriveEstimates: re-deriving from stored rows when the story points field changes', () => {
  it('uses the new field over the same stored raw fields and changelog rows', () => {
    const d = deriveIssue(
      { ...serverIssue, fields: { ...serverIssue.fields, customfield_10200: '13' } },
      [...serverHistories, hist(1007, '2026-03-06T09:00:00.000+0100', item('Effort', null, null, '8', '13'))],
      site,
    );
    const again = deriveEstimates({ ...serverIssue.fields, customfield_10200: '13' }, d.changelog, { id: 'customfield_10200', name: 'Effort' });
    expect(again).toEqual({
      storyPoints: 13,
      estimateWarning: null,
      warnings: [],
      estimateChanges: [{ at: new Date('2026-03-06T08:00:00.000Z'), fromPoints: 8, toPoints: 13 }],
    });
    expect(deriveEstimates(serverIssue.fields, d.changelog, null)).toEqual({ storyPoints: null, estimateWarning: null, estimateChanges: [], warnings: [] });
  });
});
