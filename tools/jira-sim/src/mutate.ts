import {
  cloudUser,
  findIssue,
  jiraDate,
  nextHistoryId,
  sprintFieldId,
  touchSite,
  CATEGORY,
  type JiraChangelogItem,
  type JiraHistory,
  type JiraSite,
  type SimIssue,
  type SimSprint,
  type SimStatus,
} from './site.ts';

/** Changes made the way a user makes them in JIRA: each records history as JIRA would. */

export interface IssueChange {
  /** A status name. */
  status?: string;
  points?: number | null;
  addToSprint?: number;
  removeFromSprint?: number;
  summary?: string;
  /** Assigns it (null: unassigns). */
  assignee?: { accountId: string; displayName: string; emailAddress: string } | null;
}

export interface NewIssue {
  summary: string;
  /** The project; defaults to the board's. */
  projectKey?: string;
  boardId?: number;
  issueType?: string;
  /** A status name; defaults to the board's first column. */
  status?: string;
  points?: number | null;
  /** Planned into this sprint at creation (no history, as in JIRA). Not for a sub-task: it is in its parent's. */
  sprintId?: number;
  /**
   * Makes it a sub-task of this issue: in its parent's project and boards, and in its parent's
   * sprints (the Sprint field mirrors the parent's; a sub-task never has Sprint history of its own).
   */
  parentKey?: string;
  assignee?: { accountId: string; displayName: string; emailAddress: string } | null;
}

export interface SprintChange {
  state?: SimSprint['state'];
  name?: string;
  goal?: string;
  /** The planned start. */
  startDate?: string;
  endDate?: string;
  completeDate?: string;
  /** When Start was pressed (Server/DC show it); starting a sprint sets it to the change's time unless given. */
  activatedDate?: string;
}

type SprintValue = { id: number; name: string; state: string; boardId: number; goal: string; startDate?: string; endDate?: string; completeDate?: string };

const DONE_RESOLUTION = { id: '10000', name: 'Done' };

function requireIssue(site: JiraSite, key: string): SimIssue {
  const issue = findIssue(site, key);
  if (!issue || issue.deleted) throw new Error(`No issue ${key} in the simulated site`);
  return issue;
}

function requireSprint(site: JiraSite, id: number): SimSprint {
  const sprint = site.sprints.find((s) => s.id === id);
  if (!sprint) throw new Error(`No sprint ${id} in the simulated site`);
  return sprint;
}

function statusByName(site: JiraSite, name: string): SimStatus {
  const status =
    site.statuses.find((s) => s.name.toLowerCase() === name.toLowerCase() && !s.scope) ??
    site.statuses.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!status) throw new Error(`No status '${name}' in the simulated site`);
  return status;
}

export function sprintValue(s: SimSprint): SprintValue {
  return {
    id: s.id,
    name: s.name,
    state: s.state,
    boardId: s.originBoardId,
    goal: s.goal,
    ...(s.startDate ? { startDate: s.startDate } : {}),
    ...(s.endDate ? { endDate: s.endDate } : {}),
    ...(s.completeDate ? { completeDate: s.completeDate } : {}),
  };
}

const statusValue = (s: SimStatus) => ({ id: s.id, name: s.name, statusCategory: { ...CATEGORY[s.statusCategory.key] } });
const numberString = (n: unknown) => (n === null || n === undefined ? null : String(n));

/** The board estimation field of the issue's (first) board. */
function estimationField(site: JiraSite, issue: Pick<SimIssue, 'boardIds'>) {
  const board = site.boards.find((b) => issue.boardIds.includes(b.id)) ?? site.boards[0];
  const id = board?.estimationFieldId ?? 'customfield_10016';
  return { id, name: site.fields.find((f) => f.id === id)?.name ?? 'Story Points' };
}

