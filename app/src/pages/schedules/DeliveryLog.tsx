import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { ErrorMessage, Loading } from '../../components.tsx';
import { formatDateTime } from '../../format.ts';
import { TableScroll } from '../../TableScroll.tsx';
import { deliveryStatusWords, isWaiting } from './model.ts';
import { ScheduleDeliveriesQuery } from './operations.ts';

/** How often the log is read again while an email waits: deliveries have no live event, and a send takes seconds. */
const WAITING_POLL_MS = 2_000;

const when = (iso: string | null | undefined) => (iso ? <time dateTime={iso}>{formatDateTime(iso)}</time> : '—');

/** A schedule's emails, newest first (reportDeliveries): each attempt, its retries, the SMTP server's answer. */
export function DeliveryLog({ scheduleId, title }: { scheduleId: string; title: string }) {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(ScheduleDeliveriesQuery, {
    variables: { scheduleId },
    fetchPolicy: 'cache-and-network',
  });
  const deliveries = data?.reportDeliveries ?? [];
  const waiting = deliveries.some((d) => isWaiting(d.status));
  // Read again while something is on its way; stop once every email has settled.
  useEffect(() => {
    if (!waiting) return;
    startPolling(WAITING_POLL_MS);
    return stopPolling;
  }, [waiting, startPolling, stopPolling]);
  if (loading && !data) return <Loading what="the delivery log" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  if (!deliveries.length) return <p className="muted">No emails yet: the first goes when the schedule next fires, or with “Send now”.</p>;
  return (
    <>
      {waiting && (
        <p className="muted small" role="status">
          Emails on their way: the log reads itself again every few seconds.
        </p>
      )}
      <TableScroll label={`Delivery log of ${title}`}>
        <table className="deliveries">
          <caption className="visually-hidden">Delivery log of {title}</caption>
          <thead>
            <tr>
              <th scope="col">Recipient</th>
              <th scope="col">Status</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last attempt</th>
              <th scope="col">Next attempt</th>
              <th scope="col">Server's answer</th>
              <th scope="col">Sent</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id} className={d.status === 'FAILED' ? 'failed' : d.status === 'RETRYING' ? 'retrying' : undefined}>
                <td data-label="Recipient">{d.recipient}</td>
                <td data-label="Status">
                  <span className={`delivery-status ${d.status.toLowerCase()}`}>
                    {d.status === 'FAILED' ? '✕ ' : d.status === 'SENT' ? '✓ ' : ''}
                    {deliveryStatusWords[d.status]}
                  </span>
                </td>
                <td data-label="Attempts">{d.attempts}</td>
                <td data-label="Last attempt">{when(d.lastAttemptAt)}</td>
                <td data-label="Next attempt">{isWaiting(d.status) ? when(d.nextAttemptAt) : '—'}</td>
                <td data-label="Server's answer" className="smtp">
                  {d.smtpResponse ?? '—'}
                </td>
                <td data-label="Sent">{when(d.sentAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
