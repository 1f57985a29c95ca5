import { useMemo, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Field, FormError, errorAt, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { HolidaysEditor } from './HolidaysEditor.tsx';
import { holidayInput, holidayRows, numberOrNull, shown, type HolidayRow } from './model.ts';
import { SetSprintCapacity, SetTeamCapacity, SprintCapacityQuery } from './operations.ts';

export interface Setting {
  focusFactor?: number | null;
  defaultPointsPerDay?: number | null;
  historySprints?: number | null;
  hoursPerDay?: number | null;
  holidays: { date: string; name: string }[];
}

// The API's built-in defaults (schema/capacity.graphql), said where a field is left empty.
const BUILT_IN = { focusFactor: 0.8, defaultPointsPerDay: 1, historySprints: 3, hoursPerDay: 8 };

/**
 * A form's fields as typed: null follows what the API holds (a live change by someone else shows),
 * a string is what this person typed, kept until the API takes it.
 */
function useDrafts<K extends string>() {
  const [drafts, setDrafts] = useState<Partial<Record<K, string>>>({});
  const [rows, setRows] = useState<HolidayRow[] | null>(null);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [saved, setSaved] = useState(false);
  return {
    drafts,
    rows,
    errors,
    saved,
    value: (key: K, held: number | null | undefined) => drafts[key] ?? shown(held),
    set: (key: K, text: string) => {
      setDrafts((d) => ({ ...d, [key]: text }));
      setSaved(false);
    },
    setRows: (r: HolidayRow[]) => {
      setRows(r);
      setSaved(false);
    },
    done: () => {
      setDrafts({});
      setRows(null);
      setErrors(noErrors);
      setSaved(true);
    },
    refused: (error: unknown, fields: string[]) => {
      setErrors(formErrors(error, fields));
      setSaved(false);
    },
  };
}

/** The held holidays as rows, keyed once per change of them (not per render: a focused row stays focused). */
function useHeldRows(holidays: readonly { date: string; name: string }[] | undefined) {
  const key = JSON.stringify(holidays ?? []);
  return useMemo(() => holidayRows(JSON.parse(key) as { date: string; name: string }[]), [key]);
}

const submitting = (run: () => Promise<void>) => (e: FormEvent) => {
  e.preventDefault();
  void run();
};

/** The sprint's own focus factor and extra non-working days (setSprintCapacity). */
export function SprintSettingsForm({
  sprint,
  override,
  teamFocus,
}: {
  sprint: { id: string; name: string; startDate: string; endDate: string };
  override: Setting | undefined;
  teamFocus: number;
}) {
  const form = useDrafts<'focusFactor'>();
  const [save, { loading }] = useMutation(SetSprintCapacity);
  const held = useHeldRows(override?.holidays);
  const rows = form.rows ?? held;
  const run = async () => {
    try {
      await save({
        variables: {
          sprintId: sprint.id,
          input: { focusFactor: numberOrNull(form.value('focusFactor', override?.focusFactor)), holidays: holidayInput(rows) },
        },
      });
      form.done();
    } catch (error) {
      form.refused(error, ['focusFactor', 'holidays']);
    }
  };
  return (
    <form className="card form capacity-settings" noValidate onSubmit={submitting(run)} aria-labelledby="sprint-settings-title">
      <h2 id="sprint-settings-title">This sprint's settings</h2>
      <Field
        label="Focus factor of this sprint"
        hint={`More than 0, at most 1. Empty: the team's (${teamFocus}). A measured rate is multiplied by this ÷ the team's.`}
        error={errorAt(form.errors, 'focusFactor')}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            step="0.05"
            inputMode="decimal"
            value={form.value('focusFactor', override?.focusFactor)}
            onChange={(e) => form.set('focusFactor', e.target.value)}
          />
        )}
      </Field>
      <HolidaysEditor
        legend="Extra non-working days in this sprint"
        hint="Days within the sprint nobody works, besides the team's holidays."
        rows={rows}
        onChange={form.setRows}
        errors={form.errors}
        min={sprint.startDate.slice(0, 10)}
        max={sprint.endDate.slice(0, 10)}
      />
      <FormError errors={form.errors} />
      <p className="actions">
        <button type="submit" disabled={loading}>
          Save this sprint's settings
        </button>
        {form.saved && (
          <span role="status" className="muted small">
            {' '}
            Saved.
          </span>
        )}
      </p>
    </form>
  );
}

