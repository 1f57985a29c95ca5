import type { GraphQLError } from 'graphql';
import type { SubgraphClient } from '@sprint-reports/core';
import { refused, unavailable } from './sign-in-errors.ts';
import { UserAccessDocument, type UserAccessQuery } from './remote/__generated__/users.ts';

/** What decides whether a user's tokens hold; null when the user no longer exists. */
type Access = UserAccessQuery['userAccess'];

/**
 * How long a user's access is trusted without asking the users subgraph again. Changes arrive at
 * once as ACCESS_CHANGED events (forget): this only bounds how long one is missed when its event is
 * lost (subgraphs in processes of their own without Redis), and costs one read per active user per period.
 */
const TTL_MS = 5_000;
/** While the users subgraph cannot answer, what was known is used for this much longer; after that, sign-in is unavailable. */
const STALE_MS = 60_000;
/** Bound on users remembered, so made-up user ids cannot grow memory (tokens are signed: they cannot be made up cheaply). */
const MAX_USERS = 100_000;

/** Marks the refusal of a token whose user's access changed since it was issued (a socket closes with 4403, not 4401). */
const ACCESS_CHANGED = Symbol('accessChanged');
export const isAccessChanged = (error: GraphQLError) => (error as GraphQLError & { [ACCESS_CHANGED]?: boolean })[ACCESS_CHANGED] === true;

/**
 * The router's view of each user's access version (users.access_version): our access tokens carry
 * the version they were issued at (`ver`), and a token is refused once the user's version moved on
 * (disabled, role or team roles changed) or the user is disabled. Kept per user for a few seconds,
 * and forgotten the moment the users subgraph announces a change on the event bus, so a steady
 * stream of requests costs no call, and a change takes effect on every router at once.
 */
export class UserAccess {
  private readonly known = new Map<string, { access: Access; at: number }>();
  private readonly loading = new Map<string, Promise<Access>>();

  constructor(
    private readonly client: SubgraphClient,
    private readonly now: () => number = Date.now,
  ) {}

  /** Refuses (UNAUTHENTICATED) a token of version `ver` for this user unless it is their current access. */
  async check(tenantId: string, userId: string, ver: number): Promise<void> {
    let access = await this.current(tenantId, userId);
    // A token newer than what we know: the user was just given it; ask again rather than refuse.
    if (access && ver > access.version) {
      this.forget(tenantId, userId);
      access = await this.current(tenantId, userId);
    }
    if (!access) throw refused('This account no longer exists: sign in again');
    if (access.disabled) throw refused('This account is disabled: ask an admin of your organisation');
    if (ver !== access.version) {
      throw Object.assign(refused('Your access has changed (your role or teams): refresh the access token, or sign in again'), { [ACCESS_CHANGED]: true });
    }
  }

  /** The user's access changed (an ACCESS_CHANGED event): the next request asks the users subgraph. */
  forget(tenantId: string, userId: string) {
    const key = `${tenantId}|${userId}`;
    this.known.delete(key);
    // A read that started before the change may answer what was true before it: not to be kept.
    this.loading.delete(key);
  }

  private async current(tenantId: string, userId: string): Promise<Access> {
    const key = `${tenantId}|${userId}`;
    const known = this.known.get(key);
    if (known && this.now() - known.at < TTL_MS) return known.access;
    let loading = this.loading.get(key);
    if (!loading) {
      const load: Promise<Access> = this.client
        .execute('users', tenantId, UserAccessDocument, { userId })
        .then(({ userAccess }) => {
          if (this.loading.get(key) === load) this.remember(key, userAccess);
          return userAccess;
        })
        .finally(() => {
          if (this.loading.get(key) === load) this.loading.delete(key);
        });
      this.loading.set(key, (loading = load));
    }
    try {
      return await loading;
    } catch (err) {
      // The users subgraph away for a moment must not sign everyone out: what we knew holds a while.
      if (known && this.now() - known.at < TTL_MS + STALE_MS) return known.access;
      throw unavailable(err);
    }
  }

  private remember(key: string, access: Access) {
    if (this.known.size >= MAX_USERS) {
      const now = this.now();
      for (const [k, v] of this.known) if (now - v.at >= TTL_MS + STALE_MS) this.known.delete(k);
      if (this.known.size >= MAX_USERS) this.known.clear();
    }
    this.known.set(key, { access, at: this.now() });
  }
}
