import type { SyncRunFieldsFragment } from '../../gql/graphql.ts';
import { formatDateTime, plural } from '../../format.ts';
import { duration, STATUS_WORDS } from './model.ts';

/** Past runs, newest first, each with what went wrong (errors) and what to know (warnings). */
export function RunsList({ runs }: { runs: SyncRunFieldsFragment[] }) {
  return (
    <section className="card runs" aria-labelledby="connection-runs">
      <h2 id="connection-runs">Past syncs</h2>
      {runs.length === 0 ? (
        <p className="muted">No sync has run yet.</p>
      ) : (
        <ol className="run-list">
          {runs.map((r) => (
            <li key={r.id} data-run={r.id}>
              <p>
                <span className={`badge run-${r.status.toLowerCase()}`}>{STATUS_WORDS[r.status]}</span>{' '}
                <strong>{r.full ? 'Full sync' : 'Sync of changes'}</strong>{' '}
                <span className="muted small">
                  {formatDateTime(r.startedAt ?? r.queuedAt)}
                  {r.startedAt && r.finishedAt && `, took ${duration((new Date(r.finishedAt).getTime() - new Date(r.startedAt).getTime()) / 1000)}`}
                </span>
              </p>
              <p className="small">
                {plural(r.issuesSynced, 'issue')} · {plural(r.sprintsSynced, 'sprint')} · {plural(r.boardsSynced, 'board')}
                {r.issuesDeleted > 0 && ` · ${r.issuesDeleted} marked deleted`}
              </p>
              {r.errors.length > 0 && (
                <ul className="run-errors" aria-label="Errors">
                  {r.errors.map((e, i) => (
                    <li key={i} className="error-text">
                      {e}
                    </li>
                  ))}
                </ul>
              )}
              {r.warnings.length > 0 && (
                <details>
                  <summary>{r.warnings.length === 1 ? '1 warning' : `${r.warnings.length} warnings`}</summary>
                  <ul>
                    {r.warnings.map((w, i) => (
                      <li key={i}>{w}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
