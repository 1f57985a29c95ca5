import { BREAK, Kind, visit, type DocumentNode } from 'graphql';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { appError, loadTypeDefs, subgraphNames, type Config, type Logger } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';

/**
 * Per-client rate limits at the router, per minute: every request counts against its user (or its
 * IP when anonymous); sign-in attempts (login, signUp, refreshToken: the public mutations) and
 * requests with a rejected token count besides against a stricter limit per IP, which slows
 * password guessing.
 * In Redis when REDIS_URL is set, so every router instance shares them; in memory otherwise. A limit
 * of 0 turns it off.
 */
export interface RateLimits {
  /** Counts one request; the seconds to wait when `key` is over its limit, else null. */
  request(key: string): Promise<number | null>;
  /** Counts one sign-in attempt from `ip`, the same way. */
  signIn(ip: string): Promise<number | null>;
  close(): Promise<void>;
}

export const requestKey = (context: RouterContext) => (context.identity.kind === 'user' ? `user:${context.identity.userId}` : `ip:${context.clientIp}`);

/** The GraphQL error of a request over its limit: HTTP 429 with Retry-After. */
export const rateLimited = (seconds: number) =>
  appError('RATE_LIMITED', `Too many requests: try again in ${seconds} s`, {
    retryAfterSeconds: seconds,
    http: { status: 429, headers: new HeaderMap([['retry-after', String(seconds)]]) },
  });

export async function createRateLimits(config: Config, log: Logger, opts: { keyPrefix?: string; redisUrl?: string } = {}): Promise<RateLimits> {
  const prefix = opts.keyPrefix ?? `${config.redisPrefix}:rate`;
  const redisUrl = opts.redisUrl ?? config.redisUrl;
  let redis: Redis | undefined;
  if (redisUrl) {
    // No offline queue: while Redis is away a request is counted in memory (the insurance limiter)
    // instead of waiting for it.
    redis = new Redis(redisUrl, { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 1 });
    redis.on('error', (err: Error) => log.warn({ err: err.message }, 'Rate limits: Redis unavailable, counting in this process meanwhile'));
    await redis.connect().catch(() => {}); // reported by the listener; it keeps reconnecting
  }
  const limiter = (name: string, points: number): RateLimiterAbstract | null => {
    if (!(points > 0)) return null;
    const options = { keyPrefix: `${prefix}:${name}`, points, duration: 60 };
    return redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) }) : new RateLimiterMemory(options);
  };
  const consume = async (limit: RateLimiterAbstract | null, key: string) => {
    if (!limit) return null;
    try {
      await limit.consume(key);
      return null;
    } catch (res) {
      if (res instanceof RateLimiterRes) return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
      // Neither Redis nor the insurance limiter could count: let the request through rather than fail it.
      log.error({ err: (res as Error).message }, 'Rate limit could not be checked');
      return null;
    }
  };
  const requests = limiter('request', config.rateLimitPerMinute);
  const signIns = limiter('sign-in', config.rateLimitLoginPerMinute);
  return {
    request: (key) => consume(requests, key),
    signIn: (ip) => consume(signIns, `ip:${ip}`),
    async close() {
      redis?.disconnect();
    },
  };
}

/** The root fields of `type` anyone may use (`@public` in the subgraphs' SDL). */
function publicFields(type: 'Query' | 'Mutation'): Set<string> {
  const names = new Set<string>();
  for (const name of subgraphNames) {
    for (const def of loadTypeDefs(name).definitions) {
      if ((def.kind !== Kind.OBJECT_TYPE_DEFINITION && def.kind !== Kind.OBJECT_TYPE_EXTENSION) || def.name.value !== type) continue;
      for (const field of def.fields ?? []) if (field.directives?.some((d) => d.name.value === 'public')) names.add(field.name.value);
    }
  }
  return names;
}

/** The mutations anyone may call: login, signUp, refreshToken and the like. */
export const publicMutations = () => publicFields('Mutation');

/** The queries anyone may ask: singleSignOn (which organisation signs in an email's domain). */
export const publicQueries = () => publicFields('Query');

const selectsAny = (document: DocumentNode, fields: Set<string>) => {
  let found = false;
  visit(document, {
    Field(node) {
      if (!fields.has(node.name.value)) return;
      found = true;
      return BREAK;
    },
  });
  return found;
};

/**
 * Counts sign-in attempts: every anonymous mutation (the only ones an anonymous caller may run are
 * sign-in's), any mutation that uses a public one (a signed-in caller must not guess passwords
 * at the general rate), and any query that uses a public one (probing which email domains sign in
 * where goes at the sign-in rate too).
 */
export function signInAttemptLimit(limits: RateLimits, signInFields = publicMutations(), signInQueries = publicQueries()): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          const kind = operation?.operation;
          const counted =
            kind === 'query'
              ? selectsAny(document, signInQueries)
              : kind === 'mutation' && (contextValue.identity.kind === 'anonymous' || selectsAny(document, signInFields));
          if (!counted) return;
          const wait = await limits.signIn(contextValue.clientIp);
          if (wait) throw rateLimited(wait);
        },
      };
    },
  };
}
