import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  defaultFieldResolver,
  getNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { SubgraphContext } from './context.ts';
import { badInput } from './errors.ts';

/** The argument that makes a mutation safe to retry: declared in the SDL, handled here. */
export const IDEMPOTENCY_ARGUMENT = 'idempotencyKey';
const MAX_KEY_LENGTH = 200;

/** What a key keeps of the first answer: the entities it returned, found again by their key on a retry. */
type Stored = { __typename: string; id: string } | Stored[] | null;

/**
 * Idempotency keys, for every mutation whose SDL declares `idempotencyKey: String`. A client that
 * does not know whether its write happened (a dropped connection, a timeout, OUTCOME_UNKNOWN) sends
 * the same request with the same key: the first one that commits records the key, with a hash of
 * its arguments and the ids it returned, in `<subgraph>.idempotency_keys` in the same transaction
 * as the write. A retry finds the record and answers the same entities (as they are now) without
 * writing again; a key reused for another request, or by another user, is refused. Keys are per tenant. Requests with
 * the same key wait for each other (an advisory lock), so two at once cannot both write.
 * Wraps in place, inside the guard: the caller's role is checked before anything is looked up.
 */
export function idempotentMutations(schema: GraphQLSchema, schemaName: string): GraphQLSchema {
  const mutation = schema.getMutationType();
  for (const field of Object.values(mutation?.getFields() ?? {})) {
    if (!field.args.some((a) => a.name === IDEMPOTENCY_ARGUMENT)) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Record<string, unknown>, context: SubgraphContext<unknown>, info) => {
      const { [IDEMPOTENCY_ARGUMENT]: key, ...input } = args;
      if (key == null) return resolve(source, args, context, info);
      if (typeof key !== 'string' || !key.length || key.length > MAX_KEY_LENGTH)
        throw badInput(`idempotencyKey must be 1 to ${MAX_KEY_LENGTH} characters`, IDEMPOTENCY_ARGUMENT);
      const table = sql`${sql.identifier(schemaName)}.idempotency_keys`;
      const { db, tenantId } = context;
      // The caller is part of the request: another user's retry with the same key is a different
      // request, never a replay of someone else's write past their own resolver's checks.
      const caller = context.identity.kind === 'user' ? context.identity.userId : context.identity.kind;
      const hash = createHash('sha256').update(stableJson({ caller, input })).digest('hex');
      await db.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`${schemaName}:${tenantId}:${key}`}, 0))`);
      const [row] = rowsOf<{ operation: string; request_hash: string; response: Stored }>(
        await db.execute(sql`select operation, request_hash, response from ${table} where tenant_id = ${tenantId} and key = ${key}`),
      );
      if (row) {
        if (row.operation !== field.name || row.request_hash !== hash) {
          throw badInput(
            `The idempotencyKey "${key}" was already used for a different request (${row.operation}, or by someone else); use a new key for a new request`,
            IDEMPOTENCY_ARGUMENT,
          );
        }
        return replay(row.response, context, info);
      }
      const result = await resolve(source, args, context, info);
      const stored = storable(await result, info.returnType);
      await db.execute(
        sql`insert into ${table} (tenant_id, key, operation, request_hash, response) values (${tenantId}, ${key}, ${field.name}, ${hash}, ${JSON.stringify(stored)}::jsonb)`,
      );
      return result;
    };
  }
  return schema;
}

/** The ids of what a mutation returned, with their type: enough to find them again. */
function storable(value: unknown, type: GraphQLOutputType): Stored {
  if (value == null) return null;
  if (isNonNullType(type)) return storable(value, type.ofType);
  if (isListType(type)) return (value as unknown[]).map((item) => storable(item, type.ofType));
  const named = getNamedType(type);
  const id = (value as { id?: unknown }).id;
  if (!isObjectType(named) || typeof id !== 'string') throw new Error(`${named.name} has no id to remember behind an idempotencyKey`);
  return { __typename: named.name, id };
}

/** The stored entities, resolved as the subgraph resolves references to them (its loaders). */
async function replay(stored: Stored, context: SubgraphContext<unknown>, info: GraphQLResolveInfo): Promise<unknown> {
  if (stored == null) return null;
  if (Array.isArray(stored)) return Promise.all(stored.map((item) => replay(item, context, info)));
  type ResolveReference = (ref: object, context: unknown, info: GraphQLResolveInfo) => unknown;
  const type = info.schema.getType(stored.__typename);
  const resolveReference = (type?.extensions as { apollo?: { subgraph?: { resolveReference?: ResolveReference } } } | undefined)?.apollo?.subgraph
    ?.resolveReference;
  if (!resolveReference) throw new Error(`${stored.__typename} cannot be found again by its id (no __resolveReference)`);
  return resolveReference({ ...stored }, context, info);
}

/** JSON with object keys sorted: the same arguments hash the same whatever their order. */
function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** postgres.js answers `execute` with the rows, PGlite with `{ rows }`. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
