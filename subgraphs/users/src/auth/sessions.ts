import { asSystem, badInput, unauthenticated, withTenant, type Database, type Runtime, type TeamRole } from '@sprint-reports/core';
import * as data from '../data/index.ts';
import { createOrganisation, type NewOrganisation } from '../organisations.ts';
import { requireOpenSignUp } from '../signup-policy.ts';
import type { Context } from '../context.ts';
import type { SessionModel, UserRow } from '../models.ts';
import { normalizeEmail } from '../validate.ts';
import { signAccessToken } from './access-tokens.ts';
import { verifyAgainstDecoy, verifyPassword } from './passwords.ts';
import { insertRefreshToken, lockRefreshToken, markReplaced, revokeFamily, tenantOfRefreshToken } from '../data/index.ts';
import { activeSigningKey } from './signing-keys.ts';

/**
 * Sign-in fields (@public) get no request transaction: nobody is signed in, so no tenant is known.
 * Each scopes its own work: a system scope to find the account by email or token across tenants,
 * then, once that has committed, the account's tenant scope for its writes. Never one inside the other.
 */

const WRONG_CREDENTIALS = 'Wrong email or password';

/** Sign-in fields scope their own work, which a caller's open transaction would have to be left for. */
function requireSignedOut(ctx: Context, field: string) {
  if (ctx.identity.kind !== 'anonymous') {
    throw badInput(`${field} signs in: send it without an access token (Authorization header)`);
  }
}

/**
 * In the user's tenant scope: the user's current state and a new refresh token (in `familyId` when
 * rotating). Null when the user is gone or disabled.
 */
async function openSession(tx: Database, tenantId: string, userId: string, now: Date, familyId?: string) {
  const [user] = await data.usersByIds(tx, tenantId, [userId]);
  if (!user || user.disabledAt) return null;
  const [[tenant], memberships, teamRoles] = await Promise.all([
    data.tenantById(tx, tenantId),
    data.teamsByUserIds(tx, tenantId, [userId]),
    data.teamRolesOf(tx, tenantId, userId),
  ]);
  const { token, stored } = await insertRefreshToken(tx, { tenantId, userId, familyId, now });
  return { user, tenant, memberships, teamRoles, refreshToken: token, refreshTokenId: stored.id };
}

type OpenedSession = NonNullable<Awaited<ReturnType<typeof openSession>>>;

async function sessionFor(runtime: Runtime, opened: OpenedSession, now = new Date()): Promise<SessionModel> {
  const { user, tenant, memberships, teamRoles } = opened;
  const key = await activeSigningKey(runtime);
  const { token, expiresAt } = await signAccessToken(
    key,
    {
      sub: user.id,
      tid: user.tenantId,
      role: user.role,
      email: user.email,
      teams: teamRoles as Record<string, TeamRole>,
      ver: user.accessVersion,
    },
    now,
  );
  return { accessToken: token, refreshToken: opened.refreshToken, expiresAt, user: { ...user, signedIn: { tenant, memberships } } };
}

export async function login(ctx: Context, args: { email: string; password: string; tenant?: string | null }): Promise<SessionModel> {
  requireSignedOut(ctx, 'login');
  const { runtime } = ctx;
  const email = normalizeEmail(args.email);
  if (!email) throw badInput('Give your email', 'email');
  if (!args.password) throw badInput('Give your password', 'password');
  const accounts = await asSystem(runtime.db, (tx) => data.accountsByEmail(tx, email, args.tenant?.trim().toLowerCase() || null));
  // The password is checked against every account with this email before anything is said about
  // them, so an answer never tells someone without the password which emails have accounts.
  const matches: UserRow[] = [];
  const withPassword = accounts.filter((a) => a.user.passwordHash);
  if (!withPassword.length) await verifyAgainstDecoy(args.password, runtime.config.passwordHashCost);
  for (const { user } of withPassword) if (await verifyPassword(args.password, user.passwordHash!)) matches.push(user);
  if (!matches.length) throw unauthenticated(WRONG_CREDENTIALS);
  if (matches.length > 1) throw badInput("This email has accounts in several organisations: give the organisation's slug in `tenant`", 'tenant');
  const [account] = matches;
  if (account.disabledAt) throw unauthenticated('This account is disabled: ask an admin of your organisation');
  const now = new Date();
  const opened = await withTenant(runtime.db, account.tenantId, (tx) => openSession(tx, account.tenantId, account.id, now));
  if (!opened) throw unauthenticated('This account is disabled: ask an admin of your organisation');
  return sessionFor(runtime, opened, now);
}

