import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Field, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { numberOrNull } from './model.ts';
import { SetMemberAvailability } from './operations.ts';

/**
 * A member's days off in the sprint, edited in their row: the answer carries the sprint's new
 * capacity, so the whole page shows the API's figures. A refused value stays typed, with the API's
 * words under it.
 */
export function DaysOffForm({ sprintId, userId, name, daysOff }: { sprintId: string; userId: string; name: string; daysOff: number }) {
  // null: show what the API holds (it may change live); text: what was typed, until the API takes it.
  const [draft, setDraft] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [save, { loading }] = useMutation(SetMemberAvailability);
  const value = draft ?? String(daysOff);
  return (
    <form
      className="days-off"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const daysOff = numberOrNull(value);
        // An emptied field is not 0 days off: saying so, rather than saving what was not typed.
        if (daysOff === null || Number.isNaN(daysOff)) {
          setErrors({ fields: { daysOff: daysOff === null ? 'Type their days off: 0 if none.' : 'Days off are a number: 0 if none.' }, general: null });
          return;
        }
        void save({ variables: { sprintId, userId, daysOff } }).then(
          () => {
            setDraft(null);
            setErrors(noErrors);
          },
          (error: unknown) => setErrors(formErrors(error, ['daysOff'])),
        );
      }}
    >
      <Field label={<span className="visually-hidden">Days off of {name}</span>} error={errorAt(errors, 'daysOff') ?? errors.general ?? undefined}>
        {(control) => <input {...control} type="number" step="0.5" inputMode="decimal" value={value} onChange={(e) => setDraft(e.target.value)} />}
      </Field>
      <button type="submit" className="secondary" disabled={loading || draft === null}>
        Save<span className="visually-hidden"> days off of {name}</span>
      </button>
    </form>
  );
}
