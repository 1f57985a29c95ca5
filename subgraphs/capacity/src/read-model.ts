import { isUuid, withTenant, type Database, type EntityOf, type Runtime, type SubgraphClient } from '@sprint-reports/core';
import { CapacityQueueInputsDocument } from './remote/__generated__/queues.ts';
import { CapacityBoardOfDocument, CapacitySprintInputsDocument, type CapacitySprintInputsQuery } from './remote/__generated__/sprints.ts';
import { teamMembers } from './remote/users.ts';
import * as data from './data.ts';
import { capacityUpdated } from './events.ts';

/**
 * The read model's upkeep. Capacity answers queries from its own tables only (data.ts): what it
 * needs of other domains (sprints and their stored analyses, team members, queues' planned points)
 * is copied here when their owners say it changed (sprintsChanged, teamMembersChanged,
 * sprintQueuesChanged: internal mutations called once the owner's transaction commits, see
 * the owners' remote/capacity.ts). Each asks the owner (`_entities`: mutations and jobs may
 * call other subgraphs, queries never) and rewrites its rows in the caller's transaction.
 */

type Figures = NonNullable<WireSprint['storedDisciplineFigures']>;
type WireSprint = EntityOf<CapacitySprintInputsQuery>;

const date = (s: string | null) => (s ? new Date(s) : null);
const perDiscipline = (figures: Figures, pick: 'committedPoints' | 'completedPoints') => Object.fromEntries(figures.map((d) => [d.discipline, d[pick] ?? 0]));
const sprintRefs = (ids: readonly string[]) => ids.map((id) => ({ id }));
const unique = (ids: readonly string[]) => [...new Set(ids.filter(isUuid))];

export interface InputsDeps {
  db: Database;
  client: SubgraphClient;
}

/**
 * Copies these sprints from the sprints subgraph: board, team, state, dates and their stored
 * analysis's points per discipline. A sprint it no longer has (deleted in JIRA, its connection
 * gone) loses its row. Answers the sprints written.
 */
export async function sprintsChanged({ db, client }: InputsDeps, tenantId: string, sprintIds: readonly string[]): Promise<string[]> {
  const ids = unique(sprintIds);
  if (!ids.length || !client.reaches('sprints')) return [];
  const found = await client.entities('sprints', tenantId, CapacitySprintInputsDocument, 'Sprint', sprintRefs(ids));
  // A sprint marked deleted still resolves, but its board no longer lists it.
  const live = found.filter((s): s is WireSprint => !!s && s.board.sprints.some((b) => b.id === s.id));
  const liveIds = new Set(live.map((s) => s.id));
  const rows: data.SprintInputRow[] = live.map((s) => ({
    tenantId,
    sprintId: s.id,
    boardId: s.board.id,
    teamId: s.team?.id ?? null,
    state: s.state,
    startDate: date(s.startDate),
    endDate: date(s.endDate),
    completeDate: date(s.completeDate),
    committed: s.storedDisciplineFigures ? perDiscipline(s.storedDisciplineFigures, 'committedPoints') : null,
    completed: s.storedDisciplineFigures ? perDiscipline(s.storedDisciplineFigures, 'completedPoints') : null,
  }));
  await data.replaceSprintInputs(
    db,
    tenantId,
    rows,
    ids.filter((id) => !liveIds.has(id)),
  );
  // A team capacity has not copied yet (a board just assigned to it, data from before the read
  // model): its members come with it, so the first read finds them.
  const teamIds = unique(rows.flatMap((r) => (r.teamId ? [r.teamId] : [])));
  if (teamIds.length) {
    const known = new Set((await data.teamMemberInputsByTeamIds(db, tenantId, teamIds)).map((r) => r.teamId));
    await teamMembersChanged(
      { db, client },
      tenantId,
      teamIds.filter((id) => !known.has(id)),
    );
  }
  return [...liveIds];
}

