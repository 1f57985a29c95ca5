import { useState } from 'react';
import { amount, formatDateTime, percent } from '../../format.ts';
import { IssueTable } from './IssueTable.tsx';
import type { AnalysedIssue, AnalysisTabProps } from './tab.tsx';

/** JIRA's sprint report's headline figures, each opening the list of its issues. */
export function FiguresTab({ analysis: a, unit }: AnalysisTabProps) {
  // One list, classed by outcome here: the router's depth limit leaves no room for a fragment per list.
  const outcome = (o: AnalysedIssue['outcome']) => a.issues.filter((i) => i.outcome === o);
  const figures: { id: string; label: string; value: string; issues?: AnalysedIssue[] }[] = [
    { id: 'committed', label: 'Committed', value: amount(a.committedPoints), issues: a.issues.filter((i) => i.commitment === 'IN_COMMITMENT') },
    { id: 'completed', label: 'Completed', value: amount(a.completedPoints), issues: outcome('COMPLETED') },
    { id: 'added', label: 'Added', value: amount(a.addedPoints), issues: a.issues.filter((i) => i.addedAfterStart) },
    { id: 'removed', label: 'Removed', value: amount(a.removedPoints), issues: outcome('REMOVED') },
    { id: 'notCompleted', label: 'Not completed', value: amount(a.notCompletedPoints), issues: outcome('NOT_COMPLETED') },
    { id: 'completedOutside', label: 'Completed outside', value: amount(a.completedOutsidePoints), issues: outcome('COMPLETED_OUTSIDE') },
    { id: 'cancelled', label: 'Cancelled', value: amount(a.cancelledPoints), issues: outcome('CANCELLED') },
    { id: 'sayDo', label: 'Say/do', value: percent(a.sayDoRatio) },
    { id: 'scopeChange', label: 'Scope change', value: percent(a.scopeChangeRate) },
    { id: 'completionRate', label: 'Completion rate', value: percent(a.completionRate) },
  ];
  const [open, setOpen] = useState<string | null>(null);
  const opened = figures.find((f) => f.id === open);
  return (
    <>
      <h2>
        Figures{' '}
        <span className="muted small">
          ({unit}; {a.issueCount} issues)
        </span>
      </h2>
      <ul className="figure-grid">
        {figures.map((f) => (
          <li key={f.id} className="card figure">
            <span className="label">{f.label}</span>
            <span className="value" data-figure={f.id}>
              {f.value}
            </span>
            {f.issues?.length === 0 && <span className="muted small">No issues</span>}
            {f.issues && f.issues.length > 0 && (
              <button type="button" aria-expanded={open === f.id} aria-controls="figure-issues" onClick={() => setOpen(open === f.id ? null : f.id)}>
                {open === f.id ? 'Hide' : 'Show'} {f.issues.length} {f.issues.length === 1 ? 'issue' : 'issues'}
              </button>
            )}
          </li>
        ))}
      </ul>
      {opened?.issues && (
        <div id="figure-issues" className="card">
          <h3>
            {opened.label}: {opened.issues.length} {opened.issues.length === 1 ? 'issue' : 'issues'}
          </h3>
          <IssueTable issues={opened.issues} label={`${opened.label}: issues`} />
        </div>
      )}
      <p className="muted small">
        Computed <time dateTime={a.computedAt}>{formatDateTime(a.computedAt)}</time>
      </p>
    </>
  );
}
