import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { GraphQLError } from 'graphql';
import { describeError, framesOf, internalMessage } from './client-errors.ts';
import type { Logger } from './logger.ts';
import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from './request-id.ts';

/**
 * Every HTTP answer, even a refused one, is JSON in GraphQL's error shape (`{ errors: [{ message,
 * extensions: { code } }] }`): never Express's HTML page, a stack or a framework banner.
 */
const answer = (res: Parameters<RequestHandler>[1], status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  void res.status(status).json({ errors: [{ message, extensions: { code, ...extra } }] });

/** Answers a request refused outside GraphQL the way Apollo would: `{ errors: [...] }`, its status and headers (`extensions.http`). */
export function sendError(res: Response, error: GraphQLError) {
  const { http, ...extensions } = error.extensions as { http?: { status?: number; headers?: Map<string, string> } };
  for (const [name, value] of http?.headers ?? []) res.setHeader(name, value);
  res.status(http?.status ?? 400).json({ errors: [{ message: error.message, extensions }] });
}

/** Gives the request its id (a sane incoming X-Request-Id, else a new one), answers it, and runs the rest as that request. */
export const requestIds: RequestHandler = (req, res, next) => {
  const requestId = requestIdFrom(req.get(REQUEST_ID_HEADER));
  res.locals.requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  withRequestId(requestId, next);
};

/**
 * Re-enters the request's scope. Body parsers call `next` from the socket's events, outside the
 * scope `requestIds` opened: mount this after them.
 */
export const inRequestScope: RequestHandler = (_req, res, next) => (res.locals.requestId ? withRequestId(res.locals.requestId as string, next) : next());

/** The last handler: a path nothing answers. */
export const notFoundHandler: RequestHandler = (_req, res) => answer(res, 404, 'NOT_FOUND', 'Nothing is served at this address; the API is at /graphql');

// body-parser's (and raw-body's) error types, as a client should read them.
const bodyErrors: Record<string, { status: number; code: string; message: (err: { limit?: number; charset?: string; encoding?: string }) => string }> = {
  'entity.parse.failed': { status: 400, code: 'BAD_REQUEST', message: () => 'The request body is not valid JSON' },
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: (e) => `The request body is too large${e.limit ? ` (at most ${e.limit} bytes)` : ''}`,
  },
  'charset.unsupported': { status: 415, code: 'BAD_REQUEST', message: (e) => `The charset ${JSON.stringify(e.charset ?? '')} is not supported: send UTF-8` },
  'encoding.unsupported': {
    status: 415,
    code: 'BAD_REQUEST',
    message: (e) => `The content encoding ${JSON.stringify(e.encoding ?? '')} is not supported: send the body uncompressed, gzip or deflate`,
  },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: () => 'The request body does not match its Content-Length' },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: () => 'The request was aborted' },
  'parameters.too.many': { status: 413, code: 'PAYLOAD_TOO_LARGE', message: () => 'The request has too many parameters' },
};

/**
 * The last error handler: a body that cannot be read is the client's fault (400, 413, 415), with a
 * message saying what to send; anything else is ours (500), logged with the request id, which the
 * answer quotes.
 */
export function httpErrorHandler(log: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number } & Error, _req, res, next) => {
    if (res.headersSent) return next(err);
    const known = err.type ? bodyErrors[err.type] : undefined;
    if (known) return answer(res, known.status, known.code, known.message(err as never));
    const requestId = (res.locals.requestId as string | undefined) ?? requestIdFrom(undefined);
    log.error({ requestId, ...describeError(err), stack: framesOf(err) }, 'Request failed');
    answer(res, 500, 'INTERNAL_SERVER_ERROR', internalMessage(requestId), { requestId });
  };
}
