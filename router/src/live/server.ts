import type http from 'node:http';
import {
  GraphQLError, getOperationAST, getVariableValues, parse, specifiedRules, validate,
  type DocumentNode, type ExecutionArgs, type FormattedExecutionResult, type GraphQLSchema, type ValidationRule,
} from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { CloseCode, type SubscribePayload } from 'graphql-ws';
import { decodeJwt } from 'jose';
import type { ApolloServer } from '@apollo/server';
import type { EventBus, Logger } from '@sprint-reports/core';
import type { RouterContext } from '../context.ts';
import { rateLimited, requestKey, type RateLimits } from '../rate-limit.ts';
import type { SignIn } from '../sign-in.ts';
import { parseLimits } from '../armor.ts';
import { prepareSubscription, type LiveOperation } from './derive.ts';
import { LiveHub, type Execute } from './hub.ts';

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
  /** Between WebSocket pings; a client that does not answer one within it is dropped. */
  keepAliveMs?: number;
}

/** What a connection keeps once signed in (in graphql-ws's `extra`, beside the socket and request). */
type Connection = {
  context?: RouterContext;
  expiry?: NodeJS.Timeout;
};

/** An operation on its way from onSubscribe to execute/subscribe. */
type Prepared = { context: RouterContext; live?: LiveOperation; shareKey?: string; happened?: boolean; payload: SubscribePayload };

/** Close codes besides graphql-ws's own (4400 bad message, 4408 no connection_init in time, 4429 two of them). */
export const CLOSE = { unauthorized: CloseCode.Unauthorized, goingAway: 1001 } as const;

/**
 * Subscriptions (and queries and mutations, for clients that use one transport) over WebSocket with
 * the graphql-ws protocol, on the router's port and path (/graphql). Apollo's gateway executes no
 * subscriptions: the router follows the event bus itself (LiveHub) and resolves each event through
 * the gateway, as a query of the subscriber's selection, with the subscriber's identity.
 *
 * Sign-in is in `connection_init`: `{ "authorization": "Bearer <access token>" }`, the token HTTP
 * takes. A missing or refused token closes the socket with 4401, as does the token expiring (the
 * client reconnects with a fresh one). Browsers cannot be made to send our token cross-site, so
 * there is no cookie to ride on and no origin check to make.
 */
export async function serveLive(opts: LiveOptions) {
  const { apollo, log, limits, signIn } = opts;
  const execute: Execute = async (context, query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: context });
    if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported here');
    return response.body.singleResult as FormattedExecutionResult;
  };
  const hub = new LiveHub(execute, log);
  const unsubscribe = opts.events.subscribe(hub.onEvent);
  await opts.events.ready();

  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: 1024 * 1024 });
  const server = useServer<Record<string, unknown> | undefined, Connection>(
    {
      connectionInitWaitTimeout: 10_000,
      async onConnect(ctx) {
        const clientIp = ctx.extra.request.socket.remoteAddress ?? 'unknown';
        const params = ctx.connectionParams ?? {};
        const authorization = String(params.authorization ?? params.Authorization ?? '');
        const refuse = (reason: string) => {
          ctx.extra.socket.close(CLOSE.unauthorized, reason.slice(0, 120));
          return false;
        };
        let identity: RouterContext['identity'];
        try {
          identity = await signIn.identify(authorization || undefined);
        } catch (err) {
          const error = err as GraphQLError;
          if (error.extensions?.code === 'INTERNAL_SERVER_ERROR') {
            log.error({ err: error.message }, 'Sign-in could not check a token (WebSocket)');
            ctx.extra.socket.close(CloseCode.InternalServerError, 'Sign-in is unavailable right now');
            return false;
          }
          log.info({ ip: clientIp, reason: error.message }, 'Refused a token (WebSocket)');
          await limits.signIn(clientIp);
          return refuse(error.message);
        }
        if (identity.kind !== 'user') return refuse('Sign in: connection_init needs { "authorization": "Bearer <access token>" }');
        ctx.extra.context = { identity, clientIp };
        // The socket outlives no token: at its expiry the client reconnects with a fresh one.
        const exp = decodeJwt(authorization.replace(/^Bearer\s+/i, '')).exp;
        if (exp) {
          ctx.extra.expiry = setTimeout(() => ctx.extra.socket.close(CLOSE.unauthorized, 'The access token has expired'), Math.max(0, exp * 1000 - signIn.now()));
          ctx.extra.expiry.unref();
        }
        return true;
      },
      onClose(ctx) {
        clearTimeout(ctx.extra.expiry);
      },
      async onSubscribe(ctx, _id, payload): Promise<ExecutionArgs | readonly GraphQLError[]> {
        const context = ctx.extra.context!;
        const wait = await limits.request(requestKey(context));
        if (wait) return [rateLimited(wait)];
        let document: DocumentNode;
        try {
          document = parse(payload.query, parseLimits());
        } catch (err) {
          return [new GraphQLError((err as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
        }
        const schema = opts.schema();
        const invalid = validate(schema, document, [...specifiedRules, ...opts.validationRules]);
        if (invalid.length) return invalid.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('Name the operation to run (operationName)', { extensions: { code: 'BAD_REQUEST' } })];
        const prepared: Prepared = { context, payload };
        if (operation.operation === 'subscription') {
          const rawVariables = payload.variables ?? {};
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
          if (coerced.errors) return coerced.errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'BAD_USER_INPUT' } }));
          try {
            prepared.live = prepareSubscription(schema, document, operation, coerced.coerced, rawVariables);
            prepared.happened = await check(prepared.live, context);
          } catch (err) {
            if (err instanceof GraphQLError) return [err];
            throw err;
          }
          // Who gets the same answer: tenant and role (what reads depend on), operation and variables.
          const { identity } = context;
          prepared.shareKey = JSON.stringify([identity.tenantId, identity.kind === 'user' ? identity.role : identity.kind, payload.query, payload.operationName ?? null, rawVariables]);
        }
        return { schema, document, operationName: payload.operationName, variableValues: payload.variables, contextValue: prepared };
      },
      // Queries and mutations: through Apollo and the gateway, as over HTTP.
      async execute(args) {
        const { context, payload } = args.contextValue as Prepared;
        const response = await apollo.executeOperation({ query: payload.query, variables: payload.variables ?? undefined, operationName: payload.operationName ?? undefined }, { contextValue: context });
        if (response.body.kind !== 'single') throw new Error('Incremental delivery is not supported over WebSocket');
        return response.body.singleResult as never;
      },
      async subscribe(args) {
        const { context, live, shareKey, happened } = args.contextValue as Prepared;
        const stream = hub.subscribe(live!, context, shareKey!);
        // A report finished before the subscription began: deliver it now.
        if (happened && live!.field.already) hub.onEvent({ ...live!.field.already.event(context.identity.tenantId!, live!.topic), at: Date.now() });
        return stream as never;
      },
      // Results are already formatted (Apollo's, or the hub's): send them as they are.
      onNext: (_ctx, _id, _payload, _args, result) => result as FormattedExecutionResult,
    },
    wss,
    opts.keepAliveMs ?? 12_000,
  );

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
