import { jiraObjectId, stableId } from '@sprint-reports/core';
import { createHash } from 'node:crypto';
import type { BoardInsert, SprintRow } from '@sprint-reports/sprints';
import type { EstimateChangeRow, IssueRow, MembershipRow, StatusChangeRow } from '@sprint-reports/issues';
import type { CapacitySettingRow, MemberDaysOffRow } from '@sprint-reports/capacity';
import type { NewUserRow, TeamMemberRow, TeamRow, TenantRow } from '@sprint-reports/users';
import { createRandom } from './random.ts';
import { addWorkingHours, DAY, HOUR, intoWorkingTime, WORK_HOURS_PER_DAY, workingHoursBetween } from './working-time.ts';

export interface TeamSpec {
  name: string;
  boardName: string;
  projectKey: string;
  members: number;
  /** Sprints on the board: all closed but the last two (active, then future); at least 2. */
  sprints: number;
  /** About how many issues each sprint holds (carried-over and added ones included): sets the team's pace. */
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

const DISCIPLINES = ['Backend', 'Frontend', 'QA', 'Design', 'Backend', 'Frontend', 'DevOps', 'QA'];
const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Femi',
  'Greta',
  'Hiro',
  'Ines',
  'Jonas',
  'Kofi',
  'Lena',
  'Mateo',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Patel', 'Yilmaz', 'Adeyemi', 'Novak', 'Tanaka', 'Silva', 'Becker', 'Mensah', 'Kowalski'];
const VERBS = ['Add', 'Fix', 'Refactor', 'Support', 'Improve', 'Remove', 'Migrate', 'Document', 'Speed up', 'Validate'];
const THINGS = [
  'login flow',
  'sprint export',
  'billing webhook',
  'search index',
  'audit log',
  'dark mode',
  'rate limiter',
  'CSV import',
  'onboarding email',
  'burndown chart',
  'API pagination',
  'team settings page',
  'cache invalidation',
  'mobile layout',
  'SSO config',
];
const POINTS = [1, 2, 2, 3, 3, 3, 5, 5, 8, 13];
/** What a team takes into a sprint: work split into pieces of 5 points at most. */
const SPRINT_POINTS = [1, 1, 2, 2, 2, 3, 3, 3, 5, 5];
const MEAN_POINTS = SPRINT_POINTS.reduce((a, b) => a + b, 0) / SPRINT_POINTS.length;
/** Weekdays in a two-week sprint. */
const SPRINT_WORKING_DAYS = 10;
/** Sprint planning takes in about this share of a person's usual pace: a little more, usually (more is pulled in by whoever is done early). */
const PLANNED_SHARE = { min: 0.95, max: 1.1 };
/** The share of a sprint's usual pace already planned into the next sprint in JIRA. */
const FUTURE_PLANNED_SHARE = 0.35;
/** Working hours before a sprint's end after which nobody pulls more work into it. */
const PULL_BEFORE_END = 16;
/** What someone pulls into a sprint when their list is done: small pieces. */
const PULLED_POINTS = [1, 2, 3, 5];
/** Working hours at a sprint's end that go to its review, retrospective and the next sprint's planning. */
const CEREMONY_HOURS = 5;
/** A sprint's last working day, in hours. */
const LAST_DAY_HOURS = 8;
/** The points of work an issue still in review at a sprint's end has left. */
const REVIEW_LEFT = 0.25;

interface Person {
  id: string;
  discipline: string;
  jiraAccountId: string;
  displayName: string;
  allocationPercent: number;
  /** Points this person gets done per day on the team, sprint after sprint. */
  pointsPerDay: number;
}

/** An issue on someone's list in a sprint: its membership, the points of work left, when it is taken out if not started by then (working hours). */
interface Work {
  issue: IssueRow;
  left: number;
  membership: MembershipRow;
  removeAt: number | null;
}

/** The effort an issue takes, in points: an unestimated one takes about a point's. */
const work = (issue: IssueRow) => issue.storyPoints ?? 1;
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
 * sprint history, as JIRA would have recorded them. Each person has a steady pace (points per
 * day on the team, less days off) and works through their list of the sprint one issue at a time
 * in working hours, so a sprint burns down with its working days: committed issues, a few added
 * (urgent bugs, work pulled in when a list is done) and removed, estimate changes, and unfinished
 * work carried over to the next sprint. At a sprint's end someone behind their pace pushes a
 * nearly done issue over the line, and someone ahead leaves a last review for the next sprint, so
 * what a sprint completes stays near the team's pace, as a real team's velocity does.
 */
export function generateDataset(opts: DatasetOptions): Dataset {
  const tenantId = opts.tenant.id;
  const now = opts.now.getTime();
  const ds: Dataset = {
    tenant: opts.tenant,
    users: [],
    teams: [],
    members: [],
    boards: [],
    sprints: [],
    issues: [],
    memberships: [],
    statusChanges: [],
    estimateChanges: [],
    capacitySettings: [],
    daysOff: [],
  };
  let personIndex = 0;

  opts.teams.forEach((spec, teamIndex) => {
    // A sequence of its own per team: a team's closed sprints come out the same whatever "now" is.
    const rnd = createRandom(opts.seed * 31 + teamIndex);
    const teamId = stableId(tenantId, 'team', spec.name);
    ds.teams.push({ id: teamId, tenantId, name: spec.name });
    const people: Person[] = Array.from({ length: spec.members }, (_, i) => {
      const p = personIndex++;
      const displayName = `${FIRST[p % FIRST.length]} ${LAST[(p * 7) % LAST.length]}`;
      const email = `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}${p >= FIRST.length ? p : ''}@demo.test`;
      const jiraAccountId = createHash('sha1').update(email).digest('hex').slice(0, 24);
      const user = { id: stableId(tenantId, 'user', email), tenantId, email, displayName, jiraAccountId };
      ds.users.push(user);
      const discipline = DISCIPLINES[i % DISCIPLINES.length];
      const allocationPercent = i === spec.members - 1 && spec.members > 1 ? 50 : 100;
      ds.members.push({ tenantId, teamId, userId: user.id, discipline, role: i === 0 ? 'MANAGER' : 'MEMBER', allocationPercent });
      return { id: user.id, discipline, jiraAccountId, displayName, allocationPercent, pointsPerDay: 0 };
    });
    // Each person's own pace, steady from sprint to sprint, such that sprint planning takes in
    // about issuesPerSprint issues.
    const personDays = people.reduce((sum, p) => sum + (SPRINT_WORKING_DAYS * p.allocationPercent) / 100, 0);
    const teamPointsPerDay = (spec.issuesPerSprint * MEAN_POINTS) / ((PLANNED_SHARE.min + PLANNED_SHARE.max) / 2) / personDays;
    for (const p of people) p.pointsPerDay = Math.round(teamPointsPerDay * rnd.between(0.85, 1.15) * 100) / 100;
    /** Someone, in proportion to their time on the team: who an unplanned issue will be for. */
    const anyone = () => {
      let at = rnd.next() * people.reduce((sum, p) => sum + p.allocationPercent, 0);
      return people.find((p) => (at -= p.allocationPercent) < 0) ?? people[people.length - 1];
    };

    const jiraBoardId = teamIndex + 1;
    const boardId = jiraObjectId(tenantId, opts.connectionId, 'board', jiraBoardId);
    ds.boards.push({
      id: boardId,
      tenantId,
      connectionId: opts.connectionId,
      jiraBoardId,
      name: spec.boardName,
      projectKey: spec.projectKey,
      teamId,
      columns: BOARD_COLUMNS,
      estimationField: STORY_POINTS_FIELD,
      createdAt: new Date(now - 400 * DAY),
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
        tenantId,
        boardId,
        jiraSprintId,
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
    const newIssue = (createdAt: number, person: Person, kind: { points?: number[]; type?: string } = {}): IssueRow => {
      const key = `${spec.projectKey}-${++issueNumber}`;
      const jiraId = String(10000 * jiraBoardId + issueNumber);
      const assignee = rnd.chance(0.9) ? person : null;
      const points = rnd.chance(0.06) ? null : rnd.pick(kind.points ?? POINTS);
      const type = kind.type ?? (rnd.chance(0.6) ? 'Story' : rnd.chance(0.6) ? 'Bug' : 'Task');
      const issue: IssueRow = {
        id: jiraObjectId(tenantId, opts.connectionId, 'issue', jiraId),
        tenantId,
        connectionId: opts.connectionId,
        jiraId,
        key,
        projectKey: spec.projectKey,
        summary: `${rnd.pick(VERBS)} ${rnd.pick(THINGS)}`,
        issueType: type,
        status: STATUS.todo[0],
        statusId: STATUS.todo[2],
        statusCategory: STATUS.todo[1],
        priority: rnd.pick(['Highest', 'High', 'Medium', 'Medium', 'Low']),
        rank: `0|i${String(++rankCounter).padStart(5, '0')}:`,
        storyPoints: points,
        assigneeId: assignee?.id ?? null,
        assigneeAccountId: assignee?.jiraAccountId ?? null,
        assigneeName: assignee?.displayName ?? null,
        // The component names the discipline of whoever does it: sync derives an issue's discipline from it.
        components: [person.discipline],
        labels: rnd.chance(0.15) ? ['customer'] : [],
        discipline: person.discipline,
        parentKey: null,
        epicKey: null,
        isSubtask: false,
        resolution: null,
        links: [],
        estimateWarning: null,
        rawFields: null,
        deletedAt: null,
        lastSeenRunId: null,
        createdAt: new Date(createdAt),
        updatedAt: new Date(createdAt),
        resolvedAt: null,
      };
      teamIssues.push(issue);
      return issue;
    };
    const setStatus = (issue: IssueRow, at: number, to: (typeof STATUS)[keyof typeof STATUS]) => {
      ds.statusChanges.push({
        tenantId,
        issueId: issue.id,
        at: new Date(at),
        fromStatus: issue.status,
        fromStatusId: issue.statusId,
        fromCategory: issue.statusCategory,
        toStatus: to[0],
        toStatusId: to[2],
        toCategory: to[1],
      });
      issue.status = to[0];
      issue.statusId = to[2];
      issue.statusCategory = to[1];
      issue.resolution = to[1] === 'DONE' ? 'Done' : null;
      issue.resolvedAt = to[1] === 'DONE' ? new Date(at) : null;
      issue.updatedAt = new Date(at);
    };
    const changeEstimate = (issue: IssueRow, at: number) => {
      // A step up the scale more often than down: it turned out bigger than it looked.
      const scale = [1, 2, 3, 5, 8, 13];
      const step = scale.indexOf(issue.storyPoints ?? 0);
      const up = step === 0 || (step < scale.length - 1 && rnd.chance(0.7));
      const to = step < 0 ? 3 : scale[step + (up ? 1 : -1)];
      ds.estimateChanges.push({ tenantId, issueId: issue.id, at: new Date(at), fromPoints: issue.storyPoints, toPoints: to });
      issue.storyPoints = to;
      issue.updatedAt = new Date(at);
    };
    const join = (issue: IssueRow, sprint: SprintRow, at: number) => {
      const m: MembershipRow = { tenantId, issueId: issue.id, sprintId: sprint.id, addedAt: new Date(at), removedAt: null };
      ds.memberships.push(m);
      return m;
    };
    /** An issue created some time before `before`, in working time (people file issues at work). */
    const createdBefore = (before: number, minDays: number, maxDays: number) =>
      Math.min(intoWorkingTime(before - rnd.between(minDays, maxDays) * DAY), before - HOUR);

    // Unfinished work each person carries from one sprint to the next, with the points of work left.
    let carried = new Map<string, Work[]>();
    // Each person's points done, and due at their pace, so far.
    const doneSoFar = new Map<string, number>();
    const paceSoFar = new Map<string, number>();
    /** Whether finishing this issue keeps the person nearer their pace than leaving it for the next sprint. */
    const behind = (p: Person, issue: IssueRow) => (doneSoFar.get(p.id) ?? 0) + (issue.storyPoints ?? 0) / 2 <= (paceSoFar.get(p.id) ?? 0);
    const ahead = (p: Person, issue: IssueRow) => !behind(p, issue);
    const finish = (p: Person, issue: IssueRow, at: number) => {
      setStatus(issue, at, STATUS.done);
      doneSoFar.set(p.id, (doneSoFar.get(p.id) ?? 0) + (issue.storyPoints ?? 0));
    };
    sprints.forEach((sprint, i) => {
      const start = sprint.startDate!.getTime();
      const end = sprint.endDate!.getTime();
      const sprintHours = workingHoursBetween(start, end);
      const daysOff = new Map<string, number>();
      if (sprint.state !== 'CLOSED') {
        // Days off in the running and the next sprint for two members.
        for (const [k, days] of [
          [1, 2],
          [2, 3],
        ] as const)
          daysOff.set(people[k % people.length].id, days);
      } else {
        for (const p of people) if (rnd.chance(0.15)) daysOff.set(p.id, rnd.int(1, 3));
      }
      for (const [userId, days] of daysOff) ds.daysOff.push({ tenantId, teamId, sprintId: sprint.id, userId, daysOff: days });
      /** The points a person gets done in this sprint at their usual pace. */
      const expected = (p: Person) => (p.pointsPerDay * Math.max(0, sprintHours / WORK_HOURS_PER_DAY - (daysOff.get(p.id) ?? 0)) * p.allocationPercent) / 100;

      if (sprint.state === 'FUTURE') {
        // Partly planned in JIRA already: about a third of what each person gets done in a sprint.
        for (const p of people) {
          let planned = 0;
          while (planned < expected(p) * FUTURE_PLANNED_SHARE) {
            const plannedAt = intoWorkingTime(now - rnd.between(1, 3) * DAY);
            const issue = newIssue(createdBefore(plannedAt, 2, 40), p, { points: SPRINT_POINTS });
            join(issue, sprint, plannedAt);
            planned += work(issue);
          }
        }
        return;
      }

      const until = sprint.state === 'ACTIVE' ? now : end;
      const at = (hours: number) => addWorkingHours(start, hours);
      const previousClose = i > 0 ? sprints[i - 1].completeDate!.getTime() : start - DAY;
      const next = new Map<string, Work[]>();
      // Sprint planning: the carry-over, then new issues, each to whoever has the most of their
      // share of the pace still free, until the sprint holds issuesPerSprint issues (more is
      // pulled in later by whoever is done).
      const lists = new Map<string, Work[]>();
      const free = new Map<string, number>();
      for (const p of people) {
        const list: Work[] = (carried.get(p.id) ?? []).map((w) => ({ ...w, membership: join(w.issue, sprint, previousClose), removeAt: null }));
        if (i === 0 && expected(p) > 0) {
          // The team worked before its first sprint on this board: each person has something half done.
          const issue = newIssue(createdBefore(start, 6, 30), p, { points: SPRINT_POINTS });
          setStatus(issue, intoWorkingTime(start - rnd.between(1, 5) * DAY), STATUS.progress);
          list.push({ issue, left: work(issue) * rnd.between(0.2, 0.9), membership: join(issue, sprint, start - rnd.between(0.25, 1) * HOUR), removeAt: null });
        }
        lists.set(p.id, list);
        free.set(p.id, expected(p) * rnd.between(PLANNED_SHARE.min, PLANNED_SHARE.max) - list.reduce((sum, w) => sum + w.left, 0));
      }
      for (let held = [...lists.values()].reduce((n, l) => n + l.length, 0); held < spec.issuesPerSprint; held++) {
        const p = people.reduce((a, b) => (free.get(b.id)! > free.get(a.id)! ? b : a));
        const issue = newIssue(createdBefore(start, 1, 30), p, { points: SPRINT_POINTS });
        lists.get(p.id)!.push({
          issue,
          left: work(issue),
          membership: join(issue, sprint, start - rnd.between(0.25, 1) * HOUR),
          removeAt: rnd.chance(0.08) ? rnd.between(0.2, 0.7) * sprintHours : null,
        });
        free.set(p.id, free.get(p.id)! - work(issue));
      }
      for (const p of people) {
        const list = lists.get(p.id)!;
        // A team without sprint work (issuesPerSprint 0) leaves its sprints empty.
        if (expected(p) <= 0) continue;
        const pace = expected(p) * rnd.between(0.97, 1.03);
        // The last day's afternoon goes to the review, the retrospective and planning the next sprint.
        const workHours = sprintHours - CEREMONY_HOURS;
        const perHour = Math.max(pace, 0.1) / workHours;
        // Unplanned work (about one issue in twenty planned): small bugs that jump the queue when they come in.
        const urgent: { hours: number; w: Work }[] = [];
        for (const hours of list
          .filter(() => rnd.chance(0.05))
          .map(() => rnd.between(0.1, 0.6) * sprintHours)
          .sort((a, b) => a - b)) {
          if (at(hours) > until) break;
          const issue = newIssue(createdBefore(at(hours), 0.1, 2), p, { points: [1, 2, 3], type: 'Bug' });
          urgent.push({ hours, w: { issue, left: work(issue), membership: join(issue, sprint, at(hours)), removeAt: null } });
        }

        // The person works through the list at their pace; a change happens only once its moment has come.
        let clock = 0;
        if (sprint.state === 'CLOSED') paceSoFar.set(p.id, (paceSoFar.get(p.id) ?? 0) + pace);
        const unfinished: Work[] = [];
        while (list.length || urgent.length || clock < workHours - PULL_BEFORE_END) {
          if (!list.length && !urgent.length) {
            // Done with the list early: the next piece from the backlog is added to the sprint.
            if (at(clock) > until) break;
            const issue = newIssue(createdBefore(at(clock), 5, 60), p, { points: PULLED_POINTS });
            list.push({ issue, left: work(issue), membership: join(issue, sprint, at(clock)), removeAt: null });
          }
          if (!list.length) clock = Math.max(clock, urgent[0].hours);
          while (urgent.length && urgent[0].hours <= clock) list.unshift(urgent.shift()!.w);
          const w = list.shift()!;
          const { issue } = w;
          if (w.removeAt !== null && w.removeAt <= clock && at(w.removeAt) <= until) {
            // Taken out before anyone started it: back to the backlog.
            w.membership.removedAt = new Date(at(w.removeAt));
            continue;
          }
          // Past the sprint's end, or (the running sprint) not reached yet: it waits.
          if (clock >= workHours || at(clock) > until) {
            unfinished.push(w);
            continue;
          }
          if (issue.statusCategory === 'TODO') setStatus(issue, at(clock), STATUS.progress);
          if (w.left === work(issue) && rnd.chance(0.1) && at(clock + 1) <= until) {
            // Re-estimated once someone looked into it.
            changeEstimate(issue, at(clock + 1));
            w.left = work(issue);
          }
          const started = clock;
          const finished = clock + w.left / perHour;
          clock = finished;
          const inReview = issue.status === STATUS.review[0];
          const review = inReview || rnd.chance(0.5);
          const doneAt = review ? finished + rnd.between(1, 4) : finished;
          if (finished >= workHours || at(finished) > until) {
            if (sprint.state === 'CLOSED' && behind(p, issue) && finished - workHours <= LAST_DAY_HOURS) {
              // Nearly done and behind their usual pace: they push it over the line before the sprint ends.
              if (review) {
                const reviewAt = at(Math.max(started, sprintHours - rnd.between(2, 4)));
                if (!inReview) setStatus(issue, reviewAt, STATUS.review);
              }
              finish(p, issue, at(Math.max(started, sprintHours - rnd.between(0.2, 1.5))));
              continue;
            }
            unfinished.push({ ...w, left: Math.max(REVIEW_LEFT, (finished - workHours) * perHour) });
            continue;
          }
          const overPace = sprint.state === 'CLOSED' && doneAt > sprintHours - LAST_DAY_HOURS && ahead(p, issue);
          if ((review || overPace) && !inReview) setStatus(issue, at(finished), STATUS.review);
          if (overPace) {
            // Ahead of their pace on the last day: the review waits for the next sprint.
            unfinished.push({ ...w, left: REVIEW_LEFT });
            continue;
          }
          if (doneAt >= sprintHours || at(doneAt) > until) {
            if (sprint.state === 'CLOSED' && behind(p, issue)) {
              finish(p, issue, at(Math.max(finished, sprintHours - rnd.between(0.2, 1))));
              continue;
            }
            // Still in review when the sprint ends: only the review is left.
            unfinished.push({ ...w, left: REVIEW_LEFT });
            continue;
          }
          finish(p, issue, at(doneAt));
        }
        next.set(p.id, unfinished);
      }
      carried = sprint.state === 'CLOSED' ? next : new Map();
    });

    // The backlog: ranked after the sprint work, never in a sprint.
    while (teamIssues.length < spec.issues) newIssue(intoWorkingTime(now - rnd.between(1, 200) * DAY), anyone());
    ds.issues.push(...teamIssues);

    // The team's defaults for a sprint without history: the default rate is discounted by the focus
    // factor, so it is the members' usual pace before that discount.
    const focusFactor = 0.8;
    const average = Math.round((people.reduce((a, p) => a + p.pointsPerDay, 0) / people.length / focusFactor) * 10) / 10;
    ds.capacitySettings.push({
      id: stableId(tenantId, 'capacity', teamId),
      tenantId,
      teamId,
      sprintId: null,
      focusFactor,
      defaultPointsPerDay: average,
      historySprints: null,
      hoursPerDay: null,
      holidays: [],
    });
  });
  return ds;
}
