import type { GatewayGraphQLRequest, GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GraphQLFormattedError } from 'graphql';

/**
 * Apollo's gateway sends one `_entities` representation per place an entity occurs in the answer
 * (the dashboard: 172 `User` representations for 7 users). The data sources send each distinct one
 * once and fan the subgraph's answer back out, so the gateway sees exactly the answer it asked for.
 */

/** How the gateway's representations map onto the distinct ones sent. */
export interface DistinctRepresentations {
  /** Each distinct representation once, in order of first occurrence. */
  distinct: unknown[];
  /** For each representation the gateway asked for, the index of its distinct one. */
  toDistinct: number[];
}

/** The same representation gives the same key whatever order its (nested) keys come in. */
export function representationKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(representationKey).join(',')}]`;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined) // JSON drops them: the subgraph never sees them
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${representationKey(record[key])}`).join(',')}}`;
}

export function distinctRepresentations(representations: readonly unknown[]): DistinctRepresentations {
  const indexOf = new Map<string, number>();
  const distinct: unknown[] = [];
  const toDistinct = representations.map((representation) => {
    const key = representationKey(representation);
    let index = indexOf.get(key);
    if (index === undefined) {
      index = distinct.push(representation) - 1;
      indexOf.set(key, index);
    }
    return index;
  });
  return { distinct, toDistinct };
}

/**
 * The subgraph's answer to the distinct representations as the answer to all of them: `_entities`
 * in the gateway's positions, and each error about `_entities[j]` once for every position that was
 * `j` (the gateway turns `['_entities', i, ...]` into the path of its i-th entity).
 */
export function fanOut(response: GatewayGraphQLResponse, { distinct, toDistinct }: DistinctRepresentations): GatewayGraphQLResponse {
  const positionsOf: number[][] = distinct.map(() => []);
  toDistinct.forEach((j, i) => positionsOf[j].push(i));
  let data = response.data;
  const entities: unknown = response.data?._entities;
  // A malformed answer stays as it is: the gateway reports the wrong count itself.
  if (Array.isArray(entities) && entities.length === distinct.length) {
    const given = new Set<number>();
    // The gateway mutates and merges into what it receives: each position gets its own copy.
    const expanded = toDistinct.map((j) => {
      if (given.has(j)) return copyJson(entities[j]);
      given.add(j);
      return entities[j];
    });
    data = { ...response.data, _entities: expanded };
  }
  const errors = response.errors?.flatMap((error): GraphQLFormattedError[] => {
    const [head, j, ...rest] = error.path ?? [];
    if (head !== '_entities' || typeof j !== 'number' || !positionsOf[j]) return [error];
    return positionsOf[j].map((i) => ({ ...error, path: ['_entities', i, ...rest] }));
  });
  return { ...response, ...(data !== response.data ? { data } : {}), ...(errors ? { errors } : {}) };
}

/**
 * Sends `request` through `send`, with each distinct representation once when it is an entity
 * fetch (its variables carry `representations`, a name the gateway reserves for them). Any other
 * request, or one without repeats, goes through untouched.
 */
export async function sendDistinctRepresentations(
  request: GatewayGraphQLRequest,
  send: (request: GatewayGraphQLRequest) => Promise<GatewayGraphQLResponse>,
): Promise<GatewayGraphQLResponse> {
  const representations: unknown = request.variables?.representations;
  if (!Array.isArray(representations)) return send(request);
  const mapping = distinctRepresentations(representations);
  if (mapping.distinct.length === representations.length) return send(request);
  const response = await send({ ...request, variables: { ...request.variables, representations: mapping.distinct } });
  return fanOut(response, mapping);
}

/** A deep copy of a JSON value (what a subgraph answers). */
function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyJson(item);
  return copy as T;
}
