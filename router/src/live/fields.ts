import type { LiveEvent, LiveEventType, Published } from '@sprint-reports/core';

/** How the router fetches one entity of a payload through the supergraph: a root Query field by id. */
export interface Lookup {
  /** The Query field, e.g. `sprint` (sprint(id: ID!)) or `issues` (issues(ids: [ID!]!)). */
  field: string;
  arg: string;
  argType: 'ID!' | '[ID!]!';
  /** The id(s) in the event; null: the payload field is null (CapacityUpdate.sprint of a team-wide change). */
  ids(event: Published): string | string[] | null;
}

/** One Subscription field: which events feed it, how they are filtered, and how its payload is made. */
export interface LiveField {
  /**
   * The producers' facts that change what it follows (core/events.ts): an event is named for what
   * happened where it happened, and a field lists every fact its payload depends on.
   */
  events: readonly LiveEventType[];
  /** The argument that names what to follow; events match on topicOf(event) (core/events.ts). */
  arg: string;
  /** A Query field that must find the followed entity for the subscriber (NOT_FOUND otherwise). */
  check?: string;
  /** Payload fields fetched through the supergraph. */
  entities: Record<string, Lookup>;
  /** Payload fields taken from the event itself. */
  scalars: Record<string, (event: Published) => unknown>;
  /** Delivers one event and completes (a report is ready once). */
  once?: boolean;
  /**
   * For `once` fields: what happened before the subscription began. The check selects `select`;
   * when `when` holds for it, the event is delivered at once.
   */
  already?: { select: string; when(value: unknown): boolean; event(tenantId: string, topic: string): LiveEvent };
}

const at = (e: Published) => new Date(e.at).toISOString();
const one = (field: string, id: (e: Published) => string | null): Lookup => ({ field, arg: 'id', argType: 'ID!', ids: id });
const prop =
  <K extends string>(key: K) =>
  (e: Published) =>
    (e as unknown as Record<K, string | null>)[key] ?? null;

/** The Subscription fields (declared in the subgraphs' SDL, served here). */
export const LIVE_FIELDS: Record<string, LiveField> = {
  sprintAnalysisUpdated: {
    events: ['SPRINT_ANALYSIS_UPDATED'],
    arg: 'boardId',
    check: 'board',
    entities: { board: one('board', prop('boardId')), sprint: one('sprint', prop('sprintId')) },
    scalars: { at },
  },
  sprintUpdated: {
    events: ['SPRINT_UPDATED'],
    arg: 'sprintId',
    check: 'sprint',
    entities: { sprint: one('sprint', prop('sprintId')) },
    scalars: { at },
  },
  issueUpdated: {
    events: ['ISSUES_UPDATED'],
    arg: 'boardId',
    check: 'board',
    entities: {
      board: one('board', prop('boardId')),
      issues: { field: 'issues', arg: 'ids', argType: '[ID!]!', ids: (e) => (e.type === 'ISSUES_UPDATED' ? e.issueIds : []) },
    },
    scalars: { at, issueIds: (e) => (e.type === 'ISSUES_UPDATED' ? e.issueIds : []) },
  },
  // No check: connections are for managers (jiraConnection), while anyone may follow a sync's progress.
  syncProgress: {
    events: ['SYNC_PROGRESS'],
    arg: 'connectionId',
    entities: { run: one('syncRun', prop('runId')) },
    scalars: { at },
  },
  queueUpdated: {
    events: ['QUEUE_UPDATED'],
    arg: 'sprintId',
    check: 'sprint',
    entities: { sprint: one('sprint', prop('sprintId')), queue: one('queue', prop('queueId')) },
    scalars: { at },
  },
  capacityUpdated: {
    // The team's settings or a sprint's (capacity), or its members (users): a team-wide change has no sprint.
    events: ['CAPACITY_UPDATED', 'TEAM_MEMBERS_CHANGED'],
    arg: 'teamId',
    check: 'team',
    entities: { team: one('team', prop('teamId')), sprint: one('sprint', prop('sprintId')) },
    scalars: { at },
  },
  reportReady: {
    events: ['REPORT_READY'],
    arg: 'reportId',
    check: 'report',
    entities: { report: one('report', prop('reportId')) },
    scalars: { at },
    once: true,
    already: {
      select: 'status',
      when: (status) => status === 'READY' || status === 'FAILED',
      event: (tenantId, reportId) => ({ type: 'REPORT_READY', tenantId, reportId }),
    },
  },
  reportProgress: {
    events: ['REPORT_PROGRESS'],
    arg: 'reportId',
    check: 'report',
    entities: { report: one('report', prop('reportId')) },
    scalars: { at },
  },
};

/** The Subscription fields each event type feeds. */
const FED_BY = new Map<LiveEventType, string[]>();
for (const [name, field] of Object.entries(LIVE_FIELDS)) for (const type of field.events) FED_BY.set(type, [...(FED_BY.get(type) ?? []), name]);
export const fieldsFedBy = (type: LiveEventType): readonly string[] => FED_BY.get(type) ?? [];
