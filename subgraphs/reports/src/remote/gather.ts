import { disciplineOf, notFound, teamMembers, type DisciplineMatcher, type SubgraphClient } from '@sprint-reports/core';
import type {
  BoardRef,
  CapacityReportModel,
  CapacitySprintRow,
  DisciplineCapacityRow,
  DisciplineFigures,
  HistoryReportModel,
  HistorySprintRow,
  ReportIssue,
  ReportModel,
  SprintCapacitySummary,
  SprintFigures,
  SprintRef,
  SprintReportModel,
  Statistic,
  TeamRef,
  VelocityReportModel,
} from '../report-model.ts';
import type { ReportRequest } from '../request.ts';
import { teamById, teamsByIds } from './teams.ts';

/**
 * Reads what a report says from the subgraphs that own it (sprints, issues, capacity, queues,
 * users), through their entities as our own service: never their tables. Numbers are copied as the
 * owners answer them, so a report equals what the API shows.
 */

const FLOW = 'count p50 p85 p95';
const FIGURES = `committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints issueCount sayDoRatio cycleTime { ${FLOW} }`;
const SPRINT_FIELDS = 'id name state startDate endDate completeDate';

const SPRINT = /* GraphQL */ `
  query ReportSprint($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Sprint {
        ${SPRINT_FIELDS} plannedStartDate goal team { id }
        board { id name settings { estimationStatistic subtaskPolicy disciplineRules { discipline components labels issueTypes } } }
        analysis {
          statistic committedPoints completedPoints addedPoints removedPoints notCompletedPoints completedOutsidePoints cancelledPoints
          completionRate sayDoRatio scopeChangeRate issueCount cycleTime { ${FLOW} } leadTime { ${FLOW} }
          issues { issue { id } key outcome addedAfterStart pointsAtStart pointsAtJoin pointsAtEnd unestimated discipline cycleTimeHours leadTimeHours }
          disciplineBreakdown { discipline ${FIGURES} }
          burndown { date remainingPoints completedPoints scopePoints idealPoints }
          scopeChanges { at key kind points }
        }
        carryOver { key carriedIn carriedOut sprintCount points }
      }
    }
  }
`;

/** A sprint that has not started has no analysis: its issues as they are, unclassed. */
const PLANNED_ISSUES = /* GraphQL */ `
  query ReportPlannedIssues($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Sprint { issues { id key storyPoints originalEstimate discipline components labels type assignee { id } isSubtask parent { id } } }
    }
  }
`;

const ISSUES = /* GraphQL */ `
  query ReportIssues($representations: [_Any!]!, $history: Boolean!) {
    _entities(representations: $representations) { ... on Issue { id key summary type status assigneeName statusHistory @include(if: $history) { at from to } } }
  }
`;

const CAPACITY = /* GraphQL */ `
  query ReportCapacity($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Sprint {
        capacity {
          workingDays focusFactor adjustment historyAverageCompletedPoints historyUnstaffedCompletedPoints totalDays totalPoints committedPoints utilisation
          byDiscipline { discipline members availableDays points committedPoints utilisation pointsPerDaySource }
        }
      }
    }
  }
`;

const QUEUE = /* GraphQL */ `
  query ReportQueue($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Sprint { queue { status generatedAt acceptedAt items { position issue { id } discipline points reason } } }
    }
  }
`;

const TEAM_BOARDS = /* GraphQL */ `
  query ReportTeamBoards($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Team { boards { id name settings { estimationStatistic } sprints { ${SPRINT_FIELDS} team { id } } } } }
  }
`;

const VELOCITY = /* GraphQL */ `
  query ReportVelocity($representations: [_Any!]!, $last: Int) {
    _entities(representations: $representations) {
      ... on Board {
        id name team { id } settings { estimationStatistic }
        velocity(last: $last) { sprint { ${SPRINT_FIELDS} } committedPoints completedPoints sayDoRatio scopeChangeRate rollingAverage3 rollingAverage5 }
        predictability(last: $last) { sprints averageCommittedPoints averageCompletedPoints averageSayDoRatio velocityVariation predictability averageScopeChangeRate }
      }
    }
  }
`;