/** Applies a change, appending one history with its items; returns the history (empty items: nothing changed). */
export function changeIssue(site: JiraSite, key: string, change: IssueChange, at: Date = new Date()): { issue: SimIssue; history: JiraHistory } {
  const issue = requireIssue(site, key);
  const f = issue.fields;
  const items: JiraChangelogItem[] = [];
  const when = jiraDate(at);

  if (change.summary !== undefined && change.summary !== f.summary) {
    items.push({
      field: 'summary',
      fieldtype: 'jira',
      fieldId: 'summary',
      from: null,
      fromString: String(f.summary ?? ''),
      to: null,
      toString: change.summary,
    });
    f.summary = change.summary;
  }

  if (change.assignee !== undefined) {
    const from = f.assignee as { accountId?: string; displayName?: string } | null | undefined;
    const to = change.assignee;
    if ((from?.accountId ?? null) !== (to?.accountId ?? null)) {
      // Cloud's items carry the account ids twice (tmp*AccountId); Server/DC's renderer drops them.
      items.push({
        field: 'assignee',
        fieldtype: 'jira',
        fieldId: 'assignee',
        from: from?.accountId ?? null,
        fromString: from?.displayName ?? null,
        to: to?.accountId ?? null,
        toString: to?.displayName ?? null,
        tmpFromAccountId: from?.accountId ?? null,
        tmpToAccountId: to?.accountId ?? null,
      });
      f.assignee = to ? cloudUser(to, site.timeZone) : null;
    }
  }

  if (change.status !== undefined) {
    const to = statusByName(site, change.status);
    const from = f.status as { id: string; name: string; statusCategory?: { key: string } } | undefined;
    if (from?.id !== to.id) {
      items.push({
        field: 'status',
        fieldtype: 'jira',
        fieldId: 'status',
        from: from?.id ?? null,
        fromString: from?.name ?? null,
        to: to.id,
        toString: to.name,
      });
      const fromCategory = (from && site.statuses.find((s) => s.id === from.id)?.statusCategory.key) ?? from?.statusCategory?.key;
      const wasDone = fromCategory === 'done';
      const isDone = to.statusCategory.key === 'done';
      if (!wasDone && isDone) {
        items.push({
          field: 'resolution',
          fieldtype: 'jira',
          fieldId: 'resolution',
          from: null,
          fromString: null,
          to: DONE_RESOLUTION.id,
          toString: DONE_RESOLUTION.name,
        });
        f.resolution = { ...DONE_RESOLUTION };
        f.resolutiondate = when;
      } else if (wasDone && !isDone) {
        const old = f.resolution as { id?: string; name?: string } | null;
        items.push({
          field: 'resolution',
          fieldtype: 'jira',
          fieldId: 'resolution',
          from: old?.id ?? null,
          fromString: old?.name ?? null,
          to: null,
          toString: null,
        });
        f.resolution = null;
        f.resolutiondate = null;
      }
      if (fromCategory !== to.statusCategory.key) f.statuscategorychangedate = when;
      f.status = statusValue(to);
    }
  }

  if (change.points !== undefined) {
    const field = estimationField(site, issue);
    const before = f[field.id] ?? null;
    if (before !== change.points) {
      // JIRA puts number fields' values in fromString/toString.
      items.push({
        field: field.name,
        fieldtype: 'custom',
        fieldId: field.id,
        from: null,
        fromString: numberString(before),
        to: null,
        toString: numberString(change.points),
      });
      f[field.id] = change.points;
    }
  }

  if (change.addToSprint !== undefined || change.removeFromSprint !== undefined) {
    // JIRA refuses it: a sub-task is in its parent's sprint.
    if (isSubtask(issue)) throw new Error(`${key} is a sub-task: it moves with its parent's sprint`);
    const fieldId = sprintFieldId(site);
    const before = ((f[fieldId] as SprintValue[] | null) ?? []).slice();
    let after = before;
    if (change.removeFromSprint !== undefined) after = after.filter((s) => s.id !== change.removeFromSprint);
    if (change.addToSprint !== undefined && !after.some((s) => s.id === change.addToSprint)) {
      // An issue is in one open sprint at most: moving it replaces that one; closed sprints stay.
      const target = requireSprint(site, change.addToSprint);
      after = [...after.filter((s) => s.state === 'closed'), sprintValue(target)];
    }
    if (after.map((s) => s.id).join() !== before.map((s) => s.id).join()) {
      items.push({
        field: 'Sprint',
        fieldtype: 'custom',
        fieldId,
        from: before.map((s) => s.id).join(', '),
        fromString: before.map((s) => s.name).join(', '),
        to: after.map((s) => s.id).join(', '),
        toString: after.map((s) => s.name).join(', '),
      });
      f[fieldId] = after.length ? after : null;
      // Its sub-tasks' Sprint field follows, with no history of theirs and no update (as in JIRA).
      for (const sub of subtasksOf(site, issue.key)) sub.fields[fieldId] = after.length ? after.map((v) => ({ ...v })) : null;
    }
  }

  const history: JiraHistory = { id: items.length ? nextHistoryId(site) : '', author: cloudUser(site.myself, site.timeZone), created: when, items };
  if (items.length) {
    issue.histories.push(history);
    f.updated = when;
    touchSite(site);
  }
  return { issue, history };
}

