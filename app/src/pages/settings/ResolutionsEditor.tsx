import { useId, useState } from 'react';

/**
 * The won't-do resolutions: a list of names, each removable, and a box to add one (Enter adds).
 * Names compare case-insensitively, as the analysis does: a repeat is not added twice.
 */
export function ResolutionsEditor({ values, onChange, error }: { values: string[]; onChange: (values: string[]) => void; error?: string }) {
  const id = useId();
  const [typed, setTyped] = useState('');
  const add = () => {
    const name = typed.trim();
    if (!name) return;
    if (!values.some((v) => v.toLowerCase() === name.toLowerCase())) onChange([...values, name]);
    setTyped('');
  };
  return (
    <fieldset className="settings-group">
      <legend>Won't-do resolutions</legend>
      <p id={`${id}-hint`} className="muted small">
        Issues done with one of these resolutions were cancelled: they count neither as completed nor as not completed, but as cancelled.
      </p>
      {values.length === 0 ? (
        <p className="empty small">None: every done issue counts as completed.</p>
      ) : (
        <ul className="chips" aria-label="Won't-do resolutions">
          {values.map((v) => (
            <li key={v}>
              <span>{v}</span>
              <button type="button" className="secondary small" onClick={() => onChange(values.filter((x) => x !== v))} aria-label={`Remove ${v}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <label htmlFor={id} className="visually-hidden">
          Add a won't-do resolution
        </label>
        <input
          id={id}
          value={typed}
          placeholder="e.g. Won't Do"
          aria-describedby={[`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ')}
          aria-invalid={Boolean(error)}
          maxLength={255}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="secondary" onClick={add} disabled={!typed.trim()}>
          Add resolution
        </button>
      </div>
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </fieldset>
  );
}
