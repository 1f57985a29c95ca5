import { useRef, useState } from 'react';
import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type ScreenReaderInstructions,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { amount } from '../../format.ts';
import { IssueKey } from '../sprint/IssueTable.tsx';
import type { QueueItemReason } from '../../gql/graphql.ts';
import { reasonWords } from './model.ts';

export interface QueueItemData {
  position: number;
  discipline?: string | null;
  points?: number | null;
  reason: QueueItemReason;
  pinned: boolean;
  issue?: { id: string; key: string; summary: string; url?: string | null; assigneeName?: string | null } | null;
}

/** What a planner can do to an item; absent for readers (no controls at all). */
export interface QueueEditing {
  /** Moves the item to a 1-based position (moveQueueItem); resolves once the API answered. */
  move(issueId: string, position: number): Promise<unknown>;
  pin(issueId: string): Promise<unknown>;
  unpin(issueId: string): Promise<unknown>;
  /** A change is on its way: the controls wait. */
  busy: boolean;
}

const keyOf = (items: readonly QueueItemData[], id: UniqueIdentifier | undefined) => items.find((i) => i.issue?.id === id)?.issue?.key ?? 'The item';
const placeOf = (items: readonly QueueItemData[], id: UniqueIdentifier | undefined) => items.findIndex((i) => i.issue?.id === id) + 1;

const instructions: ScreenReaderInstructions = {
  draggable:
    'To move an item, press Space or Enter on its handle, move it with the up and down arrow keys, then press Space or Enter to drop it there, or Escape to cancel.',
};

/**
 * What dnd-kit announces while an item is dragged, by key and position (its defaults say only ids).
 * A pick-up is over its own place at once: that says nothing new, so "Picked up" stays heard.
 */
function announcements(items: readonly QueueItemData[], drag: { moved: boolean }): Announcements {
  const at = (id: UniqueIdentifier | undefined) => `position ${placeOf(items, id)} of ${items.length}`;
  return {
    onDragStart: ({ active }) => {
      drag.moved = false;
      return `Picked up ${keyOf(items, active.id)} at ${at(active.id)}.`;
    },
    onDragOver: ({ active, over }) => {
      if (!drag.moved && over?.id === active.id) return undefined;
      drag.moved = true;
      return over ? `${keyOf(items, active.id)} is over ${at(over.id)}.` : `${keyOf(items, active.id)} is no longer over the queue.`;
    },
    onDragEnd: ({ active, over }) =>
      over ? `${keyOf(items, active.id)} dropped at ${at(over.id)}: saving.` : `${keyOf(items, active.id)} dropped outside the queue: not moved.`,
    onDragCancel: ({ active }) => `Moving ${keyOf(items, active.id)} was cancelled: it stays at ${at(active.id)}.`,
  };
}

/**
 * The queue's items in order. Planners reorder them by dragging a handle (mouse, touch, or the
 * keyboard: Space, arrows, Space), or with Move up / Move down; each move asks the API
 * (moveQueueItem), which may refuse it or re-plan around it, so the list shows the dragged order
 * only while the move is on its way and then the API's order (the old one again, with the
 * refusal, when it refuses).
 */
