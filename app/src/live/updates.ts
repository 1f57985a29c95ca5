/**
 * Live updates for the pages: graphql-ws subscriptions whose payloads the normalised Apollo cache
 * merges by id (a Sprint's name, state, dates and figures; an Issue's summary, assignee, status),
 * so every query showing them re-renders, and the time the page last received something it shows.
 *
 * Each page passes the subscription that carries its own fragment (what it shows of a sprint);
 * the board-wide ones (the board's sprints, its issues) are here.
 */
import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { graphql } from '../gql/index.ts';
import { liveConnectionOf } from './connection.ts';

/** What the pages show of an issue: an update carries it all, so the cache has it fresh. */
const IssuesUpdated = graphql(`
  subscription LiveIssuesUpdated($boardId: ID!) {
    issueUpdated(boardId: $boardId) {
      at
      issueIds
      issues { id key summary type status statusCategory storyPoints assigneeName resolution deletedAt }
    }
  }
`);

/** A sprint's own fields (name, state, dates), for the sprints the boards page may show next. */
const SprintUpdated = graphql(`
  subscription LiveSprintUpdated($sprintId: ID!) {
    sprintUpdated(sprintId: $sprintId) {
      at
      sprint { id name state goal startDate endDate completeDate }
    }
  }
`);

/** The board's sprints, again whenever one of them has new figures (a new sprint appears in the list). */
const BoardSprintsUpdated = graphql(`
  subscription LiveBoardSprintsUpdated($boardId: ID!) {
    sprintAnalysisUpdated(boardId: $boardId) {
      at
      board { id sprints { id name state startDate endDate } }
      sprint { id }
    }
  }
`);

/** The ids of the issues a sprint's report lists, as the cache holds them. */
const SprintIssueIds = graphql(`
  fragment LiveSprintIssueIds on Sprint {
    id
    analysis { issues { issue { id } } }
  }
`);

export interface LiveSubscription {
  /** Same key, same subscription: a page re-rendering does not subscribe again. */
  key: string;
  document: TypedDocumentNode<any, any>;
  variables: Record<string, unknown>;
  /** Called with each update's data (after the cache took it in). */
  onData?: (data: any) => void;
  /** Whether the update changes what the page shows (its "updated" time moves); default yes. */
  shows?: (data: any) => boolean;
}

/** A typed subscription for useLiveUpdates. */
export function live<TData, TVars extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVars>,
  variables: TVars,
  opts: { onData?: (data: TData) => void; shows?: (data: TData) => boolean } = {},
): LiveSubscription {
  const name = document.definitions.find((d) => d.kind === 'OperationDefinition')?.name?.value ?? '';
  return { key: `${name}:${JSON.stringify(variables)}`, document, variables, ...opts };
}

/**
 * Keeps the subscriptions open while the page shows; returns when the page last received an update
 * it shows (ms since the epoch, by this browser's clock: "updated 2 minutes ago" is about this
 * page, whatever the server's clock says), or null before the first.
 */
export function useLiveUpdates(subscriptions: LiveSubscription[]): number | null {
  const client = useApolloClient();
  const [updatedAt, setUpdatedAt] = useState<number | null>(null);
  // The callbacks of the latest render, without subscribing again for each render.
  const current = useRef(subscriptions);
  useEffect(() => {
    current.current = subscriptions;
  });
  const key = subscriptions.map((s) => s.key).join('|');
  // Other subscriptions (the page now shows another sprint): the last update was about what it showed before.
  const [updatedFor, setUpdatedFor] = useState(key);
  if (updatedFor !== key) {
    setUpdatedFor(key);
    setUpdatedAt(null);
  }

  useEffect(() => {
    const connection = liveConnectionOf(client);
    const stops: (() => void)[] = [];
    for (const { key: subscriptionKey, document, variables } of current.current) {
      const latest = () => current.current.find((s) => s.key === subscriptionKey);
      const start = () => {
        const subscription = client.subscribe({ query: document, variables }).subscribe(({ data, error }) => {
          if (data) {
            const spec = latest();
            spec?.onData?.(data);
            if (!spec?.shows || spec.shows(data)) setUpdatedAt(Date.now());
          } else if (error && !CombinedGraphQLErrors.is(error) && connection) {
            // The socket closed for good under it (graphql-ws retries most closes itself).
            stops.push(connection.retryLater(start));
          }
          // A refusal in words (NOT_FOUND: the board is gone) ends this subscription; the page's query shows it.
        });
        stops.push(() => subscription.unsubscribe());
      };
      start();
    }
    return () => stops.forEach((stop) => stop());
    // The key names every subscription and its variables.
  }, [client, key]);

  return updatedAt;
}

