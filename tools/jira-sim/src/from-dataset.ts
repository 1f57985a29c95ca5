import { STATUSES, STORY_POINTS_FIELD, type Dataset } from '@sprint-reports/demo-data';
import { cloudFields, RANK_FIELD } from './fields.ts';
import { sprintValue } from './mutate.ts';
import {
  CATEGORY,
  cloudUser,
  jiraDate,
  sprintFieldId,
  type JiraChangelogItem,
  type JiraHistory,
  type JiraSite,
  type SimBoard,
  type SimIssue,
  type SimSprint,
  type SimStatus,
  type SimUser,
} from './site.ts';

type DsUser = Dataset['users'][number];

const CATEGORY_KEY = { TODO: 'new', IN_PROGRESS: 'indeterminate', DONE: 'done' } as const;
const ISSUE_TYPES: Record<string, string> = { Story: '10001', Task: '10002', Bug: '10004', Epic: '10000', 'Sub-task': '10003' };
const PRIORITIES: Record<string, string> = { Highest: '1', High: '2', Medium: '3', Low: '4', Lowest: '5' };
const DONE_RESOLUTION = { id: '10000', name: 'Done' };
const HOUR = 3_600_000;

/** The API user the sync authenticates as; also the author of changes no person made. */
export const SIM_BOT: SimUser = {
  accountId: '557058:5f0c2c47-1b4e-4a70-9b7c-5d1e6a0f5e11',
  key: 'JIRAUSER10000',
  name: 'sprint.reports',
  displayName: 'Sprint Reports',
  emailAddress: 'sprint-reports@demo.test',
};

export const simStatuses = (): SimStatus[] =>
  STATUSES.map((s) => {
    const c = CATEGORY[CATEGORY_KEY[s.category]];
    return { id: s.id, name: s.name, statusCategory: { id: c.id, key: c.key, name: c.name } };
  });

/** The Agile API's sprint dates: ISO with millis and Z. */
const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

interface Change {
  at: number;
  order: number;
  apply: (s: Replay) => JiraChangelogItem[];
}
interface Replay {
  sprints: number[];
  statusId: string;
  points: number | null;
}

/**
 * Builds a site from a demo dataset: its boards, sprints and issues, each with the changelog JIRA
 * would have recorded for the dataset's memberships, status and estimate changes.
 */
