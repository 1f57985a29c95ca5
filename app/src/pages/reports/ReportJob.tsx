import { useEffect, useId, useRef } from 'react';
import { useFragment, useQuery, useSubscription } from '@apollo/client/react';
import { errorWords } from '../../errors.ts';
import { DownloadButton } from './DownloadButton.tsx';
import { formatName, isFinished, percentOf, phaseWords, reportTitle, type Report } from './model.ts';
import { ReportFieldsFragment, ReportProgressSubscription, ReportReadySubscription, ReportStatusQuery } from './operations.ts';
import { useLiveState } from '../../live/state.ts';

// How often the report is read while live updates cannot tell how it is going.
const POLL_MS = 2_000;

/**
 * A report being made: its progress bar, fed by reportProgress (each step) and reportReady (the end,
 * even when it came before this subscribed), then its Download button. The report is read from the
 * normalised cache, where the mutation's answer and every update land.
 */
export function ReportJob({ reportId, onFinished }: { reportId: string; onFinished: (report: Report) => void }) {
  const { data: report, complete } = useFragment({ fragment: ReportFieldsFragment, from: { __typename: 'Report', id: reportId } });
  const finished = complete && isFinished(report.status);
  useSubscription(ReportProgressSubscription, { variables: { reportId }, skip: finished });
  const ready = useSubscription(ReportReadySubscription, { variables: { reportId } });
  // The socket closed under the job (an expired token ends these subscriptions for good) or is down:
  // the report is read every few seconds instead, until it is done (into the same cache entry).
  const live = useLiveState();
  const polling = !finished && (ready.error != null || live === 'reconnecting');
  useQuery(ReportStatusQuery, { variables: { id: reportId }, skip: !polling, pollInterval: POLL_MS, fetchPolicy: 'network-only' });
  const id = useId();

  // Told once per report, when it finishes (the latest callback, whatever the parent rendered since).
  const tell = useRef(onFinished);
  useEffect(() => {
    tell.current = onFinished;
  });
  const told = useRef<string | null>(null);
  useEffect(() => {
    if (!finished || told.current === reportId) return;
    told.current = reportId;
    tell.current(report as Report);
  }, [finished, reportId, report]);

  if (!complete) return null;
  const r = report as Report;
  // Updates from different subscriptions can land out of order (a step's answer after the end's):
  // a ready report is whole whatever step the cache last heard of.
  const done = r.status === 'READY' ? 1 : r.progress;
  return (
    <div className="card report-job" data-report={r.id}>
      <h3>
        {reportTitle(r)} <span className="muted small">({formatName(r.format)})</span>
      </h3>
      <label htmlFor={`${id}-progress`} className="progress-label">
        Progress of the {formatName(r.format)} report: {percentOf(done)} %
      </label>
      <progress id={`${id}-progress`} max={1} value={done}>
        {percentOf(done)} %
      </progress>
      <p role="status" className={r.status === 'FAILED' ? 'error' : undefined}>
        {phaseWords(r)}
      </p>
      {r.status === 'READY' && <DownloadButton report={r} />}
      {ready.error && !finished && (
        <p className="muted small">
          Live updates are unavailable ({errorWords(ready.error)}); the progress is checked every few seconds instead, and the report joins the list below when
          it is done.
        </p>
      )}
    </div>
  );
}
