import { useId, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useParams, useSearchParams } from 'react-router';
import { ErrorMessage, Loading } from '../../components.tsx';
import { ConfirmButton } from '../../forms.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { managesTeam, useMe } from '../../me.ts';
import { live, useLiveUpdates } from '../../live/updates.ts';
import { UpdatedAgo } from '../../live/UpdatedAgo.tsx';
import { causeWords, generationWords, nextSprint, plannableSprints, regeneratedByItself } from './model.ts';
import { QueuePageQuery, QueueUpdatedSubscription, SprintQueueQuery } from './operations.ts';
import { QueueItems } from './QueueItems.tsx';
import { Conflicts, LeftOut, Utilisation } from './QueueSections.tsx';
import { useQueueActions } from './useQueueActions.ts';
import { Breadcrumbs, boardTrail } from '../../Breadcrumbs.tsx';

const stateWords = { ACTIVE: 'active', CLOSED: 'closed', FUTURE: 'future' } as const;

/**
 * The queue of a board's next sprint (its earliest future one; a picker for the other sprints not
 * closed, kept in the URL as ?sprint=): the planned items in order, the fill of each discipline's
 * capacity, what was left out and the conflicts. Planners of the board's team generate, reorder,
 * pin and accept it; everyone else reads it. Live: `queueUpdated`.
 */
export default function QueuePage() {
  const { boardId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const pickerId = useId();
  const { data, loading, error, refetch } = useQuery(QueuePageQuery, { variables: { boardId } });
  if (loading && !data) return <Loading what="the board" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  const board = data?.board;
  if (!board) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such board' }} />;
  const sprints = plannableSprints(board.sprints);
  const next = nextSprint(board.sprints);
  const asked = params.get('sprint');
  const sprint = sprints.find((s) => s.id === asked) ?? next;
  return (
    <section className="queue-page">
      <Breadcrumbs trail={boardTrail(board, 'Queue')} />
      <h1>
        Queue <span className="muted">· {board.name}</span>
      </h1>
      {!sprint ? (
        <p className="card empty">
          {board.name} has no future sprint to plan. Create the next sprint in JIRA: once it is synced, its queue can be generated here.
        </p>
      ) : (
        <>
          {sprints.length > 1 && (
            <p className="queue-sprint-picker">
              <label htmlFor={pickerId}>Sprint</label>{' '}
              <select id={pickerId} value={sprint.id} onChange={(e) => setParams(e.target.value === next?.id ? {} : { sprint: e.target.value })}>
                {sprints.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name} ({s.id === next?.id ? 'next' : stateWords[s.state]})
                  </option>
                ))}
              </select>
            </p>
          )}
          <p className="muted">
            {sprint.name}: {formatDate(sprint.startDate)} – {formatDate(sprint.endDate)}
            {board.team ? ` · team ${board.team.name}` : ' · the board has no team: its queue cannot be planned'}
          </p>
          <SprintQueue key={sprint.id} sprintId={sprint.id} editable={managesTeam(me, board.team?.id)} />
        </>
      )}
    </section>
  );
}

