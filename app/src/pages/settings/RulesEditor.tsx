import { Field, errorAt, type FormErrors } from '../../forms.tsx';
import { moved, newRule, type RuleDraft } from './model.ts';

/**
 * The discipline rules, in order (the first that matches an issue decides its discipline): each
 * maps components, labels or issue types to one of the organisation's disciplines. Rules are added,
 * removed and moved up or down with buttons (keyboard usable as they are).
 */
export function RulesEditor({
  rules,
  disciplines,
  onChange,
  errors,
}: {
  rules: RuleDraft[];
  disciplines: readonly string[];
  onChange: (rules: RuleDraft[]) => void;
  errors: FormErrors;
}) {
  const set = (i: number, patch: Partial<RuleDraft>) => onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="settings-group">
      <legend>Discipline rules</legend>
      <p className="muted small">
        Which discipline an issue counts for in the per-discipline figures. The first rule that matches wins; an issue no rule matches takes its assignee's
        discipline in the board's team, else Unassigned. Separate several values with commas.
      </p>
      {rules.length === 0 && <p className="empty small">No rules: disciplines come from the assignees.</p>}
      <ol className="rules">
        {rules.map((r, i) => {
          const at = `settings.disciplineRules.${i}`;
          const options = disciplines.includes(r.discipline) || !r.discipline ? disciplines : [r.discipline, ...disciplines];
          return (
            <li key={r.key} className="card rule" aria-label={`Rule ${i + 1}`}>
              <div className="rule-fields">
                <Field label={`Rule ${i + 1}: discipline`} error={errors.fields[`${at}.discipline`]}>
                  {(c) => (
                    <select {...c} value={r.discipline} onChange={(e) => set(i, { discipline: e.target.value })}>
                      <option value="">Choose a discipline</option>
                      {options.map((d) => (
                        <option key={d} value={d}>
                          {d}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label="Components" error={errors.fields[`${at}.components`]}>
                  {(c) => <input {...c} value={r.components} onChange={(e) => set(i, { components: e.target.value })} />}
                </Field>
                <Field label="Labels" error={errors.fields[`${at}.labels`]}>
                  {(c) => <input {...c} value={r.labels} onChange={(e) => set(i, { labels: e.target.value })} />}
                </Field>
                <Field label="Issue types" error={errors.fields[`${at}.issueTypes`]}>
                  {(c) => <input {...c} value={r.issueTypes} onChange={(e) => set(i, { issueTypes: e.target.value })} />}
                </Field>
              </div>
              {errors.fields[at] && <p className="field-error">{errors.fields[at]}</p>}
              <div className="rule-actions">
                <button
                  type="button"
                  className="secondary small"
                  disabled={i === 0}
                  onClick={() => onChange(moved(rules, i, i - 1))}
                  aria-label={`Move up: rule ${i + 1}`}
                >
                  Move up
                </button>
                <button
                  type="button"
                  className="secondary small"
                  disabled={i === rules.length - 1}
                  onClick={() => onChange(moved(rules, i, i + 1))}
                  aria-label={`Move down: rule ${i + 1}`}
                >
                  Move down
                </button>
                <button type="button" className="secondary small" onClick={() => onChange(rules.filter((_, j) => j !== i))} aria-label={`Remove rule ${i + 1}`}>
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {errorAt(errors, 'settings.disciplineRules') && !rules.some((_, i) => errorAt(errors, `settings.disciplineRules.${i}`)) && (
        <p className="field-error">{errorAt(errors, 'settings.disciplineRules')}</p>
      )}
      <button type="button" className="secondary" onClick={() => onChange([...rules, newRule(disciplines[0] ?? '')])}>
        Add a rule
      </button>
    </fieldset>
  );
}
