/**
 * Reports in words, and the form's choices as the API's input: pure, so app/tests can check them.
 */
import type { GenerateReportInput, ReportFieldsFragment, ReportFormat, ReportKind, ReportStatus, Role } from '../../gql/graphql.ts';

export type Report = ReportFieldsFragment;

/** generateReport needs the MEMBER role (schema/reports.graphql: @auth(role: MEMBER)); roles include the ones after them. */
export const canGenerateReports = (role: Role | null | undefined) => role === 'ADMIN' || role === 'MANAGER' || role === 'MEMBER';

export const KINDS: { kind: ReportKind; label: string; hint: string }[] = [
  { kind: 'SPRINT', label: 'Sprint report', hint: 'One sprint: its figures, every issue, burndown, capacity and queue.' },
  { kind: 'VELOCITY', label: 'Velocity', hint: "The board's last closed sprints, committed vs. completed, with rolling averages." },
  {
    kind: 'CAPACITY',
    label: 'Capacity',
    hint: "The team's capacity vs. committed vs. completed per discipline, over the sprints that started in a date range.",
  },
  { kind: 'HISTORY', label: 'History', hint: "The team's trends over the sprints that closed in a date range." },
];

export const FORMATS: { format: ReportFormat; label: string }[] = [
  { format: 'PDF', label: 'PDF' },
  { format: 'HTML', label: 'HTML (one self-contained page)' },
  { format: 'CSV', label: 'CSV (spreadsheet)' },
  { format: 'MARKDOWN', label: 'Markdown' },
  { format: 'JSON', label: 'JSON' },
];

const kindWords: Record<ReportKind, string> = { SPRINT: 'Sprint report', VELOCITY: 'Velocity', CAPACITY: 'Capacity', HISTORY: 'History' };
const formatWords: Record<ReportFormat, string> = { PDF: 'PDF', HTML: 'HTML', CSV: 'CSV', MARKDOWN: 'Markdown', JSON: 'JSON' };
export const formatName = (format: ReportFormat) => formatWords[format];

/** What a report is about, e.g. "Sprint report: Sprint 12", "Velocity: last 7 sprints", "History: 2026-09-08 to 2026-12-06". */
export function reportTitle(r: Pick<Report, 'kind' | 'sprint' | 'board' | 'team' | 'last' | 'from' | 'to'>): string {
  const kind = kindWords[r.kind];
  switch (r.kind) {
    case 'SPRINT':
      return r.sprint ? `${kind}: ${r.sprint.name}` : kind;
    case 'VELOCITY': {
      const of = r.board?.name ?? (r.team ? `team ${r.team.name}` : null);
      const last = r.last == null ? '' : `last ${r.last} ${r.last === 1 ? 'sprint' : 'sprints'}`;
      return [`${kind}:`, last, of && `of ${of}`].filter(Boolean).join(' ');
    }
    default:
      return `${kind}${r.team ? ` of team ${r.team.name}` : ''}: ${r.from ?? '…'} to ${r.to ?? '…'}`;
  }
}

export const percentOf = (progress: number) => Math.round(Math.min(Math.max(progress, 0), 1) * 100);

/** Where the job is, in words: the phase and how far it has got. */
export function phaseWords(r: Pick<Report, 'status' | 'progress' | 'error' | 'cached'>): string {
  const phases: Record<ReportStatus, string> = {
    QUEUED: 'Queued: waiting to start',
    RUNNING: `Generating: ${percentOf(r.progress)} % done`,
    READY: r.cached ? 'Ready (the same figures as an earlier report, so its document was reused)' : 'Ready',
    FAILED: `Failed${r.error ? `: ${r.error}` : ''}`,
  };
  return phases[r.status];
}

export const isFinished = (status: ReportStatus) => status === 'READY' || status === 'FAILED';

/** Who asked for it: a person, a schedule, or nobody we know of any more. */
export const requestedByWords = (r: Pick<Report, 'requestedBy' | 'schedule'>) => r.requestedBy?.displayName ?? (r.schedule ? 'A schedule' : '—');

export function sizeWords(bytes: number | null | undefined): string {
  if (bytes == null) return '';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * A board's reports, newest first and each once: its sprints' reports, and those of its team about
 * this board or the whole team (Team.reports also holds the team's other boards' reports).
 */
export function boardReports(
  boardId: string,
  teamReports: readonly Report[] | null | undefined,
  sprintReports: readonly (readonly Report[] | null | undefined)[],
): Report[] {
  const byId = new Map<string, Report>();
  for (const r of teamReports ?? []) if (!r.board || r.board.id === boardId) byId.set(r.id, r);
  for (const list of sprintReports) for (const r of list ?? []) byId.set(r.id, r);
  return newestFirst([...byId.values()]);
}

export const newestFirst = (reports: readonly Report[]) => [...reports].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));

/** A date as the API's Date (YYYY-MM-DD, UTC). */
export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The API's default range: the 90 days ending today (UTC). */
export function defaultRange(now: Date): { from: string; to: string } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 89));
  return { from: isoDate(from), to: isoDate(now) };
}

export interface ReportForm {
  kind: ReportKind;
  format: ReportFormat;
  sprintId: string;
  /** Velocity: how many closed sprints (as typed). */
  last: string;
  from: string;
  to: string;
}

/**
 * The generateReport input for what the form says about this board, or the words for what is
 * missing. Only the fields the kind uses are sent: the same request always makes the same input (and
 * so may reuse its idempotency key).
 */
export function reportInput(form: ReportForm, board: { id: string; teamId: string | null }): { input: GenerateReportInput } | { problem: string } {
  const { kind, format } = form;
  switch (kind) {
    case 'SPRINT':
      return form.sprintId ? { input: { kind, format, sprintId: form.sprintId } } : { problem: 'Choose a sprint.' };
    case 'VELOCITY': {
      const last = Number(form.last);
      if (!Number.isInteger(last) || last < 1 || last > 50) return { problem: 'The number of sprints must be a whole number from 1 to 50.' };
      return { input: { kind, format, boardId: board.id, last } };
    }
    default: {
      if (!board.teamId) return { problem: 'This board has no team: capacity and history reports are about a team.' };
      if (!form.from || !form.to) return { problem: 'Choose the first and the last day of the range.' };
      if (form.from > form.to) return { problem: 'The range starts after it ends: the first day must come before the last.' };
      return { input: { kind, format, teamId: board.teamId, from: form.from, to: form.to } };
    }
  }
}
