import { randomUUID } from 'node:crypto';
import { asSystem, badInput, withTenant, type Database, type Runtime } from '@sprint-reports/core';
import { hashPassword } from './auth/passwords.ts';
import * as data from './data/index.ts';
import { insertAuditEntries, isUniqueViolation } from './data/index.ts';
import { validEmail, validName, validPassword, validSlug } from './validate.ts';

export interface NewOrganisation {
  tenantName: string;
  tenantSlug?: string | null;
  email: string;
  password: string;
  displayName: string;
}

export interface CreatedOrganisation {
  tenantId: string;
  slug: string;
  userId: string;
  email: string;
}

/**
 * Creates an organisation (tenant) and its first admin, audited, in the new tenant's scope. `then`
 * runs in the same transaction (signUp opens the admin's session there). Who may call this is the
 * caller's business: signUp only when sign-up is open, `npm run create-tenant` for operators.
 */
export async function createOrganisation<T = undefined>(
  runtime: Runtime,
  input: NewOrganisation,
  then?: (tx: Database, created: CreatedOrganisation) => Promise<T>,
): Promise<CreatedOrganisation & { then: T }> {
  const name = validName(input.tenantName, 'tenantName', "The organisation's name");
  const slugField = input.tenantSlug?.trim() ? 'tenantSlug' : 'tenantName';
  const slug = validSlug(input.tenantSlug?.trim() || name, slugField);
  const email = validEmail(input.email);
  const password = validPassword(input.password);
  const displayName = validName(input.displayName, 'displayName', 'Your name');
  const taken = () =>
    badInput(`The organisation "${slug}" already exists: choose another name${slugField === 'tenantName' ? ' (or tenantSlug)' : ''}`, slugField);
  if (await asSystem(runtime.db, (tx) => data.tenantBySlug(tx, slug))) throw taken();
  const passwordHash = await hashPassword(password, runtime.config.passwordHashCost);
  const created: CreatedOrganisation = { tenantId: randomUUID(), slug, userId: randomUUID(), email };
  const { tenantId, userId } = created;
  const result = await withTenant(runtime.db, tenantId, async (tx) => {
    await data.insertTenant(tx, { id: tenantId, name, slug });
    await data.insertUser(tx, { id: userId, tenantId, email, displayName, jiraAccountId: null, role: 'ADMIN', passwordHash });
    const actor = { tenantId, actorUserId: userId, actorEmail: email };
    await insertAuditEntries(tx, [
      { ...actor, action: 'tenant.created', targetType: 'Tenant', targetId: tenantId, details: { name, slug } },
      { ...actor, action: 'user.created', targetType: 'User', targetId: userId, details: { email, displayName, role: 'ADMIN' } },
    ]);
    return (then ? await then(tx, created) : undefined) as T;
  }).catch((err) => {
    // Two sign-ups for one name at once: the second finds the slug taken only here.
    throw isUniqueViolation(err) ? taken() : err;
  });
  runtime.log.info({ tenantId, slug }, 'A new organisation was created');
  return { ...created, then: result };
}
