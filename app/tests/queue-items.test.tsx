import { describe, expect, test } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { QueueItems, type QueueEditing, type QueueItemData } from '../src/pages/queue/QueueItems.tsx';

const item = (position: number, key: string, pinned = false): QueueItemData => ({
  position,
  discipline: 'Backend',
  points: 3,
  reason: pinned ? 'PINNED' : 'RANK',
  pinned,
  issue: { id: `i-${key}`, key, summary: `Summary of ${key}`, url: `https://jira.example/browse/${key}`, assigneeName: null },
});
const items = [item(1, 'A-1'), item(2, 'A-2', true), item(3, 'A-3')];
const keys = () => screen.getAllByRole('listitem').map((li) => li.getAttribute('data-issue-key'));

/** An editor whose API answer the test settles. */
function editor() {
  const calls: string[] = [];
  let settle: () => void = () => {};
  const editing: QueueEditing = {
    move: (issueId, position) => {
      calls.push(`move ${issueId} ${position}`);
      return new Promise<void>((resolve) => (settle = resolve));
    },
    pin: async (issueId) => void calls.push(`pin ${issueId}`),
    unpin: async (issueId) => void calls.push(`unpin ${issueId}`),
    busy: false,
  };
  return { editing, calls, settle: () => settle() };
}

describe('the queue items', () => {
  test('a reader sees the items in order, their reasons in words, and no control', () => {
    render(<QueueItems items={items} />);
    expect(keys()).toEqual(['A-1', 'A-2', 'A-3']);
    expect(screen.getByText('Pinned here by a planner')).toBeTruthy();
    expect(screen.getAllByText('Next by rank that fitted')).toHaveLength(2);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(screen.getByRole('link', { name: 'A-1' }).getAttribute('href')).toBe('https://jira.example/browse/A-1');
  });

  test("Move down asks the API for the next position, shows the new order while it answers, then the API's", async () => {
    const { editing, calls, settle } = editor();
    const { rerender } = render(<QueueItems items={items} editing={editing} />);
    const first = screen.getAllByRole('listitem')[0];
    expect((within(first).getByRole('button', { name: 'Move up A-1' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(first).getByRole('button', { name: 'Move down A-1' }));
    expect(calls).toEqual(['move i-A-1 2']);
    expect(keys()).toEqual(['A-2', 'A-1', 'A-3']);
    // The API re-planned differently (or refused): its order is what shows once it answered.
    await act(async () => settle());
    rerender(<QueueItems items={[items[0], items[2], items[1]]} editing={editing} />);
    expect(keys()).toEqual(['A-1', 'A-3', 'A-2']);
  });

  test('pin and unpin name the item; the last cannot move down', () => {
    const { editing, calls } = editor();
    render(<QueueItems items={items} editing={editing} />);
    fireEvent.click(screen.getByRole('button', { name: 'Unpin A-2' }));
    fireEvent.click(screen.getByRole('button', { name: 'Pin A-3 at position 3' }));
    expect(calls).toEqual(['unpin i-A-2', 'pin i-A-3']);
    expect((screen.getByRole('button', { name: 'Move down A-3' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByRole('button', { name: 'Drag A-1 (position 1 of 3)' })).toBeTruthy();
  });
});