export function QueueItems({ items, editing }: { items: readonly QueueItemData[]; editing?: QueueEditing }) {
  const [pending, setPending] = useState<string[] | null>(null);
  const drag = useRef({ moved: false });
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const byId = new Map(items.map((i) => [i.issue?.id ?? `#${i.position}`, i]));
  const shown = pending ? pending.map((id) => byId.get(id)).filter((i): i is QueueItemData => i != null) : items;
  const ids = shown.map((i) => i.issue?.id ?? `#${i.position}`);

  if (!editing) {
    return (
      <ol className="queue-items">
        {items.map((item) => (
          <QueueItemRow key={item.issue?.id ?? item.position} item={item} />
        ))}
      </ol>
    );
  }

  const move = (issueId: string, to: number) => {
    const from = ids.indexOf(issueId);
    if (from < 0 || to < 0 || to >= ids.length || from === to) return;
    setPending(arrayMove(ids, from, to));
    void editing.move(issueId, to + 1).finally(() => setPending(null));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over && active.id !== over.id) move(String(active.id), ids.indexOf(String(over.id)));
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements: announcements(shown, drag.current), screenReaderInstructions: instructions }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy} disabled={editing.busy}>
        <ol className="queue-items editable" aria-busy={pending != null}>
          {shown.map((item, index) => (
            <SortableQueueItem
              key={ids[index]}
              id={ids[index]}
              item={item}
              index={index}
              count={shown.length}
              editing={editing}
              onMove={(to) => move(ids[index], to)}
            />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableQueueItem({
  id,
  item,
  index,
  count,
  editing,
  onMove,
}: {
  id: string;
  item: QueueItemData;
  index: number;
  count: number;
  editing: QueueEditing;
  onMove: (to: number) => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id });
  const key = item.issue?.key ?? 'this item';
  const issueId = item.issue?.id;
  return (
    <QueueItemRow
      item={item}
      itemRef={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      dragging={isDragging}
      position={index + 1}
      controls={
        <div className="queue-item-controls">
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="drag-handle secondary"
            {...attributes}
            {...listeners}
            aria-label={`Drag ${key} (position ${index + 1} of ${count})`}
            disabled={editing.busy}
          >
            <span aria-hidden="true">⠿</span>
          </button>
          <button type="button" className="secondary" disabled={editing.busy || index === 0} onClick={() => onMove(index - 1)}>
            {'Move up '}
            <span className="visually-hidden">{key}</span>
          </button>
          <button type="button" className="secondary" disabled={editing.busy || index === count - 1} onClick={() => onMove(index + 1)}>
            {'Move down '}
            <span className="visually-hidden">{key}</span>
          </button>
          {issueId &&
            (item.pinned ? (
              <button type="button" className="secondary" disabled={editing.busy} onClick={() => void editing.unpin(issueId)}>
                {'Unpin '}
                <span className="visually-hidden">{key}</span>
              </button>
            ) : (
              <button type="button" className="secondary" disabled={editing.busy} onClick={() => void editing.pin(issueId)}>
                {'Pin '}
                <span className="visually-hidden">
                  {key} at position {index + 1}
                </span>
              </button>
            ))}
        </div>
      }
    />
  );
}

function QueueItemRow({
  item,
  itemRef,
  style,
  dragging,
  position,
  controls,
}: {
  item: QueueItemData;
  itemRef?: (node: HTMLElement | null) => void;
  style?: React.CSSProperties;
  dragging?: boolean;
  position?: number;
  controls?: React.ReactNode;
}) {
  return (
    <li ref={itemRef} style={style} className={`queue-item card${dragging ? ' dragging' : ''}${item.pinned ? ' pinned' : ''}`} data-issue-key={item.issue?.key}>
      <div className="queue-item-head">
        <span className="queue-position" aria-hidden="true">
          {position ?? item.position}
        </span>
        {item.issue ? <IssueKey issueKey={item.issue.key} url={item.issue.url} /> : <span>An issue no longer in JIRA</span>}
        <span className="queue-summary">{item.issue?.summary}</span>
        {item.pinned && <span className="badge pinned-badge">pinned</span>}
      </div>
      <dl className="queue-item-facts">
        <div>
          <dt>Why</dt>
          <dd>{reasonWords[item.reason]}</dd>
        </div>
        <div>
          <dt>Discipline</dt>
          <dd>{item.discipline ?? 'none'}</dd>
        </div>
        <div>
          <dt>Points</dt>
          <dd>{amount(item.points)}</dd>
        </div>
        <div>
          <dt>Assignee</dt>
          <dd>{item.issue?.assigneeName ?? 'Unassigned'}</dd>
        </div>
      </dl>
      {controls}
    </li>
  );
}
