import { afterCommit, inChunks, MAX_ISSUES_PER_EVENT, withTenant, type Database, type EntityOf, type Runtime } from '@sprint-reports/core';
import * as data from './data/index.ts';
import type { SyncRunRow } from './models.ts';
import type { PreparedIssues } from './data/issue-store.ts';
import { LiveIssueBoardsDocument, type LiveIssueBoardsQuery } from './remote/__generated__/sprints.ts';

/**
 * Live events of the issues subgraph (docs/live.md): ISSUES_UPDATED for the boards that show the
 * issues a sync, a webhook, a re-derivation or the deletion sweep wrote, and SYNC_PROGRESS for runs.
 * It consumes no events.
 */

/** Where an issue shows: its project's boards, and the boards of every sprint it has been in. */
export interface IssuePlace {
  id: string;
  projectKey: string | null;
  sprintIds: readonly string[];
}

/** A run's visible state changed (queued, claimed, a phase, a page, its end): announced once that commits. */
export const syncProgress = (runtime: Runtime, run: Pick<SyncRunRow, 'id' | 'tenantId' | 'connectionId'>) =>
  runtime.events.publish({ type: 'SYNC_PROGRESS', tenantId: run.tenantId, connectionId: run.connectionId, runId: run.id });

/** The issues a page wrote, with their places as the page holds them (no statement). */
export function placesOfPage(prepared: PreparedIssues, written: readonly string[]): IssuePlace[] {
  const wrote = new Set(written);
  return prepared.chunks.flatMap((chunk) =>
    chunk.issues
      .filter((c) => wrote.has(c.row.id))
      .map((c) => ({ id: c.row.id, projectKey: c.row.projectKey, sprintIds: c.memberships.map((m) => m.sprintId) })),
  );
}

/** The places of stored issues (deleted ones too): their project, and every sprint they have been in. */
export async function placesOf(db: Database, tenantId: string, ids: readonly string[]): Promise<IssuePlace[]> {
  const places = new Map<string, { id: string; projectKey: string | null; sprintIds: string[] }>();
  await inChunks([...new Set(ids)], 5000, async (chunk) => {
    for (const r of await data.projectsOfIssues(db, tenantId, chunk)) places.set(r.id, { ...r, sprintIds: [] });
    for (const m of await data.sprintsOfIssueIds(db, tenantId, chunk)) places.get(m.issueId)?.sprintIds.push(m.sprintId);
  });
  return [...places.values()];
}

/** Boards and sprints belong to the sprints subgraph: asked through it, never read by SQL. */
/**
 * Announces changed issues to the boards that show them: ISSUES_UPDATED per board, at most
 * MAX_ISSUES_PER_EVENT ids each. A board shows an issue of its project, and an issue of any of
 * its sprints, past ones included (an issue that just left a sprint still changes that sprint's
 * board). Announced once the caller's transaction commits (a rolled-back write announces nothing),
 * and the board lookup runs then, outside it. The tenant's boards and each sprint's board are asked
 * once per announcer: a sync run keeps one for all its pages. Announcing never fails the caller
 * (what fails is logged), and a process that does not reach the sprints subgraph cannot tell
 * boards: it announces nothing.
 */
export class IssueAnnouncer {
  private boardsOfProject: Map<string, string[]> | null = null;
  private readonly boardOfSprint = new Map<string, string | null>();
  private readonly prefetch: string[];

  constructor(
    private readonly runtime: Runtime,
    private readonly tenantId: string,
    /** Sprints whose boards the first lookup asks for too (a sync's sprints). */
    opts: { sprintIds?: readonly string[] } = {},
  ) {
    this.prefetch = [...(opts.sprintIds ?? [])];
  }

  /** Issues whose places the caller holds (a sync page). */
  announce(places: readonly IssuePlace[]): Promise<void> {
    return places.length ? this.later(() => places) : Promise.resolve();
  }

  /** Issues by id: their places are read after the commit, in the tenant's scope. */
  announceIds(issueIds: readonly string[]): Promise<void> {
    return issueIds.length ? this.later(() => withTenant(this.runtime.db, this.tenantId, (tx) => placesOf(tx, this.tenantId, issueIds))) : Promise.resolve();
  }

  private later(places: () => readonly IssuePlace[] | Promise<readonly IssuePlace[]>): Promise<void> {
    const { runtime, tenantId } = this;
    if (!runtime.client.reaches('sprints')) return Promise.resolve();
    return afterCommit(async () => {
      try {
        for (const [boardId, ids] of await this.byBoard(await places())) {
          for (let i = 0; i < ids.length; i += MAX_ISSUES_PER_EVENT) {
            await runtime.events.publish({ type: 'ISSUES_UPDATED', tenantId, boardId, issueIds: ids.slice(i, i + MAX_ISSUES_PER_EVENT) });
          }
        }
      } catch (err) {
        runtime.log.warn({ err: (err as Error).message, tenantId }, 'Could not announce updated issues');
      }
    });
  }

  /** The issues' ids per board that shows them, in the order given. */
  private async byBoard(places: readonly IssuePlace[]): Promise<Map<string, string[]>> {
    const unknown = [...new Set([...this.prefetch.splice(0), ...places.flatMap((p) => p.sprintIds)])].filter((id) => !this.boardOfSprint.has(id));
    if (!this.boardsOfProject || unknown.length) {
      const data = await this.runtime.client.execute('sprints', this.tenantId, LiveIssueBoardsDocument, {
        representations: unknown.map((id) => ({ __typename: 'Sprint', id })),
        withBoards: !this.boardsOfProject,
      });
      const sprints = data._entities as (EntityOf<LiveIssueBoardsQuery> | null)[];
      if (data.boards) {
        const byProject = new Map<string, string[]>();
        for (const b of data.boards) if (b.projectKey) byProject.set(b.projectKey, [...(byProject.get(b.projectKey) ?? []), b.id]);
        this.boardsOfProject = byProject;
      }
      unknown.forEach((id, i) => this.boardOfSprint.set(id, sprints[i]?.board.id ?? null));
    }
    const out = new Map<string, Set<string>>();
    for (const p of places) {
      const boards = new Set(p.projectKey ? (this.boardsOfProject!.get(p.projectKey) ?? []) : []);
      for (const s of p.sprintIds) {
        const board = this.boardOfSprint.get(s);
        if (board) boards.add(board);
      }
      for (const b of boards) {
        let ids = out.get(b);
        if (!ids) out.set(b, (ids = new Set()));
        ids.add(p.id);
      }
    }
    return new Map([...out].map(([board, ids]) => [board, [...ids]]));
  }
}

/** Announces issues by id to their boards once the caller's transaction commits (see IssueAnnouncer). */
export const announceIssues = (runtime: Runtime, tenantId: string, issueIds: readonly string[]) => new IssueAnnouncer(runtime, tenantId).announceIds(issueIds);
