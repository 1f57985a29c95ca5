/** Words and figures of the connection pages, pure (no React): phases, statuses, rate and time left. */
import type { SyncRunFieldsFragment, SyncStatus } from '../../gql/graphql.ts';

/** The JIRA webhook events the issues subgraph applies (subgraphs/issues/src/jira/webhook-payload.ts HANDLED_EVENTS). */
export const WEBHOOK_EVENTS: { group: string; events: { name: string; label: string }[] }[] = [
  {
    group: 'Issue',
    events: [
      { name: 'jira:issue_created', label: 'created' },
      { name: 'jira:issue_updated', label: 'updated' },
      { name: 'jira:issue_deleted', label: 'deleted' },
    ],
  },
  {
    group: 'Sprint',
    events: [
      { name: 'sprint_created', label: 'created' },
      { name: 'sprint_updated', label: 'updated' },
      { name: 'sprint_started', label: 'started' },
      { name: 'sprint_closed', label: 'closed' },
      { name: 'sprint_deleted', label: 'deleted' },
    ],
  },
];

const PHASES: Record<string, string> = {
  queued: 'Waiting to start',
  site: 'Reading the site: fields, statuses and boards',
  boards: 'Storing the boards',
  sprints: 'Reading the sprints',
  issues: 'Reading the issues',
  sweep: 'Looking for issues deleted in JIRA',
  analysis: 'Analysing the sprints',
  done: 'Done',
  cancelled: 'Cancelled',
};

export const phaseWords = (phase: string) => PHASES[phase] ?? phase;

export const STATUS_WORDS: Record<SyncStatus, string> = {
  QUEUED: 'Queued',
  RUNNING: 'Running',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

export const isActive = (status: SyncStatus) => status === 'QUEUED' || status === 'RUNNING';

export const flavorWords = (flavor: string) => (flavor === 'CLOUD' ? 'Cloud' : 'Server/Data Center');

/**
 * Issues per second since the run started, and the seconds left at that rate (null when unknown:
 * not started, nothing read yet, or no total). `now` is when the figures were announced.
 */
export function pace(
  run: Pick<SyncRunFieldsFragment, 'startedAt' | 'issuesSynced' | 'issuesTotal'>,
  now: number,
): { perSecond: number | null; secondsLeft: number | null } {
  if (!run.startedAt || run.issuesSynced <= 0) return { perSecond: null, secondsLeft: null };
  const elapsed = (now - new Date(run.startedAt).getTime()) / 1000;
  if (elapsed <= 0) return { perSecond: null, secondsLeft: null };
  const perSecond = run.issuesSynced / elapsed;
  const left = run.issuesTotal != null ? Math.max(0, run.issuesTotal - run.issuesSynced) : null;
  return { perSecond, secondsLeft: left != null ? Math.ceil(left / perSecond) : null };
}

/** "45 s", "3 min 20 s", "1 h 5 min". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min${s % 60 ? ` ${s % 60} s` : ''}`;
  const m = Math.round(s / 60);
  return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ''}`;
}

/** Rates under 10 a second keep one decimal. */
export const rate = (perSecond: number) => (perSecond < 10 ? String(Math.round(perSecond * 10) / 10) : String(Math.round(perSecond)));
