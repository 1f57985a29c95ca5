import { useId, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ConfirmButton, FormError, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { formatDateTime } from '../../format.ts';
import { formatName } from '../reports/model.ts';
import { useIdempotencyKey } from '../../idempotency.ts';
import { DeliveryLog } from './DeliveryLog.tsx';
import { usesRange, whenWords, type Schedule } from './model.ts';
import { DeleteScheduleMutation, RunScheduleMutation, ScheduleDeliveriesQuery, UpdateScheduleMutation } from './operations.ts';
import { ScheduleForm } from './ScheduleForm.tsx';

const kindWords = { SPRINT: 'Sprint report', VELOCITY: 'Velocity', CAPACITY: 'Capacity', HISTORY: 'History' } as const;

export const scheduleTitle = (s: Pick<Schedule, 'kind' | 'format'>) => `${kindWords[s.kind]} (${formatName(s.format)})`;

/**
 * One schedule: what it sends, when and to whom. `manage`: the team's manager (or an admin) sees
 * its controls and its delivery log; anyone else reads it only. `canSend`: the server sends email.
 */
export function ScheduleCard({
  schedule: s,
  teamId,
  manage,
  canSend,
  onChange,
}: {
  schedule: Schedule;
  teamId: string;
  manage: boolean;
  canSend: boolean;
  onChange: () => void;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [logOpen, setLogOpen] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [update, updating] = useMutation(UpdateScheduleMutation);
  const [run, running] = useMutation(RunScheduleMutation, { refetchQueries: [ScheduleDeliveriesQuery] });
  const [remove] = useMutation(DeleteScheduleMutation);
  // One key per sending: kept after a failure (its outcome may be unknown), so trying again sends once.
  const runKey = useIdempotencyKey();
  const title = scheduleTitle(s);
  const act = async (what: () => Promise<unknown>) => {
    setErrors(noErrors);
    setSent(null);
    try {
      await what();
    } catch (err) {
      setErrors(formErrors(err, []));
    }
  };

  if (editing)
    return (
      <ScheduleForm
        teamId={teamId}
        schedule={s}
        onDone={() => {
          setEditing(false);
          onChange();
        }}
        onCancel={() => setEditing(false)}
      />
    );
  return (
    <article className={`card schedule${s.paused ? ' paused' : ''}`} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        {title} {s.paused && <span className="badge paused">Paused</span>}
      </h3>
      <dl className="schedule-facts">
        <dt>When</dt>
        <dd>{whenWords(s)}</dd>
        <dt>Next run</dt>
        <dd>
          {s.paused ? (
            'None while paused'
          ) : s.nextRunAt ? (
            <time dateTime={s.nextRunAt}>{formatDateTime(s.nextRunAt)}</time>
          ) : s.atSprintClose ? (
            'At the next sprint close'
          ) : (
            '—'
          )}
        </dd>
        <dt>Last run</dt>
        <dd>{s.lastRunAt ? <time dateTime={s.lastRunAt}>{formatDateTime(s.lastRunAt)}</time> : 'Not yet'}</dd>
        {usesRange(s.kind) && (
          <>
            <dt>Covers</dt>
            <dd>{s.rangeDays} days up to each sending</dd>
          </>
        )}
        {s.recipients && (
          <>
            <dt>Recipients</dt>
            <dd className="recipient-list">{s.recipients.length ? s.recipients.join(', ') : 'None left: every recipient unsubscribed'}</dd>
          </>
        )}
      </dl>
      {manage && (
        <>
          <div className="actions">
            {canSend && (
              <button
                type="button"
                disabled={running.loading}
                onClick={() =>
                  void act(async () => {
                    const { data } = await run({ variables: { id: s.id, idempotencyKey: runKey.keyFor({ id: s.id }) } });
                    runKey.answered();
                    const n = data?.runReportSchedule.length ?? 0;
                    setSent(`Sent now: ${n === 1 ? 'its report is' : `${n} reports are`} being made, then emailed. The delivery log below follows it.`);
                    setLogOpen(true);
                    onChange();
                  })
                }
              >
                {running.loading ? 'Sending…' : 'Send now'}
              </button>
            )}
            <button type="button" className="secondary" onClick={() => setEditing(true)}>
              Edit
            </button>
            <button
              type="button"
              className="secondary"
              disabled={updating.loading}
              onClick={() => void act(() => update({ variables: { id: s.id, input: { paused: !s.paused } } }))}
            >
              {s.paused ? 'Resume' : 'Pause'}
            </button>
            <ConfirmButton
              question={`Delete the ${title} schedule? Its reports and delivery log stay.`}
              confirm="Delete"
              onConfirm={() =>
                act(async () => {
                  await remove({ variables: { id: s.id } });
                  onChange();
                })
              }
            >
              Delete
            </ConfirmButton>
          </div>
          {sent && (
            <p role="status" className="muted small">
              {sent}
            </p>
          )}
          <FormError errors={errors} />
          <button type="button" className="link-button" aria-expanded={logOpen} aria-controls={`${id}-log`} onClick={() => setLogOpen((o) => !o)}>
            {logOpen ? 'Hide the delivery log' : 'Show the delivery log'}
          </button>
          <div id={`${id}-log`} hidden={!logOpen}>
            {logOpen && <DeliveryLog scheduleId={s.id} title={title} />}
          </div>
        </>
      )}
    </article>
  );
}
