import type { WebSocket } from 'ws';
import type { GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { decodeJwt } from 'jose';
import type { Identity, Logger } from '@sprint-reports/core';
import type { RateLimits } from '../rate-limit.ts';
import { isAccessChanged, type SignIn } from '../sign-in.ts';
import { isSignInUnavailable } from '../sign-in-errors.ts';

/**
 * How often an open socket's token is checked again, besides at once when the user's access changes
 * (SocketSessions.accessChanged, from the event bus): this bounds how long a change is missed when
 * its event is lost.
 */
const RECHECK_MS = 60_000;
/** setTimeout's longest delay; a token may live longer. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Why sign-in closes a socket. graphql-ws closes with its own codes besides (4400 a bad message,
 * 4408 no connection_init in time) and, when the router stops, with 1001.
 */
const CLOSE = {
  unauthorized: CloseCode.Unauthorized,
  /** The token still names the user, but their access changed (tenant role, a team role): reconnect with a fresh token. */
  forbidden: CloseCode.Forbidden,
  tooManyAttempts: CloseCode.TooManyInitialisationRequests,
  unavailable: CloseCode.InternalServerError,
} as const;

/**
 * What an identity may read: its tenant, tenant role and team roles. Two identities with the same
 * permissions get the same answer to any read, so live subscribers may share one resolution: no
 * field a subscription can select depends on the user id itself (only writes record it, and `me`,
 * a root Query field, is out of a subscription's reach). A field that did would need the user here.
 */
export const permissionsOf = (i: Identity) =>
  JSON.stringify(i.kind === 'user' ? [i.tenantId, i.role, Object.entries(i.teams).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))] : [i.kind, i.tenantId]);
/** The parts of an identity that decide what it may read and do, and who it is. */
const accessOf = (i: Identity) => JSON.stringify([permissionsOf(i), i.kind === 'user' ? i.userId : null]);
const userKey = (tenantId: string, userId: string) => `${tenantId}|${userId}`;

/**
 * The open sessions of this router by user, so a change of someone's access (an ACCESS_CHANGED event:
 * disabled, tenant role, team role) re-checks their sockets at once rather than at the next recheck.
 */
export class SocketSessions {
  private readonly byUser = new Map<string, Set<SocketSession>>();
  /** Counts access changes: a socket signed in while one arrived is checked again once it is listed. */
  changes = 0;

  add(session: SocketSession) {
    const { identity } = session;
    if (identity.kind !== 'user') return;
    const key = userKey(identity.tenantId, identity.userId);
    let set = this.byUser.get(key);
    if (!set) this.byUser.set(key, (set = new Set()));
    set.add(session);
  }

  delete(session: SocketSession) {
    const { identity } = session;
    if (identity.kind !== 'user') return;
    const key = userKey(identity.tenantId, identity.userId);
    const set = this.byUser.get(key);
    set?.delete(session);
    if (set && !set.size) this.byUser.delete(key);
  }

  /** Checks the user's sockets again now; those whose token no longer holds close (4401, or 4403 for changed access). */
  accessChanged(tenantId: string, userId: string): Promise<void> {
    this.changes++;
    const sessions = [...(this.byUser.get(userKey(tenantId, userId)) ?? [])];
    return Promise.all(sessions.map((s) => s.recheckNow())).then(() => undefined);
  }
}

/**
 * Signs a socket in from its `connection_init` (`{ "authorization": "Bearer <access token>" }`,
 * the token HTTP takes) and keeps checking it while the socket is open: the socket closes with 4401
 * when the token is refused or expires (the account disabled among the reasons), and with 4403 when
 * it no longer gives the same access (the user's role or team roles changed). A refused token counts
 * against the client's sign-in limit (4429 once over it), as over HTTP.
 */
export class SocketSession {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** The check in progress: a timer's and an event's do not run twice at once. */
  private checking: Promise<void> | null = null;
  /** When the token expires (ms since the epoch; a token without `exp` never does). */
  private readonly expiresAt: number;

