/**
 * Schedules in words, and the form's values as the API's input: pure, so app/tests can check them.
 */
import cronstrue from 'cronstrue';
import type { DeliveryStatus, ReportKind, ScheduleFieldsFragment } from '../../gql/graphql.ts';

export type Schedule = ScheduleFieldsFragment;

/** What a cron expression means, in words ("At 09:00, only on Monday"); null when it is not one cronstrue reads. */
export function explainCron(cron: string): string | null {
  const fields = cron.trim().split(/\s+/);
  // The API takes five fields; cronstrue would also read six or seven (seconds, years).
  if (fields.length !== 5) return null;
  try {
    return cronstrue.toString(fields.join(' '), { use24HourTimeFormat: true, verbose: false, throwExceptionOnParseError: true });
  } catch {
    return null;
  }
}

/** When a schedule sends, in words: "At 09:00, only on Monday (Europe/Berlin), and when a sprint closes". */
export function whenWords(s: Pick<Schedule, 'cron' | 'timeZone' | 'atSprintClose'>): string {
  const cron = s.cron ? `${explainCron(s.cron) ?? `On "${s.cron}"`} (${s.timeZone})` : null;
  if (cron && s.atSprintClose) return `${cron}, and when a sprint closes`;
  return cron ?? 'When a sprint of the team closes';
}

/** CAPACITY and HISTORY reports cover a range of days; the others do not use rangeDays. */
export const usesRange = (kind: ReportKind) => kind === 'CAPACITY' || kind === 'HISTORY';

export const deliveryStatusWords: Record<DeliveryStatus, string> = {
  PENDING: 'Waiting to be sent',
  RETRYING: 'Failed for now: will try again',
  SENT: 'Sent',
  FAILED: 'Failed',
  UNSUBSCRIBED: 'Not sent: unsubscribed',
};

export const isWaiting = (status: DeliveryStatus) => status === 'PENDING' || status === 'RETRYING';

/** What the form holds: text as typed, so a refused save keeps it. */
export interface ScheduleForm {
  kind: ReportKind;
  format: Schedule['format'];
  recipients: string[];
  useCron: boolean;
  cron: string;
  timeZone: string;
  atSprintClose: boolean;
  rangeDays: string;
}

/** The reader's own time zone, the default for a new schedule. */
const localTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export function newForm(): ScheduleForm {
  return {
    kind: 'SPRINT',
    format: 'PDF',
    recipients: [''],
    useCron: true,
    cron: '0 9 * * 1',
    timeZone: localTimeZone(),
    atSprintClose: false,
    rangeDays: '90',
  };
}

export function formOf(s: Schedule): ScheduleForm {
  return {
    kind: s.kind,
    format: s.format,
    recipients: s.recipients?.length ? [...s.recipients] : [''],
    useCron: s.cron != null,
    cron: s.cron ?? '0 9 * * 1',
    timeZone: s.timeZone,
    atSprintClose: s.atSprintClose,
    rangeDays: String(s.rangeDays),
  };
}

/**
 * The form as the API's input. Blank recipient rows are left out; `rowOf` maps the index of a sent
 * address back to its row, where an error about "recipients.<index>" belongs.
 */
export function inputOf(form: ScheduleForm) {
  const rows = form.recipients.map((r, row) => ({ address: r.trim(), row })).filter((r) => r.address);
  const rangeDays = Number(form.rangeDays.trim() || NaN);
  return {
    /** A GraphQL Int cannot carry "abc" or 1.5: said here, before asking the API. */
    rangeDaysError: usesRange(form.kind) && !Number.isInteger(rangeDays) ? 'Range: a whole number of days, 1 to 730' : null,
    input: {
      kind: form.kind,
      format: form.format,
      recipients: rows.map((r) => r.address),
      cron: form.useCron ? form.cron.trim() : null,
      timeZone: form.timeZone.trim(),
      atSprintClose: form.atSprintClose,
      // Other kinds keep what they had: the API checks the range (1 to 730) and says what is wrong.
      ...(usesRange(form.kind) && Number.isInteger(rangeDays) ? { rangeDays } : {}),
    },
    rowOf: (index: number) => rows[index]?.row ?? index,
  };
}
