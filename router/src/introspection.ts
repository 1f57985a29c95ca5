import { BREAK, visit, type DocumentNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unauthenticated } from '@sprint-reports/core';
import type { RouterContext } from './context.ts';

/** Whether an operation (its fragments included) asks for the schema itself. */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
    },
  });
  return found;
}

/**
 * Introspection (and so GraphiQL's schema and docs) is for signed-in users; outside production
 * anyone may use it, so developers can explore before any user exists.
 */
export function introspectionPolicy(opts: { production: boolean }): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!opts.production || contextValue.identity.kind !== 'anonymous') return;
          if (asksForSchema(document)) throw unauthenticated('Sign in to explore the schema: introspection is for signed-in users');
        },
      };
    },
  };
}
