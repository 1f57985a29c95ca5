import { GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/**
 * graphql-scalars' DateTime, serialized to an ISO string: graphql-scalars hands back Date
 * objects, which only become strings in JSON. Subgraphs executed in-process must give the
 * gateway exactly what they would send over HTTP.
 */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize(value) {
    const parsed = DateTimeResolver.serialize(value) as Date | string;
    return parsed instanceof Date ? parsed.toISOString() : parsed;
  },
});

export const DateScalar = DateResolver;
