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
export function Field({
  label,
  hint,
  error,
  children,
}: {
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
      {hint && (
        <span id={`${id}-hint`} className="muted small">
          {hint}
        </span>
      )}
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described })}
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** The IANA time zones this browser knows, UTC among them (a suggestion: the API decides what is valid). */
export function timeZoneNames(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}
let knownZones: string[] | null = null;

/**
 * The one time-zone field of the app: free text (any name the API accepts may be typed), the
 * browser's IANA names and UTC suggested as it is typed.
 */
export function TimeZoneField({
  label = 'Time zone',
  hint,
  error,
  value,
  onChange,
}: {
  label?: ReactNode;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (zone: string) => void;
}) {
  const listId = useId();
  knownZones ??= timeZoneNames();
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <>
          <input {...control} list={listId} autoComplete="off" spellCheck={false} maxLength={100} value={value} onChange={(e) => onChange(e.target.value)} />
          <datalist id={listId}>
            {knownZones?.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}

/** The form's own error (what no field shows), announced. */
export function FormError({ errors }: { errors: FormErrors }) {
  return errors.general ? (
    <p role="alert" className="error">
      {errors.general}
    </p>
  ) : null;
}

/**
 * An action that asks once: the first press asks "question" with a confirm and a cancel button in
 * place; only the confirm acts. Destructive ones (the default) look it; `tone="normal"` is for one
 * that only replaces something on purpose (accept again, generate again).
 */
export function ConfirmButton({
  children,
  question,
  confirm,
  onConfirm,
  disabled,
  tone = 'danger',
}: {
  children: ReactNode;
  question: ReactNode;
  confirm: string;
  onConfirm: () => void | Promise<unknown>;
  disabled?: boolean;
  tone?: 'danger' | 'normal';
}) {
  const danger = tone === 'danger' ? ' danger' : '';
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking)
    return (
      <button type="button" className={`secondary${danger}`} disabled={disabled} onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label="Confirm">
      <span>{question}</span>{' '}
      <button
        type="button"
        className={danger.trim() || undefined}
        disabled={busy}
        autoFocus
        onClick={() => {
          setBusy(true);
          void Promise.resolve(onConfirm()).finally(() => {
            setBusy(false);
            setAsking(false);
          });
        }}
      >
        {confirm}
      </button>{' '}
      <button type="button" className="secondary" disabled={busy} onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
