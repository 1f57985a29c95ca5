/**
 * The board a JIRA sprint belongs to. JIRA lists a sprint on every board that shows one of its
 * issues; it belongs to the board it was created on (originBoardId) when that board is synced,
 * else to the last synced board that listed it. The sprints subgraph stores the sprint on that
 * board and the sync asks JIRA's sprint report on it, so both compute on the same board's columns.
 */
export interface SprintListing {
  jiraSprintId: number;
  /** The board whose sprint list named it. */
  jiraBoardId: number;
  originBoardId?: number | null;
}

/** Per JIRA sprint id, the JIRA id of its board among `synced`; a sprint no synced board lists is left out. */
export function sprintBoards(listings: readonly SprintListing[], synced: (jiraBoardId: number) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (const s of listings) {
    if (s.originBoardId != null && synced(s.originBoardId)) out.set(s.jiraSprintId, s.originBoardId);
    else if (synced(s.jiraBoardId)) out.set(s.jiraSprintId, s.jiraBoardId);
  }
  return out;
}
