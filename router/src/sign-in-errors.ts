import { GraphQLError } from 'graphql';
import { forbidden, outageCodeOf, unauthenticated } from '@sprint-reports/core';

/** A token refused at sign-in: UNAUTHENTICATED (401), with RFC 6750's header telling the client its token is the problem. */
export function refused(reason: string, cause?: unknown) {
  const error = unauthenticated(reason);
  (error.extensions.http as { headers?: Map<string, string> }).headers = new Map([['www-authenticate', 'Bearer error="invalid_token"']]);
  if (cause instanceof Error) Object.assign(error, { originalError: cause });
  return error;
}

/**
 * Sign-in needs the users subgraph; when it cannot answer, the request fails as unavailable (503),
 * not as the client's fault, with the outage's own code when it is one (the database, the subgraph).
 */
export const unavailable = (cause: unknown) => {
  const code = outageCodeOf(cause) ?? 'INTERNAL_SERVER_ERROR';
  return new GraphQLError('Sign-in is unavailable right now; try again shortly', {
    originalError: cause instanceof Error ? cause : undefined,
    extensions: { code, http: { status: 503 } },
  });
};

/**
 * What a failed call to the users subgraph means for sign-in: FORBIDDEN when it refused the person
 * (signInExternal: the claims map to no user allowed in), otherwise sign-in is unavailable.
 */
export function usersSubgraphFailure(err: unknown): GraphQLError {
  if (err instanceof GraphQLError && err.extensions.code === 'FORBIDDEN') return forbidden(err.message.replace(/^users subgraph: /, ''));
  return unavailable(err);
}

/** Whether sign-in failed because it could not check the token (not the client's fault: no sign-in attempt counted). */
export const isSignInUnavailable = (error: GraphQLError) => {
  return error.extensions?.code === 'INTERNAL_SERVER_ERROR' || outageCodeOf(error) !== null;
};
