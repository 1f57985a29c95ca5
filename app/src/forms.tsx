/**
 * What every form of the app shares: the API's refusals shown at the field they are about
 * (BAD_USER_INPUT carries `extensions.field`, e.g. "input.recipients.2" or "daysOff"), the rest
 * above the buttons; and destructive actions that ask once before they act.
 *
 * Forms keep what was typed when the API refuses it: they hold their values in state and only
 * reset after a success.
 */
import { useId, useState, type ReactNode } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { errorWords, wordsFor } from './errors.ts';

export interface FormErrors {
  /** Messages by field path, "input." dropped: "recipients.2", "daysOff", "name". */
  fields: Record<string, string>;
  /** What belongs to no field (or to a field the form does not show), in words. */
  general: string | null;
}

export const noErrors: FormErrors = { fields: {}, general: null };

/** Splits whatever a mutation threw into messages per field and one for the form. */
export function formErrors(error: unknown, shownFields?: readonly string[]): FormErrors {
  if (!error) return noErrors;
  const fields: Record<string, string> = {};
  const general: string[] = [];
  if (CombinedGraphQLErrors.is(error)) {
    for (const e of error.errors) {
      const raw = e.extensions?.field;
      const field = typeof raw === 'string' ? raw.replace(/^input\./, '') : null;
      const shown = field && (!shownFields || shownFields.some((f) => field === f || field.startsWith(`${f}.`)));
      if (field && shown && e.extensions?.code === 'BAD_USER_INPUT') fields[field] = e.message;
      else general.push(wordsFor({ code: typeof e.extensions?.code === 'string' ? e.extensions.code : undefined, message: e.message }));
    }
  } else general.push(errorWords(error));
  return { fields, general: general.length ? general.join(' ') : null };
}

/** The message for `field` or any of its parts ("recipients" shows "recipients.2"'s). */
export function errorAt(errors: FormErrors, field: string): string | undefined {
  return errors.fields[field] ?? Object.entries(errors.fields).find(([k]) => k.startsWith(`${field}.`))?.[1];
}

/**
 * A labelled control with its hint and its error, wired for screen readers: `children` receives the
 * props to spread on the input, select or textarea.
 */
export function Field({ label, hint, error, children }: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined }) => ReactNode;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && <span id={`${id}-hint`} className="muted small">{hint}</span>}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {error && <span id={`${id}-error`} className="field-error">{error}</span>}
    </div>
  );
}

/** The form's own error (what no field shows), announced. */
export function FormError({ errors }: { errors: FormErrors }) {
  return errors.general ? <p role="alert" className="error">{errors.general}</p> : null;
}

/**
 * A destructive action that asks once: the first press asks "question" with a confirm and a cancel
 * button in place; only the confirm acts.
 */
export function ConfirmButton({ children, question, confirm, onConfirm, disabled }: {
  children: ReactNode;
  question: ReactNode;
  confirm: string;
  onConfirm: () => void | Promise<unknown>;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking) return <button type="button" className="secondary danger" disabled={disabled} onClick={() => setAsking(true)}>{children}</button>;
  return (
    <span className="confirm" role="group" aria-label="Confirm">
      <span>{question}</span>{' '}
      <button type="button" className="danger" disabled={busy} autoFocus onClick={() => {
        setBusy(true);
        void Promise.resolve(onConfirm()).finally(() => { setBusy(false); setAsking(false); });
      }}>{confirm}</button>{' '}
      <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(false)}>Cancel</button>
    </span>
  );
}
