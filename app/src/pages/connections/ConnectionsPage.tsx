import type { ReactNode } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { formatDateTime, plural } from '../../format.ts';
import { atLeast, useMe } from '../../me.ts';
import { RoleGate } from '../../RoleGate.tsx';
import { Breadcrumbs, adminTrail } from '../../Breadcrumbs.tsx';
import { TableScroll } from '../../TableScroll.tsx';
import { ConnectionsQuery } from './operations.ts';
import { flavorWords, STATUS_WORDS } from './model.ts';

/**
 * The tenant's JIRA sites. Managers see them (they may start and cancel syncs, as the API lets
 * them); connecting one and its settings are for admins.
 */
export function ConnectionsPage() {
  return (
    <RoleGate min="MANAGER" title="JIRA connections">
      <Connections />
    </RoleGate>
  );
}

function Connections() {
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(ConnectionsQuery);
  if (!data && loading) return <Loading what="the JIRA connections" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const connections = data?.jiraConnections ?? [];
  const admin = atLeast(me?.role, 'ADMIN');
  return (
    <section className="connections">
      <Breadcrumbs trail={adminTrail(admin, { label: 'JIRA connections' })} />
      <h1>JIRA connections</h1>
      {admin && (
        <p>
          <Link className="button" to="/admin/connections/new">
            Connect JIRA
          </Link>
        </p>
      )}
      {connections.length === 0 ? (
        <p className="card empty">
          No JIRA site is connected yet.{admin ? ' Connect one, sync it, and its boards show on the boards page.' : ' Ask an administrator to connect JIRA.'}
        </p>
      ) : (
        <TableScroll label="JIRA connections" card flush>
          <table className="connections-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">JIRA</th>
                <th scope="col">Base URL</th>
                <th scope="col">Last synced</th>
                <th scope="col">Latest sync</th>
              </tr>
            </thead>
            <tbody>
              {connections.map((c) => {
                const run = c.syncRuns[0];
                return (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={`/admin/connections/${c.id}`}>{c.name}</Link>
                    </th>
                    <td>{flavorWords(c.flavor)}</td>
                    <td className="url">{c.baseUrl}</td>
                    <td>{c.lastSyncedAt ? formatDateTime(c.lastSyncedAt) : 'Never'}</td>
                    <td>
                      {run ? <span className={`badge run-${run.status.toLowerCase()}`}>{STATUS_WORDS[run.status]}</span> : 'None yet'}
                      {run && run.errors.length > 0 && <span className="muted small"> {plural(run.errors.length, 'error')}</span>}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

export function NewConnectionPage({ children }: { children: ReactNode }) {
  return (
    <RoleGate min="ADMIN" title="Connect JIRA">
      <section className="connections">
        <Breadcrumbs trail={adminTrail(true, { label: 'JIRA connections', to: '/admin/connections' }, { label: 'Connect JIRA' })} />
        <h1>Connect JIRA</h1>
        <p>Give the site's address and credentials, test them to see the boards JIRA shows, then connect. The first sync brings the boards in.</p>
        {children}
      </section>
    </RoleGate>
  );
}
