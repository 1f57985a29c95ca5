import { DownloadButton } from './DownloadButton.tsx';
import { formatName, phaseWords, reportTitle, requestedByWords, type Report } from './model.ts';

const when = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** Past reports, newest first (as given), each with its file while it can be downloaded. */
export function ReportList({ reports, empty, caption }: { reports: Report[]; empty: string; caption: string }) {
  if (reports.length === 0) return <p className="card empty">{empty}</p>;
  return (
    <div className="table-scroll card flush" role="region" aria-label={caption} tabIndex={0}>
      <table className="reports">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr><th scope="col">Report</th><th scope="col">Format</th><th scope="col">Asked for</th><th scope="col">By</th><th scope="col">Status</th><th scope="col">File</th></tr>
        </thead>
        <tbody>
          {reports.map((r) => (
            <tr key={r.id} data-report={r.id}>
              <td>{reportTitle(r)}</td>
              <td>{formatName(r.format)}</td>
              <td><time dateTime={r.createdAt}>{when.format(new Date(r.createdAt))}</time></td>
              <td>{requestedByWords(r)}</td>
              <td className={r.status === 'FAILED' ? 'error-text' : undefined}>{phaseWords(r)}</td>
              <td>{r.status === 'READY' ? <DownloadButton report={r} /> : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
