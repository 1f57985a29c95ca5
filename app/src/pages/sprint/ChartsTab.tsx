import { lazy, Suspense } from 'react';
import { Loading } from '../../components.tsx';
import { amount, formatDateTime } from '../../format.ts';
import { changeWords, numberChanges, type NumberedChange } from './reportData.ts';
import { IssueKey } from './IssueTable.tsx';
import type { AnalysedIssue, AnalysisTabProps } from './tab.tsx';

// recharts is big: the charts load on their own, after the page.
const BurndownChart = lazy(() => import('./BurndownChart.tsx'));
const BurnupChart = lazy(() => import('./BurnupChart.tsx'));

/** Burndown and burnup, with the scope changes marked on both and listed in words below. */
export function ChartsTab({ analysis: a, timeZone, unit }: AnalysisTabProps) {
  const changes = numberChanges(
    a.scopeChanges,
    a.burndown.map((p) => p.date),
    timeZone,
  );
  return (
    <>
      <h2>Burndown</h2>
      <Suspense fallback={<Loading what="the burndown" />}>
        <BurndownChart points={a.burndown} changes={changes} unit={unit} />
      </Suspense>
      <h2>Burnup</h2>
      <Suspense fallback={<Loading what="the burnup" />}>
        <BurnupChart points={a.burnup} changes={changes} unit={unit} />
      </Suspense>
      <h2 id="scope-changes">Scope changes</h2>
      <ScopeChangeList changes={changes} issues={a.issues} unit={unit} />
    </>
  );
}

/** The charts' markers in words: what changed, by how much, when; numbered as on the charts. */
function ScopeChangeList({ changes, issues, unit }: { changes: NumberedChange[]; issues: AnalysedIssue[]; unit: string }) {
  if (changes.length === 0) return <p className="card empty">The scope did not change after the sprint started.</p>;
  const byKey = new Map(issues.map((i) => [i.key, i.issue]));
  return (
    <ol className="card scope-changes">
      {changes.map((c) => {
        const issue = byKey.get(c.key);
        // The key links to JIRA; the words after it are changeWords' without the key.
        const words = changeWords(c, unit, amount).slice(c.key.length);
        return (
          <li key={c.n} value={c.n} data-change={c.kind}>
            <IssueKey issueKey={c.key} url={issue?.url} />
            {words}, <time dateTime={c.at}>{formatDateTime(c.at)}</time>
            {issue?.summary && <span className="muted"> — {issue.summary}</span>}
          </li>
        );
      })}
    </ol>
  );
}
