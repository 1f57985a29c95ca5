import { lazy, Suspense, useEffect, useRef } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../gql/index.ts';
import type { VelocityQuery } from '../gql/graphql.ts';
import { ErrorMessage, Loading, unitOf } from '../components.tsx';
import { live, useLiveUpdates } from '../live/updates.ts';
import { UpdatedAgo } from '../live/UpdatedAgo.tsx';
import { lastChoices, lastParam, lastWords, parseLast, velocitySeries, type VelocityRow } from '../velocity.ts';
import { amount, percent } from '../format.ts';
import { TableScroll } from '../TableScroll.tsx';
import { Breadcrumbs, boardTrail } from '../Breadcrumbs.tsx';

// recharts is big: the chart loads on its own, after the table and the figures.
const VelocityChart = lazy(() => import('./VelocityChart.tsx'));

const VelocityQueryDocument = graphql(`
  query Velocity($boardId: ID!, $last: Int) {
    board(id: $boardId) {
      id
      name
      settings { estimationStatistic }
      velocity(last: $last) {
        sprint { id name }
        committedPoints completedPoints sayDoRatio scopeChangeRate rollingAverage3 rollingAverage5
      }
      predictability(last: $last) {
        sprints averageCommittedPoints averageCompletedPoints averageSayDoRatio velocityVariation predictability averageScopeChangeRate
      }
    }
  }
`);

// A closed sprint's figures moved (or a sprint just closed): the velocity is read again.
const VelocitySprintAnalysisUpdated = graphql(`
  subscription VelocitySprintAnalysisUpdated($boardId: ID!) {
    sprintAnalysisUpdated(boardId: $boardId) { at sprint { id state } }
  }
`);

type Board = NonNullable<VelocityQuery['board']>;

