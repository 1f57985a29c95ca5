import fs from 'node:fs';
import { AsyncLocalStorage } from 'node:async_hooks';
import { getOperationAST, parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Database } from './db.ts';
import type { Runtime } from './runtime.ts';
import { NO_TENANT_ID, type SubgraphContext } from './context.ts';
import { guardSchema } from './guard.ts';
import { idempotentMutations } from './idempotency.ts';
import type { Identity } from './identity.ts';
import { asSystem, rollbackOn, Rollback, withTenant } from './tenancy.ts';
import type { SubgraphName } from './config.ts';
import type { SubgraphRoute } from './routes.ts';
import { databaseUnavailable, isDatabaseUnavailable, outcomeUnknown } from './db-errors.ts';

/** Everything the router, the standalone server and the tests need to know about one subgraph. */
export interface SubgraphModule<L = unknown> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  schema: GraphQLSchema;
  createLoaders(db: Database, tenantId: string, runtime: Runtime): L;
  /** Registers the subgraph's background jobs and schedules in the process that runs it. */
  start?(runtime: Runtime): Promise<void> | void;
  /** Its HTTP routes beside GraphQL, served by whichever process runs it (routes.ts). */
  routes?: SubgraphRoute[];
}

/** Reads `schema/<name>.graphql`, the SDL that composition and codegen read too. */
export function loadTypeDefs(name: SubgraphName): DocumentNode {
  const file = new URL(`../../../schema/${name}.graphql`, import.meta.url);
  return parse(fs.readFileSync(file, 'utf8'));
}

export function defineSubgraph<L>(opts: {
  name: SubgraphName;
  resolvers: unknown;
  createLoaders(db: Database, tenantId: string, runtime: Runtime): L;
  start?(runtime: Runtime): Promise<void> | void;
  routes?: SubgraphRoute[];
}): SubgraphModule<L> {
  const typeDefs = loadTypeDefs(opts.name);
  const schema = guardSchema(idempotentMutations(buildSubgraphSchema([{ typeDefs, resolvers: opts.resolvers as GraphQLResolverMap<unknown> }]), opts.name));
  return { name: opts.name, typeDefs, schema, createLoaders: opts.createLoaders, start: opts.start, routes: opts.routes ?? [] };
}

/** One context per request, built the same way whether the subgraph is reached over HTTP or in-process. */
export function createSubgraphContext<L>(
  module: SubgraphModule<L>,
  runtime: Runtime,
  identity: Identity,
  db: Database = runtime.db,
  kind: OperationKind = 'query',
): SubgraphContext<L> {
  const tenantId = identity.tenantId ?? NO_TENANT_ID;
  return {
    identity,
    tenantId,
    db,
    loaders: module.createLoaders(db, tenantId, runtime),
    log: runtime.log,
    runtime,
    operation: { mutation: kind === 'mutation', failed: false },
  };
}

/** What an operation is, known from its document before its transaction opens (a subscription reads, like a query). */
export type OperationKind = 'query' | 'mutation';

/** The operation this code is answering, if any: set while a subgraph resolves one, not for work it queues after. */
export interface CurrentOperation {
  subgraph: SubgraphName;
  kind: OperationKind;
}
const answering = new AsyncLocalStorage<CurrentOperation>();
export const currentOperation = (): CurrentOperation | undefined => answering.getStore();

/** The kind of the operation `operationName` picks in `document` (the only one without a name); a query where unknown. */
export function operationKind(document: DocumentNode | null | undefined, operationName?: string | null): OperationKind {
  return document && getOperationAST(document, operationName ?? undefined)?.operation === 'mutation' ? 'mutation' : 'query';
}

/**
 * Runs one operation as every subgraph does: in one transaction scoped to the identity's tenant
 * (a service without a tenant works system-wide; an anonymous caller gets no transaction, and only
 * `@public` fields, which scope their own work). A mutation that fails rolls all its writes back.
 * A query's transaction is read only (a write in it fails in the database), and while it is
 * answered the subgraph calls no other (SubgraphClient refuses): reads are one way, and what they
 * need of other domains comes through the query plan. Work queued after the commit is outside it.
 */
export async function runOperation<L, R>(
  module: SubgraphModule<L>,
  runtime: Runtime,
  identity: Identity,
  kind: OperationKind,
  execute: (context: SubgraphContext<L>) => Promise<R>,
): Promise<R> {
  const operation: CurrentOperation = { subgraph: module.name, kind };
  const readOnly = kind === 'query';
  const scope = identity.tenantId
    ? <T>(fn: (tx: Database) => Promise<T>) => withTenant(runtime.db, identity.tenantId!, fn, { readOnly })
    : identity.kind === 'service'
      ? <T>(fn: (tx: Database) => Promise<T>) => asSystem(runtime.db, fn, { readOnly })
      : null;
  if (!scope) return answering.run(operation, () => execute(createSubgraphContext(module, runtime, identity, runtime.db, kind)));
  // Where a lost connection leaves the write: before the body finished, the transaction never
  // committed (nothing was saved); after, it failed at COMMIT, which the server may have applied.
  let committing = false;
  let mutation = false;
  try {
    return await rollbackOn(scope, async (tx) => {
      const context = createSubgraphContext(module, runtime, identity, tx, kind);
      // Inside the scope: its after-commit work runs once this has returned, outside the operation.
      const result = await answering.run(operation, () => execute(context));
      mutation = context.operation.mutation;
      if (context.operation.mutation && context.operation.failed) throw new Rollback(result);
      committing = true;
      return result;
    });
  } catch (err) {
    if (!isDatabaseUnavailable(err)) throw err;
    runtime.log.warn(
      { subgraph: module.name, err: err instanceof Error ? err.message : String(err), committing },
      'The database was not reachable for an operation',
    );
    throw committing && mutation ? outcomeUnknown() : databaseUnavailable();
  }
}
