import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Field, FormError, formErrors } from '../../forms.tsx';
import { forgetTeamBoards } from '../capacity/cache.ts';
import { SetBoardTeamMutation, TeamsQuery } from './operations.ts';

/**
 * The board's team (administrators only): whose managers change its settings, and whose members'
 * disciplines its analyses fall back on. Saved on its own: it is not an analysis setting, and the
 * board's sprints are re-analysed for it in the background.
 */
export function TeamField({ boardId, team }: { boardId: string; team: { id: string; name: string } | null }) {
  const teams = useQuery(TeamsQuery);
  const [chosen, setChosen] = useState(team?.id ?? '');
  const [setTeam, { loading, error, data }] = useMutation(SetBoardTeamMutation);
  const errors = formErrors(error, ['teamId']);
  const saved = data?.setBoardTeam.team?.id ?? team?.id ?? '';
  return (
    <form
      className="card settings-group team-form"
      aria-labelledby="team-heading"
      onSubmit={(e) => {
        e.preventDefault();
        // The board leaves its old team's boards and joins the new one's: both lists are read anew where shown.
        const changed = [saved, chosen].filter(Boolean);
        void setTeam({ variables: { boardId, teamId: chosen || null }, update: (cache) => forgetTeamBoards(cache, changed) }).catch(() => {});
      }}
    >
      <h2 id="team-heading">Team</h2>
      <Field
        label="The board's team"
        hint="Its managers change these settings; its members' disciplines are the fallback of the discipline rules."
        error={errors.fields.teamId}
      >
        {(c) => (
          <select {...c} value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={teams.loading && !teams.data}>
            <option value="">No team</option>
            {(teams.data?.teams ?? (team ? [team] : [])).map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {teams.error && <p className="error-text small">Could not load the teams: {teams.error.message}</p>}
      <FormError errors={errors} />
      <p>
        <button type="submit" disabled={loading || chosen === saved}>
          {loading ? 'Saving…' : 'Change team'}
        </button>
        {data && !loading && (
          <span role="status" className="muted small">
            {' '}
            Team saved. The board's sprints are being analysed anew.
          </span>
        )}
      </p>
    </form>
  );
}