export function VelocityPage() {
  const { boardId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const last = parseLast(params.get('last'));
  // `last: null` asks for every closed sprint (leaving it out would be the API's default, 7).
  const { data, previousData, loading, error, refetch } = useQuery(VelocityQueryDocument, { variables: { boardId, last } });
  const refresh = useCoalesced(() => refetch());
  // Through the live module: subscribed again after the socket closed under it (an expired token).
  const closed = (update: { sprintAnalysisUpdated: { sprint: { state: string } } }) => update.sprintAnalysisUpdated.sprint.state === 'CLOSED';
  const updatedAt = useLiveUpdates([live(VelocitySprintAnalysisUpdated, { boardId }, { onData: (update) => closed(update) && refresh(), shows: closed })]);
  // The heading and the selector stay while another range loads, so focus stays on the selector.
  const named = (data ?? previousData)?.board;
  const board = data?.board;
  return (
    <section className="velocity">
      <Breadcrumbs trail={boardTrail({ id: boardId, name: named?.name ?? 'Board' }, 'Velocity')} />
      <h1>Velocity{named && <span className="muted"> · {named.name}</span>}</h1>
      <UpdatedAgo at={updatedAt} />
      {/* No closed sprint at all (no range shows any): nothing to choose. */}
      {board?.velocity.length !== 0 && (
        <label className="picker">
          Sprints shown{' '}
          <select value={lastParam(last)} onChange={(e) => setParams({ last: e.target.value })}>
            {lastChoices(last).map((c) => (
              <option key={lastParam(c)} value={lastParam(c)}>
                {c === null ? 'All closed sprints' : `Last ${c}`}
              </option>
            ))}
          </select>
        </label>
      )}
      {loading && !data ? (
        <Loading what="the velocity" />
      ) : error && !data ? (
        <ErrorMessage error={error} retry={() => void refetch()} />
      ) : !board ? (
        <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such board' }} />
      ) : board.velocity.length === 0 ? (
        <p className="card empty">This board has no closed sprint yet: its velocity shows here once a sprint has been closed.</p>
      ) : (
        <Velocity board={board} last={last} />
      )}
    </section>
  );
}

/**
 * Runs `work` now, or once more after the run in flight when asked again meanwhile: a burst of
 * updates (a board measured anew announces every sprint) costs two reads, and the last read
 * starts after the last update.
 */
function useCoalesced(work: () => Promise<unknown>): () => void {
  const state = useRef<'idle' | 'running' | 'again'>('idle');
  const latest = useRef(work);
  useEffect(() => {
    latest.current = work;
  });
  const run = useRef(() => {
    if (state.current !== 'idle') {
      state.current = 'again';
      return;
    }
    state.current = 'running';
    void latest
      .current()
      .catch(() => undefined)
      .finally(() => {
        const again = state.current === 'again';
        state.current = 'idle';
        if (again) run.current();
      });
  });
  return run.current;
}

function Velocity({ board, last }: { board: Board; last: number | null }) {
  const unit = unitOf(board.settings.estimationStatistic);
  const rows = velocitySeries(board.velocity);
  const fewer = last !== null && rows.length < last;
  return (
    <>
      <p className="muted">
        Committed and completed {unit} of the {lastWords(last)}
        {fewer && ` (the board has ${rows.length})`}, oldest first, with the 3- and 5-sprint rolling averages of what was completed.
      </p>
      <Suspense fallback={<Loading what="the chart" />}>
        <VelocityChart rows={rows} unit={unit} />
      </Suspense>
      <h2>Sprint by sprint</h2>
      <VelocityTable boardId={board.id} rows={rows} unit={unit} />
      <Predictability figures={board.predictability} unit={unit} />
    </>
  );
}

function VelocityTable({ boardId, rows, unit }: { boardId: string; rows: VelocityRow[]; unit: string }) {
  return (
    <TableScroll card flush label={`Velocity per sprint, in ${unit}`}>
      <table className="issues velocity-table">
        <caption className="visually-hidden">Velocity per sprint, in {unit}</caption>
        <thead>
          <tr>
            <th scope="col">Sprint</th>
            <th scope="col" className="num">
              Committed
            </th>
            <th scope="col" className="num">
              Completed
            </th>
            <th scope="col" className="num">
              Say/do
            </th>
            <th scope="col" className="num">
              Scope change
            </th>
            <th scope="col" className="num">
              3-sprint average
            </th>
            <th scope="col" className="num">
              5-sprint average
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.sprintId}>
              <th scope="row">
                <Link to={`/boards/${boardId}/sprints/${r.sprintId}`}>{r.sprint}</Link>
              </th>
              <td className="num" data-cell="committed">
                {amount(r.committed)}
              </td>
              <td className="num" data-cell="completed">
                {amount(r.completed)}
              </td>
              <td className="num" data-cell="sayDo">
                {percent(r.sayDo)}
              </td>
              <td className="num" data-cell="scopeChange">
                {percent(r.scopeChange)}
              </td>
              <td className="num" data-cell="rolling3">
                {amount(r.rolling3)}
              </td>
              <td className="num" data-cell="rolling5">
                {amount(r.rolling5)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small table-note">
        Amounts in {unit}. A rolling average shows once the board has closed 3 (or 5) sprints; it looks back beyond the range shown.
      </p>
    </TableScroll>
  );
}

function Predictability({ figures: p, unit }: { figures: Board['predictability']; unit: string }) {
  const items: { id: string; term: string; value: string; words: string }[] = [
    {
      id: 'predictability',
      term: 'Predictability',
      value: percent(p.predictability),
      words: 'The share of sprints whose say/do was between 80\u00a0% and 120\u00a0%: they delivered about what they committed to.',
    },
    {
      id: 'averageSayDoRatio',
      term: 'Average say/do',
      value: percent(p.averageSayDoRatio),
      words: 'Completed ÷ committed, averaged over the sprints: below 100\u00a0% the team finishes less than it commits to.',
    },
    {
      id: 'velocityVariation',
      term: 'Velocity variation',
      value: percent(p.velocityVariation),
      words: 'How much the completed amount varies from sprint to sprint (standard deviation ÷ average): 0\u00a0% is perfectly steady, lower is steadier.',
    },
    {
      id: 'averageScopeChangeRate',
      term: 'Average scope change',
      value: percent(p.averageScopeChangeRate),
      words: 'Work added or removed after a sprint started, as a share of its commitment, averaged over the sprints.',
    },
    {
      id: 'averageCommittedPoints',
      term: 'Average committed',
      value: `${amount(p.averageCommittedPoints)} ${unit}`,
      words: 'What the team committed to at the start of a sprint, on average.',
    },
    {
      id: 'averageCompletedPoints',
      term: 'Average completed',
      value: `${amount(p.averageCompletedPoints)} ${unit}`,
      words: 'What the team completed in a sprint, on average: its velocity over these sprints.',
    },
  ];
  return (
    <>
      <h2>Predictability</h2>
      <p className="muted">
        Over {p.sprints} closed {p.sprints === 1 ? 'sprint' : 'sprints'}. A dash means there was nothing to measure it against (nothing committed, or nothing
        completed).
      </p>
      <dl className="predictability">
        {items.map((item) => (
          <div key={item.id} className="card">
            <dt>{item.term}</dt>
            <dd className="value" data-predictability={item.id}>
              {item.value}
            </dd>
            <dd className="muted small">{item.words}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
