import { badInput, disciplineOf, notFound, type EntityOf, type SubgraphClient } from '@sprint-reports/core';
import { QueueCapacityDocument } from './__generated__/capacity.ts';
import { QueueBlockersDocument, QueueCandidatesDocument, type QueueCandidatesQuery } from './__generated__/issues.ts';
import { QueueSprintDocument, QueueSprintStatesDocument, type QueueSprintQuery } from './__generated__/sprints.ts';
import { teamMembers } from './users.ts';
import type { Candidate, PlanInput } from '../plan/plan.ts';

/**
 * What a queue is planned from, read from the domains that own it through their subgraphs, never
 * their tables: the sprint and its board (sprints), the team (users), the team's capacity in the
 * sprint (capacity) and the project's open issues with their links and the sprints they are in now
 * (issues): what JIRA already has in the planned sprint is its work planned in JIRA.
 */

/** The sprint with its board, as QueueSprint (remote/sprints.graphql) reads it. */
export type WireSprint = EntityOf<QueueSprintQuery>;
type SprintState = WireSprint['state'];

/** The sprint a queue plans, as generation needs it. */
export interface PlannedSprint {
  id: string;
  name: string;
  state: SprintState;
  teamId: string | null;
}

export interface PlanningInputs {
  sprint: PlannedSprint;
  teamId: string;
  input: Omit<PlanInput, 'pins'>;
}

/** The sprint with its board, or NOT_FOUND. */
export async function plannedSprint(client: SubgraphClient, tenantId: string, sprintId: string): Promise<WireSprint> {
  const [sprint] = await client.entities('sprints', tenantId, QueueSprintDocument, 'Sprint', [{ id: sprintId }]);
  if (!sprint) throw notFound('Sprint', sprintId);
  return sprint;
}

/** "Blocks" links: inward on the blocked issue, outward on the blocker (JIRA stores both sides). */
const isBlocks = (type: string) => type.toLowerCase() === 'blocks';

/**
 * Reads everything a sprint's queue is planned from. Refuses (BAD_USER_INPUT) what cannot be
 * planned: a sprint that started, a board without a team or project, a sprint without dates.
 */