const isSubtask = (issue: SimIssue) => (issue.fields.issuetype as { subtask?: boolean } | undefined)?.subtask === true;
const subtasksOf = (site: JiraSite, parentKey: string) =>
  site.issues.filter((i) => !i.deleted && (i.fields.parent as { key?: string } | null | undefined)?.key === parentKey);

/** Creates an issue: the next id, and the next key in its project. */
export function addIssue(site: JiraSite, input: NewIssue, at: Date = new Date()): SimIssue {
  if (input.parentKey !== undefined) return addSubtask(site, input, at);
  const board =
    input.boardId !== undefined
      ? site.boards.find((b) => b.id === input.boardId)
      : site.boards.find((b) => b.projectKey === (input.projectKey ?? site.boards[0]?.projectKey));
  const projectKey = input.projectKey ?? board?.projectKey;
  if (!projectKey) throw new Error('createIssue needs a projectKey or a boardId');
  const maxId = site.issues.reduce((m, i) => Math.max(m, Number(i.id)), 10000);
  const maxNumber = site.issues.filter((i) => i.key.startsWith(`${projectKey}-`)).reduce((m, i) => Math.max(m, Number(i.key.slice(projectKey.length + 1))), 0);
  const status = input.status
    ? statusByName(site, input.status)
    : (site.statuses.find((s) => s.id === board?.columns[0]?.statusIds[0]) ?? site.statuses.find((s) => s.statusCategory.key === 'new')!);
  const project = site.projects?.find((p) => p.key === projectKey) ?? { id: '10000', key: projectKey, name: projectKey };
  const boardIds = site.boards.filter((b) => b.projectKey === projectKey || b.id === board?.id).map((b) => b.id);
  const when = jiraDate(at);
  const reporter = cloudUser(site.myself, site.timeZone);
  const sprint = input.sprintId !== undefined ? requireSprint(site, input.sprintId) : undefined;
  const isDone = status.statusCategory.key === 'done';
  const issue: SimIssue = {
    id: String(maxId + 1),
    key: `${projectKey}-${maxNumber + 1}`,
    boardIds,
    histories: [],
    fields: {
      summary: input.summary,
      issuetype: { id: input.issueType === 'Bug' ? '10004' : input.issueType === 'Task' ? '10002' : '10001', name: input.issueType ?? 'Story', subtask: false },
      status: statusValue(status),
      priority: { id: '3', name: 'Medium' },
      assignee: input.assignee ? cloudUser(input.assignee, site.timeZone) : null,
      reporter,
      creator: reporter,
      created: when,
      updated: when,
      resolution: isDone ? { ...DONE_RESOLUTION } : null,
      resolutiondate: isDone ? when : null,
      statuscategorychangedate: when,
      project,
      labels: [],
      components: [],
      [estimationField(site, { boardIds }).id]: input.points ?? null,
      [sprintFieldId(site)]: sprint ? [sprintValue(sprint)] : null,
      customfield_10019: `0|z${String(maxId + 1).padStart(5, '0')}:`,
      issuelinks: [],
    },
  };
  site.issues.push(issue);
  touchSite(site);
  return issue;
}

