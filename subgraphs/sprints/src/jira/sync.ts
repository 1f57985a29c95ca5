import { jiraObjectId, sprintBoards, type Database, type EventBus } from '@sprint-reports/core';
import { boardsOfConnection, markSprintDeleted, sprintsByIds, upsertBoards, upsertSprints } from '../data.ts';
import { announceSprints, sprintChanged } from '../events.ts';
import type { BoardInsert, SprintRow } from '../models.ts';
import type { JiraBoardInput, JiraSprintInput } from '../__generated__/resolvers-types.ts';

/**
 * Boards and sprints as the issues subgraph's JIRA sync reads them. This subgraph owns the rows, so
 * the sync hands them over here; ids derive from JIRA's, the same way the issues subgraph derives
 * the sprint ids of its memberships.
 *
 * `reshaped`: the boards already stored whose columns or estimation field JIRA changed. Their
 * started sprints are analysed anew: done is the right-most column, the commitment leaves out
 * statuses on no column, and the estimation field may set the statistic.
 */
export async function syncBoards(
  db: Database,
  tenantId: string,
  connectionId: string,
  input: JiraBoardInput[],
): Promise<{ count: number; reshaped: string[] }> {
  const stored = new Map((await boardsOfConnection(db, tenantId, connectionId)).map((b) => [b.id, b]));
  const rows: BoardInsert[] = input.map((b) => ({
    id: jiraObjectId(tenantId, connectionId, 'board', b.jiraBoardId),
    tenantId,
    connectionId,
    jiraBoardId: b.jiraBoardId,
    name: b.name,
    projectKey: b.projectKey ?? null,
    teamId: null, // kept on update: upsertBoards does not overwrite a team set here by setBoardTeam
    columns: b.columns.map((c) => ({ name: c.name, statusIds: [...c.statusIds] })),
    estimationField: b.estimationField ?? null,
    createdAt: new Date(),
  }));
  await upsertBoards(db, rows, { keepTeam: true });
  const reshaped = rows.filter((r) => {
    const before = stored.get(r.id);
    return (
      !!before && (JSON.stringify(columnsOf(before.columns)) !== JSON.stringify(columnsOf(r.columns)) || (before.estimationField ?? null) !== r.estimationField)
    );
  });
  return { count: rows.length, reshaped: reshaped.map((r) => r.id) };
}

/** Columns as compared: names and status ids in order (a status moved between columns, a column renamed or added). */
const columnsOf = (columns: BoardInsert['columns']) => (columns ?? []).map((c) => [c.name, [...c.statusIds]]);

/**
 * A sprint belongs to the board it was created on when that board is synced, else to the last
 * synced board that listed it (JIRA lists other boards' sprints that share issues; sprintBoards).
 * Sprints of no synced board are skipped.
 * A sync sends every sprint every time: only those it adds or changes are announced.
 *
 * Its start is when it really started: Server/DC's activatedDate (Start pressed) when JIRA sends
 * one, else JIRA's startDate, which is kept as the planned start. Cloud never sends activatedDate.
 * News without one about a sprint that has one stored (a Server/DC webhook of a version that
 * leaves it out) keeps the stored activation: a sprint, once started, stays started then.
 */
export async function syncSprints(db: Database, tenantId: string, connectionId: string, input: JiraSprintInput[], events?: EventBus) {
  const boards = new Map((await boardsOfConnection(db, tenantId, connectionId)).map((b) => [b.jiraBoardId, b.id]));
  // A webhook names only the origin board: a sprint of an unsynced board stays where a sync put it.
  const known = new Map(
    (
      await sprintsByIds(
        db,
        tenantId,
        input.map((s) => jiraObjectId(tenantId, connectionId, 'sprint', s.jiraSprintId)),
      )
    ).map((s) => [s.id, s]),
  );
  // The same rule the sync uses to ask JIRA's sprint report on the sprint's board.
  const boardOf = sprintBoards(input, (jiraBoardId) => boards.has(jiraBoardId));
  const rows: SprintRow[] = [];
  for (const s of input) {
    const id = jiraObjectId(tenantId, connectionId, 'sprint', s.jiraSprintId);
    const chosen = boardOf.get(s.jiraSprintId);
    const boardId = (chosen !== undefined ? boards.get(chosen) : undefined) ?? known.get(id)?.boardId;
    if (!boardId) continue;
    rows.push({
      id,
      tenantId,
      boardId,
      connectionId,
      jiraSprintId: s.jiraSprintId,
      originJiraBoardId: s.originBoardId ?? null,
      name: s.name,
      state: s.state,
      goal: s.goal ?? null,
      startDate: startOf(s, known.get(id)),
      plannedStartDate: s.startDate ? new Date(s.startDate) : null,
      endDate: s.endDate ? new Date(s.endDate) : null,
      completeDate: s.completeDate ? new Date(s.completeDate) : null,
      // JIRA orders a board's sprints by its sequence, which starts as the sprint id.
      sequence: s.jiraSprintId,
      deletedAt: null,
      lastEventAt: s.eventAt ? new Date(s.eventAt) : new Date(),
    });
  }
  // The same sprint may be listed by several boards: write it once.
  const unique = [...new Map(rows.map((r) => [r.id, r])).values()];
  const written = new Set(await upsertSprints(db, unique, { ifNewer: true }));
  await announceSprints(
    events,
    tenantId,
    unique.filter((r) => written.has(r.id) && sprintChanged(known.get(r.id), r)),
    'sprint',
  );
  // A started sprint whose dates moved (Server/DC's activation read for the first time, a closed
  // sprint's dates corrected in JIRA) is measured anew, whether or not its issues changed.
  const redated = unique.filter((r) => written.has(r.id) && r.state !== 'FUTURE' && datesMoved(known.get(r.id), r)).map((r) => r.id);
  return { ids: unique.map((r) => r.id), redated };
}

const DATES = ['startDate', 'endDate', 'completeDate'] as const;
const datesMoved = (before: SprintRow | undefined, after: SprintRow) => !!before && DATES.some((k) => before[k]?.getTime() !== after[k]?.getTime());

/** activatedDate ?? startDate; without an activatedDate, a stored start that was an activation (it differs from the planned start) stays. */
function startOf(s: JiraSprintInput, stored: SprintRow | undefined): Date | null {
  if (s.activatedDate) return new Date(s.activatedDate);
  const wasActivated = stored?.startDate && stored.plannedStartDate && stored.startDate.getTime() !== stored.plannedStartDate.getTime();
  if (wasActivated && s.state !== 'FUTURE') return stored.startDate;
  return s.startDate ? new Date(s.startDate) : null;
}

/** JIRA deleted the sprint: it is marked deleted (news older than the row's is ignored). Announced when it was not deleted before. */
export async function deleteSprint(db: Database, tenantId: string, connectionId: string, jiraSprintId: number, at: Date, events?: EventBus): Promise<boolean> {
  const [before] = await sprintsByIds(db, tenantId, [jiraObjectId(tenantId, connectionId, 'sprint', jiraSprintId)]);
  const marked = await markSprintDeleted(db, tenantId, connectionId, jiraSprintId, at);
  if (before && !before.deletedAt && marked.length) await announceSprints(events, tenantId, [before], 'sprint');
  return marked.length > 0;
}