const SPRINT_TRENDS = /* GraphQL */ `
  query ReportSprintTrends($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Sprint {
        id
        analysis { statistic ${FIGURES} scopeChangeRate disciplineBreakdown { discipline ${FIGURES} } }
        carryOver { carriedOut points }
      }
    }
  }
`;

type Flow = SprintFigures['cycleTime'];
type StatusChange = { at: string; from: string | null; to: string };

/**
 * An issue's status at `at` from its history (oldest first): the last change by then; before its
 * first change, what that change moved it from; never changed, the status it has now.
 */
export function statusAt(history: StatusChange[], current: string, at: string): string | null {
  const until = Date.parse(at);
  const before = history.filter((c) => Date.parse(c.at) <= until);
  if (before.length) return before.at(-1)!.to;
  return history.length ? history[0].from : current;
}

type WireSprint = SprintRef & { team: { id: string } | null };
interface WireBoard extends BoardRef {
  settings: { estimationStatistic: Statistic };
  sprints: WireSprint[];
}
interface WireAnalysis extends Omit<SprintFigures, 'leadTime' | 'completionRate' | 'cancelledPoints'> {
  statistic: Statistic;
  completionRate?: number | null;
  leadTime?: Flow;
  disciplineBreakdown: DisciplineFigures[];
}
/** Sprint.capacity as the capacity subgraph answers it: the summary, with its own discipline rows. */
type WireCapacity = Omit<SprintCapacitySummary, 'byDiscipline' | 'measured'> & {
  byDiscipline: { discipline: string; members: number; availableDays: number; points: number; committedPoints: number; utilisation: number | null; pointsPerDaySource: 'HISTORY' | 'DEFAULT' }[];
};

/** Reports its share of the work done, 0 to 1. */
export type Progress = (done: number) => Promise<void>;

/** Sprints read per query when a report covers many (HISTORY, CAPACITY): also the progress steps. */
const BATCH = 10;

export const unitOf = (statistic: Statistic) => (statistic === 'ORIGINAL_ESTIMATE' ? 'hours' : statistic === 'ISSUE_COUNT' ? 'issues' : 'points');

const sprintRef = (s: SprintRef): SprintRef => ({ id: s.id, name: s.name, state: s.state, startDate: s.startDate, endDate: s.endDate, completeDate: s.completeDate });
const dateOf = (iso: string | null) => iso?.slice(0, 10) ?? null;
const inRange = (iso: string | null, from: string, to: string) => {
  const day = dateOf(iso);
  return !!day && day >= from && day <= to;
};
const byStart = (a: { sprint: SprintRef }, b: { sprint: SprintRef }) => (a.sprint.startDate ?? '').localeCompare(b.sprint.startDate ?? '') || a.sprint.name.localeCompare(b.sprint.name);

async function team(client: SubgraphClient, tenantId: string, teamId: string): Promise<TeamRef> {
  const found = await teamById(client, tenantId, teamId);
  if (!found) throw notFound('Team', teamId);
  return found;
}

async function teamBoards(client: SubgraphClient, tenantId: string, teamId: string): Promise<WireBoard[]> {
  const [found] = await client.entities<{ boards: WireBoard[] }>('sprints', tenantId, TEAM_BOARDS, [{ __typename: 'Team', id: teamId }]);
  return found?.boards ?? [];
}

/** Capacity of these sprints (null where a sprint has no dates or no team), in their order. */
async function capacities(client: SubgraphClient, tenantId: string, sprints: (SprintRef & { team: { id: string } | null })[]) {
  const found = await client.entities<{ capacity: WireCapacity | null }>(
    'capacity',
    tenantId,
    CAPACITY,
    sprints.map((s) => ({ __typename: 'Sprint', id: s.id, startDate: s.startDate, endDate: s.endDate, team: s.team })),
  );
  return found.map((c) => c?.capacity ?? null);
}

