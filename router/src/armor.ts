import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on what one operation may ask, checked before anything executes (graphql-armor). Tuned on
 * the dashboard query (tests/dashboard.graphql: depth 6, cost 1,602 by armor's measure, no
 * aliases; over a whole board's history, every sprint and a velocity of 1,000, cost 19,029), so that legitimate queries pass and query bombs (deep
 * nesting, alias floods, directive floods, huge documents, costly selections) fail validation
 * (GRAPHQL_VALIDATION_FAILED, HTTP 400) before any subgraph is called.
 * Field suggestions ("did you mean …") are blocked: they let anyone map the schema.
 */
export const EDGE_LIMITS = {
  maxDepth: 8,
  maxCost: 25_000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2_000,
} as const;

export function edgeProtection(limits = EDGE_LIMITS) {
  return new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true },
    costLimit: { maxCost: limits.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    // Counted by graphql-js's own parser (see parseOptions below): armor's token plugin re-parses the
    // document in a hook, where a plain syntax error escapes as an HTTP 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Apollo Server's parse options: a document over the token limit fails to parse (GRAPHQL_PARSE_FAILED, 400). */
export const parseLimits = (limits = EDGE_LIMITS) => ({ maxTokens: limits.maxTokens });
