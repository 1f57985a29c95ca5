import { Fragment } from 'react';
import { Link } from 'react-router';
import { amount } from '../../format.ts';
import { carriedWords } from './reportData.ts';
import { IssueKey } from './IssueTable.tsx';
import { TableScroll } from '../../TableScroll.tsx';
import type { TabProps } from './tab.tsx';

/**
 * Issues that spilled into or out of the sprint (Sprint.carryOver): where each came from, went to,
 * and every sprint it has spent, each a link to that sprint's carry-over.
 */
export function CarryOverTab({ sprint, boardId }: TabProps) {
  const rows = sprint.carryOver;
  const cameIn = rows.filter((r) => r.carriedIn).length;
  const wentOn = rows.filter((r) => r.carriedOut).length;
  return (
    <>
      <h2>Carry-over</h2>
      {rows.length === 0 ? (
        <p className="card empty">
          {sprint.analysis
            ? 'No issue came into this sprint unfinished from an earlier one, and none left it unfinished for a later one.'
            : 'This sprint has not started: nothing has been carried into it yet.'}
        </p>
      ) : (
        <>
          <p data-summary="carry-over">
            {cameIn} {cameIn === 1 ? 'issue' : 'issues'} came from earlier sprints; {wentOn} went on unfinished to a later sprint.
          </p>
          <TableScroll card label="Carried issues">
            <table className="issues" data-table="carry-over">
              <thead>
                <tr>
                  <th scope="col">Key</th>
                  <th scope="col">Summary</th>
                  <th scope="col">Points</th>
                  <th scope="col">Sprints spent</th>
                  <th scope="col">Carried</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <td className="key">
                      <IssueKey issueKey={r.key} url={r.issue?.url} />
                    </td>
                    <td>{r.issue?.summary ?? '—'}</td>
                    <td>{amount(r.points)}</td>
                    <td>
                      <span data-field="sprintCount">{r.sprintCount}</span>
                      {': '}
                      {r.sprints.map((s, i) => (
                        <Fragment key={s.id}>
                          {i > 0 && ' → '}
                          {s.id === sprint.id ? <strong>{s.name}</strong> : <Link to={`/boards/${boardId}/sprints/${s.id}/carry-over`}>{s.name}</Link>}
                        </Fragment>
                      ))}
                    </td>
                    <td data-field="carried">{carriedWords(r)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