export async function planningInputs(
  client: SubgraphClient,
  tenantId: string,
  sprintId: string,
  opts: { includeCarryOver: boolean },
  known?: WireSprint,
): Promise<PlanningInputs> {
  const sprint = known ?? (await plannedSprint(client, tenantId, sprintId));
  if (sprint.state !== 'FUTURE')
    throw badInput(`${sprint.name} has ${sprint.state === 'ACTIVE' ? 'started' : 'closed'}: queues plan future sprints`, 'sprintId');
  if (!sprint.team) throw badInput(`The board of ${sprint.name} has no team: assign it to one (setBoardTeam) so its capacity is known`, 'sprintId');
  if (!sprint.startDate || !sprint.endDate) throw badInput(`${sprint.name} has no start and end dates in JIRA yet: capacity is counted over them`, 'sprintId');
  if (!sprint.board.projectKey) throw badInput(`The board of ${sprint.name} has no project: its backlog is unknown`, 'sprintId');
  const teamId = sprint.team.id;

  const [team, capacity, open] = await Promise.all([
    teamMembers(client, tenantId, [teamId]),
    client.entities('capacity', tenantId, QueueCapacityDocument, 'Sprint', [
      { id: sprint.id, startDate: sprint.startDate, endDate: sprint.endDate, team: { id: teamId } },
    ]),
    client.execute('issues', tenantId, QueueCandidatesDocument, { projectKey: sprint.board.projectKey }),
  ]);
  const teamDisciplines = new Map((team[0] ?? []).map((m) => [m.userId, m.discipline]));
  // Conflicts name people as a lead reads them.
  const names = new Map((team[0] ?? []).map((m) => [m.userId, m.displayName]));
  const cap = capacity[0]?.capacity;

  // Done is the board's right-most column (else the status category), as in sprint analysis.
  const doneStatuses = new Set(sprint.board.columns.at(-1)?.statusIds ?? []);
  const isDone = (i: { statusId: string | null; statusCategory: string }) =>
    doneStatuses.size ? !!i.statusId && doneStatuses.has(i.statusId) : i.statusCategory === 'DONE';

  // Which sprints are active: the board's, and any other board's the issues are in.
  const states = new Map(sprint.board.sprints.map((s) => [s.id, s.state]));
  const unknown = [...new Set(open.openIssues.flatMap((i) => i.openSprintIds))].filter((id) => !states.has(id));
  if (unknown.length) {
    const other = await client.entities(
      'sprints',
      tenantId,
      QueueSprintStatesDocument,
      'Sprint',
      unknown.map((id) => ({ id })),
    );
    for (const s of other) if (s) states.set(s.id, s.state);
  }
  const boardSprints = new Set(sprint.board.sprints.map((s) => s.id));

  // Candidates: not done, not in an active sprint, except the board's own active sprint's
  // unfinished work (carry-over) when it is planned too. What JIRA already has in the planned
  // sprint is always a candidate: a queue never drops it. Backlog already planned in JIRA for
  // another future sprint is that sprint's plan, not a candidate here (one issue, one queue).
  const issues: { issue: QueueCandidatesQuery['openIssues'][number]; carryOver: boolean; plannedInJira: boolean }[] = [];
  for (const issue of open.openIssues) {
    if (isDone(issue)) continue;
    const plannedInJira = issue.openSprintIds.includes(sprint.id);
    const active = issue.openSprintIds.filter((id) => states.get(id) === 'ACTIVE');
    const carryOver = active.length > 0 && opts.includeCarryOver && active.every((id) => boardSprints.has(id));
    if (!plannedInJira && !carryOver && active.length) continue;
    if (!plannedInJira && !carryOver && issue.openSprintIds.some((id) => id !== sprint.id && states.get(id) === 'FUTURE')) continue;
    issues.push({ issue, carryOver, plannedInJira });
  }

  // Blockers: a candidate's, by key; those that are not candidates are looked up to see whether
  // they are still unresolved (an issue we do not hold counts as unresolved).
  const idByKey = new Map(issues.map(({ issue }) => [issue.key, issue.id]));
  const blockersOf = new Map<string, Set<string>>(issues.map(({ issue }) => [issue.key, new Set<string>()]));
  for (const { issue } of issues) {
    for (const link of issue.links) {
      if (!isBlocks(link.type) || link.issueKey === issue.key) continue;
      if (link.direction === 'INWARD') blockersOf.get(issue.key)!.add(link.issueKey);
      else blockersOf.get(link.issueKey)?.add(issue.key);
    }
  }
  const outsideKeys = [...new Set([...blockersOf.values()].flatMap((keys) => [...keys]).filter((k) => !idByKey.has(k)))];
  const resolved = new Set<string>();
  if (outsideKeys.length) {
    const found = await client.entities(
      'issues',
      tenantId,
      QueueBlockersDocument,
      'Issue',
      outsideKeys.map((key) => ({ key })),
    );
    for (const b of found) if (b && (isDone(b) || b.statusCategory === 'DONE')) resolved.add(b.key);
  }

  const statistic = sprint.board.settings.estimationStatistic;
  const candidates: Candidate[] = issues.map(({ issue, carryOver, plannedInJira }) => {
    const blockers = [...blockersOf.get(issue.key)!].filter((k) => !resolved.has(k));
    return {
      issueId: issue.id,
      key: issue.key,
      rank: issue.rank,
      priority: issue.priority,
      points: statistic === 'ISSUE_COUNT' ? 1 : statistic === 'ORIGINAL_ESTIMATE' ? issue.originalEstimate : issue.storyPoints,
      discipline: disciplineOf(
        { components: issue.components, labels: issue.labels, issueType: issue.type, discipline: issue.discipline, assigneeId: issue.assigneeId },
        sprint.board.settings.disciplineRules,
        teamDisciplines,
      ),
      assigneeId: issue.assigneeId,
      carryOver,
      plannedInJira,
      blockedBy: blockers.flatMap((k) => (idByKey.has(k) ? [idByKey.get(k)!] : [])),
      blockedByOutside: blockers.filter((k) => !idByKey.has(k)),
    };
  });

  return {
    sprint: { id: sprint.id, name: sprint.name, state: sprint.state, teamId },
    teamId,
    input: {
      candidates,
      capacity: cap?.byDiscipline.map((d) => ({ discipline: d.discipline, points: d.points })) ?? [],
      // Capacity's schema lets a member's user be null (a reference it could not resolve): no one to plan for.
      members: cap?.members.flatMap((m) => (m.user ? [{ userId: m.user.id, points: m.points, name: names.get(m.user.id) }] : [])) ?? [],
    },
  };
}
