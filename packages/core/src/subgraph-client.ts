import { EventEmitter } from 'node:events';
import { GraphQLError, execute, getOperationAST, parse, type DocumentNode, type ExecutionResult } from 'graphql';
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

/**
 * Executes an operation on a subgraph in this process, the way its HTTP server would for the same
 * identity: the same resolvers, guards and database scope, and errors as a client may see them
 * (client-errors.ts; the detail is logged). No signature is needed: nothing outside this process can call it.
 */
export async function executeInProcess(
  local: LocalSubgraph,
  identity: Identity,
  query: string,
  variables?: Record<string, unknown>,
): Promise<ExecutionResult> {
  const document = parseOnce(query);
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
   * `_entities` of `query` for these representations, in their order (null where the subgraph
   * has none). `query` selects `_entities(representations: $representations)`.
   */
  async entities<T>(name: SubgraphName, tenantId: string | null, query: string, representations: readonly Record<string, unknown>[]): Promise<(T | null)[]> {
    if (!representations.length) return [];
    return (await this.execute<{ _entities: (T | null)[] }>(name, tenantId, query, { representations }))._entities;
  }

  /**
   * NOT_FOUND unless `tenantId` has this entity of subgraph `name`: the owner answers as that tenant,
   * so another tenant's entity is as absent as one that never was. For writes that name another
   * domain's entity (reads join through the gateway's query plan). One `_entities` call.
   */
  async requireEntity(name: SubgraphName, tenantId: string, typename: string, id: string): Promise<void> {
    const query = `query RequireEntity($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${typename} { id } } }`;
    const [found] = await this.entities<{ id: string }>(name, tenantId, query, [{ __typename: typename, id }]);
    if (!found) throw notFound(typename, id);
  }

  /** Runs `query` on subgraph `name` as our own service, for `tenantId` (null: system-wide). */
  async execute<T>(name: SubgraphName, tenantId: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const operation = currentOperation();
    const refused = operation?.kind === 'query';
    this.events.emit('call', { from: operation?.subgraph ?? null, kind: operation?.kind ?? null, to: name, refused } satisfies SubgraphCall);
    if (refused) {
      // A bug in the caller, not the client's: a read needing another domain takes it from the query plan, a read model or a job.
      const message = `The ${operation.subgraph} subgraph called the ${name} subgraph while answering a query: reads never call another subgraph`;
      log.error({ caller: operation.subgraph, callee: name, operation: getOperationAST(parseOnce(query))?.name?.value ?? query.slice(0, 200) }, message);
      throw new Error(message);
    }
    const local = this.local.get(name);
    const identity = serviceIdentity(tenantId);
    let result: { data?: unknown; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
    if (local) {
      result = await executeInProcess(local, identity, query, variables);
    } else {
      const url = this.urls[name];
      if (!url) throw new Error(`No URL for the ${name} subgraph: set ${name.toUpperCase()}_SUBGRAPH_URL`);
      if (!this.signer) throw new Error(`Calling the ${name} subgraph over HTTP needs INTERNAL_SECRET`);
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [IDENTITY_HEADER]: await this.signer.sign(identity), ...requestIdHeader() },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      }).catch((err: Error) => {
        // The subgraph is down or too slow: the field that needed it fails with a code naming it (the
        // router's too), not as an internal error. A change it was sent and did not confirm may have
        // been made: only a refused connection surely never reached it.
        const cause = (err.cause as { code?: unknown } | undefined)?.code;
        const timedOut = err.name === 'TimeoutError';
        const failed = timedOut ? `The ${name} subgraph did not answer within ${this.timeoutMs} ms` : `The ${name} subgraph could not be reached${typeof cause === 'string' ? ` (${cause})` : ''}`;
        const unconfirmed = getOperationAST(parseOnce(query))?.operation === 'mutation' ? unconfirmedWrite(failed, name, err) : null;
        throw unconfirmed ?? new GraphQLError(failed, { extensions: { code: timedOut ? 'SUBGRAPH_TIMEOUT' : 'SUBGRAPH_UNAVAILABLE', subgraph: name } });
      });
      // A GraphQL answer (errors with codes) is read whatever the status; anything else is a failure.
      const body = res.headers.get('content-type')?.includes('json') ? ((await res.json()) as typeof result) : null;
      if (!body || (!res.ok && !body.errors?.length)) throw new GraphQLError(`${name} subgraph answered HTTP ${res.status}`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: name } });
      result = body;
    }
    // The first error's code travels on, so callers can answer a client with it.
    if (result.errors?.length) {
      throw new GraphQLError(`${name} subgraph: ${result.errors.map((e) => e.message).join('; ')}`, { extensions: { code: result.errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR' } });
    }
    return result.data as T;
  }
}
