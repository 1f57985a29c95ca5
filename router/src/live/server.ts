import type http from 'node:http';
import {
  GraphQLError,
  getOperationAST,
  getVariableValues,
  parse,
  print,
  specifiedRules,
  validate,
  type DocumentNode,
  type ExecutionArgs,
  type FormattedExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import type { SubscribePayload } from 'graphql-ws';
import type { ApolloServer } from '@apollo/server';
import { within, type EventBus, type Logger } from '@sprint-reports/core';
import type { RouterContext } from '../context.ts';
import { rateLimited, requestKey, type RateLimits } from '../rate-limit.ts';
import type { SignIn } from '../sign-in.ts';
import { parseLimits } from '../armor.ts';
import { prepareSubscription, type LiveOperation } from './derive.ts';
import { LiveHub, type Execute } from './hub.ts';
import { permissionsOf, SocketSession, SocketSessions } from './session.ts';

export interface LiveOptions {
  httpServer: http.Server;
  apollo: ApolloServer<RouterContext>;
  /** The supergraph's API schema (what clients may ask), once the gateway has loaded it. */
  schema: () => GraphQLSchema;
  validationRules: readonly ValidationRule[];
  signIn: SignIn;
  limits: RateLimits;
  events: EventBus;
  log: Logger;
  /** The client's address, as Express works it out for HTTP (TRUST_PROXY). */
  clientIp: (request: http.IncomingMessage) => string;
  /** Between WebSocket pings; a client that does not answer one within it is dropped. */
  keepAliveMs?: number;
}

/** Subscriptions one socket may hold at once: each costs a query per event. */
export const MAX_SUBSCRIPTIONS_PER_SOCKET = 100;
/** How long the router waits at start for the event bus to know where to read from (Redis away: it reads once Redis is back). */
const BUS_READY_MS = 5000;

/** What a connection keeps once signed in (in graphql-ws's `extra`, beside the socket and request). */
type Connection = {
  session?: SocketSession;
  clientIp?: string;
};

/** An operation on its way from onSubscribe to execute/subscribe. */
type Prepared = { context: RouterContext; live?: LiveOperation; shareKey?: string; payload: SubscribePayload };

const refusal = (message: string, code = 'BAD_REQUEST') => new GraphQLError(message, { extensions: { code } });

/**
 * Subscriptions (and queries and mutations, for clients that use one transport) over WebSocket with
 * the graphql-ws protocol, on the router's port and path (/graphql). Apollo's gateway executes no
 * subscriptions: the router follows the event bus itself (LiveHub) and resolves each event through
 * the gateway, as a query of the subscriber's selection, with an identity of the subscriber's
 * tenant and role. Sign-in is in `connection_init` (session.ts). Browsers cannot be made to send
 * our token cross-site, so there is no cookie to ride on and no origin check to make.
 */
export async function serveLive(opts: LiveOptions) {
  const { apollo, log, limits, signIn } = opts;
  const execute: Execute = async (context, query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported here');
    return response.body.singleResult as FormattedExecutionResult;
  };
  const hub = new LiveHub(execute, log);
  const sessions = new SocketSessions();
  // The router's one reader of the bus: live updates go to the hub; a change of someone's access
  // makes sign-in (HTTP and sockets alike) forget what it knew of them, and their sockets check again.
  const unsubscribe = opts.events.subscribe((event) => {
    if (event.type !== 'ACCESS_CHANGED') return hub.onEvent(event);
    signIn.forget(event.tenantId, event.userId);
    sessions
      .accessChanged(event.tenantId, event.userId)
      .catch((err: Error) => log.error({ err: err.message }, 'Could not check the sockets of a user whose access changed'));
  });
  const ready = await within(
    BUS_READY_MS,
    opts.events.ready().then(() => true),
  );
  if (!ready) log.warn('The live event bus (Redis) is not answering: subscriptions receive events once it is back');

  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  const server = useServer<Record<string, unknown> | undefined, Connection>(
    {
      connectionInitWaitTimeout: 10_000,
      async onConnect(ctx) {
        const clientIp = opts.clientIp(ctx.extra.request);
        const session = await SocketSession.open(ctx.extra.socket, ctx.connectionParams, clientIp, { signIn, limits, log, sessions });
        if (!session) return false; // closed with its reason
        Object.assign(ctx.extra, { session, clientIp });
        return true;
      },
      onClose(ctx) {
        ctx.extra.session?.end();
      },
      async onSubscribe(ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        const context: RouterContext = { identity: ctx.extra.session!.identity, clientIp: ctx.extra.clientIp! };
        const wait = await limits.request(requestKey(context));
        if (wait) return [rateLimited(wait)];
        let document: DocumentNode;
        try {
          document = parse(payload.query, parseLimits());
        } catch (err) {
          return [refusal((err as Error).message, 'GRAPHQL_PARSE_FAILED')];
        }
        const schema = opts.schema();
        const invalid = validateAll(schema, document);
        if (invalid.length) return invalid;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [refusal('Name the operation to run (operationName)')];
        const prepared: Prepared = { context, payload };
        if (operation.operation === 'subscription') {
          if (Object.keys(ctx.subscriptions).length > MAX_SUBSCRIPTIONS_PER_SOCKET)
            return [refusal(`At most ${MAX_SUBSCRIPTIONS_PER_SOCKET} subscriptions per connection`)];
          try {
            Object.assign(prepared, await prepareLive(schema, document, operation, payload, context));
          } catch (err) {
            if (err instanceof GraphQLError) return [err];
            log.warn({ err: (err as Error).message }, 'Refused a subscription the router could not prepare');
            return [refusal(`This subscription cannot be served: ${(err as Error).message}`)];
          }
        }
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: prepared };
      },
      // Queries and mutations: through Apollo and the gateway, as over HTTP.
      async execute(args) {
        const { context, payload } = args.contextValue as Prepared;
        const response = await apollo.executeOperation(
          { query: payload.query, variables: payload.variables ?? undefined, operationName: payload.operationName ?? undefined },
          { contextValue: context },
        );
        if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported over WebSocket');
        return response.body.singleResult as never;
      },
      async subscribe(args) {
        const { context, live, shareKey } = args.contextValue as Prepared;
        const stream = hub.subscribe(live!, context, shareKey!);
        // A `once` field whose event happened before the subscription began (a finished report):
        // asked once subscribed, so an event between the question and the subscription is not missed.
        if (live!.field.already) {
          check(live!, context)
            .then((happened) => happened && hub.onEvent({ ...live!.field.already!.event(context.identity.tenantId!, live!.topic), at: Date.now() }))
            .catch((err: Error) => log.warn({ err: err.message }, 'Could not check whether a report was already ready'));
        }
        return stream as never;
      },
      // Results are already formatted (Apollo's, or the hub's): send them as they are.
      onNext: (_ctx, _id, _payload, _args, result) => result as FormattedExecutionResult,
    },
    wss,
    opts.keepAliveMs ?? 12_000,
  );

  /** graphql-js's rules and the edge's limits (armor); a rule that throws is a refusal, not a dropped socket. */
  function validateAll(schema: GraphQLSchema, document: DocumentNode): GraphQLError[] {
    try {
      return validate(schema, document, [...specifiedRules, ...opts.validationRules]).map(
        (e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      );
    } catch (err) {
      return [refusal((err as Error).message, 'GRAPHQL_VALIDATION_FAILED')];
    }
  }

  /**
   * Makes a subscription ready: what it follows, the query each event runs (which must pass the
   * same validation and limits now, not fail at every event), the followed entity found
   * (NOT_FOUND otherwise), and who shares its results.
   */
  async function prepareLive(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    payload: SubscribePayload,
    context: RouterContext,
  ) {
    const rawVariables = payload.variables ?? {};
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
    if (coerced.errors) throw new GraphQLError(coerced.errors[0].message, { nodes: coerced.errors[0].nodes, extensions: { code: 'BAD_USER_INPUT' } });
    const live = prepareSubscription(schema, document, operation, coerced.coerced, rawVariables);
    const derived = live.fullQuery();
    if (derived) {
      const invalid = validateAll(schema, parse(derived));
      if (invalid.length)
        throw new GraphQLError(`As the router runs it for each update: ${invalid[0].message}`, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    }
    await check(live, context);
    // Who gets the same answer: the same permissions (tenant, role, team roles: what reads depend
    // on), the same operation and variables.
    const shareKey = JSON.stringify([permissionsOf(context.identity), print(document), payload.operationName ?? null, sortedKeys(rawVariables)]);
    return { live, shareKey };
  }

  /**
   * The followed entity must exist for the subscriber: else NOT_FOUND now, rather than silence.
   * Answers whether what a `once` field waits for has happened already.
   */
  async function check(op: LiveOperation, context: RouterContext): Promise<boolean> {
    const { check: field, already } = op.field;
    if (!field) return false;
    const result = await execute(context, `query Check($id: ID!) { it: ${field}(id: $id) { __typename ${already?.select ?? ''} } }`, { id: op.topic });
    const error = result.errors?.[0];
    if (error) throw new GraphQLError(error.message, { extensions: error.extensions });
    const it = result.data?.it as Record<string, unknown> | null | undefined;
    if (!it) throw new GraphQLError(`No ${field} ${op.topic}`, { extensions: { code: 'NOT_FOUND' } });
    return !!already && already.when(it[already.select]);
  }

  return {
    hub,
    async close() {
      unsubscribe();
      hub.close();
      await server.dispose();
    },
  };
}

/** Variables with their object keys sorted: the same values share results whatever the key order. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortedKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}
