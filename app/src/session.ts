/**
 * The signed-in session, kept for this browser tab only (sessionStorage: closing the tab signs out,
 * and no other site can read it). Same key and shape as GraphiQL's (router/graphiql/src/session.ts),
 * so moving between the app and /graphql in one tab keeps the sign-in.
 *
 * The access token goes out as the Authorization header; a minute before it expires (or when the
 * API answers UNAUTHENTICATED) the refresh token, used once, gets a new pair. When that fails the
 * session has expired: listeners hear it and the app shows the "sign in again" page.
 *
 * A session signed in through the organisation's identity provider (single sign-on, sso.ts) has an
 * `sso` part: its bearer token is the provider's, refreshed at the provider (refresh_token grant),
 * and it is kept under its own key, which GraphiQL does not read (it could not refresh it).
 */
import { print } from 'graphql';
import { graphql } from './gql/index.ts';
import type { TypedDocumentNode } from '@apollo/client';

export interface Session {
  email: string;
  accessToken: string;
  refreshToken: string;
  /** When the access token expires (ms since the epoch, this browser's clock). */
  expiresAt: number;
  /** Signed in through the identity provider: `accessToken` is its bearer token, `refreshToken` its refresh token. */
  sso?: ExternalProvider;
}

/** The identity provider a single sign-on session came from, as `singleSignOn` described it. */
export interface ExternalProvider {
  issuer: string;
  clientId: string;
  audience: string;
  /** The provider's ID token: a hint for its end-session endpoint at sign-out. */
  idToken?: string;
}

export type SessionState = { kind: 'signed-in'; session: Session } | { kind: 'signed-out' } | { kind: 'expired' };

const STORAGE_KEY = 'sprint-reports.session';
const EXTERNAL_STORAGE_KEY = 'sprint-reports.sso-session';
// Refresh this long before expiry: requests in flight still carry a valid token.
const REFRESH_MARGIN_MS = 60_000;

export const LoginMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) { accessToken refreshToken }
  }
`);
const RefreshMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) { accessToken refreshToken }
  }
`);
const LogoutMutation = graphql(`
  mutation SignOut($refreshToken: String!) { logout(refreshToken: $refreshToken) }
`);

/** Thrown by the session's own calls: `code` is the GraphQL error code when there is one. */
export class SessionCallError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

/**
 * When a token just received expires, by this browser's clock: its lifetime (exp - iat) from now,
 * so a browser clock that differs from the server's neither refreshes early in a loop nor too late.
 */
export function expiryOf(accessToken: string): number {
  const payload = accessToken.split('.')[1] ?? '';
  const { iat, exp } = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { iat?: number; exp?: number };
  return Date.now() + Math.max(0, (exp ?? 0) - (iat ?? exp ?? 0)) * 1000;
}

// Plain fetch, not Apollo: these calls must not go through the link that refreshes on failure.
async function call<R, V>(url: string, doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  let res: Response;
  try {
    res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(doc), variables }) });
  } catch {
    throw new SessionCallError('The server cannot be reached. Check your connection and try again.', 'NETWORK');
  }
  const body = (await res.json().catch(() => ({}))) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error || !body.data) throw new SessionCallError(error?.message ?? `The server answered HTTP ${res.status}`, error?.extensions?.code);
  return body.data;
}

export class SessionStore {
  private state: SessionState;
  private listeners = new Set<(state: SessionState) => void>();
  private refreshing: Promise<Session | null> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly url: string) {
    let stored: Session | null = null;
    try {
      stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? sessionStorage.getItem(EXTERNAL_STORAGE_KEY) ?? 'null') as Session | null;
    } catch {
      // Unreadable: start signed out.
    }
    this.state = stored?.refreshToken ? { kind: 'signed-in', session: stored } : { kind: 'signed-out' };
    this.schedule();
  }

  get current(): SessionState {
    return this.state;
  }

  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(email: string, password: string): Promise<void> {
    const { login } = await call(this.url, LoginMutation, { email, password });
    this.set({ kind: 'signed-in', session: { email, ...login, expiresAt: expiryOf(login.accessToken) } });
  }

  /** Signed in through the identity provider (sso.ts checked the API accepts its token). */
  signedInExternally(session: Session): void {
    this.set({ kind: 'signed-in', session });
  }

  /**
   * Ends the session at the server too: its refresh token can no longer be used. A single sign-on
   * session ends at its provider: the answer is the provider's sign-out page to go to, when it has one.
   */
  async signOut(): Promise<string | null> {
    const state = this.state;
    this.set({ kind: 'signed-out' });
    if (state.kind !== 'signed-in') return null;
    const { sso } = state.session;
    if (sso) return import('./sso.ts').then(({ endSessionUrl }) => endSessionUrl(sso)).catch(() => null);
    await call(this.url, LogoutMutation, { refreshToken: state.session.refreshToken }).catch(() => {});
    return null;
  }

  /** An access token good for a while yet (refreshed first when it is about to expire); null signed out. */
  async accessToken(): Promise<string | null> {
    if (this.state.kind !== 'signed-in') return null;
    if (this.state.session.expiresAt - REFRESH_MARGIN_MS > Date.now()) return this.state.session.accessToken;
    return (await this.refresh())?.accessToken ?? null;
  }

  /**
   * Exchanges the refresh token for a new pair; one exchange at a time (the token is single-use).
   * A refused refresh token means the session is over: the state becomes `expired`.
   */
  refresh(): Promise<Session | null> {
    if (this.state.kind !== 'signed-in') return Promise.resolve(null);
    if (this.refreshing) return this.refreshing;
    const session = this.state.session;
    // Signed out (or in again) while the exchange ran: its outcome is no longer this tab's session.
    const current = () => this.state.kind === 'signed-in' && this.state.session === session;
    this.refreshing = this.renew(session)
      .then((renewed) => {
        if (!current()) return null;
        this.set({ kind: 'signed-in', session: renewed });
        return renewed;
      })
      .catch((err: unknown) => {
        // The network being away is not the session ending: keep it and let the caller report the error.
        if (err instanceof SessionCallError && err.code === 'NETWORK') return null;
        if (current()) this.set({ kind: 'expired' });
        return null;
      })
      .finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  /** The next tokens: from our API, or for a single sign-on session from its identity provider. */
  private async renew(session: Session): Promise<Session> {
    if (session.sso) return (await import('./sso.ts')).refreshExternal(session);
    const { refreshToken: tokens } = await call(this.url, RefreshMutation, { refreshToken: session.refreshToken });
    return { email: session.email, ...tokens, expiresAt: expiryOf(tokens.accessToken) };
  }

  private set(state: SessionState) {
    this.state = state;
    sessionStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(EXTERNAL_STORAGE_KEY);
    if (state.kind === 'signed-in') sessionStorage.setItem(state.session.sso ? EXTERNAL_STORAGE_KEY : STORAGE_KEY, JSON.stringify(state.session));
    this.schedule();
    for (const listener of this.listeners) listener(state);
  }

  // Silent refresh a minute before expiry, so an idle page's subscriptions keep a valid token.
  private schedule() {
    clearTimeout(this.timer);
    if (this.state.kind !== 'signed-in') return;
    const delay = Math.max(0, this.state.session.expiresAt - REFRESH_MARGIN_MS - Date.now());
    this.timer = setTimeout(() => void this.refresh(), delay);
  }
}
