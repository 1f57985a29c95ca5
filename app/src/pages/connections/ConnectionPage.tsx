import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { ConfirmButton, FormError, formErrors, noErrors, type FormErrors } from '../../forms.tsx';
import { formatDateTime } from '../../format.ts';
import { atLeast, useMe } from '../../me.ts';
import { RoleGate } from '../../RoleGate.tsx';
import { Breadcrumbs, adminTrail } from '../../Breadcrumbs.tsx';
import { ConnectionQuery, DeleteConnectionMutation } from './operations.ts';
import { forgetBoards, forgetConnections } from './cache.ts';
import { flavorWords } from './model.ts';
import { SyncPanel } from './SyncPanel.tsx';
import { RunsList } from './RunsList.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { WebhookPanel } from './WebhookPanel.tsx';

/**
 * One JIRA connection: its sync (managers and admins), the boards it brought in, the webhook to
 * set up in JIRA, past runs; settings, secret rotation and deletion for admins only.
 */
export function ConnectionPage() {
  return (
    <RoleGate min="MANAGER" title="JIRA connection">
      <Connection />
    </RoleGate>
  );
}

function Connection() {
  const { id = '' } = useParams();
  const me = useMe();
  const admin = atLeast(me?.role, 'ADMIN');
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ConnectionQuery, { variables: { id } });
  const [remove] = useMutation(DeleteConnectionMutation, {
    update: (cache) => {
      forgetConnections(cache);
      forgetBoards(cache);
    },
  });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const client = useApolloClient();
  // A finished sync may have brought boards: the boards page reads them anew when it opens next.
  const synced = () => {
    void refetch();
    forgetBoards(client.cache);
  };

  if (!data && loading) return <Loading what="the JIRA connection" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const c = data?.jiraConnection;
  if (!c)
    return (
      <p className="card">
        No such JIRA connection: it may have been deleted. <Link to="/admin/connections">All connections</Link>
      </p>
    );

  return (
    <section className="connection">
      <Breadcrumbs trail={adminTrail(admin, { label: 'JIRA connections', to: '/admin/connections' }, { label: c.name })} />
      <h1>{c.name}</h1>
      <p className="muted">
        JIRA {flavorWords(c.flavor)} at <span className="url">{c.baseUrl}</span>
        {c.email && <> as {c.email}</>} · last synced {c.lastSyncedAt ? formatDateTime(c.lastSyncedAt) : 'never'}
      </p>
      <SyncPanel key={c.id} connectionId={c.id} latest={c.syncRuns[0] ?? null} onFinished={synced} />

      <section className="card" aria-labelledby="connection-boards">
        <h2 id="connection-boards">Boards</h2>
        <p className="muted small">
          Story points are read from {c.effectiveStoryPointsField ? <strong>{c.effectiveStoryPointsField}</strong> : 'the field the first sync chooses'}
          {c.storyPointsField ? ' (set in the settings)' : ''}.
        </p>
        {c.boards.length === 0 ? (
          <p className="muted">No boards yet: they arrive with the first sync.</p>
        ) : (
          <ul className="connection-boards">
            {c.boards.map((b) => (
              <li key={b.id}>
                <Link to={`/boards/${b.id}`}>{b.name}</Link>{' '}
                <span className="muted small">
                  {[b.projectKey && `project ${b.projectKey}`, b.team ? `team ${b.team.name}` : 'no team'].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <WebhookPanel connection={c} admin={admin} />
      {admin && <SettingsForm key={c.id} connection={c} />}
      <RunsList runs={c.syncRuns} />

      {admin && (
        <section className="card" aria-labelledby="connection-delete">
          <h2 id="connection-delete">Delete the connection</h2>
          <p>
            Deleting it removes{' '}
            {c.boards.length > 0 ? <>{c.boards.length === 1 ? 'its board' : `its ${c.boards.length} boards`} with their sprints and analyses, </> : null}
            every issue synced through it, and its sync history here. JIRA itself is not changed.
          </p>
          <FormError errors={errors} />
          <ConfirmButton
            question={`Delete “${c.name}” and everything synced through it?`}
            confirm="Delete the connection"
            onConfirm={async () => {
              setErrors(noErrors);
              try {
                await remove({ variables: { id: c.id } });
                void navigate('/admin/connections');
              } catch (err) {
                setErrors(formErrors(err, []));
              }
            }}
          >
            Delete connection
          </ConfirmButton>
        </section>
      )}
    </section>
  );
}
