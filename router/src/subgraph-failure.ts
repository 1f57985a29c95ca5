import { GraphQLError } from 'graphql';

/** Statuses with which a proxy or load balancer in front of a subgraph says nobody answered behind it. */
const GATEWAY_STATUSES = new Set([502, 503, 504]);

/**
 * The error the client sees when a subgraph called over HTTP gave no answer: its code says the
 * subgraph is away (SUBGRAPH_UNAVAILABLE) or too slow (SUBGRAPH_TIMEOUT), `subgraph` names it, and
 * the rest of the request still answers (fields across subgraphs are nullable). Null when the
 * subgraph did answer, with an HTTP error of its own (401, 400...): the gateway's error stands.
 * Nothing of the subgraph's address reaches the client.
 */
export function subgraphFailure(subgraph: string, error: Error, response: { status: number; ok: boolean } | undefined, timeoutMs: number): GraphQLError | null {
  // Our timeout, while waiting for the answer or while reading it.
  if (error.name === 'TimeoutError' || error.name === 'AbortError') {
    return failure(
      subgraph,
      'SUBGRAPH_TIMEOUT',
      `The ${subgraph} subgraph did not answer within ${timeoutMs} ms: its fields are missing from this answer`,
      error,
    );
  }
  if (!response) {
    // A refused or reset connection, an unknown host: the code says which (never the address).
    const cause = (error.cause as { code?: unknown } | undefined)?.code;
    const why = typeof cause === 'string' ? ` (${cause})` : '';
    return failure(subgraph, 'SUBGRAPH_UNAVAILABLE', `The ${subgraph} subgraph could not be reached${why}: its fields are missing from this answer`, error);
  }
  if (GATEWAY_STATUSES.has(response.status)) {
    return failure(
      subgraph,
      'SUBGRAPH_UNAVAILABLE',
      `The ${subgraph} subgraph is unavailable (HTTP ${response.status}): its fields are missing from this answer`,
      error,
    );
  }
  // A 2xx whose body broke off (the process died while answering) or was no GraphQL answer.
  if (response.ok) {
    return failure(subgraph, 'SUBGRAPH_UNAVAILABLE', `The ${subgraph} subgraph gave no usable answer: its fields are missing from this answer`, error);
  }
  return null;
}

const failure = (subgraph: string, code: string, message: string, cause: Error) =>
  new GraphQLError(message, { extensions: { code, subgraph }, originalError: cause });
