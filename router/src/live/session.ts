import type { WebSocket } from 'ws';
import type { GraphQLError } from 'graphql';
import { CloseCode } from 'graphql-ws';
import { decodeJwt } from 'jose';
import type { Identity, Logger } from '@sprint-reports/core';
import type { RateLimits } from '../rate-limit.ts';
import type { SignIn } from '../sign-in.ts';

/**
 * How often an open socket's token is checked again. HTTP checks it on every request; a tenant's
 * identity provider's verdict (a user disabled, a role changed) is cached for as long
 * (external-sign-in.ts), so a socket learns it no later than a request would.
 */
const RECHECK_MS = 60_000;
/** setTimeout's longest delay; a token may live longer. */
const MAX_DELAY_MS = 2 ** 31 - 1;

/**
 * Why sign-in closes a socket. graphql-ws closes with its own codes besides (4400 a bad message,
 * 4408 no connection_init in time) and, when the router stops, with 1001.
 */
const CLOSE = { unauthorized: CloseCode.Unauthorized, tooManyAttempts: CloseCode.TooManyInitialisationRequests, unavailable: CloseCode.InternalServerError } as const;

/** The parts of an identity that decide what it may read and do. */
const accessOf = (i: Identity) => JSON.stringify(i.kind === 'user' ? [i.tenantId, i.userId, i.role, Object.entries(i.teams).sort()] : [i.kind, i.tenantId]);

/**
 * Signs a socket in from its `connection_init` (`{ "authorization": "Bearer <access token>" }`,
 * the token HTTP takes) and keeps checking it while the socket is open: the socket closes with 4401
 * when the token is refused, expires, or no longer gives the same access. A refused token counts
 * against the client's sign-in limit (4429 once over it), as over HTTP.
 */
export class SocketSession {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  /** When the token expires (ms since the epoch; a token without `exp` never does). */
  private readonly expiresAt: number;

  private constructor(
    private readonly socket: WebSocket,
    private readonly authorization: string,
    readonly identity: Identity,
    private readonly deps: { signIn: SignIn; log: Logger },
  ) {
    const exp = decodeJwt(authorization.replace(/^Bearer\s+/i, '')).exp;
    this.expiresAt = exp ? exp * 1000 : Infinity;
  }

  /** The session, or null when the socket was refused (and is closing). */
  static async open(socket: WebSocket, params: Record<string, unknown> | undefined, clientIp: string, deps: { signIn: SignIn; limits: RateLimits; log: Logger }) {
    const authorization = String(params?.authorization ?? params?.Authorization ?? '');
    const close = (code: number, reason: string) => {
      socket.close(code, reason.slice(0, 120)); // a close reason is at most 123 bytes
      return null;
    };
    let identity: Identity;
    try {
      identity = await deps.signIn.identify(authorization || undefined);
    } catch (err) {
      const error = err as GraphQLError;
      if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
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
    session.schedule();
    return session;
  }

  /** The socket closed: stop checking. */
  end() {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private schedule() {
    if (this.closed) return;
    const untilExpiry = this.expiresAt - this.deps.signIn.now();
    this.timer = setTimeout(() => void this.recheck(), Math.min(RECHECK_MS, Math.max(0, untilExpiry), MAX_DELAY_MS));
    this.timer.unref();
  }

  private async recheck() {
    if (this.closed) return;
    if (this.deps.signIn.now() >= this.expiresAt) return this.close('The access token has expired: reconnect with a fresh one');
    let now: Identity;
    try {
      now = await this.deps.signIn.identify(this.authorization);
    } catch (err) {
      const error = err as GraphQLError;
      // Sign-in unavailable is not the client's fault: keep the socket, ask again later.
      if (error.extensions?.code !== 'INTERNAL_SERVER_ERROR') return this.close(error.message);
      this.deps.log.warn({ err: error.message }, 'Could not check an open socket\'s token; keeping it until the next check');
      return this.schedule();
    }
    if (accessOf(now) !== accessOf(this.identity)) return this.close('Your access has changed: reconnect');
    this.schedule();
  }

  private close(reason: string) {
    this.end();
    this.socket.close(CLOSE.unauthorized, reason.slice(0, 120));
  }
}
