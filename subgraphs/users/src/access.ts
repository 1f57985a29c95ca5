import { forbidden, parseId } from '@sprint-reports/core';
import type { Context } from './context.ts';
import * as data from './data/index.ts';
import { announceAccessChanged } from './events.ts';

/**
 * What a user may do changed (disabled or enabled, tenant role, a team role, added to or removed
 * from a team): bumps their access version in the caller's transaction, so access tokens issued
 * before are refused by every router (they carry `ver`), and, once it commits, tells every router on
 * the event bus, which forget what they knew of the user's access and check their open sockets.
 */
export async function accessChanged(ctx: Pick<Context, 'db' | 'tenantId' | 'runtime'>, userId: string) {
  await data.bumpAccessVersion(ctx.db, ctx.tenantId, userId);
  await announceAccessChanged(ctx, userId);
}

/** Internal (the router, as the token's tenant): whether a user's tokens may still hold. Null: no such user. */
export async function userAccess(ctx: Context, userId: string) {
  if (!ctx.identity.tenantId) throw forbidden("userAccess is read for the token's tenant");
  const row = await data.accessOf(ctx.db, ctx.tenantId, parseId(userId, 'userId'));
  return row && { version: row.version, disabled: !!row.disabledAt };
}
