import { asSystem, withTenant, type Database, type EventBus, type Logger, type SubgraphClient } from '@sprint-reports/core';
import { analysesBySprintIds, boardsByIds, sprintsByIds, sprintsDueForAnalysis, startedSprints, upsertAnalyses, upsertAnalysisInputs } from '../data.ts';
import { announceSprints, figuresChanged } from '../events.ts';
import type { AnalysisInputsRow, AnalysisRow, BoardRow, SprintRow } from '../models.ts';
import { capacitySprintsChanged } from '../remote/capacity.ts';
import { SprintHolidaysDocument } from '../remote/__generated__/capacity.ts';
import { SprintIssueFactsDocument } from '../remote/__generated__/issues.ts';
import { teamDisciplinesByUser } from '../remote/users.ts';
import { computeAnalysis, ANALYSIS_VERSION, type IssueFact, type WireFact } from './compute.ts';

/** Issue history comes from the issues subgraph through federation (SprintIssueFacts), never by SQL across schemas. */
const date = (s: string) => new Date(s);
const toFact = (w: WireFact): IssueFact => ({
  ...w,
  createdAt: date(w.createdAt),
  addedAt: date(w.addedAt),
  removedAt: w.removedAt ? date(w.removedAt) : null,
  estimates: w.estimates.map((e) => ({ ...e, at: date(e.at) })),
  originalEstimates: w.originalEstimates.map((e) => ({ ...e, at: date(e.at) })),
  statusCategories: w.statusCategories.map((s) => ({ ...s, at: date(s.at) })),
  resolutions: w.resolutions.map((r) => ({ ...r, at: date(r.at) })),
  memberships: w.memberships.map((m) => ({ sprintId: m.sprintId, addedAt: date(m.addedAt), removedAt: m.removedAt ? date(m.removedAt) : null })),
});

/** Each team's members' disciplines by user id: "else the assignee's team discipline". */
async function teamDisciplines(client: SubgraphClient, tenantId: string, boards: BoardRow[]): Promise<Map<string, Record<string, string>>> {
  const teamIds = [...new Set(boards.flatMap((b) => (b.teamId ? [b.teamId] : [])))];
  const members = await teamDisciplinesByUser(client, tenantId, teamIds);
  return new Map(teamIds.flatMap((id, i) => (members[i] ? [[id, members[i]] as const] : [])));
}

/**
 * Each sprint's team holidays (capacity, `_entities`), by sprint id, for sprints whose board has a
 * team; none where the capacity subgraph is not reached (a subgraph alone, in tests): weekends only.
 * Holidays only shape the burndown's guideline: a capacity subgraph that fails (down, timed out)
 * must not fail the refresh, and with it a JIRA sync. Weekends only then, with a warning.
 */
async function sprintHolidays(
  client: SubgraphClient,
  tenantId: string,
  sprints: readonly SprintRow[],
  boards: ReadonlyMap<string, BoardRow>,
  log?: Logger,
): Promise<Map<string, string[]>> {
  const teamed = sprints.flatMap((s) => {
    const teamId = boards.get(s.boardId)?.teamId;
    return teamId ? [{ sprint: s, teamId }] : [];
  });
  if (!teamed.length || !client.reaches('capacity')) return new Map();
  let found: ({ holidays: { date: string }[] } | null)[];
  try {
    found = await client.entities(
      'capacity',
      tenantId,
      SprintHolidaysDocument,
      'Sprint',
      teamed.map(({ sprint, teamId }) => ({ id: sprint.id, team: { id: teamId } })),
    );
  } catch (err) {
    log?.warn(
      { tenantId, sprints: teamed.length, err: err instanceof Error ? err.message : String(err) },
      "Could not read the teams' holidays from the capacity subgraph; the burndown guideline counts weekends only",
    );
    return new Map();
  }
  return new Map(teamed.map(({ sprint }, i) => [sprint.id, [...new Set((found[i]?.holidays ?? []).map((h) => h.date))]]));
}

/**
 * What a sprint's analysis is computed from besides our own tables, as gathered from the other
 * subgraphs: its issue facts (issues), its board's team's disciplines by user (users), its holidays
 * (capacity). Stored per sprint (sprints.analysis_inputs) with the analysis, so that a read (the
 * settings preview) computes from them without calling anyone. Only what computeAnalysis reads.
 */
