import { EventEmitter } from 'node:events';
import { GraphQLError, Kind, execute, getOperationAST, parse, print, type DocumentNode, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { logLevel, type SubgraphName } from './config.ts';
import { IDENTITY_HEADER, serviceIdentity, type Identity, type IdentitySigner } from './identity.ts';
import type { JobRunner } from './jobs.ts';
import type { Runtime } from './runtime.ts';
import { toClientError } from './client-errors.ts';
import { isDatabaseUnavailable } from './db-errors.ts';
import { notFound, outageCodeOf, unconfirmedWrite } from './errors.ts';
import { currentRequestId, REQUEST_ID_HEADER } from './request-id.ts';
import { createLogger } from './logger.ts';
import { currentOperation, operationKind, runOperation, type OperationKind, type SubgraphModule } from './subgraph.ts';

/** A subgraph running in this process: its module and the process's runtime. */
export interface LocalSubgraph {
  module: SubgraphModule<unknown>;
  runtime: Runtime;
}

// The gateway and background jobs send a small set of query strings over and over: parse each once.
const documents = new Map<string, DocumentNode>();
export function parseOnce(query: string): DocumentNode {
  let document = documents.get(query);
  if (!document) {
    if (documents.size >= 1000) documents.clear();
    documents.set(query, (document = parse(query)));
  }
  return document;
}

// A typed document is sent over HTTP as text: print each once.
const printed = new WeakMap<DocumentNode, string>();
export function printOnce(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) printed.set(document, (text = print(document)));
  return text;
}

/**
 * An internal operation: a typed document generated from the caller's `src/remote/<callee>.graphql`
 * (`npm run codegen`), checked against the callee's served schema (schema/served/<callee>.graphql),
 * so its result and variables are typed and a renamed field breaks the caller's build.
 */
export type InternalOperation<R = unknown, V = Record<string, unknown>> = TypedDocumentNode<R, V>;

/** The variables argument: optional when the operation has none required. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** The entity an `_entities` answer `R` holds: what its `... on X` selects (codegen types the `_Entity` members it does not select as empty records). */
/** The types a document's `_entities` selection asks for (its `... on X` parts), read once per document. */
const entityTypesOf = new WeakMap<DocumentNode, ReadonlySet<string>>();
function entityTypes(document: DocumentNode): ReadonlySet<string> {
  let types = entityTypesOf.get(document);
  if (!types) {
    const found = new Set<string>();
    const entities = getOperationAST(document)?.selectionSet.selections.find((s) => s.kind === Kind.FIELD && s.name.value === '_entities');
    for (const s of entities?.kind === Kind.FIELD ? (entities.selectionSet?.selections ?? []) : []) {
      if (s.kind === Kind.INLINE_FRAGMENT && s.typeCondition) found.add(s.typeCondition.name.value);
    }
    types = found;
    entityTypesOf.set(document, types);
  }
  return types;
}

export type EntityOf<R> = R extends { _entities: readonly (infer E)[] } ? Exclude<NonNullable<E>, Record<PropertyKey, never>> : never;

/**
 * Executes an operation on a subgraph in this process, the way its HTTP server would for the same
 * identity: the same resolvers, guards and database scope, and errors as a client may see them
 * (client-errors.ts; the detail is logged). No signature is needed: nothing outside this process can call it.
 */
export async function executeInProcess(
  local: LocalSubgraph,
  identity: Identity,
  query: string | DocumentNode,
  variables?: Record<string, unknown>,
): Promise<ExecutionResult> {
  const document = typeof query === 'string' ? parseOnce(query) : query;
  const { log } = local.runtime;
  let executed: ExecutionResult | undefined;
  try {
    const result = await runOperation(local.module, local.runtime, identity, operationKind(document), async (contextValue) => {
      executed = await execute({ schema: local.module.schema, document, variableValues: variables, contextValue });
      contextValue.operation.failed = !!executed.errors?.length;
      return executed;
    });
    return result.errors?.length ? { ...result, errors: result.errors.map((e) => toClientError(e, log)) } : result;
  } catch (err) {
    // The transaction failed to open or to commit. A statement that failed inside it is the cause
    // (PGlite then refuses the COMMIT of the aborted transaction): that is what gets reported,
    // unless the database went away (the answer's data is lost, whatever else failed).
    const outage = outageCodeOf(err) || isDatabaseUnavailable(err);
    return { errors: executed?.errors?.length && !outage ? executed.errors.map((e) => toClientError(e, log)) : [toClientError(err, log)] };
  }
}

const requestIdHeader = (): Record<string, string> => {
  const id = currentRequestId();
  return id ? { [REQUEST_ID_HEADER]: id } : {};
};

const log = createLogger(logLevel(), 'subgraph-client');

/** One call through a SubgraphClient: who made it (a subgraph answering an operation of `kind`, or background work) and to whom. */
export interface SubgraphCall {
  from: SubgraphName | null;
  kind: OperationKind | null;
  to: SubgraphName;
  refused: boolean;
}

/**
 * Lets one subgraph's background work (and mutations) ask another subgraph for its entities
 * (`_entities`), in-process when both run here and over HTTP when they are separate processes.
 * This is how domains join data without SQL across schemas. Never while answering a query: reads
 * are one way (see runOperation), so such a call is refused.
 */
export class SubgraphClient {
  /** Emits 'call' (SubgraphCall) for every call, refused or not: tests count the calls an operation made. */
  readonly events = new EventEmitter();