export type SignUpInput = NewOrganisation;

export async function signUp(ctx: Context, input: SignUpInput): Promise<SessionModel> {
  requireSignedOut(ctx, 'signUp');
  requireOpenSignUp(ctx.runtime.config);
  const now = new Date();
  const { then: opened } = await createOrganisation(ctx.runtime, input, (tx, { tenantId, userId }) => openSession(tx, tenantId, userId, now));
  return sessionFor(ctx.runtime, opened!, now);
}

const INVALID_REFRESH = 'The refresh token is not valid: sign in again';

/**
 * Rotation: the token is used up and a new one of its family replaces it. A token that was already
 * used (or revoked) means a copy is in someone else's hands: the whole family is revoked, so both the
 * thief's and the owner's sessions end and the owner signs in again.
 */
export async function refresh(ctx: Context, token: string): Promise<SessionModel> {
  requireSignedOut(ctx, 'refreshToken');
  const { runtime } = ctx;
  const tenantId = token ? await asSystem(runtime.db, (tx) => tenantOfRefreshToken(tx, token)) : null;
  if (!tenantId) throw unauthenticated(INVALID_REFRESH);
  const now = new Date();
  // The outcome is returned, not thrown, so a revocation commits before the client hears of it.
  const outcome = await withTenant(runtime.db, tenantId, async (tx) => {
    const row = await lockRefreshToken(tx, token);
    if (!row) return { kind: 'invalid' as const };
    if (row.revokedAt || row.replacedBy) {
      await revokeFamily(tx, row.familyId, now);
      return { kind: row.replacedBy ? ('reused' as const) : ('revoked' as const), row };
    }
    if (row.expiresAt <= now) return { kind: 'expired' as const };
    const opened = await openSession(tx, tenantId, row.userId, now, row.familyId);
    if (!opened) {
      await revokeFamily(tx, row.familyId, now);
      return { kind: 'disabled' as const };
    }
    await markReplaced(tx, row.id, opened.refreshTokenId);
    return { kind: 'ok' as const, opened };
  });
  switch (outcome.kind) {
    case 'ok':
      return sessionFor(runtime, outcome.opened, now);
    case 'reused':
      runtime.log.warn(
        { tenantId, userId: outcome.row.userId, family: outcome.row.familyId },
        'A used refresh token was presented again: its sessions are revoked',
      );
      throw unauthenticated('The refresh token was already used: for safety every session it belongs to has ended; sign in again');
    case 'expired':
      throw unauthenticated('The refresh token has expired: sign in again');
    case 'disabled':
      throw unauthenticated('This account is disabled: ask an admin of your organisation');
    default:
      throw unauthenticated(INVALID_REFRESH);
  }
}

/**
 * Ends the token's session and every one refreshed from it. A signed-in caller's request already has
 * its tenant's transaction, where the token is found if it is that tenant's.
 */
export async function logout(ctx: Context, token: string): Promise<boolean> {
  if (!token) return false;
  const now = new Date();
  const revoke = async (tx: Database) => {
    const row = await lockRefreshToken(tx, token);
    if (!row) return false;
    await revokeFamily(tx, row.familyId, now);
    return true;
  };
  if (ctx.identity.kind !== 'anonymous') return revoke(ctx.db);
  const tenantId = await asSystem(ctx.runtime.db, (tx) => tenantOfRefreshToken(tx, token));
  return tenantId ? withTenant(ctx.runtime.db, tenantId, revoke) : false;
}