export interface AnalysisInputs {
  sprintId: string;
  tenantId: string;
  facts: WireFact[];
  teamDisciplines: Record<string, string> | null;
  holidays: string[] | null;
  gatheredAt: Date;
}

/** A stored row of sprints.analysis_inputs as the compute takes it (its facts were written as WireFacts). */
export const storedInputs = (row: AnalysisInputsRow): AnalysisInputs => ({ ...row, facts: row.facts as WireFact[] });

/** Only the fields of a fact that computeAnalysis reads, in the order of SprintIssueFacts (whatever else the wire carried). */
const wireFact = (w: WireFact): WireFact => ({
  issueId: w.issueId,
  key: w.key,
  parentKey: w.parentKey,
  subtask: w.subtask,
  discipline: w.discipline,
  issueType: w.issueType,
  components: w.components,
  labels: w.labels,
  assigneeId: w.assigneeId,
  createdAt: w.createdAt,
  addedAt: w.addedAt,
  removedAt: w.removedAt,
  estimates: w.estimates.map(({ at, points }) => ({ at, points })),
  originalEstimates: w.originalEstimates.map(({ at, points }) => ({ at, points })),
  statusCategories: w.statusCategories.map(({ at, statusId, category }) => ({ at, statusId, category })),
  resolutions: w.resolutions.map(({ at, resolution }) => ({ at, resolution })),
  memberships: w.memberships.map(({ sprintId, addedAt, removedAt }) => ({ sprintId, addedAt, removedAt })),
});

/**
 * Gathers the inputs of these started sprints' analyses from the other subgraphs (issues, users,
 * capacity): the calls of a refresh, never of a read. `tx` (scoped to the tenant) reads the boards' teams.
 */
export async function gatherAnalysisInputs(
  deps: Pick<RefreshDeps, 'client' | 'log'>,
  tx: Database,
  tenantId: string,
  batch: readonly SprintRow[],
): Promise<AnalysisInputs[]> {
  const found = await deps.client.entities(
    'issues',
    tenantId,
    SprintIssueFactsDocument,
    'Sprint',
    batch.map((s) => ({ id: s.id })),
  );
  const boardRows = await boardsByIds(tx, tenantId, [...new Set(batch.map((s) => s.boardId))]);
  const boards = new Map(boardRows.map((b) => [b.id, b]));
  const disciplines = await teamDisciplines(deps.client, tenantId, boardRows);
  const holidays = await sprintHolidays(deps.client, tenantId, batch, boards, deps.log);
  const gatheredAt = new Date();
  return batch.map((sprint, j) => {
    const teamId = boards.get(sprint.boardId)?.teamId;
    return {
      sprintId: sprint.id,
      tenantId,
      facts: (found[j]?.issueFacts ?? []).map(wireFact),
      teamDisciplines: (teamId && disciplines.get(teamId)) || null,
      holidays: holidays.get(sprint.id) ?? null,
      gatheredAt,
    };
  });
}

/**
 * Computes (and does not store) the analyses of these started sprints from their gathered inputs
 * (one per sprint, by sprint id; a sprint without inputs is skipped), in `tx` (scoped to the
 * tenant), with our own tables only: the boards' settings and columns (done is JIRA's right-most
 * column) and every sprint their issues have been in (for carry-over chains). `boardOf` may stand a
 * board in with other settings: the settings preview computes by the very code a refresh stores with.
 */
export async function computeAnalysesFrom(
  tx: Database,
  tenantId: string,
  batch: readonly SprintRow[],
  inputs: readonly AnalysisInputs[],
  now: Date,
  boardOf: (board: BoardRow) => BoardRow = (b) => b,
): Promise<AnalysisRow[]> {
  const inputOf = new Map(inputs.map((i) => [i.sprintId, i]));
  const sprintsIn = batch.filter((s) => inputOf.has(s.id));
  if (!sprintsIn.length) return [];
  const facts = new Map(sprintsIn.map((s) => [s.id, inputOf.get(s.id)!.facts.map(toFact)]));
  const boards = new Map((await boardsByIds(tx, tenantId, [...new Set(sprintsIn.map((s) => s.boardId))])).map(boardOf).map((b) => [b.id, b]));
  const chainIds = [...new Set([...facts.values()].flat().flatMap((f) => f.memberships.map((m) => m.sprintId)))];
  const sprints = new Map((chainIds.length ? await sprintsByIds(tx, tenantId, chainIds) : []).map((s) => [s.id, s]));
  const rows: AnalysisRow[] = [];
  for (const sprint of sprintsIn) {
    const input = inputOf.get(sprint.id)!;
    const teamDisciplines = input.teamDisciplines ? new Map(Object.entries(input.teamDisciplines)) : undefined;
    const row = computeAnalysis(sprint, facts.get(sprint.id)!, now, boards.get(sprint.boardId), {
      teamDisciplines,
      sprints,
      holidays: input.holidays ? new Set(input.holidays) : undefined,
    });
    if (row) rows.push(row);
  }
  return rows;
}

