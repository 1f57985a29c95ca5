import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INTERNAL_SERVER_ERROR';

export const appError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra } });

export const notFound = (what: string, id: string) => appError('NOT_FOUND', `${what} ${id} was not found`, { id });
export const badInput = (message: string, field?: string) => appError('BAD_USER_INPUT', message, field ? { field } : {});