/** Copies these teams' members from the users subgraph; a team the tenant does not have is forgotten. Answers the teams written. */
export async function teamMembersChanged({ db, client }: InputsDeps, tenantId: string, teamIds: readonly string[]): Promise<string[]> {
  const ids = unique(teamIds);
  if (!ids.length || !client.reaches('users')) return [];
  const found = await teamMembers(client, tenantId, ids);
  const teams = ids.flatMap((teamId, i) => {
    const members = found[i];
    if (!members) return [];
    return [
      {
        teamId,
        members: members.map((m) => ({
          tenantId,
          teamId,
          userId: m.userId,
          displayName: m.displayName ?? '',
          discipline: m.discipline,
          allocationPercent: m.allocationPercent,
        })),
      },
    ];
  });
  await data.replaceTeamMembers(
    db,
    tenantId,
    teams,
    ids.filter((id) => !teams.some((t) => t.teamId === id)),
  );
  return teams.map((t) => t.teamId);
}

/** Copies these sprints' queues' planned points per discipline from the queues subgraph. Answers the sprints with a queue. */
export async function sprintQueuesChanged({ db, client }: InputsDeps, tenantId: string, sprintIds: readonly string[]): Promise<string[]> {
  const ids = unique(sprintIds);
  if (!ids.length || !client.reaches('queues')) return [];
  const found = await client.entities('queues', tenantId, CapacityQueueInputsDocument, 'Sprint', sprintRefs(ids));
  const rows = ids.flatMap((sprintId, i) => {
    const queue = found[i]?.queue;
    return queue ? [{ sprintId, planned: Object.fromEntries(queue.utilisation.map((u) => [u.discipline, u.plannedPoints])) }] : [];
  });
  await data.replaceQueueInputs(
    db,
    tenantId,
    rows,
    ids.filter((id) => !rows.some((r) => r.sprintId === id)),
  );
  return rows.map((r) => r.sprintId);
}

/** Fills the read model for a sprint or a team a read found missing (data from before it existed). */
export const BACKFILL_JOB = 'capacity.backfill-inputs';

export type BackfillJob = { tenantId: string; sprintId?: string; teamId?: string };

/**
 * Queues the backfill of a sprint or a team that a read found missing (at most one job per sprint or
 * team waiting). Queued once the read's transaction ends; the read itself calls no one.
 */
export function requestBackfill(runtime: Runtime, job: BackfillJob): Promise<void> {
  const key = job.sprintId ? `sprint:${job.sprintId}` : `team:${job.teamId}`;
  return runtime.jobs.enqueue<BackfillJob>(BACKFILL_JOB, job, { jobId: `${BACKFILL_JOB}:${job.tenantId}:${key}` });
}

/**
 * A missing sprint brings its whole board (its history is the board's other sprints, as old as it),
 * its team's members and its board's future sprints' queues; a missing team, its members. Then
 * live dashboards hear that the team's capacity changed (CAPACITY_UPDATED) and read it again.
 */
export async function backfill(runtime: Runtime, { tenantId, sprintId, teamId }: BackfillJob): Promise<void> {
  const deps = { client: runtime.client };
  let teamIds = teamId ? [teamId] : [];
  await withTenant(runtime.db, tenantId, async (db) => {
    if (sprintId) {
      // Another job of the same board may have filled it meanwhile.
      const [known] = await data.sprintInputsByIds(db, tenantId, [sprintId]);
      if (known) return;
      const [sprint] = await runtime.client.entities('sprints', tenantId, CapacityBoardOfDocument, 'Sprint', sprintRefs([sprintId]));
      if (!sprint) return;
      const board = sprint.board.sprints;
      await sprintsChanged({ ...deps, db }, tenantId, board.some((s) => s.id === sprintId) ? board.map((s) => s.id) : [sprintId]);
      await sprintQueuesChanged(
        { ...deps, db },
        tenantId,
        board.filter((s) => s.state === 'FUTURE').map((s) => s.id),
      );
      if (sprint.team) teamIds = [sprint.team.id];
    }
    if (teamIds.length) await teamMembersChanged({ ...deps, db }, tenantId, teamIds);
  });
  for (const id of teamIds) await capacityUpdated(runtime.events, tenantId, id, sprintId ?? null);
}
