import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql/index.ts';
import { atLeast, useMe } from '../../me.ts';
import { Loading } from '../../components.tsx';

const FirstRunConnections = graphql(`
  query FirstRunConnections { jiraConnections { id name lastSyncedAt } }
`);

/**
 * What the boards page shows while there are no boards: the way to them. An admin of a tenant
 * without a JIRA connection is led to connect one; with one that has not brought boards yet, to
 * sync it (managers may too); everyone else is told whom to ask.
 */
export function FirstRun() {
  const me = useMe();
  const manager = atLeast(me?.role, 'MANAGER');
  const admin = atLeast(me?.role, 'ADMIN');
  const { data, loading } = useQuery(FirstRunConnections, { skip: !manager, fetchPolicy: 'cache-and-network' });
  if (!me || (manager && loading && !data)) return <Loading what="how to get your boards" />;
  const connections = data?.jiraConnections ?? [];
  if (manager && connections.length > 0) {
    const first = connections[0];
    return (
      <div className="card first-run">
        <h2>Sync JIRA to see your boards</h2>
        <p>
          {first.lastSyncedAt
            ? `The last sync of “${first.name}” found no boards: check that its JIRA user can see them, then sync again.`
            : `“${first.name}” is connected but has not been synced yet.`}
        </p>
        <p>
          <Link className="button" to={`/admin/connections/${first.id}`}>
            Open “{first.name}” and sync it
          </Link>
        </p>
      </div>
    );
  }
  if (admin) {
    return (
      <div className="card first-run">
        <h2>Connect JIRA</h2>
        <p>Sprint Reports reads your boards, sprints and issues from JIRA. Connect your JIRA Cloud or Server/Data Center site:</p>
        <ol>
          <li>Give its address and an API token (Cloud) or a personal access token (Server/Data Center).</li>
          <li>Test the connection: you see the boards JIRA shows and the story points field it would use.</li>
          <li>Save it and start the first sync: your boards appear here.</li>
        </ol>
        <p>
          <Link className="button" to="/admin/connections/new">
            Connect JIRA
          </Link>
        </p>
      </div>
    );
  }
  return (
    <div className="card first-run">
      <h2>No boards yet</h2>
      <p>Ask an administrator to connect JIRA: once it is synced, your boards show here.</p>
    </div>
  );
}
