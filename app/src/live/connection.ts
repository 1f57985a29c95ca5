/**
 * The state of the live socket as a page shows it: quiet while connecting or connected, "paused —
 * reconnecting" once a connection was lost (the router restarted, the network dropped) until it is
 * back. Coming back runs `onReconnected` once (the app refetches its active queries: updates sent
 * while the socket was down are not replayed, docs/live.md).
 */
import type { ApolloClient } from '@apollo/client';
import type { Client } from 'graphql-ws';

export type LiveState = 'idle' | 'connecting' | 'connected' | 'reconnecting';

export interface LiveConnectionOptions {
  /** Whether the socket should come back: signed in. Signed out, a closed socket stays closed. */
  canReconnect(): boolean;
  /** True while the app restarts the socket itself (a refreshed token): not a lost connection. */
  restartingItself(): boolean;
  onReconnected(): void;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 30_000];

export class LiveConnection {
  private state: LiveState = 'idle';
  private listeners = new Set<() => void>();
  private retries = 0;

  constructor(private readonly opts: LiveConnectionOptions) {}

  get current(): LiveState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Follows a graphql-ws client's connection events. */
  watch(ws: Client): () => void {
    const stops = [
      ws.on('connecting', () => this.set(this.state === 'reconnecting' ? 'reconnecting' : 'connecting')),
      ws.on('connected', () => {
        const wasDown = this.state === 'reconnecting';
        this.retries = 0;
        this.set('connected');
        if (wasDown) this.opts.onReconnected();
      }),
      ws.on('closed', (event) => {
        // 1000: graphql-ws closed an unused socket (no subscriptions left); signed out: nothing to resume.
        const code = (event as { code?: number } | undefined)?.code;
        if (code === 1000 || !this.opts.canReconnect()) this.set('idle');
        else if (this.opts.restartingItself()) this.set(this.state === 'reconnecting' ? 'reconnecting' : 'connecting');
        else {
          this.retries++;
          this.set('reconnecting');
        }
      }),
    ];
    return () => stops.forEach((stop) => stop());
  }

  /**
   * For a subscription that a closed socket ended (graphql-ws gives up on some close codes, e.g.
   * 4401 when a token expired under it): subscribes again after a growing pause, while signed in.
   * Returns how to cancel.
   */
  retryLater(resubscribe: () => void): () => void {
    if (!this.opts.canReconnect()) return () => {};
    const timer = setTimeout(
      () => {
        if (this.opts.canReconnect()) resubscribe();
      },
      RETRY_MS[Math.min(Math.max(this.retries - 1, 0), RETRY_MS.length - 1)],
    );
    return () => clearTimeout(timer);
  }

  private set(state: LiveState) {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

// The connection of each Apollo client, so a page finds it through useApolloClient().
const connections = new WeakMap<ApolloClient, LiveConnection>();

export const registerLiveConnection = (client: ApolloClient, live: LiveConnection) => void connections.set(client, live);
export const liveConnectionOf = (client: ApolloClient): LiveConnection | undefined => connections.get(client);
