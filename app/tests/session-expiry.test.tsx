import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { SessionStore, type Session } from '../src/session.ts';

/**
 * A single sign-on session from a provider that issues no refresh token (`refreshToken: ''`): it
 * lasts exactly as long as its token, across a reload, and then is over (there is nothing to renew
 * it with). The store reads it from this tab's sessionStorage, as after a reload.
 */
const KEY = 'sprint-reports.sso-session';
const sso = { issuer: 'https://id.example.com', clientId: 'sprint-reports', audience: 'sprint-reports' };
const stored = (expiresInMs: number): Session => ({
  email: 'ada@example.com',
  accessToken: 'provider-token',
  refreshToken: '',
  expiresAt: Date.now() + expiresInMs,
  sso,
});

describe('a single sign-on session without a refresh token', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    sessionStorage.clear();
  });

  test('is still signed in after a reload while its token is valid, and expires at its real expiry, not a minute early', async () => {
    sessionStorage.setItem(KEY, JSON.stringify(stored(10 * 60_000)));
    const store = new SessionStore('http://127.0.0.1:1/graphql');
    const heard: string[] = [];
    store.subscribe((state) => heard.push(state.kind));
    expect(store.current.kind).toBe('signed-in');

    // Inside the last minute: the token is still good, and no refresh is attempted.
    await vi.advanceTimersByTimeAsync(9 * 60_000 + 30_000);
    expect(store.current.kind).toBe('signed-in');
    expect(await store.accessToken()).toBe('provider-token');
    expect(heard).toEqual([]);

    await vi.advanceTimersByTimeAsync(30_000);
    expect(store.current.kind).toBe('expired');
    expect(heard).toEqual(['expired']);
    expect(await store.accessToken()).toBeNull();
    expect(sessionStorage.getItem(KEY)).toBeNull();
  });

  test('whose token has already expired reads as signed out', () => {
    sessionStorage.setItem(KEY, JSON.stringify(stored(-1000)));
    expect(new SessionStore('http://127.0.0.1:1/graphql').current.kind).toBe('signed-out');
  });
});
