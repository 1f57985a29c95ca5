import { type Database, type Runtime, isUuid, loader, orderByKeys, rowById, rowsById } from '@sprint-reports/core';
import * as data from './data.ts';
import type { Member } from './models.ts';
import type { SprintState } from './remote/__generated__/sprints.ts';

/** A sprint as capacity reads it from its read model (read-model.ts keeps it current). */
export interface SprintContext {
  id: string;
  /** The sprints subgraph's SprintState (its served SDL). */
  state: SprintState;
  startDate: Date | null;
  endDate: Date | null;
  teamId: string | null;
  /** JIRA's commitment per discipline, once the sprint started and was analysed. */
  committed: Map<string, number> | null;
  /** Its queue's planned points per discipline; null without a queue. */
  planned: Map<string, number> | null;
  /** The board's closed, analysed sprints that started before this one, newest first. */
  history: { id: string; startDate: Date; endDate: Date; completeDate: Date | null; completed: Map<string, number> }[];
}

const points = (p: Record<string, number> | null | undefined) => (p ? new Map(Object.entries(p)) : null);

function toContext({ sprint: s, planned, history }: Awaited<ReturnType<typeof data.sprintInputsByIds>>[number]): SprintContext {
  return {
    id: s.sprintId,
    state: s.state,
    startDate: s.startDate,
    endDate: s.endDate,
    teamId: s.teamId,
    committed: points(s.committed),
    planned: points(planned),
    history: history.map((h) => ({
      id: h.id,
      startDate: new Date(h.startDate),
      endDate: new Date(h.endDate),
      completeDate: h.completeDate ? new Date(h.completeDate) : null,
      completed: points(h.completed)!,
    })),
  };
}

/**
 * Per-request loaders: each turns a request's worth of lookups into one SQL statement, on
 * capacity's own tables only. A query never calls another subgraph (read-model.ts).
 */
export function createLoaders(db: Database, tenantId: string, _runtime: Runtime) {
  return {
    setting: rowById(
      (ids) => data.settingsByIds(db, tenantId, ids),
      (r) => r.id,
    ),
    settingsByTeam: rowsById(
      (teamIds) => data.settingsByTeamIds(db, tenantId, teamIds),
      (r) => r.teamId,
    ),
    defaults: rowById(
      (teamIds) => data.defaultsByTeamIds(db, tenantId, teamIds),
      (r) => r.teamId,
    ),
    /** A sprint's overrides, whichever team they belong to (a board's team can change). */
    overrides: rowsById(
      (sprintIds) => data.overridesBySprintIds(db, tenantId, sprintIds),
      (r) => r.sprintId!,
    ),
    daysOff: rowsById(
      (sprintIds) => data.daysOffBySprintIds(db, tenantId, sprintIds),
      (r) => r.sprintId,
    ),
    /** A sprint's inputs with its history and queue; null for one the read model does not hold. */
    sprint: loader(async (sprintIds: readonly string[]) => {
      const valid = sprintIds.filter(isUuid);
      const rows = valid.length ? await data.sprintInputsByIds(db, tenantId, valid) : [];
      return orderByKeys(sprintIds, rows, (r) => r.sprint.sprintId).map((r) => (r ? toContext(r) : null));
    }),
    /** A team's members; null for a team the read model has not heard of. */
    members: loader(async (teamIds: readonly string[]) => {
      const valid = teamIds.filter(isUuid);
      const rows = valid.length ? await data.teamMemberInputsByTeamIds(db, tenantId, valid) : [];
      const byTeam = new Map<string, Member[]>();
      for (const { teamId, member } of rows) {
        const list = byTeam.get(teamId) ?? [];
        if (member)
          list.push({ userId: member.userId, displayName: member.displayName, discipline: member.discipline, allocationPercent: member.allocationPercent });
        byTeam.set(teamId, list);
      }
      return teamIds.map((id) => byTeam.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
