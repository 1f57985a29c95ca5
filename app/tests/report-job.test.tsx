import { describe, expect, test } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { getMainDefinition } from '@apollo/client/utilities';
import { Observable } from 'rxjs';
import { ReportJob } from '../src/pages/reports/ReportJob.tsx';
import { ReportFieldsFragment } from '../src/pages/reports/operations.ts';
import type { Report } from '../src/pages/reports/model.ts';
import { SessionContext } from '../src/session-context.ts';
import { SessionStore } from '../src/session.ts';

const report = (status: string, progress: number) => ({
  __typename: 'Report' as const,
  id: 'r1',
  kind: 'SPRINT',
  format: 'PDF',
  status,
  progress,
  cached: false,
  sizeBytes: status === 'READY' ? 2048 : null,
  fileName: status === 'READY' ? 'sprint-7.pdf' : null,
  error: null,
  createdAt: '2026-12-07T09:00:00.000Z',
  finishedAt: status === 'READY' ? '2026-12-07T09:00:05.000Z' : null,
  last: null,
  from: null,
  to: null,
  sprint: { __typename: 'Sprint', id: 's7', name: 'Sprint 7' },
  board: { __typename: 'Board', id: 'b1', name: 'Atlas' },
  team: null,
  requestedBy: { __typename: 'User', id: 'u1', displayName: 'Lee' },
  schedule: null,
});

describe('a report being generated', () => {
  test('when the socket closes under it (an expired token), the report is read instead until it is done', async () => {
    const asked: string[] = [];
    // Subscriptions end as a socket closed for good does; the report, read over HTTP, is ready.
    const link = new ApolloLink((operation) => {
      const def = getMainDefinition(operation.query);
      asked.push(operation.operationName ?? '');
      if (def.kind === 'OperationDefinition' && def.operation === 'subscription') {
        return new Observable((sink) => sink.error(new Error('Socket closed with event 4401 Unauthorized')));
      }
      return new Observable((sink) => {
        sink.next({ data: { report: report('READY', 1) } });
        sink.complete();
      });
    });
    const client = new ApolloClient({ link, cache: new InMemoryCache() });
    client.writeFragment({ fragment: ReportFieldsFragment, fragmentName: 'ReportFields', data: report('RUNNING', 0.4) as never });
    const finished: Report[] = [];
    render(
      <SessionContext.Provider value={new SessionStore('http://127.0.0.1:9/graphql')}>
        <ApolloProvider client={client}>
          <ReportJob reportId="r1" onFinished={(r) => finished.push(r)} />
        </ApolloProvider>
      </SessionContext.Provider>,
    );

    await waitFor(() => expect(finished.map((r) => r.status)).toEqual(['READY']), { timeout: 5_000 });
    expect(asked).toContain('ReportStatus');
    expect(screen.getByRole('status').textContent).toBe('Ready');
    expect(screen.getByRole('button', { name: /Download PDF/ })).toBeTruthy();
    // Done: the note about live updates is gone, as is any promise left to keep.
    expect(screen.queryByText(/Live updates are unavailable/)).toBeNull();
  });
});
