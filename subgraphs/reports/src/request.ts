import { badInput, parseId } from '@sprint-reports/core';
import type { ReportParams } from '@sprint-reports/drizzle';
import type { GenerateReportInput } from './__generated__/resolvers-types.ts';
import type { ReportFormat, ReportKind } from './report-model.ts';

/** What a report is asked to cover: the same request on the same data makes the same document. */
export interface ReportRequest extends ReportParams {
  kind: ReportKind;
  format: ReportFormat;
  sprintId?: string;
  boardId?: string;
  teamId?: string;
}

/** Longest range a CAPACITY or HISTORY report covers. */
export const MAX_RANGE_DAYS = 730;
export const DEFAULT_RANGE_DAYS = 90;
const DAY = 86_400_000;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** graphql-scalars' Date hands inputs over as Date objects (UTC midnight); other callers pass strings. */
function parseDay(input: string | Date, field: string): string {
  const value = input instanceof Date ? isoDay(input) : input;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || isoDay(new Date(`${value}T00:00:00Z`)) !== value) {
    throw badInput(`"${value}" is not a date (YYYY-MM-DD)`, field);
  }
  return value;
}

/** The range of a CAPACITY or HISTORY report: `to` defaults to today (UTC), `from` to `rangeDays` before it. */
export function dateRange(from: string | Date | null | undefined, to: string | Date | null | undefined, now: Date, rangeDays = DEFAULT_RANGE_DAYS) {
  const end = to ? parseDay(to, 'input.to') : isoDay(now);
  const start = from ? parseDay(from, 'input.from') : isoDay(new Date(Date.parse(`${end}T00:00:00Z`) - (rangeDays - 1) * DAY));
  if (start > end) throw badInput(`The range starts (${start}) after it ends (${end})`, 'input.from');
  if ((Date.parse(end) - Date.parse(start)) / DAY + 1 > MAX_RANGE_DAYS) throw badInput(`A report covers at most ${MAX_RANGE_DAYS} days`, 'input.from');
  return { from: start, to: end };
}

/**
 * Checks the input a kind needs and fills in defaults. Only the fields a kind uses are kept, so
 * that two requests for the same report are equal (the cache compares them).
 */
export function reportRequest(input: GenerateReportInput, now: Date): ReportRequest {
  const { kind, format } = input;
  const id = (value: string | null | undefined, field: string) => (value ? parseId(value, `input.${field}`) : undefined);
  switch (kind) {
    case 'SPRINT': {
      const sprintId = id(input.sprintId, 'sprintId');
      if (!sprintId) throw badInput('A SPRINT report needs sprintId', 'input.sprintId');
      return { kind, format, sprintId };
    }
    case 'VELOCITY': {
      const boardId = id(input.boardId, 'boardId');
      const teamId = boardId ? undefined : id(input.teamId, 'teamId');
      if (!boardId && !teamId) throw badInput('A VELOCITY report needs boardId (one board) or teamId (each of its boards)', 'input.boardId');
      const last = input.last ?? 7;
      if (!Number.isInteger(last) || last < 1 || last > 50) throw badInput(`last is 1 to 50 sprints (got ${last})`, 'input.last');
      return { kind, format, ...(boardId ? { boardId } : { teamId }), last };
    }
    case 'CAPACITY':
    case 'HISTORY': {
      const teamId = id(input.teamId, 'teamId');
      if (!teamId) throw badInput(`A ${kind} report needs teamId`, 'input.teamId');
      return { kind, format, teamId, ...dateRange(input.from, input.to, now) };
    }
  }
}