/**
 * Which disciplines' points per day are measured from history (the rest use the team's default,
 * discounted by the focus factor). A row without members is there only for committed work: it has
 * no capacity, whatever its rate, so it decides nothing.
 */
export function measuredDisciplines(capacity: Pick<WireCapacity, 'byDiscipline'>): SprintCapacitySummary['measured'] {
  const sources = new Set(capacity.byDiscipline.filter((d) => d.members > 0).map((d) => d.pointsPerDaySource));
  return sources.size === 0 ? 'NONE' : sources.size === 2 ? 'SOME' : sources.has('HISTORY') ? 'ALL' : 'NONE';
}

function disciplineCapacity(capacity: WireCapacity, disciplines: DisciplineFigures[] | null): DisciplineCapacityRow[] {
  const completed = new Map(disciplines?.map((d) => [d.discipline, d.completedPoints]));
  return capacity.byDiscipline.map((d) => ({
    discipline: d.discipline,
    members: d.members,
    availableDays: d.availableDays,
    capacityPoints: d.points,
    committedPoints: d.committedPoints,
    completedPoints: disciplines ? (completed.get(d.discipline) ?? 0) : null,
    utilisation: d.utilisation,
  }));
}

type PlannedIssue = {
  id: string; key: string; storyPoints: number | null; originalEstimate: number | null; discipline: string | null;
  components: string[]; labels: string[]; type: string; assignee: { id: string } | null; isSubtask: boolean; parent: { id: string } | null;
};

/**
 * A sprint not started, its issues as the analysis would count them: sub-tasks by the board's
 * policy (EXCLUDE: not counted; INCLUDE: issues of their own; ROLL_UP: their estimates in their
 * parent's), and each issue's discipline as its queue item has it, else by the rule the queue and
 * the analysis use (core's disciplineOf), so the issue and queue tables agree.
 */
function plannedIssues(
  issues: PlannedIssue[],
  statistic: Statistic,
  settings: { subtaskPolicy: 'EXCLUDE' | 'INCLUDE' | 'ROLL_UP'; disciplineRules: DisciplineMatcher[] },
  queue: { items: { issue: { id: string }; discipline: string | null }[] } | null,
  teamDisciplines: ReadonlyMap<string, string>,
) {
  const estimateOf = (i: PlannedIssue) => (statistic === 'ISSUE_COUNT' ? 1 : statistic === 'ORIGINAL_ESTIMATE' ? i.originalEstimate : i.storyPoints);
  const queued = new Map((queue?.items ?? []).map((q) => [q.issue.id, q.discipline]));
  const counted = settings.subtaskPolicy === 'INCLUDE' ? issues : issues.filter((i) => !i.isSubtask);
  const rolledUp = new Map<string, number>();
  if (settings.subtaskPolicy === 'ROLL_UP' && statistic !== 'ISSUE_COUNT') {
    for (const i of issues) {
      const value = i.isSubtask && i.parent ? estimateOf(i) : null;
      if (value != null) rolledUp.set(i.parent!.id, (rolledUp.get(i.parent!.id) ?? 0) + value);
    }
  }
  return counted.map((i) => {
    const own = estimateOf(i);
    const children = rolledUp.get(i.id);
    const points = children === undefined ? own : (own ?? 0) + children;
    const discipline =
      queued.get(i.id) ??
      disciplineOf({ components: i.components, labels: i.labels, issueType: i.type, discipline: i.discipline, assigneeId: i.assignee?.id ?? null }, settings.disciplineRules, teamDisciplines);
    return {
      issue: { id: i.id }, key: i.key, outcome: null, addedAfterStart: false, pointsAtStart: null, pointsAtJoin: null, pointsAtEnd: points,
      unestimated: points == null, discipline, cycleTimeHours: null, leadTimeHours: null, ...(i.isSubtask ? { subtask: true } : {}),
    };
  });
}

