/**
 * CSV: the model's rows as data, numbers unrounded (empty for null), one header row, CRLF line
 * ends (RFC 4180). No formatter here: a spreadsheet does its own rounding.
 */
import { stringify } from 'csv-stringify/sync';
import type { DisciplineFigures, HistorySprintRow, ReportModel } from '../report-model.ts';

/** Column name → its cell for a row. */
type Columns<Row> = Record<string, (row: Row) => string | number | boolean | null>;

// escape_formulas: summaries and names come from JIRA users; a cell starting =, +, - or @ would run
// as a formula in Excel or Sheets, so it is prefixed with a quote (numbers are left alone).
const csv = <Row>(columns: Columns<Row>, rows: Row[]) =>
  stringify(
    rows.map((row) => Object.values(columns).map((cell) => cell(row))),
    { header: true, columns: Object.keys(columns), record_delimiter: 'windows', escape_formulas: true, cast: { boolean: (value) => String(value) } },
  );

/** HISTORY: a sprint's own figures (discipline "All") or one discipline's. */
type HistoryRow = { sprint: HistorySprintRow; discipline: DisciplineFigures | null };

export function renderCsv(model: ReportModel): string {
  switch (model.kind) {
    case 'SPRINT':
      return csv(
        {
          key: (i) => i.key,
          summary: (i) => i.summary,
          type: (i) => i.type,
          status: (i) => i.status,
          assignee: (i) => i.assignee,
          outcome: (i) => i.outcome,
          added_after_start: (i) => i.addedAfterStart,
          points_at_start: (i) => i.pointsAtStart,
          points_at_join: (i) => i.pointsAtJoin,
          points_at_end: (i) => i.pointsAtEnd,
          discipline: (i) => i.discipline,
          cycle_time_hours: (i) => i.cycleTimeHours,
          lead_time_hours: (i) => i.leadTimeHours,
        },
        model.issues,
      );
    case 'VELOCITY':
      return csv(
        {
          board: (r) => r.board.name,
          sprint: (r) => r.row.sprint.name,
          start: (r) => r.row.sprint.startDate,
          end: (r) => r.row.sprint.endDate,
          committed: (r) => r.row.committedPoints,
          completed: (r) => r.row.completedPoints,
          say_do_ratio: (r) => r.row.sayDoRatio,
          scope_change_rate: (r) => r.row.scopeChangeRate,
          rolling_average_3: (r) => r.row.rollingAverage3,
          rolling_average_5: (r) => r.row.rollingAverage5,
        },
        model.boards.flatMap(({ board, sprints }) => sprints.map((row) => ({ board, row }))),
      );
    case 'CAPACITY':
      return csv(
        {
          sprint: (r) => r.sprint.sprint.name,
          board: (r) => r.sprint.board.name,
          start: (r) => r.sprint.sprint.startDate,
          discipline: (r) => r.row.discipline,
          members: (r) => r.row.members,
          available_days: (r) => r.row.availableDays,
          capacity_points: (r) => r.row.capacityPoints,
          committed_points: (r) => r.row.committedPoints,
          completed_points: (r) => r.row.completedPoints,
          utilisation: (r) => r.row.utilisation,
        },
        model.sprints.flatMap((sprint) => sprint.byDiscipline.map((row) => ({ sprint, row }))),
      );
    case 'HISTORY':
      return csv<HistoryRow>(
        {
          sprint: (r) => r.sprint.sprint.name,
          board: (r) => r.sprint.board.name,
          start: (r) => r.sprint.sprint.startDate,
          end: (r) => r.sprint.sprint.endDate,
          closed: (r) => r.sprint.sprint.completeDate,
          discipline: (r) => r.discipline?.discipline ?? 'All',
          committed: (r) => (r.discipline ?? r.sprint).committedPoints,
          completed: (r) => (r.discipline ?? r.sprint).completedPoints,
          say_do_ratio: (r) => (r.discipline ?? r.sprint).sayDoRatio,
          // The sprints subgraph keeps scope change and carry-over per sprint only.
          scope_change_rate: (r) => (r.discipline ? null : r.sprint.scopeChangeRate),
          carried_out_issues: (r) => (r.discipline ? null : r.sprint.carriedOutIssues),
          carried_out_points: (r) => (r.discipline ? null : r.sprint.carriedOutPoints),
          cycle_time_p50: (r) => (r.discipline ?? r.sprint).cycleTime?.p50 ?? null,
          cycle_time_p85: (r) => (r.discipline ?? r.sprint).cycleTime?.p85 ?? null,
          cycle_time_p95: (r) => (r.discipline ?? r.sprint).cycleTime?.p95 ?? null,
        },
        model.sprints.flatMap((sprint) => [{ sprint, discipline: null }, ...sprint.disciplines.map((discipline) => ({ sprint, discipline }))]),
      );
  }
}
