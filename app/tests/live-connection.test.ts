import { describe, expect, test } from 'vitest';
import type { Client } from 'graphql-ws';
import { LiveConnection } from '../src/live/connection.ts';

/** The part of a graphql-ws client LiveConnection listens to, driven by the test. */
function fakeSocket() {
  const listeners: Record<string, ((...args: unknown[]) => void)[]> = {};
  const client = {
    on: (event: string, listener: (...args: unknown[]) => void) => {
      (listeners[event] ??= []).push(listener);
      return () => listeners[event].splice(listeners[event].indexOf(listener), 1);
    },
  } as unknown as Client;
  const emit = (event: string, ...args: unknown[]) => listeners[event]?.forEach((l) => l(...args));
  return { client, emit };
}

function setUp() {
  const session = { signedIn: true, restarting: false, reconnected: 0 };
  const live = new LiveConnection({
    canReconnect: () => session.signedIn,
    restartingItself: () => session.restarting,
    onReconnected: () => session.reconnected++,
  });
  const socket = fakeSocket();
  live.watch(socket.client);
  return { live, session, ...socket };
}

describe('the live connection as pages show it', () => {
  test('a lost connection is "reconnecting" until it is back; coming back refetches once', () => {
    const { live, session, emit } = setUp();
    expect(live.current).toBe('idle');
    emit('connecting', false);
    emit('connected', {}, undefined, false);
    expect(live.current).toBe('connected');

    emit('closed', { code: 1001 }); // the router stops
    expect(live.current).toBe('reconnecting');
    // Attempts that fail while it is down keep it so.
    emit('connecting', true);
    emit('closed', { code: 1006 });
    emit('connecting', true);
    expect(live.current).toBe('reconnecting');
    expect(session.reconnected).toBe(0);
    emit('connected', {}, undefined, true);
    expect(live.current).toBe('connected');
    expect(session.reconnected).toBe(1);
  });

  test("an unused socket closed by the client, the app's own restart (new token) and signing out are not a lost connection", () => {
    const { live, session, emit } = setUp();
    const seen: string[] = [];
    live.subscribe(() => seen.push(live.current));
    emit('connecting', false);
    emit('connected', {}, undefined, false);
    emit('closed', { code: 1000 });
    expect(live.current).toBe('idle');

    emit('connecting', false);
    emit('connected', {}, undefined, false);
    session.restarting = true;
    emit('closed', { code: 4499 });
    expect(live.current).toBe('connecting');
    session.restarting = false;
    emit('connecting', true);
    emit('connected', {}, undefined, true);
    expect(session.reconnected).toBe(0);

    session.signedIn = false;
    emit('closed', { code: 4499 });
    expect(live.current).toBe('idle');
    expect(seen).not.toContain('reconnecting');
  });

  test('a restart of its own while already down still refetches when back', () => {
    const { live, session, emit } = setUp();
    emit('connecting', false);
    emit('connected', {}, undefined, false);
    emit('closed', { code: 1006 });
    session.restarting = true; // a token refresh while the router is away
    emit('closed', { code: 4499 });
    expect(live.current).toBe('reconnecting');
    emit('connected', {}, undefined, true);
    expect(session.reconnected).toBe(1);
  });
});
