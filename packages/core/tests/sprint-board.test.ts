import { describe, expect, test } from 'vitest';
import { sprintBoards } from '../src/sprint-board.ts';

describe('the board a sprint belongs to', () => {
  const synced = (ids: number[]) => (id: number) => ids.includes(id);
  test('its origin board when synced, whichever board listed it first or last', () => {
    const listings = [
      { jiraSprintId: 7, jiraBoardId: 1, originBoardId: 2 },
      { jiraSprintId: 7, jiraBoardId: 2, originBoardId: 2 },
      { jiraSprintId: 7, jiraBoardId: 3, originBoardId: 2 },
    ];
    expect(sprintBoards(listings, synced([1, 2, 3])).get(7)).toBe(2);
  });

  test('origin board not synced: the last synced board that listed it', () => {
    const listings = [
      { jiraSprintId: 7, jiraBoardId: 1, originBoardId: 9 },
      { jiraSprintId: 7, jiraBoardId: 3, originBoardId: 9 },
      { jiraSprintId: 8, jiraBoardId: 1, originBoardId: null },
    ];
    expect([...sprintBoards(listings, synced([1, 3]))]).toEqual([
      [7, 3],
      [8, 1],
    ]);
    // Listed only by boards not synced (a webhook naming an unsynced origin board): no board.
    expect(sprintBoards([{ jiraSprintId: 7, jiraBoardId: 9, originBoardId: 9 }], synced([1])).has(7)).toBe(false);
  });
});