  constructor(
    private readonly local: Map<SubgraphName, LocalSubgraph>,
    private readonly urls: Partial<Record<SubgraphName, string>>,
    private readonly signer: IdentitySigner | null,
    /** How long a call over HTTP may take (SUBGRAPH_TIMEOUT_MS): a hung subgraph must not hold its caller. */
    private readonly timeoutMs = 10_000,
    /** Where a notice that failed is queued to be sent again (notices.ts); null: it fails as it is. */
    readonly jobs: JobRunner | null = null,
  ) {}

  /** Whether `name` runs in this process or has a URL: a process started with one subgraph alone (tests) reaches no other. */
  reaches(name: SubgraphName): boolean {
    return this.local.has(name) || !!this.urls[name];
  }

  /**
   * `_entities` of `document` for these representations of `typename` (their `__typename` is
   * added), in their order: each the `... on <typename>` part of the answer, null where the subgraph
   * has none. `document` selects `_entities(representations: $representations)`; `variables`, its others.
   */
  async entities<R extends { _entities: readonly unknown[] }, V extends { representations: unknown }>(
    name: SubgraphName,
    tenantId: string | null,
    document: InternalOperation<R, V>,
    typename: string,
    representations: readonly Record<string, unknown>[],
    variables?: Omit<V, 'representations'>,
  ): Promise<(EntityOf<R> | null)[]> {
    // A representation typed unlike the document's `... on X` answers an empty object, not an error: refuse the mismatch (a caller's bug).
    if (!entityTypes(document).has(typename)) {
      throw new Error(`${getOperationAST(document)?.name?.value ?? '_entities'} selects no \`... on ${typename}\` under _entities`);
    }
    if (!representations.length) return [];
    const all = { ...variables, representations: representations.map((r) => ({ __typename: typename, ...r })) } as unknown as V;
    return (await this.execute<R, V>(name, tenantId, document, ...([all] as VariablesArg<V>)))._entities as (EntityOf<R> | null)[];
  }

  /**
   * NOT_FOUND unless `tenantId` has this entity of subgraph `name`: the owner answers as that tenant,
   * so another tenant's entity is as absent as one that never was. For writes that name another
   * domain's entity (reads join through the gateway's query plan). One `_entities` call of
   * `document`, which selects `... on <typename> { id }`.
   */
  async requireEntity<R extends { _entities: readonly unknown[] }, V extends { representations: unknown }>(
    name: SubgraphName,
    tenantId: string,
    document: InternalOperation<R, V>,
    typename: string,
    id: string,
  ): Promise<void> {
    const [found] = await this.entities(name, tenantId, document, typename, [{ id }]);
    if (!found) throw notFound(typename, id);
  }

  /** Runs `document` on subgraph `name` as our own service, for `tenantId` (null: system-wide). */
  async execute<R, V>(name: SubgraphName, tenantId: string | null, document: InternalOperation<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
    const operation = currentOperation();
    const refused = operation?.kind === 'query';
    this.events.emit('call', { from: operation?.subgraph ?? null, kind: operation?.kind ?? null, to: name, refused } satisfies SubgraphCall);
    if (refused) {
      // A bug in the caller, not the client's: a read needing another domain takes it from the query plan, a read model or a job.
      const message = `The ${operation.subgraph} subgraph called the ${name} subgraph while answering a query: reads never call another subgraph`;
      log.error({ caller: operation.subgraph, callee: name, operation: getOperationAST(document)?.name?.value ?? printOnce(document).slice(0, 200) }, message);
      throw new Error(message);
    }
    const local = this.local.get(name);
    const identity = serviceIdentity(tenantId);
    let result: { data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
    if (local) {
      result = await executeInProcess(local, identity, document, variables as Record<string, unknown> | undefined);
    } else {
      const url = this.urls[name];
      if (!url) throw new Error(`No URL for the ${name} subgraph: set ${name.toUpperCase()}_SUBGRAPH_URL`);
      if (!this.signer) throw new Error(`Calling the ${name} subgraph over HTTP needs INTERNAL_SECRET`);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await this.signer.sign(identity), ...requestIdHeader() },
        body: JSON.stringify({ query: printOnce(document), variables: variables ?? {} }),
        signal: AbortSignal.timeout(this.timeoutMs),
      }).catch((err: Error) => {
        // The subgraph is down or too slow: the field that needed it fails with a code naming it (the
        // router's too), not as an internal error. A change it was sent and did not confirm may have
        // been made: only a refused connection surely never reached it.
        const cause = (err.cause as { code?: unknown } | undefined)?.code;
        const timedOut = err.name === 'TimeoutError';
        const failed = timedOut
          ? `The ${name} subgraph did not answer within ${this.timeoutMs} ms`
          : `The ${name} subgraph could not be reached${typeof cause === 'string' ? ` (${cause})` : ''}`;
        const unconfirmed = getOperationAST(document)?.operation === 'mutation' ? unconfirmedWrite(failed, name, err) : null;
        throw unconfirmed ?? new GraphQLError(failed, { extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', subgraph: name } });
      });
      // A GraphQL answer (errors with codes) is read whatever the status; anything else is a failure.
      const body = res.headers.get('content-type')?.includes('json') ? ((await res.json()) as typeof result) : null;
      if (!body || (!res.ok && !body.errors?.length))
        throw new GraphQLError(`${name} subgraph answered HTTP ${res.status}`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: name } });
      result = body;
    }
    // The first error's code travels on, so callers can answer a client with it.
    if (result.errors?.length) {
      throw new GraphQLError(`${name} subgraph: ${result.errors.map((e) => e.message).join('; ')}`, {
        extensions: { code: result.errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR' },
      });
    }
    return result.data as R;
  }
}
