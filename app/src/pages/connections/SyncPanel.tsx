import { useEffect, useId, useRef, useState } from 'react';
import { useFragment, useMutation, useSubscription } from '@apollo/client/react';
import type { SyncRunFieldsFragment } from '../../gql/graphql.ts';
import { ConfirmButton, FormError, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { useIdempotencyKey } from '../../idempotency.ts';
import { amount, plural } from '../../format.ts';
import { CancelSyncMutation, StartSyncMutation, SyncProgressSubscription, SyncRunFields } from './operations.ts';
import { duration, isActive, pace, phaseWords, rate, STATUS_WORDS } from './model.ts';

/**
 * Starting a sync and watching it: syncProgress announces each step of any run of the connection
 * (one started here, by a schedule or by someone else); the run's figures land in the normalised
 * cache by id, and the bar reads them from there. When a run ends, `onFinished` refreshes the page
 * (boards, past runs, last synced).
 */
export function SyncPanel({ connectionId, latest, onFinished }: { connectionId: string; latest: SyncRunFieldsFragment | null; onFinished: () => void }) {
  const [runId, setRunId] = useState<string | null>(latest && isActive(latest.status) ? latest.id : null);
  const [heardAt, setHeardAt] = useState<number | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [start, { loading: starting }] = useMutation(StartSyncMutation);
  const [cancel] = useMutation(CancelSyncMutation);
  // A sync keeps its key until answered: a retry after a lost answer starts one run, not two.
  const syncKey = useIdempotencyKey();
  const live = useSubscription(SyncProgressSubscription, {
    variables: { connectionId },
    onData: ({ data }) => {
      const event = data.data?.syncProgress;
      if (!event) return;
      setRunId(event.run.id);
      setHeardAt(new Date(event.at).getTime());
    },
  });
  const { data: run, complete } = useFragment({ fragment: SyncRunFields, from: { __typename: 'SyncRun', id: runId ?? '' } });
  const shown = runId && complete ? (run as SyncRunFieldsFragment) : null;
  const active = shown ? isActive(shown.status) : false;

  // Told once per run, when it ends.
  const told = useRef<string | null>(null);
  const tell = useRef(onFinished);
  useEffect(() => {
    tell.current = onFinished;
  });
  useEffect(() => {
    if (!shown || active || told.current === shown.id) return;
    told.current = shown.id;
    tell.current();
  }, [shown, active]);

  const startSync = async (full: boolean) => {
    setErrors(noErrors);
    try {
      const { data } = await start({ variables: { connectionId, full, idempotencyKey: syncKey.keyFor({ connectionId, full }) } });
      syncKey.answered();
      if (data) setRunId(data.startSync.id);
    } catch (err) {
      setErrors(formErrors(err, []));
    }
  };

  return (
    <section className="card sync-panel" aria-labelledby={`${connectionId}-sync`}>
      <h2 id={`${connectionId}-sync`}>Sync</h2>
      {shown ? <RunProgress run={shown} heardAt={heardAt} /> : <p className="muted">No sync is running.</p>}
      {live.error && <p className="muted small">Live progress is unavailable right now; reload the page to see how the sync went.</p>}
      <FormError errors={errors} />
      <div className="actions">
        {active && shown ? (
          <ConfirmButton
            question="Stop this sync at its next page? What it read so far stays."
            confirm="Stop the sync"
            onConfirm={() => cancel({ variables: { id: shown.id } }).catch((err: unknown) => setErrors(formErrors(err, [])))}
          >
            Cancel sync
          </ConfirmButton>
        ) : (
          <>
            <button type="button" disabled={starting} onClick={() => void startSync(false)}>
              Sync changes
            </button>
            <button type="button" className="secondary" disabled={starting} onClick={() => void startSync(true)}>
              Full sync
            </button>
          </>
        )}
      </div>
      {!active && (
        <p className="muted small">
          Sync changes reads what changed since the last sync (a first sync is always full); a full sync reads everything again and finds what was deleted in
          JIRA.
        </p>
      )}
    </section>
  );
}

/** One run's bar and figures: phase in words, issues read of how many, rate and time left. */
function RunProgress({ run, heardAt }: { run: SyncRunFieldsFragment; heardAt: number | null }) {
  const id = useId();
  const active = isActive(run.status);
  const done = run.status === 'SUCCEEDED' ? 100 : run.progress;
  const { perSecond, secondsLeft } = active ? pace(run, heardAt ?? Date.now()) : { perSecond: null, secondsLeft: null };
  const issues = run.issuesTotal != null ? `${run.issuesSynced} of ${run.issuesTotal} issues` : `${run.issuesSynced} issues`;
  return (
    <div className="run-progress" data-run={run.id} data-status={run.status}>
      <label htmlFor={`${id}-bar`} className="progress-label">
        {run.full ? 'Full sync' : 'Sync of changes'}: {STATUS_WORDS[run.status].toLowerCase()}
        {done != null && `, ${amount(done)} %`}
      </label>
      {/* Without a total the bar is indeterminate (no value) until JIRA's count is known. */}
      {done != null ? (
        <progress id={`${id}-bar`} max={100} value={done}>
          {amount(done)} %
        </progress>
      ) : (
        <progress id={`${id}-bar`} max={100} />
      )}
      <p role="status" className={run.status === 'FAILED' ? 'error' : undefined}>
        {active ? phaseWords(run.phase) : STATUS_WORDS[run.status]} · {issues} · {plural(run.sprintsSynced, 'sprint')} · {plural(run.boardsSynced, 'board')}
        {perSecond != null && ` · ${rate(perSecond)} issues a second`}
        {secondsLeft != null && ` · about ${duration(secondsLeft)} left`}
      </p>
      {!active &&
        run.errors.map((e) => (
          <p key={e} className="error">
            {e}
          </p>
        ))}
    </div>
  );
}
