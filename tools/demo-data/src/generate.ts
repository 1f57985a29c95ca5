import { jiraObjectId, stableId } from '@sprint-reports/core';
import { createHash } from 'node:crypto';
import type { BoardInsert, SprintRow } from '@sprint-reports/sprints';
import type { EstimateChangeRow, IssueRow, MembershipRow, StatusChangeRow } from '@sprint-reports/issues';
import type { CapacitySettingRow, MemberDaysOffRow } from '@sprint-reports/capacity';
import type { NewUserRow, TeamMemberRow, TeamRow, TenantRow } from '@sprint-reports/users';
import { createRandom } from './random.ts';

export interface TeamSpec {
  name: string;
  boardName: string;
  projectKey: string;
  members: number;
  /** Sprints on the board: all closed but the last two (active, then future); at least 2. */
  sprints: number;
  /** Issues planned into each sprint at its start (carried-over ones included). */
  issuesPerSprint: number;
  /** Total issues of the team; whatever the sprints do not use waits in the backlog. */
  issues: number;
}

export interface DatasetOptions {
  tenant: { id: string; name: string; slug: string };
  teams: TeamSpec[];
  /** Sprint dates are laid out so the active sprint runs at this moment. */
  now: Date;
  /** The JIRA connection the boards, sprints and issues come from: their ids derive from it. */
  connectionId: string;
  seed: number;
}