async function sprintReport(client: SubgraphClient, tenantId: string, sprintId: string, progress: Progress): Promise<SprintReportModel> {
  type Wire = SprintRef & {
    goal: string | null;
    plannedStartDate: string | null;
    team: { id: string } | null;
    board: BoardRef & { settings: { estimationStatistic: Statistic; subtaskPolicy: 'EXCLUDE' | 'INCLUDE' | 'ROLL_UP'; disciplineRules: DisciplineMatcher[] } };
    analysis: (WireAnalysis & { cancelledPoints: number; issues: (Omit<ReportIssue, 'id' | 'summary' | 'type' | 'status' | 'assignee'> & { issue: { id: string } })[]; burndown: SprintReportModel['burndown']; scopeChanges: SprintReportModel['scopeChanges'] }) | null;
    carryOver: SprintReportModel['carryOver'];
  };
  const [sprint] = await client.entities<Wire>('sprints', tenantId, SPRINT, [{ __typename: 'Sprint', id: sprintId }]);
  if (!sprint) throw notFound('Sprint', sprintId);
  await progress(0.4);
  const a = sprint.analysis;
  type Queue = { status: 'DRAFT' | 'ACCEPTED'; generatedAt: string; acceptedAt: string | null; items: { position: number; issue: { id: string }; discipline: string | null; points: number | null; reason: string }[] };
  const [[capacity], [queued], teamsById] = await Promise.all([
    capacities(client, tenantId, [sprint]),
    client.entities<{ queue: Queue | null }>('queues', tenantId, QUEUE, [{ __typename: 'Sprint', id: sprint.id }]),
    sprint.team ? teamsByIds(client, tenantId, [sprint.team.id]) : Promise.resolve(new Map<string, TeamRef>()),
  ]);
  const queue = queued?.queue ?? null;
  const statistic = a?.statistic ?? sprint.board.settings.estimationStatistic;
  const [planned, members] = a
    ? [[], null]
    : await Promise.all([
        client.entities<{ issues: PlannedIssue[] }>('issues', tenantId, PLANNED_ISSUES, [{ __typename: 'Sprint', id: sprint.id }]).then(([s]) => s?.issues ?? []),
        sprint.team ? teamMembers(client, tenantId, [sprint.team.id]).then(([m]) => m) : Promise.resolve(null),
      ]);
  const analysedIssues = a?.issues ?? plannedIssues(planned, statistic, sprint.board.settings, queue, new Map((members ?? []).map((m) => [m.userId, m.discipline])));
  const issueIds = [...new Set([...analysedIssues.map((i) => i.issue.id), ...(queue?.items.map((i) => i.issue.id) ?? [])])];
  type WireIssue = { id: string; key: string; summary: string; type: string; status: string; assigneeName: string | null; statusHistory?: StatusChange[] };
  // A closed sprint's issues show their status at its close (an issue left unfinished and done
  // since was not done then); a running or future sprint's, their status now.
  const statusAsOf = sprint.state === 'CLOSED' ? sprint.completeDate : null;
  const found = issueIds.length
    ? (await client.execute<{ _entities: (WireIssue | null)[] }>('issues', tenantId, ISSUES, { representations: issueIds.map((id) => ({ __typename: 'Issue', id })), history: !!statusAsOf }))._entities
    : [];
  const details = new Map(found.filter((i): i is WireIssue => !!i).map((i) => [i.id, i]));
  await progress(0.8);
  const analysed = new Map(analysedIssues.map((i) => [i.issue.id, i]));
  const statusOf = (d: WireIssue) => (statusAsOf && d.statusHistory ? statusAt(d.statusHistory, d.status, statusAsOf) : d.status);
  const keyOf = (id: string) => analysed.get(id)?.key ?? details.get(id)?.key ?? id;
  return {
    kind: 'SPRINT',
    title: `Sprint report: ${sprint.name}`,
    generatedAt: new Date().toISOString(),
    statistic,
    unit: unitOf(statistic),
    sprint: { ...sprintRef(sprint), goal: sprint.goal, plannedStartDate: sprint.plannedStartDate },
    board: { id: sprint.board.id, name: sprint.board.name },
    team: sprint.team ? (teamsById.get(sprint.team.id) ?? null) : null,
    figures: a
      ? {
          committedPoints: a.committedPoints,
          completedPoints: a.completedPoints,
          addedPoints: a.addedPoints,
          removedPoints: a.removedPoints,
          notCompletedPoints: a.notCompletedPoints,
          completedOutsidePoints: a.completedOutsidePoints,
          cancelledPoints: a.cancelledPoints,
          completionRate: a.completionRate ?? null,
          sayDoRatio: a.sayDoRatio,
          scopeChangeRate: a.scopeChangeRate,
          issueCount: a.issueCount,
          cycleTime: a.cycleTime,
          leadTime: a.leadTime ?? null,
        }
      : null,
    statusAsOf,
    issues: analysedIssues.map(({ issue, ...i }) => {
      const d = details.get(issue.id);
      return { id: issue.id, summary: d?.summary ?? null, type: d?.type ?? null, status: d ? statusOf(d) : null, assignee: d?.assigneeName ?? null, ...i };
    }),
    disciplines: a?.disciplineBreakdown ?? [],
    burndown: a?.burndown ?? [],
    scopeChanges: a?.scopeChanges ?? [],
    carryOver: sprint.carryOver,
    capacity: capacity
      ? {
          workingDays: capacity.workingDays,
          focusFactor: capacity.focusFactor,
          adjustment: capacity.adjustment,
          historyAverageCompletedPoints: capacity.historyAverageCompletedPoints,
          historyUnstaffedCompletedPoints: capacity.historyUnstaffedCompletedPoints,
          measured: measuredDisciplines(capacity),
          totalDays: capacity.totalDays,
          totalPoints: capacity.totalPoints,
          committedPoints: capacity.committedPoints,
          utilisation: capacity.utilisation,
          byDiscipline: disciplineCapacity(capacity, a?.disciplineBreakdown ?? null),
        }
      : null,
    queue: queue
      ? {
          status: queue.status,
          generatedAt: queue.generatedAt,
          acceptedAt: queue.acceptedAt,
          plannedPoints: queue.items.reduce((sum, i) => sum + (i.points ?? 0), 0),
          // Before the start nothing is completed; a queued issue already in the sprint in JIRA is in it, not "never in the sprint".
          completedPoints: a ? queue.items.reduce((sum, i) => sum + (analysed.get(i.issue.id)?.outcome === 'COMPLETED' ? (i.points ?? 0) : 0), 0) : null,
          items: queue.items.map((i) => ({
            position: i.position,
            key: keyOf(i.issue.id),
            points: i.points,
            discipline: i.discipline ?? 'Unassigned',
            reason: i.reason,
            inSprint: analysed.has(i.issue.id),
            outcome: analysed.get(i.issue.id)?.outcome ?? null,
          })),
        }
      : null,
  };
}

