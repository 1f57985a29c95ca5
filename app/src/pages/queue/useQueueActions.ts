import { useCallback, useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useIdempotencyKey } from '../../idempotency.ts';
import { AcceptQueueMutation, GenerateQueueMutation, MoveQueueItemMutation, PinQueueItemMutation, UnpinQueueItemMutation } from './operations.ts';

/**
 * A planner's changes to a sprint's queue. None is optimistic: the API may refuse each (a position
 * outside the queue, a sprint that started, a role lost) and re-plans around every edit, so the page
 * shows what it answers. `say` hears what each change did (the page's status line), `error` says why
 * the last one was refused.
 */
export function useQueueActions(sprintId: string, queueId: string | null, say: (news: string | null) => void) {
  const [generateMutation] = useMutation(GenerateQueueMutation);
  const [moveMutation] = useMutation(MoveQueueItemMutation);
  const [pinMutation] = useMutation(PinQueueItemMutation);
  const [unpinMutation] = useMutation(UnpinQueueItemMutation);
  const [acceptMutation] = useMutation(AcceptQueueMutation);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // One change at a time: a second click while the first is on its way does nothing.
  const inFlight = useRef(false);
  // A generation keeps its key until answered: a double click or a retry generates once.
  const generateKey = useIdempotencyKey();

  const run = useCallback(
    async (change: () => Promise<string>) => {
      if (inFlight.current) return;
      inFlight.current = true;
      setBusy(true);
      setError(null);
      try {
        say(await change());
      } catch (err) {
        say(null);
        setError(err);
      } finally {
        inFlight.current = false;
        setBusy(false);
      }
    },
    [say],
  );

  const generate = (includeCarryOver: boolean) =>
    run(async () => {
      const variables = { sprintId, options: { includeCarryOver } };
      const { data } = await generateMutation({ variables: { ...variables, idempotencyKey: generateKey.keyFor(variables) } });
      generateKey.answered();
      const n = data?.generateQueue.items.length ?? 0;
      return `Queue generated: ${n} ${n === 1 ? 'item' : 'items'}.`;
    });

  const move = (issueId: string, position: number) =>
    run(async () => {
      const { data } = await moveMutation({ variables: { queueId: queueId!, issueId, position } });
      const items = data?.moveQueueItem.items ?? [];
      const item = items.find((i) => i.issue?.id === issueId);
      return item ? `${item.issue?.key} is now at position ${item.position} of ${items.length}, pinned there.` : 'Moved.';
    });

  const pin = (issueId: string) =>
    run(async () => {
      const { data } = await pinMutation({ variables: { queueId: queueId!, issueId } });
      const item = data?.pinQueueItem.items.find((i) => i.issue?.id === issueId);
      return item ? `${item.issue?.key} is pinned at position ${item.position}.` : 'Pinned.';
    });

  const unpin = (issueId: string) =>
    run(async () => {
      const { data } = await unpinMutation({ variables: { queueId: queueId!, issueId } });
      const item = data?.unpinQueueItem.items.find((i) => i.issue?.id === issueId);
      return item
        ? `${item.issue?.key} is no longer pinned: now at position ${item.position}.`
        : 'Unpinned: the issue was left out when the queue was planned again.';
    });

  const accept = () =>
    run(async () => {
      await acceptMutation({ variables: { queueId: queueId! } });
      return 'Queue accepted as the sprint plan.';
    });

  return { generate, move, pin, unpin, accept, busy, error };
}
