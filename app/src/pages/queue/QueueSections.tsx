import { useId } from 'react';
import { amount, percent } from '../../format.ts';
import type { ConflictKind, LeftOutReason } from '../../gql/graphql.ts';
import { IssueKey } from '../sprint/IssueTable.tsx';
import { conflictWords, fill, leftOutWords } from './model.ts';

interface IssueLink {
  id: string;
  key: string;
  summary: string;
  url?: string | null;
  storyPoints?: number | null;
}

/** Planned points against capacity, per discipline, as fill bars with their numbers in words. */
export function Utilisation({ utilisation }: { utilisation: readonly { discipline: string; capacityPoints: number; plannedPoints: number }[] }) {
  return (
    <>
      <h2>Capacity by discipline</h2>
      {utilisation.length === 0 ? (
        <p className="card empty">The team has no capacity in this sprint.</p>
      ) : (
        <ul className="fill-bars card">
          {utilisation.map((u) => (
            <FillBar key={u.discipline} {...u} />
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * One discipline's planned points against its capacity: the app's labelled <progress> bar (as on the
 * boards and sync pages), red when over capacity, which the label also says in words.
 */
function FillBar({ discipline, capacityPoints, plannedPoints }: { discipline: string; capacityPoints: number; plannedPoints: number }) {
  const id = useId();
  const { share, over } = fill(plannedPoints, capacityPoints);
  const words = `${amount(plannedPoints)} of ${amount(capacityPoints)} points${capacityPoints > 0 ? ` (${percent(plannedPoints / capacityPoints)})` : ''}`;
  return (
    <li className={over ? 'over' : undefined}>
      <label htmlFor={id} className="fill-label">
        <strong>{discipline}</strong> {words}
        {over && `: over capacity by ${amount(plannedPoints - capacityPoints)} points`}
      </label>
      <progress id={id} max={1} value={share}>
        {percent(share)}
      </progress>
    </li>
  );
}

/** Candidates not in the queue, and why; planners may pin one into the queue (at its end). */
export function LeftOut({
  leftOut,
  onPin,
  busy,
}: {
  leftOut: readonly { reason: LeftOutReason; issue?: IssueLink | null }[];
  onPin?: (issueId: string) => Promise<unknown>;
  busy: boolean;
}) {
  return (
    <>
      <h2>
        Left out <span className="muted">({leftOut.length})</span>
      </h2>
      {leftOut.length === 0 ? (
        <p className="card empty">Every candidate is in the queue.</p>
      ) : (
        <ul className="left-out card">
          {leftOut.map((l, i) => (
            <li key={l.issue?.id ?? i}>
              <span>
                {l.issue ? <IssueKey issueKey={l.issue.key} url={l.issue.url} /> : 'An issue no longer in JIRA'} {l.issue?.summary}
              </span>
              <span className="muted">
                {' '}
                · {amount(l.issue?.storyPoints)} points · {leftOutWords[l.reason]}
              </span>
              {onPin && l.issue && (
                <>
                  {' '}
                  <button type="button" className="secondary" disabled={busy} onClick={() => void onPin(l.issue!.id)}>
                    Pin into the queue<span className="visually-hidden">: {l.issue.key}</span>
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Every conflict in words (the API's message names people and issues), with links to the issues concerned. */
export function Conflicts({ conflicts }: { conflicts: readonly { kind: ConflictKind; message: string; issues?: readonly IssueLink[] | null }[] }) {
  return (
    <>
      <h2>
        Conflicts <span className="muted">({conflicts.length})</span>
      </h2>
      {conflicts.length === 0 ? (
        <p className="card empty">No conflicts: the queue fits the team’s capacity and its dependencies.</p>
      ) : (
        <ul className="conflicts">
          {conflicts.map((c, i) => (
            <li key={i} className="card conflict">
              <strong>{conflictWords[c.kind]}</strong>
              <p>{c.message}</p>
              {c.issues && c.issues.length > 0 && (
                <p className="small">
                  {c.issues.length === 1 ? 'Issue: ' : 'Issues: '}
                  {c.issues.map((issue, n) => (
                    <span key={issue.id}>
                      {n > 0 && ', '}
                      <IssueKey issueKey={issue.key} url={issue.url} /> <span className="muted">{issue.summary}</span>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
