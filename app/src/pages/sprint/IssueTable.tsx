import { amount, hours } from '../../format.ts';
import { TableScroll } from '../../TableScroll.tsx';
import { webUrl } from '../../links.ts';

/** What an issue's row needs; every list of the report gives at least this. */
export interface IssueRowData {
  key: string;
  addedAfterStart: boolean;
  commitment: string;
  pointsAtStart?: number | null;
  /** Its estimate when it joined (the start's for issues in the sprint then). */
  pointsAtJoin?: number | null;
  pointsAtEnd?: number | null;
  discipline: string;
  cycleTimeHours?: number | null;
  leadTimeHours?: number | null;
  issue?: { summary: string; assigneeName?: string | null; url?: string | null } | null;
}

const commitmentWords: Record<string, string> = {
  IN_COMMITMENT: 'in the commitment',
  ADDED_AFTER_START: 'added after the start',
  DONE_AT_START: 'already done at the start',
  CANCELLED_AT_START: 'already cancelled at the start',
  UNMAPPED_AT_START: 'in a status on no board column at the start',
};

/** JIRA's way: the estimate it joined at (the start's for committed issues) → at the end, when they differ. */
function points(i: IssueRowData) {
  const from = i.pointsAtJoin ?? i.pointsAtStart;
  return from != null && from !== i.pointsAtEnd ? `${amount(from)} → ${amount(i.pointsAtEnd)}` : amount(i.pointsAtEnd);
}

/** An issue's key, opening the issue in JIRA in a new tab when the API knows its site (a web address only). */
export function IssueKey({ issueKey, url }: { issueKey: string; url?: string | null }) {
  const href = webUrl(url);
  if (!href) return <>{issueKey}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" title={`${issueKey} in JIRA (opens a new tab)`}>
      {issueKey}
    </a>
  );
}

/** `label` names the table's scrolling region for screen readers ("Completed issues"). */
export function IssueTable({ issues, label, leadTime = false }: { issues: readonly IssueRowData[]; label: string; leadTime?: boolean }) {
  if (issues.length === 0) return <p className="empty">No issues.</p>;
  return (
    <TableScroll label={label}>
      <table className="issues">
        <thead>
          <tr>
            <th scope="col">Key</th>
            <th scope="col">Summary</th>
            <th scope="col">Points</th>
            <th scope="col">Discipline</th>
            <th scope="col">Assignee</th>
            <th scope="col">Cycle time</th>
            {leadTime && <th scope="col">Lead time</th>}
            <th scope="col">Commitment</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i) => (
            <tr key={i.key}>
              <td className="key">
                <IssueKey issueKey={i.key} url={i.issue?.url} />
                {i.addedAfterStart && <abbr title="added after the sprint started">*</abbr>}
              </td>
              <td>{i.issue?.summary ?? '—'}</td>
              <td>{points(i)}</td>
              <td>{i.discipline}</td>
              <td>{i.issue?.assigneeName ?? 'Unassigned'}</td>
              <td>{hours(i.cycleTimeHours)}</td>
              {leadTime && <td>{hours(i.leadTimeHours)}</td>}
              <td>{i.commitment === 'IN_COMMITMENT' ? '' : (commitmentWords[i.commitment] ?? i.commitment)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
