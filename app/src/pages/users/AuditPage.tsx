import { useSearchParams } from 'react-router';
import { useMemo } from 'react';
import { useQuery } from '@apollo/client/react';
import type { AdminAuditLogQuery } from '../../gql/graphql.ts';
import { ErrorMessage, Loading } from '../../components.tsx';
import { formatDateTime } from '../../format.ts';
import { TableScroll } from '../../TableScroll.tsx';
import { RoleGate } from '../../RoleGate.tsx';
import { Breadcrumbs, adminTrail } from '../../Breadcrumbs.tsx';
import { actionWords, detailLines, kindWords, targetWords, type Names } from './audit-words.ts';
import { AuditFiltersQuery, AuditLogQuery } from './operations.ts';

const PAGE = 25;

type Entry = AdminAuditLogQuery['auditLog'][number];

/** /admin/audit: who changed what, newest first; filtered by person and kind (kept in the URL: ?person=…&kind=…). */
export default function AuditPage() {
  return (
    <RoleGate min="ADMIN" title="Audit log">
      <AuditLog />
    </RoleGate>
  );
}

function AuditLog() {
  const [params, setParams] = useSearchParams();
  const person = params.get('person') ?? '';
  const kind = params.get('kind') ?? '';
  const filters = useQuery(AuditFiltersQuery, { fetchPolicy: 'cache-and-network' });
  const variables = { limit: PAGE, actorId: person || null, kind: kind || null };
  const { data, loading, error, refetch, fetchMore } = useQuery(AuditLogQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const entries = data?.auditLog ?? [];
  const setFilter = (name: 'person' | 'kind', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  // Another page only when the last one came back full (an exact multiple asks once more and finds none).
  const more = entries.length > 0 && entries.length % PAGE === 0;
  // By the last entry's id, not its time: entries sharing its millisecond would be skipped.
  const loadOlder = () =>
    void fetchMore({
      variables: { ...variables, beforeId: entries[entries.length - 1].id },
      updateQuery: (prev, { fetchMoreResult }) => ({ auditLog: [...(prev.auditLog ?? []), ...fetchMoreResult.auditLog] }) as AdminAuditLogQuery,
    });
  const kinds = filters.data?.auditLogKinds ?? [];
  const names = useMemo<Names>(() => {
    const d = filters.data;
    if (!d) return new Map();
    return new Map([
      ...d.users.map((u) => [u.id, u.displayName] as const),
      ...d.teams.map((t) => [t.id, t.name] as const),
      ...d.boards.flatMap((b) => [[b.id, b.name] as const, ...b.sprints.map((sp) => [sp.id, sp.name] as const)]),
    ]);
  }, [filters.data]);
  const filtered = person || kind;

  return (
    <section className="audit-page">
      <Breadcrumbs trail={adminTrail(true, { label: 'Audit log' })} />
      <h1>Audit log</h1>
      <form className="inline-form" aria-label="Filter the audit log" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor="audit-person">Person</label>
          <select id="audit-person" value={person} onChange={(e) => setFilter('person', e.target.value)}>
            <option value="">Everyone</option>
            {filters.data?.users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} ({u.email})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-kind">Kind</label>
          <select id="audit-kind" value={kind} onChange={(e) => setFilter('kind', e.target.value)}>
            <option value="">Everything</option>
            {/* A kind in the URL the log no longer has still shows as chosen. */}
            {(kind && !kinds.includes(kind) ? [...kinds, kind] : kinds).map((k) => (
              <option key={k} value={k}>
                {kindWords(k)}
              </option>
            ))}
          </select>
        </div>
        {filtered && (
          <button type="button" className="secondary" onClick={() => setParams(new URLSearchParams())}>
            Show everything
          </button>
        )}
      </form>
      {error && !data ? <ErrorMessage error={error} retry={() => void refetch()} /> : null}
      {loading && !data ? <Loading what="the audit log" /> : null}
      {data && !entries.length ? <p className="empty">{filtered ? 'Nothing matches these filters.' : 'Nothing has been changed yet.'}</p> : null}
      {entries.length ? (
        <TableScroll label="Audit log" card>
          <table className="audit">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <AuditRow key={e.id} entry={e} names={names} />
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      {more && (
        <p>
          <button type="button" className="secondary" disabled={loading} onClick={loadOlder}>
            {loading ? 'Loading…' : 'Load older entries'}
          </button>
        </p>
      )}
    </section>
  );
}

function AuditRow({ entry: e, names }: { entry: Entry; names: Names }) {
  const details = detailLines(e.details, names);
  return (
    <tr>
      <td data-label="When">
        <time dateTime={e.at}>{formatDateTime(e.at)}</time>
      </td>
      <td data-label="Who">{e.actor ? e.actor.displayName : (e.actorEmail ?? <span className="muted">Sprint Reports</span>)}</td>
      <td data-label="What">{actionWords(e.action)}</td>
      <td data-label="Target">{targetWords(e)}</td>
      <td data-label="Details">
        {details.length ? (
          <dl className="audit-details">
            {details.map(([k, v]) => (
              <div key={k}>
                <dt>{k}:</dt>
                <dd>{v}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}
