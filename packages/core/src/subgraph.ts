import fs from 'node:fs';
import { parse, type DocumentNode, type GraphQLSchema } from 'graphql';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { Database } from './db.ts';
import type { Runtime } from './runtime.ts';
import { type SubgraphContext, type HeaderReader, tenantFromHeaders } from './context.ts';
import type { SubgraphName } from './config.ts';

/** Everything the router, the standalone server and the tests need to know about one subgraph. */
export interface SubgraphModule<L = unknown> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  schema: GraphQLSchema;
  createLoaders(db: Database, tenantId: string): L;
  /** Registers the subgraph's background jobs and schedules in the process that runs it. */
  start?(runtime: Runtime): Promise<void> | void;
}

/** Reads `schema/<name>.graphql`, the SDL that composition and codegen read too. */
export function loadTypeDefs(name: SubgraphName): DocumentNode {
  const file = new URL(`../../../schema/${name}.graphql`, import.meta.url);
  return parse(fs.readFileSync(file, 'utf8'));
}

export function defineSubgraph<L>(opts: {
  name: SubgraphName;
  resolvers: unknown;
  createLoaders(db: Database, tenantId: string): L;
  start?(runtime: Runtime): Promise<void> | void;
}): SubgraphModule<L> {
  const typeDefs = loadTypeDefs(opts.name);
  const schema = buildSubgraphSchema([{ typeDefs, resolvers: opts.resolvers as GraphQLResolverMap<unknown> }]);
  return { name: opts.name, typeDefs, schema, createLoaders: opts.createLoaders, start: opts.start };
}

/** One context per request, built the same way whether the subgraph is reached over HTTP or in-process. */
export function createSubgraphContext<L>(module: SubgraphModule<L>, runtime: Runtime, header: HeaderReader): SubgraphContext<L> {
  const tenantId = tenantFromHeaders(header);
  return { tenantId, db: runtime.db, loaders: module.createLoaders(runtime.db, tenantId), log: runtime.log, runtime };
}
