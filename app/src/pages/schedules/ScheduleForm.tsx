import { useId, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Field, FormError, TimeZoneField, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { useIdempotencyKey } from '../../idempotency.ts';
import type { ReportFormat, ReportKind } from '../../gql/graphql.ts';
import { FORMATS, KINDS } from '../reports/model.ts';
import { explainCron, formOf, inputOf, newForm, usesRange, type Schedule, type ScheduleForm as Form } from './model.ts';
import { CreateScheduleMutation, UpdateScheduleMutation } from './operations.ts';

const FIELDS = ['kind', 'format', 'recipients', 'cron', 'timeZone', 'atSprintClose', 'rangeDays'];

/**
 * Creates a schedule of `teamId`, or edits `schedule`. What was typed stays when the API refuses
 * it, each refusal at its field (a bad address at that address); `onDone` after a save.
 */
export function ScheduleForm({ teamId, schedule, onDone, onCancel }: { teamId: string; schedule?: Schedule; onDone: () => void; onCancel: () => void }) {
  const id = useId();
  const [form, setForm] = useState<Form>(() => (schedule ? formOf(schedule) : newForm()));
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [create, created] = useMutation(CreateScheduleMutation);
  const [update, updated] = useMutation(UpdateScheduleMutation);
  // A new schedule keeps its key while what is sent stays the same: a retry after a lost answer makes one.
  const createKey = useIdempotencyKey();
  const busy = created.loading || updated.loading;
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const setRecipient = (row: number, value: string) => setForm((f) => ({ ...f, recipients: f.recipients.map((r, i) => (i === row ? value : r)) }));
  const explanation = form.useCron ? explainCron(form.cron) : null;

  async function save(e: FormEvent) {
    e.preventDefault();
    const { input, rowOf, rangeDaysError } = inputOf(form);
    if (rangeDaysError) return setErrors({ fields: { rangeDays: rangeDaysError }, general: null });
    try {
      if (schedule) await update({ variables: { id: schedule.id, input } });
      else {
        const newInput = { teamId, ...input };
        await create({ variables: { input: newInput, idempotencyKey: createKey.keyFor(newInput) } });
        createKey.answered();
      }
      setErrors(noErrors);
      onDone();
    } catch (err) {
      const found = formErrors(err, FIELDS);
      // The API numbers the addresses it was sent; blank rows were not: back to the row typed.
      const fields = Object.fromEntries(
        Object.entries(found.fields).map(([k, v]) => {
          const m = /^recipients\.(\d+)$/.exec(k);
          return [m ? `recipients.${rowOf(Number(m[1]))}` : k, v];
        }),
      );
      setErrors({ ...found, fields });
    }
  }

  const recipientsError = errors.fields.recipients;
  return (
    <form className="card form schedule-form" onSubmit={(e) => void save(e)} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`}>{schedule ? 'Edit the schedule' : 'New schedule'}</h2>
      <div className="schedule-form-grid">
        <Field label="Report" error={errorAt(errors, 'kind')}>
          {(control) => (
            <select {...control} value={form.kind} onChange={(e) => set('kind', e.target.value as ReportKind)}>
              {KINDS.map((k) => (
                <option key={k.kind} value={k.kind}>
                  {k.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Format" error={errorAt(errors, 'format')}>
          {(control) => (
            <select {...control} value={form.format} onChange={(e) => set('format', e.target.value as ReportFormat)}>
              {FORMATS.map((f) => (
                <option key={f.format} value={f.format}>
                  {f.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <p className="muted small">{KINDS.find((k) => k.kind === form.kind)?.hint}</p>

      <fieldset className="recipients" aria-describedby={recipientsError ? `${id}-recipients-error` : undefined}>
        <legend>Recipients</legend>
        <ul>
          {form.recipients.map((r, row) => (
            <li key={row}>
              <Field label={`Recipient ${row + 1}`} error={errors.fields[`recipients.${row}`]}>
                {(control) => <input {...control} type="email" autoComplete="off" value={r} onChange={(e) => setRecipient(row, e.target.value)} />}
              </Field>
              {form.recipients.length > 1 && (
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Remove recipient ${row + 1}${r ? ` (${r})` : ''}`}
                  onClick={() =>
                    set(
                      'recipients',
                      form.recipients.filter((_, i) => i !== row),
                    )
                  }
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
        {recipientsError && (
          <p id={`${id}-recipients-error`} className="field-error">
            {recipientsError}
          </p>
        )}
        {form.recipients.length < 50 && (
          <button type="button" className="secondary" onClick={() => set('recipients', [...form.recipients, ''])}>
            Add a recipient
          </button>
        )}
      </fieldset>

      <fieldset className="when">
        <legend>When it is sent</legend>
        <div className="choice">
          <input id={`${id}-use-cron`} type="checkbox" checked={form.useCron} onChange={(e) => set('useCron', e.target.checked)} />
          <label htmlFor={`${id}-use-cron`}>On a schedule (a cron expression)</label>
        </div>
        {form.useCron && (
          <Field
            label="Cron expression"
            hint={
              <>
                Five fields: minute hour day-of-month month day-of-week, read in the time zone below; at most hourly.{' '}
                {explanation ? <strong className="cron-words">{explanation}</strong> : form.cron.trim() ? 'Not an expression these words can read yet.' : null}
              </>
            }
            error={errorAt(errors, 'cron')}
          >
            {(control) => (
              <input {...control} className="mono" spellCheck={false} autoComplete="off" value={form.cron} onChange={(e) => set('cron', e.target.value)} />
            )}
          </Field>
        )}
        {!form.useCron && errorAt(errors, 'cron') && <p className="field-error">{errorAt(errors, 'cron')}</p>}
        <div className="choice">
          <input id={`${id}-at-close`} type="checkbox" checked={form.atSprintClose} onChange={(e) => set('atSprintClose', e.target.checked)} />
          <label htmlFor={`${id}-at-close`}>When a sprint of the team closes</label>
        </div>
        <TimeZoneField
          hint="IANA name, e.g. Europe/Berlin, America/New_York, UTC."
          error={errorAt(errors, 'timeZone')}
          value={form.timeZone}
          onChange={(zone) => set('timeZone', zone)}
        />
      </fieldset>

      {usesRange(form.kind) && (
        <Field label="Range (days)" hint="Each report covers this many days up to the day it is sent (1 to 730)." error={errorAt(errors, 'rangeDays')}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={730}
              step={1}
              value={form.rangeDays}
              onChange={(e) => set('rangeDays', e.target.value)}
            />
          )}
        </Field>
      )}

      <FormError errors={errors} />
      <div className="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Saving…' : schedule ? 'Save changes' : 'Create the schedule'}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