/** What refreshing analyses needs; with `events`, sprints whose figures moved are announced. */
export interface RefreshDeps {
  db: Database;
  client: SubgraphClient;
  events?: EventBus;
  now?: () => Date;
  /** Where a degraded refresh (no holidays) is reported. */
  log?: Logger;
}

/**
 * Recomputes and stores the analysis of the tenant's started sprints (all, or the given ones),
 * in batches, each batch read and written in one transaction scoped to the tenant. Called in a
 * request of that tenant (`deps.db` its transaction), it all joins the request's transaction;
 * from a job (`deps.db` the base database), each batch is a transaction of its own. The issues
 * subgraph, in this process, answers inside the same transaction. Each analysis is stored with the
 * inputs it was computed from (sprints.analysis_inputs, for the settings preview). Sprints whose figures changed
 * (or that had no analysis) are announced once their batch commits. Returns how many analyses were
 * written.
 */
export async function refreshSprintAnalyses(deps: RefreshDeps, tenantId: string, sprintIds?: readonly string[], batchSize = 50): Promise<number> {
  const inTenant = <T>(fn: (tx: Database) => Promise<T>) => withTenant(deps.db, tenantId, fn);
  const sprints = await inTenant((tx) => startedSprints(tx, tenantId, sprintIds));
  let written = 0;
  for (let i = 0; i < sprints.length; i += batchSize) {
    const batch = sprints.slice(i, i + batchSize);
    written += await inTenant(async (tx) => {
      const inputs = await gatherAnalysisInputs(deps, tx, tenantId, batch);
      const rows = await computeAnalysesFrom(tx, tenantId, batch, inputs, deps.now?.() ?? new Date());
      // What was stored before, to announce only the sprints whose figures move (one read per batch).
      const before =
        deps.events && rows.length
          ? new Map(
              (
                await analysesBySprintIds(
                  tx,
                  tenantId,
                  rows.map((r) => r.sprintId),
                )
              ).map((r) => [r.sprintId, r]),
            )
          : null;
      await upsertAnalyses(tx, rows);
      // What they were computed from, for reads that compute again (the settings preview).
      const analysed = new Set(rows.map((r) => r.sprintId));
      await upsertAnalysisInputs(
        tx,
        inputs.filter((i) => analysed.has(i.sprintId)),
      );
      // Capacity keeps its own copy of the stored figures (its history and commitment): once this commits.
      await capacitySprintsChanged(
        deps.client,
        tenantId,
        rows.map((r) => r.sprintId),
      );
      if (before) {
        const changed = new Set(rows.filter((r) => figuresChanged(before.get(r.sprintId), r)).map((r) => r.sprintId));
        await announceSprints(
          deps.events,
          tenantId,
          batch.filter((s) => changed.has(s.id)),
          'analysis',
        );
      }
      return rows.length;
    });
  }
  return written;
}

/**
 * Computes every tenant's due analyses: active sprints, whose numbers change with time alone (their
 * end is "now"), started sprints left without one (a refresh that did not finish), and those
 * computed by older rules (ANALYSIS_VERSION). Run at
 * start-up, outside any scope: the search spans tenants (system scope), then each tenant's
 * analyses are computed in its own scope, one tenant after the other. Returns how many analyses
 * were written.
 */
export async function refreshDueAnalyses(deps: RefreshDeps): Promise<number> {
  let written = 0;
  for (const [tenantId, ids] of await asSystem(deps.db, (tx) => sprintsDueForAnalysis(tx, ANALYSIS_VERSION)))
    written += await refreshSprintAnalyses(deps, tenantId, ids);
  return written;
}