type TeamField = 'focusFactor' | 'defaultPointsPerDay' | 'historySprints' | 'hoursPerDay';

const teamFields: { key: TeamField; label: string; hint: string; step: string }[] = [
  {
    key: 'focusFactor',
    label: 'Focus factor',
    hint: 'The share of available time that goes to sprint work: more than 0, at most 1. It discounts the default points per day.',
    step: '0.05',
  },
  { key: 'defaultPointsPerDay', label: 'Default points per person-day', hint: 'For a discipline without enough analysed history: 0 to 100.', step: '0.1' },
  { key: 'historySprints', label: 'History sprints', hint: 'How many of the last analysed sprints the points per person-day average over.', step: '1' },
  { key: 'hoursPerDay', label: 'Hours per person-day', hint: 'Working hours in a day: more than 0, at most 24.', step: '0.5' },
];

/** The team's defaults for every sprint (setTeamCapacity); empty fields go back to the built-in defaults. */
export function TeamDefaultsForm({ teamId, teamName, defaults }: { teamId: string; teamName: string; defaults: Setting | undefined }) {
  const form = useDrafts<TeamField>();
  const [save, { loading }] = useMutation(SetTeamCapacity, { refetchQueries: [SprintCapacityQuery], awaitRefetchQueries: true });
  const held = useHeldRows(defaults?.holidays);
  const rows = form.rows ?? held;
  const run = async () => {
    const number = (key: TeamField) => numberOrNull(form.value(key, defaults?.[key]));
    try {
      await save({
        variables: {
          teamId,
          input: {
            focusFactor: number('focusFactor'),
            defaultPointsPerDay: number('defaultPointsPerDay'),
            historySprints: number('historySprints'),
            hoursPerDay: number('hoursPerDay'),
            holidays: holidayInput(rows),
          },
        },
      });
      form.done();
    } catch (error) {
      form.refused(error, [...teamFields.map((f) => f.key), 'holidays']);
    }
  };
  return (
    <form className="card form capacity-settings" noValidate onSubmit={submitting(run)} aria-labelledby="team-defaults-title">
      <h2 id="team-defaults-title">Team {teamName}'s defaults</h2>
      <p className="muted small">For every sprint of the team. An empty field goes back to the built-in default.</p>
      <div className="settings-grid">
        {teamFields.map((f) => (
          <Field key={f.key} label={f.label} hint={`${f.hint} Built-in: ${BUILT_IN[f.key]}.`} error={errorAt(form.errors, f.key)}>
            {(control) => (
              <input
                {...control}
                type="number"
                step={f.step}
                inputMode={f.key === 'historySprints' ? 'numeric' : 'decimal'}
                value={form.value(f.key, defaults?.[f.key])}
                onChange={(e) => form.set(f.key, e.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
      <HolidaysEditor
        legend="Team holidays"
        hint="Non-working days of the team in every sprint (public holidays)."
        rows={rows}
        onChange={form.setRows}
        errors={form.errors}
      />
      <FormError errors={form.errors} />
      <p className="actions">
        <button type="submit" disabled={loading}>
          Save the team's defaults
        </button>
        {form.saved && (
          <span role="status" className="muted small">
            {' '}
            Saved.
          </span>
        )}
      </p>
    </form>
  );
}

/** The same settings for someone who may not change them. */
export function SettingsSummary({ title, items }: { title: string; items: { label: string; value: React.ReactNode }[] }) {
  return (
    <section className="card capacity-settings">
      <h2>{title}</h2>
      <dl className="settings-list">
        {items.map((i) => (
          <div key={i.label}>
            <dt>{i.label}</dt>
            <dd>{i.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export { BUILT_IN };
