import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { cloudFields, STORY_POINTS_FIELD } from './fields.ts';
import { CATEGORY, parseJiraDate, type JiraHistory, type JiraSite, type SimIssue, type SimSprint, type SimStatus, type StatusCategoryKey } from './site.ts';

/** DevLake's raw tables: one row per JIRA object, its JSON in `data`, the request in `url`. */
interface RawRow {
  id: string;
  params: string;
  data: string;
  url: string;
  input: string;
}

function readRows(dir: string, table: string): RawRow[] {
  const file = path.join(dir, `_raw_jira_api_${table}.csv`);
  return parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as RawRow[];
}

const BOARD_ID = 8;

/**
 * Loads the real JIRA Cloud responses DevLake published (merico.atlassian.net, board 8) as a site.
 * Issues keep their JSON exactly; their histories are the inline changelog plus any entries of the
 * changelog table for them. What the tables do not hold is synthesized: the field list (the
 * fields table was captured from a Server site), the board's configuration and the API user.
 */
export function siteFromDevlakeFixtures(dir: string): JiraSite {
  const changelogRows = readRows(dir, 'issue_changelogs');
  const extraHistories = new Map<string, JiraHistory[]>();
  for (const row of changelogRows) {
    const input = JSON.parse(row.input || 'null') as { issue_id?: number } | null;
    const issueId = String(input?.issue_id ?? /\/issue\/(\d+)\/changelog/.exec(row.url)?.[1]);
    (extraHistories.get(issueId) ?? extraHistories.set(issueId, []).get(issueId)!).push(JSON.parse(row.data) as JiraHistory);
  }

  const issues: SimIssue[] = readRows(dir, 'issues').map((row) => {
    const raw = JSON.parse(row.data) as { id: string; key: string; fields: Record<string, unknown>; changelog?: { histories: JiraHistory[] } };
    // JIRA returns the inline changelog newest first; the site keeps histories oldest first.
    const byId = new Map<string, JiraHistory>();
    for (const h of [...(raw.changelog?.histories ?? []), ...(extraHistories.get(raw.id) ?? [])]) byId.set(h.id, h);
    const histories = [...byId.values()].sort((a, b) => parseJiraDate(a.created) - parseJiraDate(b.created) || Number(a.id) - Number(b.id));
    return { id: raw.id, key: raw.key, boardIds: [BOARD_ID], fields: raw.fields, histories };
  });

  // Every sprint the board's sprint list returned, sprints of other boards (15, of board 13) included.
  const sprints: SimSprint[] = readRows(dir, 'sprints')
    .map((row) => {
      const s = JSON.parse(row.data) as SimSprint & { self?: string };
      return {
        id: s.id,
        originBoardId: s.originBoardId,
        name: s.name,
        state: s.state,
        goal: s.goal ?? '',
        startDate: s.startDate,
        endDate: s.endDate,
        completeDate: s.completeDate,
        createdDate: s.createdDate,
        boardIds: [BOARD_ID],
      };
    })
    .sort((a, b) => a.id - b.id);

  const statuses: SimStatus[] = readRows(dir, 'status').map((row) => {
    const s = JSON.parse(row.data) as SimStatus;
    return {
      id: s.id,
      name: s.name,
      statusCategory: { id: s.statusCategory.id, key: s.statusCategory.key, name: s.statusCategory.name },
      description: s.description,
      ...(s.scope ? { scope: s.scope } : {}),
    };
  });

  const projects = new Map<string, { id: string; key: string; name: string }>();
  for (const row of readRows(dir, 'projects')) {
    const p = JSON.parse(row.data) as { id: string; key: string; name: string };
    projects.set(p.key, { id: p.id, key: p.key, name: p.name });
  }
  const projectCounts = new Map<string, number>();
  for (const issue of issues) {
    const p = issue.fields.project as { id: string; key: string; name: string };
    if (!projects.has(p.key)) projects.set(p.key, { id: p.id, key: p.key, name: p.name });
    projectCounts.set(p.key, (projectCounts.get(p.key) ?? 0) + 1);
  }
  const projectKey = [...projectCounts].sort((a, b) => b[1] - a[1])[0][0];

  // Synthesized: the board's columns group the site-wide statuses by category, done right-most
  // (statuses scoped to team-managed projects cannot be on a company-managed board).
  const columnOf = (key: StatusCategoryKey) => statuses.filter((s) => !s.scope && s.statusCategory.key === key).map((s) => s.id);
  const columns = (['new', 'indeterminate', 'done'] as const).map((key) => ({ name: CATEGORY[key].name, statusIds: columnOf(key) }));

  return {
    timeZone: 'Asia/Shanghai',
    // Synthesized: the API user (a Cloud account in the site's time zone).
    myself: {
      accountId: '557058:00000000-0000-4000-8000-00000000d1ae',
      key: 'devlake',
      name: 'devlake',
      displayName: 'DevLake Sync',
      emailAddress: 'devlake-sync@merico.dev',
    },
    // Synthesized: a Cloud field list with the site's Sprint (10020), Rank (10019) and its story
    // points field "Story Points" (10024); the fixtures' own field table is from a Server site.
    fields: cloudFields(),
    statuses,
    boards: [
      { id: BOARD_ID, name: `${projectKey} board`, type: 'scrum', projectKey, filterId: 10000 + BOARD_ID, columns, estimationFieldId: STORY_POINTS_FIELD.id },
    ],
    sprints,
    issues,
    projects: [...projects.values()],
  };
}

/** Where the fixtures live in this workspace: `<repo>/../shared/fixtures/jira/devlake-merico-cloud`. */
export function devlakeFixturesDir(repoRoot: string): string {
  return path.resolve(repoRoot, '../shared/fixtures/jira/devlake-merico-cloud');
}
