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
 * and it is kept under its own key, which GraphiQL does not read (it could not refresh it). A
 * provider may issue no refresh token: that session lasts until its token expires, then it is over.
 *
 * Several tabs, one refresh token: a duplicated tab (Chrome's "Duplicate tab", some window.open)
 * starts with a COPY of sessionStorage, so two tabs hold the same single-use refresh token, and
 * the server revokes the whole token family when it sees a used one again (both tabs expire).
 * So tabs never present a refresh token another tab has used:
 * - refreshes run one at a time across this origin's tabs (Web Locks: REFRESH_LOCK);
 * - a tab that renewed a pair announces it on a BroadcastChannel (the used refresh token and the
 *   new session), and every tab holding that used token takes the new pair (one session, shared);
 * - before releasing the refresh lock, the renewing tab takes a lock named after the used token's
 *   hash and holds it while it lives: a tab that gets the refresh lock next asks the lock manager
 *   (the same one that granted its lock, so no message can be "not yet delivered") whether its own
 *   token is among the used ones; if so it waits for the new pair (asking the tabs for it, in case
 *   it opened after the announcement) instead of presenting the used token. No answer means the
 *   tab that renewed is gone: this tab's session is over, and the others' stays alive.
 * Where the browser has no Web Locks (not a secure context) a tab refreshes on its own, as before.
 * GraphiQL (router/graphiql/src/session.ts) refreshes on its own too: a GraphiQL tab duplicated
 * from an app tab can still race it.
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
const REFRESH_LOCK = 'sprint-reports.refresh';
const USED_LOCK = 'sprint-reports.refresh-used.';
const CHANNEL = 'sprint-reports.session';
// How long a tab whose refresh token another tab used waits for the new pair before giving up.
const SUCCESSOR_WAIT_MS = 5_000;

/** Between tabs: `renewed` (the pair that replaced `used`), or `ask` (who has the pair after `used`?). */
type TabMessage = { type: 'renewed'; used: string; session: Session } | { type: 'ask'; used: string };

async function hashOf(token: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

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
  constructor(
    message: string,
    readonly code?: string,
  ) {
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
  private readonly channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  private readonly locks = typeof navigator !== 'undefined' && navigator.locks && typeof crypto !== 'undefined' && crypto.subtle ? navigator.locks : null;
  /** Refresh token -> the session that replaced it (renewed here or heard from another tab). */
  private readonly successors = new Map<string, Session>();
  private readonly waiting = new Map<string, (session: Session) => void>();
  /** Releases of the held "used" locks, oldest first. */
  private readonly usedMarks: (() => void)[] = [];

  constructor(readonly url: string) {
    let stored: Session | null = null;
    try {
      stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? sessionStorage.getItem(EXTERNAL_STORAGE_KEY) ?? 'null') as Session | null;
    } catch {
      // Unreadable: start signed out.
    }
    // Without a refresh token (a provider that issues none) the session lives while its token does.
    const usable = !!stored && (!!stored.refreshToken || (!!stored.accessToken && stored.expiresAt > Date.now()));
    this.state = stored && usable ? { kind: 'signed-in', session: stored } : { kind: 'signed-out' };
    if (this.channel) this.channel.onmessage = (event: MessageEvent<TabMessage>) => this.heard(event.data);
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
    const { session } = this.state;
    if (!session.refreshToken) {
      if (session.expiresAt > Date.now()) return session.accessToken;
      this.set({ kind: 'expired' });
      return null;
    }
    if (session.expiresAt - REFRESH_MARGIN_MS > Date.now()) return session.accessToken;
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
    this.refreshing = this.renewShared(session)
      .then((renewed) => {
        if (current()) this.set({ kind: 'signed-in', session: renewed });
        // Already taken from another tab's announcement meanwhile: the same pair.
        const now = this.state.kind === 'signed-in' ? this.state.session : null;
        return now && now.refreshToken === renewed.refreshToken ? now : null;
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

  /** The next pair, with the other tabs: see the comment at the top. */
  private async renewShared(session: Session): Promise<Session> {
    const locks = this.locks;
    if (!locks || !session.refreshToken) return this.renew(session);
    return locks.request(REFRESH_LOCK, async () => {
      const used = session.refreshToken;
      const known = this.latestAfter(used);
      if (known) return known;
      const name = USED_LOCK + (await hashOf(used));
      const { held = [] } = await locks.query();
      if (held.some((lock) => lock.name === name)) return this.successorOf(used);
      const renewed = await this.renew(session);
      this.successors.set(used, renewed);
      this.channel?.postMessage({ type: 'renewed', used, session: renewed } satisfies TabMessage);
      await this.markUsed(name);
      return renewed;
    });
  }

  /** Holds the lock `name` while this page lives (the newest 20): the token it names was used. */
  private markUsed(name: string): Promise<void> {
    return new Promise((granted) => {
      void this.locks?.request(name, { ifAvailable: true }, (lock) => {
        granted();
        if (!lock) return;
        return new Promise<void>((release) => {
          this.usedMarks.push(release);
          if (this.usedMarks.length > 20) this.usedMarks.shift()?.();
        });
      });
    });
  }

  /** The newest session known to descend from `used`. */
  private latestAfter(used: string): Session | undefined {
    let next = this.successors.get(used);
    for (let seen = 0; next && this.successors.has(next.refreshToken) && seen < 100; seen++) next = this.successors.get(next.refreshToken);
    return next;
  }

  /** The pair another tab got for `used`: asked for, as this tab may have opened after it was announced. */
  private successorOf(used: string): Promise<Session> {
    return new Promise((resolve, reject) => {
      const timeout = setTimeout(() => {
        this.waiting.delete(used);
        reject(new SessionCallError('Another tab renewed this session and did not share it: sign in again.'));
      }, SUCCESSOR_WAIT_MS);
      this.waiting.set(used, (session) => {
        clearTimeout(timeout);
        this.waiting.delete(used);
        resolve(session);
      });
      this.channel?.postMessage({ type: 'ask', used } satisfies TabMessage);
    });
  }

  private heard(message: TabMessage) {
    if (message.type === 'ask') {
      const latest = this.latestAfter(message.used);
      if (latest) this.channel?.postMessage({ type: 'renewed', used: message.used, session: latest } satisfies TabMessage);
      return;
    }
    const { used, session } = message;
    this.successors.set(used, session);
    this.waiting.get(used)?.(session);
    // This tab holds the token just used: it takes the new pair (its own refresh, if any, finds it).
    if (this.state.kind === 'signed-in' && this.state.session.refreshToken === used) this.set({ kind: 'signed-in', session });
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
    const { session } = this.state;
    if (!session.refreshToken) {
      // Nothing to renew it with: it ends when its token does, not a minute early.
      this.timer = setTimeout(
        () => {
          if (this.state.kind === 'signed-in' && this.state.session === session) this.set({ kind: 'expired' });
        },
        Math.max(0, session.expiresAt - Date.now()),
      );
      return;
    }
    const delay = Math.max(0, session.expiresAt - REFRESH_MARGIN_MS - Date.now());
    this.timer = setTimeout(() => void this.refresh(), delay);
  }
}
