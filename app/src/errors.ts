/**
 * Errors in words for people: what the API's error codes mean to someone using the app, with the
 * server's own message where it says more (the API writes its messages for people, e.g. FORBIDDEN's
 * "your role VIEWER cannot ...").
 */
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

export interface ErrorLike {
  code?: string;
  message: string;
}

const byCode: Record<string, (message: string) => string> = {
  UNAUTHENTICATED: () => 'Your session has ended. Sign in again.',
  FORBIDDEN: (m) => `You are not allowed to do this: ${m}`,
  NOT_FOUND: () => 'Not found: it may have been deleted, or it belongs to another organisation.',
  BAD_USER_INPUT: (m) => m,
  RATE_LIMITED: () => 'Too many requests. Wait a moment and try again.',
  DATABASE_UNAVAILABLE: () => 'The service is briefly unavailable. Try again in a moment.',
  SUBGRAPH_UNAVAILABLE: () => 'Part of the service is unavailable right now. Try again in a moment.',
  SUBGRAPH_TIMEOUT: () => 'The service took too long to answer. Try again in a moment.',
  INTERNAL_SERVER_ERROR: (m) => `Something went wrong on the server. ${m}`,
  OUTCOME_UNKNOWN: () => 'The server lost track of whether this was saved. Try again: it will not be done twice.',
  PREVIEW_NOT_READY: () => "This sprint's history is being gathered for the preview. Try again in a moment.",
  REPORT_NOT_READY: () => 'This report has no file to download: it is not finished, or it failed.',
  NETWORK: () => 'The server cannot be reached. Check your connection and try again.',
};

/** Words for one error with a code (codes we do not know: the server's message). */
export function wordsFor({ code, message }: ErrorLike): string {
  const words = code ? byCode[code] : undefined;
  return words ? words(message) : message || 'Something went wrong.';
}

/** The first error's code and message, from whatever Apollo or fetch threw. */
export function classify(error: unknown): ErrorLike {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return { code: typeof first?.extensions?.code === 'string' ? first.extensions.code : undefined, message: first?.message ?? error.message };
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 401) return { code: 'UNAUTHENTICATED', message: error.message };
    if (error.statusCode === 429) return { code: 'RATE_LIMITED', message: error.message };
    return { message: `The server answered HTTP ${error.statusCode}.` };
  }
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') {
    return { code: error.code, message: String((error as { message?: unknown }).message ?? '') };
  }
  // fetch rejects with a TypeError when the server cannot be reached at all.
  if (error instanceof TypeError) return { code: 'NETWORK', message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

export const errorWords = (error: unknown): string => wordsFor(classify(error));
