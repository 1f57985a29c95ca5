import { useId, useState } from 'react';
import type { ReportFormat, ReportKind } from '../../gql/graphql.ts';
import { KINDS, defaultRange, reportInput, type ReportForm } from './model.ts';
import { ReportGenerator } from './ReportGenerator.tsx';

export interface FormBoard {
  id: string;
  team: { id: string; name: string } | null;
  /** Newest first. */
  sprints: { id: string; name: string; state: string }[];
}

/** The sprint a team lead most likely wants: the active one, else the latest closed, else the newest. */
const likelySprint = (sprints: FormBoard['sprints']) =>
  (sprints.find((s) => s.state === 'ACTIVE') ?? sprints.find((s) => s.state === 'CLOSED') ?? sprints[0])?.id ?? '';

/**
 * Generate any kind of report about the board (its sprint, its velocity, its team's capacity or
 * history) in any format; then the job's progress and its file. What was typed stays after an error.
 */
export function GenerateReportForm({ board, onChange }: { board: FormBoard; onChange: () => void }) {
  const [form, setForm] = useState<ReportForm>(() => ({
    kind: 'SPRINT',
    format: 'PDF',
    sprintId: likelySprint(board.sprints),
    last: '7',
    ...defaultRange(new Date()),
  }));
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const set = (change: Partial<ReportForm>) => {
    setForm((f) => ({ ...f, ...change }));
    setProblem(null);
  };

  const ask = () => {
    const asked = reportInput(form, { id: board.id, teamId: board.team?.id ?? null });
    if ('problem' in asked) {
      setProblem(asked.problem);
      return null;
    }
    return asked.input;
  };
  const ranged = form.kind === 'CAPACITY' || form.kind === 'HISTORY';

  return (
    <ReportGenerator
      className="card form generate"
      labelledBy={`${id}-title`}
      submitLabel="Generate report"
      format={form.format}
      onFormat={(format: ReportFormat) => set({ format })}
      ask={ask}
      problem={problem}
      onChange={onChange}
    >
      <h2 id={`${id}-title`}>Generate a report</h2>
      <fieldset>
        <legend>Kind of report</legend>
        {KINDS.map((k) => {
          const needsTeam = (k.kind === 'CAPACITY' || k.kind === 'HISTORY') && !board.team;
          return (
            <div key={k.kind} className="choice">
              <input
                type="radio"
                id={`${id}-${k.kind}`}
                name={`${id}-kind`}
                value={k.kind}
                checked={form.kind === k.kind}
                disabled={needsTeam}
                aria-describedby={`${id}-${k.kind}-hint`}
                onChange={() => set({ kind: k.kind as ReportKind })}
              />
              <span>
                <label htmlFor={`${id}-${k.kind}`}>{k.label}</label>{' '}
                <span id={`${id}-${k.kind}-hint`} className="muted small">
                  {needsTeam ? 'This board has no team: this report is about a team.' : k.hint}
                </span>
              </span>
            </div>
          );
        })}
      </fieldset>
      {form.kind === 'SPRINT' && (
        <div className="field">
          <label htmlFor={`${id}-sprint`}>Sprint</label>
          <select id={`${id}-sprint`} value={form.sprintId} onChange={(e) => set({ sprintId: e.target.value })}>
            {board.sprints.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.state.toLowerCase()})
              </option>
            ))}
          </select>
        </div>
      )}
      {form.kind === 'VELOCITY' && (
        <div className="field">
          <label htmlFor={`${id}-last`}>Closed sprints to show (1 to 50)</label>
          <input
            id={`${id}-last`}
            type="number"
            min={1}
            max={50}
            step={1}
            inputMode="numeric"
            value={form.last}
            onChange={(e) => set({ last: e.target.value })}
          />
        </div>
      )}
      {ranged && board.team && (
        <div className="range">
          <p className="muted small">
            About team {board.team.name}: the sprints that {form.kind === 'CAPACITY' ? 'started' : 'closed'} in the range (at most 730 days).
          </p>
          <div className="field">
            <label htmlFor={`${id}-from`}>First day</label>
            <input id={`${id}-from`} type="date" value={form.from} max={form.to || undefined} onChange={(e) => set({ from: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Last day</label>
            <input id={`${id}-to`} type="date" value={form.to} min={form.from || undefined} onChange={(e) => set({ to: e.target.value })} />
          </div>
        </div>
      )}
    </ReportGenerator>
  );
}
