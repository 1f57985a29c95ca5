import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { deriveIssue, type DerivedIssue, type SiteFields } from '../src/jira/derive.ts';
import { parseJiraDate, statusCategoryOf } from '../src/jira/parse.ts';
import type { JiraHistory, JiraIssue, JiraSprint, JiraStatus } from '../src/jira/types.ts';

/**
 * Real JIRA Cloud responses (merico.atlassian.net, board 8, published by Apache DevLake; see the
 * NOTICE.md next to them). Each CSV row's `data` is one JSON object exactly as JIRA sent it.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = path.resolve(repoRoot, '../shared/fixtures/jira/devlake-merico-cloud');
type Row = { data: string; url: string; input: string };
const rows = (file: string): Row[] => parse(readFileSync(path.join(dir, file)), { columns: true, skip_empty_lines: true });
const data = <T>(file: string): T[] => rows(file).map((r) => JSON.parse(r.data) as T);

const issues = data<JiraIssue>('_raw_jira_api_issues.csv');
const statuses = data<JiraStatus>('_raw_jira_api_status.csv');
const sprints = data<JiraSprint>('_raw_jira_api_sprints.csv');
// `/rest/api/3/issue/{id}/changelog` entries; `input` names the issue they belong to.
const pagedHistories = new Map<string, JiraHistory[]>();
for (const r of rows('_raw_jira_api_issue_changelogs.csv')) {
  const issueId = String((JSON.parse(r.input) as { issue_id: number }).issue_id);
  pagedHistories.set(issueId, [...(pagedHistories.get(issueId) ?? []), JSON.parse(r.data) as JiraHistory]);
}

/** Inline changelog ∪ the paged entries for the issue, deduplicated by history id. */
function historiesOf(issueId: string, inline: JiraHistory[] = []): JiraHistory[] {
  const byId = new Map<string, JiraHistory>();
  for (const h of [...inline, ...(pagedHistories.get(issueId) ?? [])]) byId.set(h.id, h);
  return [...byId.values()];
}

// The site's fields (the Agile API response names them): customfield_10020 = Sprint,
// customfield_10024 = story points, customfield_10019 = Rank, customfield_10014 = Epic Link.
const site: SiteFields = {
  sprintField: 'customfield_10020',
  storyPointsField: { id: 'customfield_10024', name: 'Story Points' },
  rankField: 'customfield_10019',
  epicLinkField: 'customfield_10014',
  statuses: new Map(statuses.map((s) => [s.id, { name: s.name, category: statusCategoryOf(s.statusCategory?.key) }])),
  disciplines: ['Frontend', 'Backend'],
};

const derived = new Map<string, { issue: JiraIssue; histories: JiraHistory[]; d: DerivedIssue }>();
for (const issue of issues) {
  const histories = historiesOf(issue.id, issue.changelog?.histories);
  derived.set(issue.key, { issue, histories, d: deriveIssue(issue, histories, site) });
}
const get = (key: string) => derived.get(key)!.d;