async function velocityReport(client: SubgraphClient, tenantId: string, req: ReportRequest, progress: Progress): Promise<VelocityReportModel> {
  const last = req.last ?? 7;
  const boardIds = req.boardId ? [req.boardId] : (await teamBoards(client, tenantId, req.teamId!)).map((b) => b.id);
  type Wire = BoardRef & { team: { id: string } | null; settings: { estimationStatistic: Statistic }; velocity: (VelocityReportModel['boards'][number]['sprints'][number] & { sprint: SprintRef })[]; predictability: VelocityReportModel['boards'][number]['predictability'] };
  const boards = await client.execute<{ _entities: (Wire | null)[] }>('sprints', tenantId, VELOCITY, { representations: boardIds.map((id) => ({ __typename: 'Board', id })), last });
  if (req.boardId && !boards._entities[0]) throw notFound('Board', req.boardId);
  await progress(0.7);
  const found = boards._entities.filter((b): b is Wire => !!b);
  const teamId = req.teamId ?? found[0]?.team?.id ?? null;
  const teamRef = teamId ? await teamById(client, tenantId, teamId) : null;
  const subject = req.boardId ? found[0].name : (teamRef?.name ?? 'team');
  return {
    kind: 'VELOCITY',
    title: `Velocity report: ${subject}`,
    generatedAt: new Date().toISOString(),
    last,
    team: teamRef,
    boards: found.map((b) => ({
      board: { id: b.id, name: b.name },
      statistic: b.settings.estimationStatistic,
      unit: unitOf(b.settings.estimationStatistic),
      sprints: b.velocity.map((v) => ({ ...v, sprint: sprintRef(v.sprint) })),
      predictability: b.predictability,
    })),
  };
}

