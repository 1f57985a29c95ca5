import { GraphQLError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RouterContext } from '../context.ts';

/**
 * A subscription sent over HTTP gets a clear answer (400) instead of the gateway's "not supported":
 * subscriptions run over WebSocket, graphql-ws protocol, at the same URL.
 */
export const subscriptionsOverWebSocket: ApolloServerPlugin<RouterContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation }) {
        if (operation?.operation !== 'subscription') return;
        throw new GraphQLError('Subscriptions run over WebSocket (the graphql-ws protocol) at this same URL, not over HTTP', {
          extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
        });
      },
    };
  },
};