/**
 * The open sprint report: the sprint itself (`sprintUpdated`, through the page's document carrying
 * what it shows: name, state, dates, figures), the board's sprints (the picker), and the issues
 * it lists (`issueUpdated`: a summary or assignee changed in JIRA).
 */
export function useSprintReportLive<TData>(boardId: string, sprintId: string, sprintUpdated: TypedDocumentNode<TData, { sprintId: string }>): number | null {
  const client = useApolloClient();
  const listed = (issueIds: string[]) => {
    const sprint = client.readFragment({ fragment: SprintIssueIds, id: client.cache.identify({ __typename: 'Sprint', id: sprintId }) });
    // Not in the cache (yet): count it, rather than miss one.
    if (!sprint?.analysis) return true;
    const ids = new Set(sprint.analysis.issues.map((i) => i.issue?.id));
    return issueIds.some((id) => ids.has(id));
  };
  return useLiveUpdates([
    live(sprintUpdated, { sprintId }),
    live(BoardSprintsUpdated, { boardId }, { shows: (d) => d.sprintAnalysisUpdated.sprint.id === sprintId }),
    live(IssuesUpdated, { boardId }, { shows: (d) => listed(d.issueUpdated.issueIds) }),
  ]);
}

interface BoardSprints {
  id: string;
  /** Oldest first, as the API lists them. */
  sprints: { id: string; state: string }[];
}

/**
 * The boards page: each board's figures (`sprintAnalysisUpdated`, through the page's document,
 * which also carries the board's sprints), and the sprints that can start or close next
 * (`sprintUpdated` of the active one and of the next future one). A sprint whose state changed
 * changes which sprint a board shows as active: `refetchBoards` then reads the boards again, for
 * what came with it in JIRA (a sprint created to take the unfinished issues).
 */
export function useBoardsLive<TData>(
  boards: readonly BoardSprints[],
  analysisUpdated: TypedDocumentNode<TData, { boardId: string }>,
  refetchBoards: () => void,
): number | null {
  const states = useRef(new Map<string, string>());
  // The states the page first showed; from then on, what sprintUpdated said (a re-render may already
  // show the new state the cache took in before onData runs).
  useEffect(() => {
    for (const board of boards) for (const s of board.sprints) if (!states.current.has(s.id)) states.current.set(s.id, s.state);
  }, [boards]);
  const subscriptions: LiveSubscription[] = [];
  for (const board of boards) {
    subscriptions.push(live(analysisUpdated, { boardId: board.id }));
    const next = [board.sprints.filter((s) => s.state === 'ACTIVE').at(-1), board.sprints.find((s) => s.state === 'FUTURE')];
    for (const sprint of next) {
      if (!sprint) continue;
      subscriptions.push(
        live(
          SprintUpdated,
          { sprintId: sprint.id },
          {
            onData: ({ sprintUpdated: { sprint: now } }) => {
              const before = states.current.get(now.id);
              states.current.set(now.id, now.state);
              if (before && before !== now.state) refetchBoards();
            },
          },
        ),
      );
    }
  }
  return useLiveUpdates(subscriptions);
}
