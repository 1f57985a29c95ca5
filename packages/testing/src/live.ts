import type { FormattedExecutionResult as ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { Published, Runtime } from '@sprint-reports/core';

/**
 * What a runtime's event bus delivers, step by step: `take()` waits for the jobs the last step
 * queued, sends what coalescing holds back, and hands over what arrived since the last take.
 */
export function eventRecorder(runtime: Runtime) {
  const delivered: Published[] = [];
  const stop = runtime.events.subscribe((e) => delivered.push(e));
  return {
    stop,
    async take() {
      await runtime.jobs.idle();
      await runtime.events.flush();
      return delivered.splice(0);
    },
  };
}

export interface LiveClient {
  client: Client;
  /** Subscribes; results arrive in `results` and through `next()`. */
  subscribe<T = any>(query: string, variables?: Record<string, unknown>): LiveSubscription<T>;
  /** Resolves with the close event's code and reason once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  dispose(): Promise<void>;
}

export interface LiveSubscription<T> {
  /** Everything received so far. */
  results: ExecutionResult<T>[];
  /** The next result not yet taken by next() (waits for it). */
  next(): Promise<ExecutionResult<T>>;
  /** Resolves when the server completes the subscription or it errors; with the error, if any. */
  ended: Promise<unknown>;
  unsubscribe(): void;
}

/**
 * A graphql-ws client as a dashboard would run one (the `ws` WebSocket), signed in with `token` in
 * connection_init. No retries: a test sees the close codes as they are.
 */
export function liveClient(url: string, token: string | null, opts: { connectionParams?: Record<string, unknown> } = {}): LiveClient {
  let resolveClosed!: (e: { code: number; reason: string }) => void;
  const closed = new Promise<{ code: number; reason: string }>((resolve) => (resolveClosed = resolve));
  const client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: opts.connectionParams ?? (token ? { authorization: `Bearer ${token}` } : {}),
    on: { closed: (e) => resolveClosed({ code: (e as { code: number }).code, reason: String((e as { reason: string }).reason) }) },
    onNonLazyError: () => {}, // the close code is what tests look at
  });
  return {
    client,
    closed,
    subscribe<T>(query: string, variables: Record<string, unknown> = {}): LiveSubscription<T> {
      const results: ExecutionResult<T>[] = [];
      let taken = 0;
      const waiters: (() => void)[] = [];
      let end: { error: unknown } | null = null;
      let resolveEnded!: (e: unknown) => void;
      const ended = new Promise<unknown>((resolve) => (resolveEnded = resolve)).then((error) => {
        end = { error };
        waiters.splice(0).forEach((w) => w());
        return error;
      });
      const unsubscribe = client.subscribe<T>(
        { query, variables },
        {
          next: (result) => {
            results.push(result as ExecutionResult<T>);
            waiters.splice(0).forEach((w) => w());
          },
          error: (err) => resolveEnded(err),
          complete: () => resolveEnded(undefined),
        },
      );
      return {
        results,
        ended,
        unsubscribe,
        async next() {
          while (results.length <= taken) {
            if (end) throw new Error(`The subscription ended without another result: ${JSON.stringify((end as { error: unknown }).error ?? 'completed')}`);
            await new Promise<void>((resolve) => waiters.push(resolve));
          }
          return results[taken++];
        },
      };
    },
    dispose: async () => client.dispose(),
  };
}
