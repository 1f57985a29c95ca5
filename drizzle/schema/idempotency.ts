import { jsonb, primaryKey, text, timestamp, uuid, type PgSchema } from 'drizzle-orm/pg-core';

/**
 * A subgraph's idempotency keys (packages/core/src/idempotency.ts): per tenant, the mutation a key
 * was first used for, a hash of its arguments and the ids it answered, written in the same
 * transaction as the mutation's own writes.
 */
export const idempotencyKeysOf = (schema: PgSchema) =>
  schema.table(
    'idempotency_keys',
    {
      tenantId: uuid('tenant_id').notNull(),
      key: text('key').notNull(),
      operation: text('operation').notNull(),
      requestHash: text('request_hash').notNull(),
      response: jsonb('response'),
      createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [primaryKey({ columns: [t.tenantId, t.key] })],
  );