export interface Dataset {
  tenant: Pick<TenantRow, 'id' | 'name' | 'slug'>;
  users: NewUserRow[];
  teams: Omit<TeamRow, 'createdAt'>[];
  members: TeamMemberRow[];
  boards: BoardInsert[];
  sprints: SprintRow[];
  issues: IssueRow[];
  memberships: MembershipRow[];
  statusChanges: StatusChangeRow[];
  estimateChanges: EstimateChangeRow[];
  capacitySettings: CapacitySettingRow[];
  daysOff: MemberDaysOffRow[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const DISCIPLINES = ['Backend', 'Frontend', 'QA', 'Design', 'Backend', 'Frontend', 'DevOps', 'QA'];
const FIRST = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elif', 'Femi', 'Greta', 'Hiro', 'Ines', 'Jonas', 'Kofi', 'Lena', 'Mateo', 'Nadia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Uma', 'Viktor', 'Wen', 'Yusuf'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Patel', 'Yilmaz', 'Adeyemi', 'Novak', 'Tanaka', 'Silva', 'Becker', 'Mensah', 'Kowalski'];
const VERBS = ['Add', 'Fix', 'Refactor', 'Support', 'Improve', 'Remove', 'Migrate', 'Document', 'Speed up', 'Validate'];
const THINGS = ['login flow', 'sprint export', 'billing webhook', 'search index', 'audit log', 'dark mode', 'rate limiter', 'CSV import', 'onboarding email', 'burndown chart', 'API pagination', 'team settings page', 'cache invalidation', 'mobile layout', 'SSO config'];
const POINTS = [1, 2, 2, 3, 3, 3, 5, 5, 8, 13];
/** The workflow's statuses: name, category and JIRA status id. */
const STATUS = {
  todo: ['To Do', 'TODO', '10000'],
  progress: ['In Progress', 'IN_PROGRESS', '3'],
  review: ['In Review', 'IN_PROGRESS', '10001'],
  done: ['Done', 'DONE', '10002'],
} as const;
export const STATUSES = Object.values(STATUS).map(([name, category, id]) => ({ id, name, category }));
/** Every board's columns, left to right: the right-most is done. */
export const BOARD_COLUMNS = Object.values(STATUS).map(([name, , id]) => ({ name, statusIds: [id] }));
/** JIRA Cloud's "Story point estimate" field: the boards' estimation field. */
export const STORY_POINTS_FIELD = 'customfield_10016';

/** The Monday 09:00 UTC of the week that holds `t`. */
function mondayMorning(t: number): number {
  const day = Math.floor(t / DAY) * DAY;
  const weekday = (new Date(day).getUTCDay() + 6) % 7;
  return day - weekday * DAY + 9 * HOUR;
}

/**
 * Generates a tenant's teams, boards, two-week sprints and issues with full status, estimate and
 * sprint history, as JIRA would have recorded them: committed issues, issues added and removed
 * mid-sprint, estimate changes, and unfinished work carried over to the next sprint.
 */
export function generateDataset(opts: DatasetOptions): Dataset {
  const rnd = createRandom(opts.seed);
  const tenantId = opts.tenant.id;
  const now = opts.now.getTime();
  const ds: Dataset = { tenant: opts.tenant, users: [], teams: [], members: [], boards: [], sprints: [], issues: [], memberships: [], statusChanges: [], estimateChanges: [], capacitySettings: [], daysOff: [] };
  let personIndex = 0;

  opts.teams.forEach((spec, teamIndex) => {
    const teamId = stableId(tenantId, 'team', spec.name);
    ds.teams.push({ id: teamId, tenantId, name: spec.name });
    const pointsPerDay: number[] = [];
    const people = Array.from({ length: spec.members }, (_, i) => {
      const p = personIndex++;
      const displayName = `${FIRST[p % FIRST.length]} ${LAST[(p * 7) % LAST.length]}`;
      const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}${p >= FIRST.length ? p : ''}@demo.test`;
      const jiraAccountId = createHash('sha1').update(email).digest('hex').slice(0, 24);
      const user = { id: stableId(tenantId, 'user', email), tenantId, email, displayName, jiraAccountId };
      ds.users.push(user);
      const discipline = DISCIPLINES[i % DISCIPLINES.length];
      ds.members.push({ tenantId, teamId, userId: user.id, discipline, role: i === 0 ? 'MANAGER' : 'MEMBER', allocationPercent: i === spec.members - 1 ? 50 : 100 });
      pointsPerDay.push(Math.round(rnd.between(2.2, 3.2) * 10) / 10);
      return { id: user.id, discipline, jiraAccountId, displayName };
    });

    const jiraBoardId = teamIndex + 1;
    const boardId = jiraObjectId(tenantId, opts.connectionId, 'board', jiraBoardId);
    ds.boards.push({
      id: boardId, tenantId, connectionId: opts.connectionId, jiraBoardId, name: spec.boardName, projectKey: spec.projectKey, teamId,
      columns: BOARD_COLUMNS, estimationField: STORY_POINTS_FIELD, createdAt: new Date(now - 400 * DAY),
    });

    // Sprints: two weeks each, Monday 09:00 to the Friday after, 17:00; the second to last is running now.
    const count = Math.max(2, spec.sprints);
    const activeIndex = count - 2;
    const activeStart = mondayMorning(now - 3 * DAY);
    const sprints: SprintRow[] = Array.from({ length: count }, (_, i) => {
      const start = activeStart + (i - activeIndex) * 14 * DAY;
      const end = start + 11 * DAY + 8 * HOUR;
      const state = i < activeIndex ? 'CLOSED' : i === activeIndex ? 'ACTIVE' : 'FUTURE';
      const jiraSprintId = jiraBoardId * 1000 + i + 1;
      return {
        id: jiraObjectId(tenantId, opts.connectionId, 'sprint', jiraSprintId),
        tenantId, boardId, jiraSprintId,
        name: `${spec.projectKey} Sprint ${i + 1}`,
        state,
        goal: state === 'FUTURE' ? null : `${rnd.pick(VERBS)} the ${rnd.pick(THINGS)}`,
        startDate: new Date(start),
        plannedStartDate: new Date(start),
        endDate: new Date(end),
        completeDate: state === 'CLOSED' ? new Date(end + 30 * 60_000) : null,
        sequence: jiraSprintId,
        connectionId: opts.connectionId,
        originJiraBoardId: jiraBoardId,
        deletedAt: null,
        lastEventAt: null,
      };
    });
    ds.sprints.push(...sprints);

    let issueNumber = 0;
    let rankCounter = 0;
    const teamIssues: IssueRow[] = [];
    const newIssue = (createdAt: number): IssueRow => {
      const key = `${spec.projectKey}-${++issueNumber}`;
      const jiraId = String(10000 * jiraBoardId + issueNumber);
      const person = rnd.pick(people);
      const assignee = rnd.chance(0.9) ? person : null;
      const points = rnd.chance(0.08) ? null : rnd.pick(POINTS);
      const type = rnd.chance(0.6) ? 'Story' : rnd.chance(0.6) ? 'Bug' : 'Task';
      const issue: IssueRow = {
        id: jiraObjectId(tenantId, opts.connectionId, 'issue', jiraId),
        tenantId, connectionId: opts.connectionId, jiraId, key, projectKey: spec.projectKey,
        summary: `${rnd.pick(VERBS)} ${rnd.pick(THINGS)}`,
        issueType: type,
        status: STATUS.todo[0], statusId: STATUS.todo[2], statusCategory: STATUS.todo[1],
        priority: rnd.pick(['Highest', 'High', 'Medium', 'Medium', 'Low']),
        rank: `0|i${String(++rankCounter).padStart(5, '0')}:`,
        storyPoints: points,
        assigneeId: assignee?.id ?? null,
        assigneeAccountId: assignee?.jiraAccountId ?? null,
        assigneeName: assignee?.displayName ?? null,
        // The component names the discipline: sync derives an issue's discipline from it.
        components: [person.discipline],
        labels: rnd.chance(0.15) ? ['customer'] : [],
        discipline: person.discipline,
        parentKey: null, epicKey: null, isSubtask: false, resolution: null, links: [], estimateWarning: null, rawFields: null,
        deletedAt: null, lastSeenRunId: null,
        createdAt: new Date(createdAt), updatedAt: new Date(createdAt), resolvedAt: null,
      };
      teamIssues.push(issue);
      return issue;
    };
    const setStatus = (issue: IssueRow, at: number, to: (typeof STATUS)[keyof typeof STATUS]) => {
      ds.statusChanges.push({ tenantId, issueId: issue.id, at: new Date(at), fromStatus: issue.status, fromStatusId: issue.statusId, fromCategory: issue.statusCategory, toStatus: to[0], toStatusId: to[2], toCategory: to[1] });
      issue.status = to[0];
      issue.statusId = to[2];
      issue.statusCategory = to[1];
      issue.resolution = to[1] === 'DONE' ? 'Done' : null;
      issue.resolvedAt = to[1] === 'DONE' ? new Date(at) : null;
      issue.updatedAt = new Date(at);
    };
    const changeEstimate = (issue: IssueRow, at: number) => {
      const to = issue.storyPoints === null ? 3 : rnd.pick(POINTS.filter((p) => p !== issue.storyPoints));
      ds.estimateChanges.push({ tenantId, issueId: issue.id, at: new Date(at), fromPoints: issue.storyPoints, toPoints: to });
      issue.storyPoints = to;
      issue.updatedAt = new Date(at);
    };
    const join = (issue: IssueRow, sprint: SprintRow, at: number) => {
      const m: MembershipRow = { tenantId, issueId: issue.id, sprintId: sprint.id, addedAt: new Date(at), removedAt: null };
      ds.memberships.push(m);
      return m;
    };

    /** Plays one issue's life in a started sprint up to `until`; returns whether it is unfinished in it. */
    const play = (issue: IssueRow, m: MembershipRow, from: number, until: number): boolean => {
      const span = until - from;
      if (rnd.chance(0.1)) changeEstimate(issue, from + rnd.between(0.05, 0.5) * span);
      if (rnd.chance(0.05)) {
        m.removedAt = new Date(from + rnd.between(0.2, 0.8) * span);
        return false;
      }
      if (issue.statusCategory !== 'IN_PROGRESS') setStatus(issue, from + rnd.between(0.02, 0.3) * span, STATUS.progress);
      if (rnd.chance(0.8)) {
        const doneAt = from + rnd.between(0.35, 0.97) * span;
        if (rnd.chance(0.5)) setStatus(issue, doneAt - rnd.between(2, 20) * HOUR, STATUS.review);
        setStatus(issue, doneAt, STATUS.done);
        return false;
      }
      return true;
    };

    let carried: IssueRow[] = [];
    sprints.forEach((sprint, i) => {
      const start = sprint.startDate!.getTime();
      if (sprint.state === 'FUTURE') {
        for (let n = 0; n < Math.round(spec.issuesPerSprint * 0.6); n++) {
          const issue = newIssue(now - rnd.between(2, 40) * DAY);
          join(issue, sprint, Math.max(issue.createdAt.getTime() + HOUR, now - rnd.between(1, 3) * DAY));
        }
        return;
      }
      const until = sprint.state === 'ACTIVE' ? now : sprint.endDate!.getTime();
      const planned = [...carried];
      const previousClose = i > 0 ? sprints[i - 1].completeDate!.getTime() : start - DAY;
      const plannedMemberships = carried.map((issue) => join(issue, sprint, previousClose));
      while (planned.length < spec.issuesPerSprint) {
        const issue = newIssue(start - rnd.between(1, 30) * DAY);
        planned.push(issue);
        // Planned into the sprint after it was created: JIRA records no change before creation.
        plannedMemberships.push(join(issue, sprint, Math.max(issue.createdAt.getTime() + HOUR, start - rnd.between(1, 48) * HOUR)));
      }
      const unfinished: IssueRow[] = [];
      planned.forEach((issue, n) => {
        if (play(issue, plannedMemberships[n], start, until)) unfinished.push(issue);
      });
      // Scope added while the sprint runs: about one issue in ten.
      for (let n = 0; n < Math.round(spec.issuesPerSprint / 10); n++) {
        const addedAt = start + rnd.between(0.1, 0.6) * (until - start);
        const issue = newIssue(addedAt - rnd.between(1, 72) * HOUR);
        if (play(issue, join(issue, sprint, addedAt), addedAt, until)) unfinished.push(issue);
      }
      carried = sprint.state === 'CLOSED' ? unfinished : [];
    });

    // The backlog: ranked after the sprint work, never in a sprint.
    while (teamIssues.length < spec.issues) newIssue(now - rnd.between(1, 200) * DAY);
    ds.issues.push(...teamIssues);

    // The team's defaults (its members' typical points per person-day), and days off in the running
    // and the next sprint for two members.
    const average = Math.round((pointsPerDay.reduce((a, b) => a + b, 0) / pointsPerDay.length) * 10) / 10;
    ds.capacitySettings.push({ id: stableId(tenantId, 'capacity', teamId), tenantId, teamId, sprintId: null, focusFactor: 0.8, defaultPointsPerDay: average, historySprints: null, hoursPerDay: null, holidays: [] });
    for (const sprint of sprints.slice(activeIndex)) {
      for (const [k, days] of [[1, 2], [2, 3]] as const) ds.daysOff.push({ tenantId, teamId, sprintId: sprint.id, userId: people[k % people.length].id, daysOff: days });
    }
  });
  return ds;
}
