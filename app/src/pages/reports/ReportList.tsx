import { formatDateTime } from '../../format.ts';
import { TableScroll } from '../../TableScroll.tsx';
import { DownloadButton } from './DownloadButton.tsx';
import { formatName, phaseWords, reportTitle, requestedByWords, type Report } from './model.ts';

const COLUMNS = ['Report', 'Format', 'Asked for', 'By', 'Status', 'File'];

/** Past reports, newest first (as given), each with its file while it can be downloaded. */
export function ReportList({ reports, empty, caption }: { reports: Report[]; empty: string; caption: string }) {
  if (reports.length === 0) return <p className="card empty">{empty}</p>;
  return (
    <TableScroll card flush label={caption}>
      {/* Explicit roles: on a phone the rows are laid out as cards (styles.css), which must stay a table to assistive technology. */}
      <table className="reports" role="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            {COLUMNS.map((c) => (
              <th key={c} scope="col" role="columnheader">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {reports.map((r) => (
            <tr key={r.id} role="row" data-report={r.id}>
              <td role="cell" data-label="Report">
                {reportTitle(r)}
              </td>
              <td role="cell" data-label="Format">
                {formatName(r.format)}
              </td>
              <td role="cell" data-label="Asked for">
                <time dateTime={r.createdAt}>{formatDateTime(r.createdAt)}</time>
              </td>
              <td role="cell" data-label="By">
                {requestedByWords(r)}
              </td>
              <td role="cell" data-label="Status" className={r.status === 'FAILED' ? 'error-text' : undefined}>
                {phaseWords(r)}
              </td>
              <td role="cell" data-label="File">
                {r.status === 'READY' ? <DownloadButton report={r} /> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
