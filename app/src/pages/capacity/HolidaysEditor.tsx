import { errorAt, type FormErrors } from '../../forms.tsx';
import { newHolidayRow, type HolidayRow } from './model.ts';
import { Field } from '../../forms.tsx';

/**
 * Holidays as rows of a form (a date and a name each), added and removed in place; the API's
 * refusal of one row ("holidays.2.date") shows at that row's field.
 */
export function HolidaysEditor({
  legend,
  hint,
  rows,
  onChange,
  errors,
  min,
  max,
}: {
  legend: string;
  hint: string;
  rows: HolidayRow[];
  onChange: (rows: HolidayRow[]) => void;
  errors: FormErrors;
  min?: string;
  max?: string;
}) {
  const set = (key: number, change: Partial<HolidayRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  const listError = errors.fields.holidays;
  return (
    <fieldset className="holidays">
      <legend>{legend}</legend>
      <p className="muted small">{hint}</p>
      {rows.length === 0 && <p className="muted small">None.</p>}
      <ul>
        {rows.map((row, i) => (
          <li key={row.key} className="holiday-row">
            <Field label={`Date ${i + 1}`} error={errorAt(errors, `holidays.${i}.date`)}>
              {(control) => <input {...control} type="date" min={min} max={max} value={row.date} onChange={(e) => set(row.key, { date: e.target.value })} />}
            </Field>
            <Field label={`Name ${i + 1}`} error={errorAt(errors, `holidays.${i}.name`)}>
              {(control) => <input {...control} value={row.name} onChange={(e) => set(row.key, { name: e.target.value })} />}
            </Field>
            <button type="button" className="secondary" onClick={() => onChange(rows.filter((r) => r.key !== row.key))}>
              Remove<span className="visually-hidden"> holiday {i + 1}</span>
            </button>
          </li>
        ))}
      </ul>
      {listError && <p className="field-error">{listError}</p>}
      <button type="button" className="secondary" onClick={() => onChange([...rows, newHolidayRow()])}>
        Add a holiday
      </button>
    </fieldset>
  );
}

/** Holidays for reading: date and name, or "none". */
export function HolidayList({ holidays, none = 'None.' }: { holidays: readonly { date: string; name: string }[]; none?: string }) {
  if (holidays.length === 0) return <span className="muted">{none}</span>;
  return (
    <ul className="holiday-list">
      {holidays.map((h) => (
        <li key={h.date}>
          <time dateTime={h.date}>{h.date}</time> {h.name}
        </li>
      ))}
    </ul>
  );
}