function SprintQueue({ sprintId, editable }: { sprintId: string; editable: boolean }) {
  const { data, loading, error, refetch } = useQuery(SprintQueueQuery, { variables: { sprintId } });
  const queue = data?.sprint?.queue;
  // What the last change did, a planner's or the background's: the page's status line.
  const [news, setNews] = useState<string | null>(null);
  const actions = useQueueActions(sprintId, queue?.id ?? null, setNews);
  const lastGenerated = useRef<string | null>(null);
  lastGenerated.current ??= queue?.generatedAt ?? null;
  const updatedAt = useLiveUpdates([
    live(
      QueueUpdatedSubscription,
      { sprintId },
      {
        onData: ({ queueUpdated }) => {
          const q = queueUpdated.queue;
          // The background's regenerations, in words, announced once each (the time it was generated tells them apart).
          if (q.status === 'DRAFT' && regeneratedByItself(q.trigger) && q.generatedAt !== lastGenerated.current) {
            setNews(`Regenerated at ${formatDateTime(q.generatedAt)} because ${causeWords(q.trigger, q.cause)}.`);
          }
          lastGenerated.current = q.generatedAt;
        },
      },
    ),
  ]);

  if (loading && !data) return <Loading what="the queue" />;
  if (error && !data) return <ErrorMessage error={error} retry={() => void refetch()} />;
  if (!data?.sprint) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'No such sprint' }} />;

  const editing = editable && queue?.status === 'DRAFT' ? { move: actions.move, pin: actions.pin, unpin: actions.unpin, busy: actions.busy } : undefined;
  return (
    <>
      <UpdatedAgo at={updatedAt} />
      <p role="status" className="queue-news">
        {news ?? ''}
      </p>
      {actions.error != null && <ErrorMessage error={actions.error} />}
      {editable && (
        <GenerateForm
          key={queue?.id ?? 'none'}
          accepted={queue?.status === 'ACCEPTED'}
          exists={queue != null}
          includeCarryOver={queue?.options.includeCarryOver ?? true}
          busy={actions.busy}
          onGenerate={actions.generate}
        />
      )}
      {!queue ? (
        <p className="card empty">
          No queue yet for this sprint.
          {editable
            ? ' Generate one: it fills each discipline’s capacity from the carry-over, the work planned in JIRA and the backlog in rank order.'
            : ' A manager of the team can generate one.'}
        </p>
      ) : (
        <>
          <div className={`card queue-status ${queue.status.toLowerCase()}`}>
            <p>
              <span className={`badge ${queue.status === 'ACCEPTED' ? 'accepted' : 'draft'}`}>{queue.status === 'ACCEPTED' ? 'Accepted' : 'Draft'}</span>{' '}
              {generationWords(queue)}, {formatDateTime(queue.generatedAt)}.
              {queue.status === 'DRAFT' && ' A draft regenerates by itself when the team’s capacity or the backlog changes.'}
            </p>
            {queue.status === 'ACCEPTED' && (
              <p>
                Accepted as the sprint’s plan by {queue.acceptedBy?.displayName ?? 'someone'} on {queue.acceptedAt ? formatDateTime(queue.acceptedAt) : '—'}: it
                no longer regenerates by itself.
              </p>
            )}
            {queue.outdatedAt && (
              <p className="warning">
                Outdated since {formatDateTime(queue.outdatedAt)}: the team’s capacity or the backlog changed after it was accepted, so it may no longer fit.
                Generate it again to re-plan, or accept it again as it is.
              </p>
            )}
            {editable && queue.status === 'DRAFT' && (
              <button type="button" disabled={actions.busy} onClick={() => void actions.accept()}>
                Accept this queue
              </button>
            )}
            {editable && queue.status === 'ACCEPTED' && queue.outdatedAt && (
              <ConfirmButton
                tone="normal"
                question="Accept it again as it is? This replaces the earlier acceptance."
                confirm="Accept again"
                disabled={actions.busy}
                onConfirm={actions.accept}
              >
                Accept again
              </ConfirmButton>
            )}
          </div>
          <Utilisation utilisation={queue.utilisation} />
          <h2>
            Items <span className="muted">({queue.items.length})</span>
          </h2>
          {queue.items.length === 0 ? (
            <p className="card empty">Nothing fitted in the queue: see what was left out and why.</p>
          ) : (
            <>
              {editing && (
                <p className="muted small">
                  Reorder with the handle (drag it, or focus it and press Space, then the arrow keys, then Space) or with Move up and Move down. A moved item is
                  pinned at its new place, and the queue is planned again around it.
                </p>
              )}
              <QueueItems items={queue.items} editing={editing} />
            </>
          )}
          <LeftOut leftOut={queue.leftOut} onPin={editing ? actions.pin : undefined} busy={actions.busy} />
          <Conflicts conflicts={queue.conflicts} />
        </>
      )}
    </>
  );
}

/** Generate (again): with the options the API takes. Replacing an accepted queue asks once. */
function GenerateForm({
  accepted,
  exists,
  includeCarryOver,
  busy,
  onGenerate,
}: {
  accepted: boolean;
  exists: boolean;
  includeCarryOver: boolean;
  busy: boolean;
  onGenerate: (includeCarryOver: boolean) => Promise<unknown>;
}) {
  const [carryOver, setCarryOver] = useState(includeCarryOver);
  const id = useId();
  const label = exists ? 'Generate again' : 'Generate the queue';
  return (
    <form
      className="card queue-generate"
      onSubmit={(e) => {
        e.preventDefault();
        if (!accepted) void onGenerate(carryOver);
      }}
    >
      <p className="choice">
        <input id={id} type="checkbox" checked={carryOver} onChange={(e) => setCarryOver(e.target.checked)} />{' '}
        <label htmlFor={id}>Plan the current sprint’s unfinished work first (carry-over)</label>
      </p>
      {accepted ? (
        <ConfirmButton
          tone="normal"
          question="Generate again? The accepted queue becomes a new draft."
          confirm="Generate a new draft"
          disabled={busy}
          onConfirm={() => onGenerate(carryOver)}
        >
          {label}
        </ConfirmButton>
      ) : (
        <button type="submit" disabled={busy}>
          {busy ? 'Working…' : label}
        </button>
      )}
    </form>
  );
}
