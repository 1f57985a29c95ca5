import { isUuid, loader, teamMembers, type SubgraphClient } from '@sprint-reports/core';

/**
 * What capacity reads from other domains, through their subgraphs (`_entities`), never their
 * tables: team memberships (users), the board's analysed sprints (sprints) and a future sprint's
 * planned queue (queues). Each is a per-request loader: one call per batch.
 */

const SPRINTS = /* GraphQL */ `
  query CapacitySprints($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on Sprint {
        id state startDate endDate team { id }
        board { sprints { id state startDate endDate completeDate storedDisciplineFigures { discipline committedPoints completedPoints } } }
      }
    }
  }
`;

const QUEUES = /* GraphQL */ `
  query CapacityQueues($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Sprint { id queue { utilisation { discipline plannedPoints } } } }
  }
`;

type Breakdown = { discipline: string; committedPoints?: number; completedPoints?: number }[];
type WireSprint = {
  id: string;
  state: 'FUTURE' | 'ACTIVE' | 'CLOSED';
  startDate: string | null;
  endDate: string | null;
  team: { id: string } | null;
  board: { sprints: (Omit<WireSprint, 'board' | 'team'> & { completeDate: string | null; storedDisciplineFigures: Breakdown | null })[] };
};

/** A sprint with what its capacity needs from the sprints subgraph. */
export interface SprintContext {
  id: string;
  state: WireSprint['state'];
  startDate: Date | null;
  endDate: Date | null;
  teamId: string | null;
  /** JIRA's commitment per discipline, once the sprint started. */
  committed: Map<string, number> | null;
  /** The board's closed, analysed sprints that started before this one, newest first. */
  history: { id: string; startDate: Date; endDate: Date; completeDate: Date | null; completed: Map<string, number> }[];
}

const date = (s: string | null) => (s ? new Date(s) : null);
const perDiscipline = (b: Breakdown, pick: 'committedPoints' | 'completedPoints') => new Map(b.map((d) => [d.discipline, d[pick] ?? 0]));

/** The sprint's own figures come with its board's list: one read of the stored analyses per request. */
function toContext(s: WireSprint): SprintContext {
  const start = date(s.startDate);
  const own = s.board.sprints.find((h) => h.id === s.id)?.storedDisciplineFigures ?? null;
  const history = s.board.sprints
    .filter((h) => h.id !== s.id && h.state === 'CLOSED' && h.storedDisciplineFigures && h.startDate && h.endDate && (!start || new Date(h.startDate) < start))
    .map((h) => ({ id: h.id, startDate: new Date(h.startDate!), endDate: new Date(h.endDate!), completeDate: date(h.completeDate), completed: perDiscipline(h.storedDisciplineFigures!, 'completedPoints') }))
    .sort((a, b) => b.startDate.getTime() - a.startDate.getTime());
  return {
    id: s.id,
    state: s.state,
    startDate: start,
    endDate: date(s.endDate),
    teamId: s.team?.id ?? null,
    committed: own ? perDiscipline(own, 'committedPoints') : null,
    history,
  };
}

/** Loaders over the client, for one tenant's request. Unknown ids load as null. */
export function remoteLoaders(client: SubgraphClient, tenantId: string) {
  // Ids come from clients: one that is not a UUID finds nothing instead of failing the batch.
  const byIds = async <T>(ids: readonly string[], fetch: (valid: string[]) => Promise<(T | null)[]>) => {
    const valid = ids.filter(isUuid);
    const found = await fetch(valid);
    const byId = new Map(valid.map((id, i) => [id, found[i] ?? null]));
    return ids.map((id) => byId.get(id) ?? null);
  };
  const sprintRefs = (ids: string[]) => ids.map((id) => ({ __typename: 'Sprint', id }));
  return {
    /** A team's members, or null for a team that does not exist (in this tenant). */
    members: loader((teamIds: readonly string[]) => byIds(teamIds, (valid) => teamMembers(client, tenantId, valid))),
    sprint: loader(async (sprintIds: readonly string[]) =>
      (await byIds(sprintIds, (valid) => client.entities<WireSprint>('sprints', tenantId, SPRINTS, sprintRefs(valid)))).map((s) => (s ? toContext(s) : null)),
    ),
    /** A sprint's queue's planned points per discipline; null without a queue. */
    planned: loader(async (sprintIds: readonly string[]) =>
      (await byIds(sprintIds, (valid) => client.entities<{ queue: { utilisation: { discipline: string; plannedPoints: number }[] } | null }>('queues', tenantId, QUEUES, sprintRefs(valid)))).map(
        (s) => (s?.queue ? new Map(s.queue.utilisation.map((u) => [u.discipline, u.plannedPoints])) : null),
      ),
    ),
  };
}

/** NOT_FOUND unless the caller's tenant has the user (asked of the users subgraph as that tenant). */
export const requireUser = (client: SubgraphClient, tenantId: string, userId: string) => client.requireEntity('users', tenantId, 'User', userId);
