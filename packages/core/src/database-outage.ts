import type { ApolloServerPlugin } from '@apollo/server';
import { databaseReachable, type Database } from './db.ts';

/**
 * HTTP 503 with Retry-After for an answer that failed only because the database is away (no root
 * field answered, and its errors DATABASE_UNAVAILABLE or OUTCOME_UNKNOWN), so that clients and
 * proxies see a temporary condition rather than a 200. The router uses it: subgraphs hand these
 * errors to it as GraphQL errors, the way they hand FORBIDDEN on.
 */
export const databaseOutageStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!errors?.length || Object.values(data ?? {}).some((value) => value != null)) return;
        if (!errors.every((e) => e.extensions?.code === 'DATABASE_UNAVAILABLE' || e.extensions?.code === 'OUTCOME_UNKNOWN')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', '1');
      },
    };
  },
};

/**
 * What /health answers: 200 `{ status: 'ok' }`, or 503 `{ status: 'degraded', database:
 * 'unavailable' }` while the database does not answer, so an orchestrator takes the process out of
 * rotation (readiness) without restarting it: it recovers by itself once the database is back.
 */
export async function databaseHealth(db: Database | null, extra: Record<string, unknown> = {}): Promise<{ status: number; body: Record<string, unknown> }> {
  if (!db || (await databaseReachable(db))) return { status: 200, body: { status: 'ok', ...extra } };
  return { status: 503, body: { status: 'degraded', database: 'unavailable', ...extra } };
}
