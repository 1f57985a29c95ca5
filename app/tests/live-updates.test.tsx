import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache, gql, type TypedDocumentNode } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Observable, type Subscriber } from 'rxjs';
import { live, useLiveUpdates } from '../src/live/updates.ts';
import { UpdatedAgo } from '../src/live/UpdatedAgo.tsx';

/** A client whose subscriptions the test feeds by hand, one stream per subscription opened. */
function feedableClient() {
  const streams: { variables: Record<string, unknown>; sink: Subscriber<ApolloLink.Result> }[] = [];
  const link = new ApolloLink((operation) => new Observable((sink) => void streams.push({ variables: operation.variables, sink })));
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), streams };
}

const SprintUpdated: TypedDocumentNode<{ sprintUpdated: { at: string } }, { sprintId: string }> = gql`
  subscription SprintUpdated($sprintId: ID!) { sprintUpdated(sprintId: $sprintId) { at } }
`;

function LiveLine({ sprintId }: { sprintId: string }) {
  const at = useLiveUpdates([live(SprintUpdated, { sprintId })]);
  return <UpdatedAgo at={at} />;
}

afterEach(() => void vi.useRealTimers());

describe('the live line ("Updated just now")', () => {
  test('announces an update, then ages quietly outside the status region', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const { client, streams } = feedableClient();
    render(
      <ApolloProvider client={client}>
        <LiveLine sprintId="s1" />
      </ApolloProvider>,
    );
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => streams[0].sink.next({ data: { sprintUpdated: { __typename: 'SprintUpdate', at: new Date().toISOString() } } }));
    expect(screen.getByRole('status').textContent).toBe('Updated just now');

    // A minute on: the line says so, but the status region (what screen readers hear) stays quiet.
    act(() => void vi.advanceTimersByTime(61_000));
    expect(screen.getByText('Updated 1 minute ago')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');
    act(() => void vi.advanceTimersByTime(60_000));
    expect(screen.getByText('Updated 2 minutes ago')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('');

    // The next update is news again.
    act(() => streams[0].sink.next({ data: { sprintUpdated: { __typename: 'SprintUpdate', at: new Date().toISOString() } } }));
    expect(screen.getByRole('status').textContent).toBe('Updated just now');
    expect(screen.queryByText(/minutes? ago/)).toBeNull();
  });

  test('another sprint starts without the last one\'s "Updated": the time is about what the page shows', () => {
    const { client, streams } = feedableClient();
    const { rerender } = render(
      <ApolloProvider client={client}>
        <LiveLine sprintId="s1" />
      </ApolloProvider>,
    );
    act(() => streams[0].sink.next({ data: { sprintUpdated: { __typename: 'SprintUpdate', at: new Date().toISOString() } } }));
    expect(screen.getByRole('status').textContent).toBe('Updated just now');

    rerender(
      <ApolloProvider client={client}>
        <LiveLine sprintId="s2" />
      </ApolloProvider>,
    );
    expect(screen.queryByText(/Updated/)).toBeNull();
    // Subscribed to the new sprint, whose own update shows.
    const s2 = streams.find((s) => s.variables.sprintId === 's2')!;
    act(() => s2.sink.next({ data: { sprintUpdated: { __typename: 'SprintUpdate', at: new Date().toISOString() } } }));
    expect(screen.getByRole('status').textContent).toBe('Updated just now');
  });
});