type Located = { sprint: WireSprint; board: WireBoard };

/** The team's sprints a date range selects (by `dateOf`), with their boards. */
async function sprintsOfTeam(client: SubgraphClient, tenantId: string, teamId: string, pick: (s: WireSprint) => boolean): Promise<Located[]> {
  const boards = await teamBoards(client, tenantId, teamId);
  return boards.flatMap((board) => board.sprints.filter(pick).map((sprint) => ({ sprint, board }))).sort(byStart);
}

type Trend = { id: string; analysis: WireAnalysis | null; carryOver: { carriedOut: boolean; points: number | null }[] };

/** Analyses of these sprints, in batches (progress between `from` and `to`). */
async function trends(client: SubgraphClient, tenantId: string, ids: string[], progress: Progress, span: [number, number]): Promise<Map<string, Trend>> {
  const out = new Map<string, Trend>();
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = await client.entities<Trend>('sprints', tenantId, SPRINT_TRENDS, ids.slice(i, i + BATCH).map((id) => ({ __typename: 'Sprint', id })));
    for (const t of batch) if (t) out.set(t.id, t);
    await progress(span[0] + ((span[1] - span[0]) * Math.min(ids.length, i + BATCH)) / ids.length);
  }
  return out;
}

async function capacityReport(client: SubgraphClient, tenantId: string, req: ReportRequest, progress: Progress): Promise<CapacityReportModel> {
  const { from, to } = req as ReportRequest & { from: string; to: string };
  const teamRef = await team(client, tenantId, req.teamId!);
  const located = await sprintsOfTeam(client, tenantId, teamRef.id, (s) => s.state !== 'FUTURE' && inRange(s.startDate, from, to));
  await progress(0.2);
  const analyses = await trends(client, tenantId, located.map((l) => l.sprint.id), progress, [0.2, 0.5]);
  const caps: (WireCapacity | null)[] = [];
  for (let i = 0; i < located.length; i += BATCH) {
    caps.push(...(await capacities(client, tenantId, located.slice(i, i + BATCH).map((l) => l.sprint))));
    await progress(0.5 + (0.3 * Math.min(located.length, i + BATCH)) / Math.max(located.length, 1));
  }
  const sprints: CapacitySprintRow[] = [];
  located.forEach(({ sprint, board }, i) => {
    const capacity = caps[i];
    if (!capacity) return;
    const analysis = analyses.get(sprint.id)?.analysis ?? null;
    sprints.push({
      sprint: sprintRef(sprint),
      board: { id: board.id, name: board.name },
      unit: unitOf(analysis?.statistic ?? board.settings.estimationStatistic),
      totalPoints: capacity.totalPoints,
      committedPoints: capacity.committedPoints,
      completedPoints: analysis?.completedPoints ?? null,
      byDiscipline: disciplineCapacity(capacity, analysis?.disciplineBreakdown ?? null),
    });
  });
  const totals = new Map<string, { capacityPoints: number; committedPoints: number; completedPoints: number }>();
  for (const row of sprints) {
    for (const d of row.byDiscipline) {
      const t = totals.get(d.discipline) ?? { capacityPoints: 0, committedPoints: 0, completedPoints: 0 };
      t.capacityPoints += d.capacityPoints;
      t.committedPoints += d.committedPoints;
      t.completedPoints += d.completedPoints ?? 0;
      totals.set(d.discipline, t);
    }
  }
  return {
    kind: 'CAPACITY',
    title: `Capacity report: ${teamRef.name}, ${from} to ${to}`,
    generatedAt: new Date().toISOString(),
    team: teamRef,
    from,
    to,
    sprints,
    totals: [...totals]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([discipline, t]) => ({
        discipline,
        ...t,
        utilisation: t.capacityPoints > 0 ? t.committedPoints / t.capacityPoints : null,
        delivery: t.capacityPoints > 0 ? t.completedPoints / t.capacityPoints : null,
      })),
  };
}