describe('real JIRA Cloud data: every issue', () => {
  it('loads all 33 issues, 53 statuses and 30 sprints, with complete changelogs', () => {
    expect(issues).toHaveLength(33);
    expect(statuses).toHaveLength(53);
    expect(sprints).toHaveLength(30);
    for (const { issue, histories } of derived.values()) expect(histories.length, issue.key).toBe(issue.changelog?.total);
  });

  it('derives without throwing, with sane basics', () => {
    expect(derived.size).toBe(33);
    for (const { issue, d } of derived.values()) {
      expect(d.key).toBe(issue.key);
      expect(d.jiraId).toBe(issue.id);
      expect(d.projectKey).toBe(issue.key.split('-')[0]);
      expect(d.createdAt.getTime()).toBe(parseJiraDate(issue.fields.created as string).getTime());
      expect(d.updatedAt.getTime()).toBeGreaterThanOrEqual(d.createdAt.getTime());
      expect(d.rank).toMatch(/^0\|/); // LexoRank
      for (const m of d.memberships) expect(m.removedAt === null || m.removedAt >= m.addedAt).toBe(true);
    }
  });

  it('keeps every changelog item, raw, oldest first', () => {
    for (const { issue, histories, d } of derived.values()) {
      const items = histories.flatMap((h) => h.items.map((it, i) => ({ h, it, i })));
      expect(d.changelog, issue.key).toHaveLength(items.length);
      for (const { h, it, i } of items) {
        const row = d.changelog.find((r) => r.historyId === h.id && r.itemIndex === i);
        expect(row, `${issue.key} ${h.id}/${i}`).toEqual({
          historyId: h.id,
          itemIndex: i,
          at: parseJiraDate(h.created),
          field: it.field,
          fieldId: it.fieldId ?? null,
          fromValue: it.from,
          fromString: it.fromString,
          toValue: it.to,
          toString: it.toString,
        });
      }
      const times = d.changelog.map((r) => r.at.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
    }
  });

  it('Sub-tasks (子任务) are sub-tasks of their parent; Team-managed stories have their epic as parent', () => {
    expect(get('EE-25')).toMatchObject({ issueType: '子任务', isSubtask: true, parentKey: 'EE-1', epicKey: null });
    expect(get('K5-2')).toMatchObject({ issueType: 'Story', isSubtask: false, parentKey: 'K5-1', epicKey: 'K5-1' });
    expect(get('K5-4')).toMatchObject({ issueType: 'Epic', parentKey: null, epicKey: null, memberships: [] });
  });

  it('labels match disciplines case-insensitively, in the site spelling', () => {
    // EE-1's labels are ["frontEnd", "Saas"].
    expect(get('EE-1')).toMatchObject({ labels: ['frontEnd', 'Saas'], components: [], discipline: 'Frontend' });
    expect(get('EE-17').discipline).toBeNull();
  });
});

describe('real JIRA Cloud data: EE-17, moved between sprints', () => {
  it('has the membership history its Sprint changelog items spell out', () => {
    // EE-17 was created 2020-06-12T08:24:56.048+0800, outside any sprint. Its Sprint items
    // (customfield_10020; ids in from/to, names in fromString/toString), oldest first:
    //   10698 2020-06-12T08:29:19.614+0800  ""  → "7"   added to sprint 7 (then named "Sprints Sprint 1")
    //   11598 2020-06-17T15:26:56.197+0800  "7" → "9"   moved from 7 to 9 ("EE Sprint 8")
    //   11600 2020-06-17T15:27:15.198+0800  "9" → ""    taken out of 9, 19 s later
    //   11615 2020-06-17T15:29:43.593+0800  ""  → "9"   put back in 9: a new membership
    //   16765 2020-07-10T14:37:06.529+0800  "9" → "17"  moved from 9 to 17 ("EE Sprint 9")
    // The field now holds sprint 17 only (closed; JIRA keeps closed sprints in the field), so
    // the last membership is still open. The first item's `from` is empty: no initial sprints.
    expect(get('EE-17').memberships).toEqual([
      { jiraSprintId: 7, addedAt: new Date('2020-06-12T00:29:19.614Z'), removedAt: new Date('2020-06-17T07:26:56.197Z') },
      { jiraSprintId: 9, addedAt: new Date('2020-06-17T07:26:56.197Z'), removedAt: new Date('2020-06-17T07:27:15.198Z') },
      { jiraSprintId: 9, addedAt: new Date('2020-06-17T07:29:43.593Z'), removedAt: new Date('2020-07-10T06:37:06.529Z') },
      { jiraSprintId: 17, addedAt: new Date('2020-07-10T06:37:06.529Z'), removedAt: null },
    ]);
    expect(get('EE-17').sprints).toEqual([
      {
        id: 17,
        name: 'EE Sprint 9',
        state: 'CLOSED',
        boardId: 8,
        startDate: new Date('2020-07-13T01:22:22.745Z'),
        endDate: new Date('2020-07-27T01:22:00.000Z'),
        completeDate: new Date('2020-07-27T01:23:43.083Z'),
      },
    ]);
    // The ids are real sprints of board 8.
    for (const id of [7, 9, 17]) expect(sprints.some((s) => s.id === id && s.originBoardId === 8)).toBe(true);
  });

  it('an issue created inside a sprint has no Sprint item: it is in the sprint from creation', () => {
    // EE-23 was created at 08:33:57 (+0800), after sprint 7 had been filled; it never has a Sprint item.
    const ee23 = derived.get('EE-23')!;
    expect(ee23.d.changelog.some((r) => r.fieldId === 'customfield_10020')).toBe(false);
    expect(ee23.d.memberships).toEqual([{ jiraSprintId: 7, addedAt: parseJiraDate(ee23.issue.fields.created as string), removedAt: null }]);
  });

  it('EE-19 was taken out of sprint 7 and its Sprint field is empty now', () => {
    expect(get('EE-19').memberships).toEqual([
      { jiraSprintId: 7, addedAt: new Date('2020-06-12T00:29:19.607Z'), removedAt: new Date('2020-06-19T06:44:09.533Z') },
    ]);
    expect(get('EE-19').sprints).toEqual([]);
    expect(get('EE-19').warnings.filter((w) => w.includes('sprint'))).toEqual([]);
  });
});

describe('real JIRA Cloud data: statuses are categorised, never read by name', () => {
  it('EE-1 is in 已完成 ("done") but JIRA puts that status in the "new" category: TODO', () => {
    const ee1 = derived.get('EE-1')!;
    expect((ee1.issue.fields.status as JiraStatus).statusCategory?.key).toBe('new');
    expect(ee1.d).toMatchObject({ status: '已完成', statusId: '10068', statusCategory: 'TODO' });
    // EE-2 has the same status with its category "done".
    expect(get('EE-2')).toMatchObject({ status: '已完成', statusCategory: 'DONE' });
  });

  it("the site's status list decides history categories by id, whatever the names say", () => {
    const cat = (id: string) => site.statuses.get(id);
    expect(cat('10144')).toEqual({ name: '已解决', category: 'IN_PROGRESS' }); // "Resolved", but in progress
    expect(cat('10142')).toEqual({ name: '代码评审', category: 'TODO' }); // "Code review", but to do
    expect(cat('10146')).toEqual({ name: '暂不修改', category: 'DONE' }); // "Won't change"
    // EE-1's history calls status 3 "In Development" (its name then); id 3 is In Progress.
    expect(get('EE-1').statusChanges.find((c) => c.toStatus === 'In Development')).toMatchObject({ toStatusId: '3', toCategory: 'IN_PROGRESS' });
    expect(get('EE-17').statusChanges.map((c) => [c.toStatus, c.toCategory])).toEqual([
      ['Open', 'TODO'],
      ['In Progress', 'IN_PROGRESS'],
      ['Resolved', 'TODO'],
      ['Closed', 'DONE'],
      ['已完成', 'DONE'],
    ]);
  });

  it('statuses deleted from the site since (Resolved, id 5) count as TODO, with a warning', () => {
    expect(site.statuses.has('5')).toBe(false);
    expect(get('EE-17').warnings).toEqual(['status "Resolved" (5) is not one of the site\'s statuses; counted as TODO']);
  });
});

describe('real JIRA Cloud data: estimates', () => {
  it('the -1 estimate is no estimate, with a warning naming it', () => {
    expect(derived.get('EE-1')!.issue.fields.customfield_10024).toBe('-1');
    expect(get('EE-1')).toMatchObject({ storyPoints: null, estimateWarning: 'estimate "-1" is negative; treated as no estimate' });
    expect(get('EE-1').warnings).toContain('estimate "-1" is negative; treated as no estimate');
  });

  it('real estimates are points; most issues have none; time tracking is not story points', () => {
    expect(get('EE-2')).toMatchObject({ storyPoints: 2, estimateWarning: null });
    const estimated = [...derived.values()].filter((x) => x.d.storyPoints !== null).map((x) => x.d.key);
    expect(estimated).toEqual(['EE-2']);
    // EE-17 has timeestimate items (seconds) but no story points history.
    expect(get('EE-17').changelog.some((r) => r.fieldId === 'timeestimate')).toBe(true);
    expect(get('EE-17').estimateChanges).toEqual([]);
  });
});

describe('real JIRA Cloud data: the paged changelog of issue 13954', () => {
  // Only its /changelog entries were captured, not the issue: derive from a bare shell to check
  // that real multi-sprint items ("38, 40, 41") and missing fields work.
  const histories = historiesOf('13954');
  const created = [...histories].sort((a, b) => parseJiraDate(a.created).getTime() - parseJiraDate(b.created).getTime())[0].created;
  const d = deriveIssue({ id: '13954', key: 'EE-X', fields: { created } }, histories, site);

  it('rolls over through ten sprints: each addition opens a membership, closed ones stay in the list', () => {
    expect(d.changelog).toHaveLength(histories.reduce((n, h) => n + h.items.length, 0));
    const open = d.memberships.filter((m) => m.removedAt === null).map((m) => m.jiraSprintId);
    expect(open).toEqual([38, 40, 41, 42, 43, 46, 47, 50, 57]);
    // 60 ("EE Sprint 37") was added 2021-05-06 and taken out again 2021-05-10.
    expect(d.memberships.find((m) => m.jiraSprintId === 60)).toEqual({
      jiraSprintId: 60,
      addedAt: new Date('2021-05-06T05:43:58.269Z'),
      removedAt: new Date('2021-05-10T03:32:18.784Z'),
    });
    expect(d.memberships.find((m) => m.jiraSprintId === 40)?.addedAt).toEqual(new Date('2021-03-05T08:04:01.164Z'));
  });

  it('categorises its Chinese statuses by id: 开发中 in progress, 发布中 ("releasing") to do, 已完成 done', () => {
    expect(d.statusChanges.map((c) => [c.toStatus, c.toCategory])).toEqual([
      ['开发中', 'IN_PROGRESS'],
      ['Code Review', 'TODO'],
      ['待测试', 'TODO'],
      ['测试中', 'IN_PROGRESS'],
      ['发布中', 'TODO'],
      ['已完成', 'DONE'],
    ]);
    // Code Review (10075) and 待测试 (10091) are no longer on the site.
    expect(d.warnings.filter((w) => w.startsWith('status'))).toEqual([
      'status "Code Review" (10075) is not one of the site\'s statuses; counted as TODO',
      'status "待测试" (10091) is not one of the site\'s statuses; counted as TODO',
    ]);
    expect(d.warnings).toContain('JIRA sent no status (is "status" among the requested fields?); counted as TODO');
    expect(d).toMatchObject({ summary: '', issueType: 'Unknown', status: 'Unknown', assigneeAccountId: null, sprints: [], links: [] });
  });
});