  private constructor(
    private readonly socket: WebSocket,
    private readonly authorization: string,
    readonly identity: Identity,
    private readonly deps: { signIn: SignIn; log: Logger; sessions: SocketSessions },
  ) {
    const exp = decodeJwt(authorization.replace(/^Bearer\s+/i, '')).exp;
    this.expiresAt = exp ? exp * 1000 : Infinity;
  }

  /** The session, or null when the socket was refused (and is closing). */
  static async open(
    socket: WebSocket,
    params: Record<string, unknown> | undefined,
    clientIp: string,
    deps: { signIn: SignIn; limits: RateLimits; log: Logger; sessions: SocketSessions },
  ) {
    const authorization = String(params?.authorization ?? params?.Authorization ?? '');
    const close = (code: number, reason: string) => {
      socket.close(code, reason.slice(0, 120)); // a close reason is at most 123 bytes
      return null;
    };
    const changesBefore = deps.sessions.changes;
    let identity: Identity;
    try {
      identity = await deps.signIn.identify(authorization || undefined);
    } catch (err) {
      const error = err as GraphQLError;
      if (isSignInUnavailable(error)) {
        deps.log.error({ err: error.message }, 'Sign-in could not check a token (WebSocket)');
        return close(CLOSE.unavailable, 'Sign-in is unavailable right now');
      }
      deps.log.info({ ip: clientIp, reason: error.message }, 'Refused a token (WebSocket)');
      const wait = await deps.limits.signIn(clientIp);
      return close(wait ? CLOSE.tooManyAttempts : CLOSE.unauthorized, wait ? `Too many sign-in attempts: try again in ${wait} s` : error.message);
    }
    if (identity.kind !== 'user') return close(CLOSE.unauthorized, 'Sign in: connection_init needs { "authorization": "Bearer <access token>" }');
    // The client may have gone while we checked: nothing to watch.
    if (socket.readyState !== socket.OPEN) return null;
    const session = new SocketSession(socket, authorization, identity, deps);
    deps.sessions.add(session);
    // A change announced while the token was checked found no socket to check: check it now.
    if (deps.sessions.changes !== changesBefore)
      session.recheckNow().catch((err: Error) => deps.log.error({ err: err.message }, 'Could not check a new socket after an access change'));
    else session.schedule();
    return session;
  }

  /** The socket closed: stop checking. */
  end() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.deps.sessions.delete(this);
  }

  /** Checks the token now (the user's access changed), then on the usual schedule. */
  recheckNow(): Promise<void> {
    // A check already running may have read the access from before the change: check once more after it.
    return (this.checking ?? Promise.resolve()).then(() => this.recheck());
  }

  private schedule() {
    if (this.timer) clearTimeout(this.timer);
    if (this.closed) return;
    const untilExpiry = this.expiresAt - this.deps.signIn.now();
    this.timer = setTimeout(() => void this.recheck(), Math.min(RECHECK_MS, Math.max(0, untilExpiry), MAX_DELAY_MS));
    this.timer.unref();
  }

  private recheck(): Promise<void> {
    this.checking ??= this.check().finally(() => (this.checking = null));
    return this.checking;
  }

  private async check() {
    if (this.closed) return;
    if (this.deps.signIn.now() >= this.expiresAt) return this.close('The access token has expired: reconnect with a fresh one');
    let now: Identity;
    try {
      now = await this.deps.signIn.identify(this.authorization);
    } catch (err) {
      const error = err as GraphQLError;
      // Sign-in unavailable is not the client's fault: keep the socket, ask again later.
      if (!isSignInUnavailable(error)) return this.close(error.message, isAccessChanged(error) ? CLOSE.forbidden : CLOSE.unauthorized);
      this.deps.log.warn({ err: error.message }, "Could not check an open socket's token; keeping it until the next check");
      return this.schedule();
    }
    // An identity provider's token maps to the user's current access: changed access closes it too.
    if (accessOf(now) !== accessOf(this.identity)) return this.close('Your access has changed: reconnect with a fresh token', CLOSE.forbidden);
    this.schedule();
  }

  private close(reason: string, code: number = CLOSE.unauthorized) {
    this.end();
    this.socket.close(code, reason.slice(0, 120));
  }
}
