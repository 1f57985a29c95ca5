/** The line `npm run sync` shows for a run, redrawn as the run moves on. */
export interface RunProgress {
  phase: string;
  issuesSynced: number;
  /** Null before the run counted the issues, and when JIRA would not count them. */
  issuesTotal: number | null;
  pages: number;
}

const WIDTH = 30;
/** Phases that come after the count: a total still null then is one JIRA did not give. */
const COUNTED = new Set(['issues', 'sweep', 'analysis', 'done']);

/**
 * A bar and a percentage when the total is known; counts alone when it is not (JIRA refused the
 * count: the run goes on, but a bar would claim a share it cannot know).
 */
export function progressLine(run: RunProgress): string {
  const pages = `${run.pages} page${run.pages === 1 ? '' : 's'}`;
  if (run.issuesTotal == null) {
    const issues = COUNTED.has(run.phase) ? `${run.issuesSynced} issues (total not known)` : `${run.issuesSynced} issues`;
    return `${run.phase} | ${issues} | ${pages}`;
  }
  const total = Math.max(run.issuesTotal, run.issuesSynced);
  const share = run.phase === 'done' ? 1 : total > 0 ? run.issuesSynced / total : 0;
  const filled = Math.round(share * WIDTH);
  return `${'\u2588'.repeat(filled)}${'\u2591'.repeat(WIDTH - filled)} ${Math.floor(share * 100)}% | ${run.phase} | ${run.issuesSynced}/${total} issues | ${pages}`;
}