/** A sub-task: created like any issue, then placed under its parent, in its parent's sprints (no history). */
function addSubtask(site: JiraSite, input: NewIssue, at: Date): SimIssue {
  const parent = requireIssue(site, input.parentKey!);
  if (isSubtask(parent)) throw new Error(`${parent.key} is a sub-task: a sub-task cannot have sub-tasks`);
  if (input.sprintId !== undefined) throw new Error("A sub-task is in its parent's sprint: give no sprintId");
  const projectKey = (parent.fields.project as { key: string }).key;
  const issue = addIssue(site, { ...input, parentKey: undefined, projectKey, boardId: parent.boardIds[0] }, at);
  const p = parent.fields;
  issue.boardIds = [...parent.boardIds];
  issue.fields.issuetype = { id: '10003', name: input.issueType ?? 'Sub-task', subtask: true };
  issue.fields.parent = { id: parent.id, key: parent.key, fields: { summary: p.summary, status: p.status, priority: p.priority, issuetype: p.issuetype } };
  const fieldId = sprintFieldId(site);
  const sprints = p[fieldId] as SprintValue[] | null | undefined;
  issue.fields[fieldId] = sprints?.length ? sprints.map((v) => ({ ...v })) : null;
  return issue;
}

/** Deletes an issue: gone from search results, 404 on GET. */
export function removeIssue(site: JiraSite, key: string): SimIssue {
  const issue = requireIssue(site, key);
  issue.deleted = true;
  touchSite(site);
  return issue;
}

/**
 * Changes a sprint, and the copies of it in its issues' Sprint field. Starting or closing it fills
 * the dates JIRA fills: starting records when (activatedDate), and the planned start when it had
 * none; a test makes them differ by giving a startDate other than the change's time.
 */
export function changeSprint(
  site: JiraSite,
  id: number,
  change: SprintChange,
  at: Date = new Date(),
): { sprint: SimSprint; previousState: SimSprint['state'] } {
  const sprint = requireSprint(site, id);
  const previousState = sprint.state;
  Object.assign(sprint, Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)));
  if (sprint.state === 'active' && previousState === 'future') {
    sprint.activatedDate ??= at.toISOString();
    sprint.startDate ??= at.toISOString();
    sprint.endDate ??= new Date(at.getTime() + 14 * 86_400_000).toISOString();
  }
  if (sprint.state === 'closed' && previousState !== 'closed') sprint.completeDate ??= at.toISOString();
  refreshSprintValues(site, sprint);
  touchSite(site);
  return { sprint, previousState };
}

export function addSprint(
  site: JiraSite,
  input: { originBoardId: number; name: string; goal?: string; startDate?: string; endDate?: string },
  at: Date = new Date(),
): SimSprint {
  const sprint: SimSprint = {
    id: site.sprints.reduce((m, s) => Math.max(m, s.id), 0) + 1,
    originBoardId: input.originBoardId,
    name: input.name,
    state: 'future',
    goal: input.goal ?? '',
    startDate: input.startDate,
    endDate: input.endDate,
    createdDate: at.toISOString(),
  };
  site.sprints.push(sprint);
  touchSite(site);
  return sprint;
}

/** Deletes a sprint: JIRA takes it out of its issues' Sprint field without recording history. */
export function removeSprint(site: JiraSite, id: number): SimSprint {
  const sprint = requireSprint(site, id);
  site.sprints.splice(site.sprints.indexOf(sprint), 1);
  const fieldId = sprintFieldId(site);
  for (const issue of site.issues) {
    const value = issue.fields[fieldId] as SprintValue[] | null | undefined;
    if (value?.some((s) => s.id === id)) {
      const rest = value.filter((s) => s.id !== id);
      issue.fields[fieldId] = rest.length ? rest : null;
    }
  }
  touchSite(site);
  return sprint;
}

function refreshSprintValues(site: JiraSite, sprint: SimSprint) {
  const fieldId = sprintFieldId(site);
  for (const issue of site.issues) {
    const value = issue.fields[fieldId] as SprintValue[] | null | undefined;
    if (value?.some((s) => s.id === sprint.id))
      issue.fields[fieldId] = value.map((s) => (s.id === sprint.id ? { ...sprintValue(sprint), boardId: s.boardId ?? sprint.originBoardId } : s));
  }
}