const mean = (values: (number | null | undefined)[]) => {
  const known = values.filter((v): v is number => v != null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

async function historyReport(client: SubgraphClient, tenantId: string, req: ReportRequest, progress: Progress): Promise<HistoryReportModel> {
  const { from, to } = req as ReportRequest & { from: string; to: string };
  const teamRef = await team(client, tenantId, req.teamId!);
  const located = await sprintsOfTeam(client, tenantId, teamRef.id, (s) => s.state === 'CLOSED' && inRange(s.completeDate ?? s.endDate, from, to));
  await progress(0.2);
  const analyses = await trends(client, tenantId, located.map((l) => l.sprint.id), progress, [0.2, 0.85]);
  const sprints: HistorySprintRow[] = [];
  for (const { sprint, board } of located) {
    const trend = analyses.get(sprint.id);
    const a = trend?.analysis;
    if (!a) continue;
    const out = trend.carryOver.filter((c) => c.carriedOut);
    sprints.push({
      sprint: sprintRef(sprint),
      board: { id: board.id, name: board.name },
      unit: unitOf(a.statistic),
      committedPoints: a.committedPoints,
      completedPoints: a.completedPoints,
      sayDoRatio: a.sayDoRatio,
      scopeChangeRate: a.scopeChangeRate,
      carriedOutIssues: out.length,
      carriedOutPoints: out.reduce((sum, c) => sum + (c.points ?? 0), 0),
      cycleTime: a.cycleTime,
      disciplines: a.disciplineBreakdown,
    });
  }
  const disciplines = new Map<string, DisciplineFigures[]>();
  for (const row of sprints) for (const d of row.disciplines) disciplines.set(d.discipline, [...(disciplines.get(d.discipline) ?? []), d]);
  return {
    kind: 'HISTORY',
    title: `History report: ${teamRef.name}, ${from} to ${to}`,
    generatedAt: new Date().toISOString(),
    team: teamRef,
    from,
    to,
    sprints,
    averages: {
      completedPoints: mean(sprints.map((s) => s.completedPoints)),
      sayDoRatio: mean(sprints.map((s) => s.sayDoRatio)),
      scopeChangeRate: mean(sprints.map((s) => s.scopeChangeRate)),
      carriedOutPoints: mean(sprints.map((s) => s.carriedOutPoints)),
      cycleTimeP50: mean(sprints.map((s) => s.cycleTime?.p50)),
    },
    byDiscipline: [...disciplines]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([discipline, figures]) => ({
        discipline,
        sprints: figures.length,
        completedPoints: figures.reduce((sum, d) => sum + d.completedPoints, 0),
        averageCompletedPoints: figures.reduce((sum, d) => sum + d.completedPoints, 0) / figures.length,
        averageSayDoRatio: mean(figures.map((d) => d.sayDoRatio)),
        cycleTimeP50: mean(figures.map((d) => d.cycleTime?.p50)),
      })),
  };
}

/** Everything the report says, read now. */
export function gatherReport(client: SubgraphClient, tenantId: string, req: ReportRequest, progress: Progress): Promise<ReportModel> {
  switch (req.kind) {
    case 'SPRINT':
      return sprintReport(client, tenantId, req.sprintId!, progress);
    case 'VELOCITY':
      return velocityReport(client, tenantId, req, progress);
    case 'CAPACITY':
      return capacityReport(client, tenantId, req, progress);
    case 'HISTORY':
      return historyReport(client, tenantId, req, progress);
  }
}