export function siteFromDataset(ds: Dataset, opts: { timeZone?: string } = {}): JiraSite {
  const timeZone = opts.timeZone ?? 'Europe/Berlin';
  const fields = cloudFields();
  const sprintField = sprintFieldId({ fields } as JiraSite);
  const estimateField = fields.find((f) => f.id === STORY_POINTS_FIELD)!;
  const statuses = simStatuses();
  const statusOf = new Map(statuses.map((s) => [s.id, s]));
  const statusIdByName = new Map(statuses.map((s) => [s.name, s.id]));
  const usersByAccount = new Map<string, DsUser>(ds.users.filter((u) => u.jiraAccountId).map((u) => [u.jiraAccountId!, u]));
  const teamName = new Map(ds.teams.map((t) => [t.id, t.name]));

  const boards: SimBoard[] = ds.boards.map((b) => ({
    id: b.jiraBoardId!,
    name: b.name,
    type: 'scrum',
    projectKey: b.projectKey!,
    filterId: 10000 + b.jiraBoardId!,
    columns: (b.columns ?? []).map((c) => ({ name: c.name, statusIds: [...c.statusIds] })),
    estimationFieldId: b.estimationField ?? STORY_POINTS_FIELD,
  }));
  const projects = ds.boards.map((b) => ({ id: String(10000 + b.jiraBoardId!), key: b.projectKey!, name: (b.teamId && teamName.get(b.teamId)) || b.name }));
  const boardByProject = new Map(boards.map((b) => [b.projectKey, b]));

  const sprintByUuid = new Map<string, SimSprint>();
  const sprints: SimSprint[] = ds.sprints.map((s) => {
    const sprint: SimSprint = {
      id: s.jiraSprintId!,
      originBoardId: s.originJiraBoardId!,
      name: s.name,
      state: s.state.toLowerCase() as SimSprint['state'],
      startDate: iso(s.startDate),
      endDate: iso(s.endDate),
      completeDate: iso(s.completeDate),
      // Sprints are created some weeks before they start.
      createdDate: s.startDate ? new Date(s.startDate.getTime() - 21 * 24 * HOUR).toISOString() : undefined,
      goal: s.goal ?? '',
    };
    sprintByUuid.set(s.id, sprint);
    return sprint;
  });

  const byIssue = <T extends { issueId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) (map.get(r.issueId) ?? map.set(r.issueId, []).get(r.issueId)!).push(r);
    return map;
  };
  const memberships = byIssue(ds.memberships);
  const statusChanges = byIssue(ds.statusChanges);
  const estimateChanges = byIssue(ds.estimateChanges);
  const bot = cloudUser(SIM_BOT, timeZone);
  const userValue = (accountId: string | null) => {
    const u = accountId ? usersByAccount.get(accountId) : undefined;
    return u ? cloudUser({ accountId: u.jiraAccountId!, displayName: u.displayName, emailAddress: u.email }, timeZone) : null;
  };

  const sprintById = new Map(sprints.map((s) => [s.id, s]));
  const sprintName = (id: number) => sprintById.get(id)?.name ?? String(id);
  const sprintItem = (before: number[], after: number[]): JiraChangelogItem => ({
    field: 'Sprint',
    fieldtype: 'custom',
    fieldId: sprintField,
    from: before.join(', '),
    fromString: before.map(sprintName).join(', '),
    to: after.join(', '),
    toString: after.map(sprintName).join(', '),
  });
  const statusItems = (fromId: string, toId: string): JiraChangelogItem[] => {
    const from = statusOf.get(fromId)!;
    const to = statusOf.get(toId)!;
    const items: JiraChangelogItem[] = [
      { field: 'status', fieldtype: 'jira', fieldId: 'status', from: from.id, fromString: from.name, to: to.id, toString: to.name },
    ];
    const wasDone = from.statusCategory.key === 'done';
    const isDone = to.statusCategory.key === 'done';
    if (!wasDone && isDone)
      items.push({
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: null,
        fromString: null,
        to: DONE_RESOLUTION.id,
        toString: DONE_RESOLUTION.name,
      });
    if (wasDone && !isDone)
      items.push({
        field: 'resolution',
        fieldtype: 'jira',
        fieldId: 'resolution',
        from: DONE_RESOLUTION.id,
        fromString: DONE_RESOLUTION.name,
        to: null,
        toString: null,
      });
    return items;
  };
  const componentIds = new Map<string, string>();
  const componentId = (name: string) => componentIds.get(name) ?? componentIds.set(name, String(10100 + componentIds.size)).get(name)!;

  const all: { at: number; history: JiraHistory }[] = [];
  const issues: SimIssue[] = ds.issues.map((row) => {
    const board = boardByProject.get(row.projectKey);
    const created = row.createdAt.getTime();
    const ms = memberships.get(row.id) ?? [];
    const sc = statusChanges.get(row.id) ?? [];
    const ec = estimateChanges.get(row.id) ?? [];
    const sprintId = (uuid: string) => sprintByUuid.get(uuid)!.id;

    // The values at creation: memberships set when the issue was created are in the initial value.
    const state: Replay = {
      sprints: ms.filter((m) => m.addedAt.getTime() <= created && !(m.removedAt && m.removedAt.getTime() <= created)).map((m) => sprintId(m.sprintId)),
      statusId: statusIdByName.get('To Do')!,
      points: ec.length ? ec[0].fromPoints : row.storyPoints,
    };
    // Each change updates the replayed state; status and estimate changes also return their items.
    const changes: Change[] = [];
    for (const m of ms) {
      const id = sprintId(m.sprintId);
      if (m.addedAt.getTime() > created)
        changes.push({ at: m.addedAt.getTime(), order: changes.length, apply: (s) => ((s.sprints = [...s.sprints.filter((x) => x !== id), id]), []) });
      if (m.removedAt) changes.push({ at: m.removedAt.getTime(), order: changes.length, apply: (s) => ((s.sprints = s.sprints.filter((x) => x !== id)), []) });
    }
    for (const c of sc) {
      const toId = c.toStatusId ?? statusIdByName.get(c.toStatus)!;
      changes.push({ at: c.at.getTime(), order: changes.length, apply: (s) => statusItems(s.statusId, (s.statusId = toId)) });
    }
    for (const c of ec) {
      const item: JiraChangelogItem = {
        field: estimateField.name,
        fieldtype: 'custom',
        fieldId: estimateField.id,
        from: null,
        fromString: num(c.fromPoints),
        to: null,
        toString: num(c.toPoints),
      };
      changes.push({ at: c.at.getTime(), order: changes.length, apply: (s) => ((s.points = c.toPoints), [item]) });
    }
    changes.sort((a, b) => a.at - b.at || a.order - b.order);

    // One history per distinct instant; the Sprint changes of one instant make one item, as in JIRA.
    const author = userValue(row.assigneeAccountId) ?? bot;
    const histories: JiraHistory[] = [];
    let lastCategoryChange = created;
    for (let i = 0; i < changes.length;) {
      const at = changes[i].at;
      const sprintsBefore = state.sprints;
      const categoryBefore = statusOf.get(state.statusId)!.statusCategory.key;
      const items: JiraChangelogItem[] = [];
      for (; i < changes.length && changes[i].at === at; i++) items.push(...changes[i].apply(state));
      if (sprintsBefore.join() !== state.sprints.join()) items.unshift(sprintItem(sprintsBefore, state.sprints));
      if (statusOf.get(state.statusId)!.statusCategory.key !== categoryBefore) lastCategoryChange = at;
      if (items.length === 0) continue;
      const history: JiraHistory = { id: '', author, created: jiraDate(at), items };
      histories.push(history);
      all.push({ at, history });
    }

    const status = statusOf.get(row.statusId ?? state.statusId)!;
    const lastChange = changes.length ? changes[changes.length - 1].at : created;
    const reporter = userValue(row.assigneeAccountId) ?? bot;
    const current = state.sprints.map((id) => sprintById.get(id)!).filter(Boolean);
    const project = projects.find((p) => p.key === row.projectKey) ?? { id: '10000', key: row.projectKey, name: row.projectKey };
    const isDone = status.statusCategory.key === 'done';
    return {
      id: row.jiraId!,
      key: row.key,
      boardIds: board ? [board.id] : [],
      histories,
      fields: {
        summary: row.summary,
        issuetype: { id: ISSUE_TYPES[row.issueType] ?? '10002', name: row.issueType, subtask: false },
        status: { id: status.id, name: status.name, statusCategory: { ...CATEGORY[status.statusCategory.key] } },
        priority: row.priority ? { id: PRIORITIES[row.priority] ?? '3', name: row.priority } : null,
        assignee: userValue(row.assigneeAccountId),
        reporter,
        creator: reporter,
        created: jiraDate(created),
        updated: jiraDate(Math.max(created, row.updatedAt.getTime(), lastChange)),
        resolution: isDone ? { ...DONE_RESOLUTION } : null,
        resolutiondate: isDone && row.resolvedAt ? jiraDate(row.resolvedAt) : null,
        statuscategorychangedate: jiraDate(lastCategoryChange),
        project,
        labels: [...row.labels],
        components: row.components.map((name) => ({ id: componentId(name), name })),
        [estimateField.id]: row.storyPoints,
        [sprintField]: current.length ? current.map(sprintValue) : null,
        [RANK_FIELD.id]: row.rank,
        issuelinks: [],
      },
    };
  });

  // History ids are unique across the site and grow with time.
  all.sort((a, b) => a.at - b.at);
  all.forEach((h, i) => (h.history.id = String(10000 + i)));

  return {
    timeZone,
    myself: { ...SIM_BOT },
    fields,
    statuses,
    boards,
    sprints,
    issues,
    projects,
  };
}

const num = (n: number | null) => (n === null ? null : String(n));
