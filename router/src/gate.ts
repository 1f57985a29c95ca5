import type { RequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import { sendError, type Logger } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';
import { rateLimited, requestKey, type RateLimits } from './rate-limit.ts';
import type { SignIn } from './sign-in.ts';
import { isSignInUnavailable } from './sign-in-errors.ts';

/**
 * The door of /graphql: signs the request in from its token (a bad token is refused here, once, for
 * every subgraph) and counts it against its rate limit. A refused token counts as a failed sign-in.
 * What it learns becomes the request's RouterContext (res.locals.router).
 */
export function gate(signIn: SignIn, limits: RateLimits, log: Logger): RequestHandler {
  return async (req, res, next) => {
    const clientIp = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    let context: RouterContext;
    try {
      context = { identity: await signIn.identify(req.get('authorization')), clientIp, requestId: res.locals.requestId as string | undefined };
    } catch (err) {
      const error = err as GraphQLError;
      if (isSignInUnavailable(error)) {
        log.error({ err: error.originalError?.message ?? error.message }, 'Sign-in could not check a token');
      } else {
        log.info({ ip: clientIp, reason: error.message, cause: error.originalError?.message }, 'Refused a token');
        const wait = await limits.signIn(clientIp);
        if (wait) return sendError(res, rateLimited(wait));
      }
      return sendError(res, error);
    }
    const wait = await limits.request(requestKey(context));
    if (wait) return sendError(res, rateLimited(wait));
    res.locals.router = context;
    next();
  };
}
