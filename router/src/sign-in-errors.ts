import { unauthenticated } from '@sprint-reports/core';

/** A token refused at sign-in: UNAUTHENTICATED (401), with RFC 6750's header telling the client its token is the problem. */
export function refused(reason: string) {
  const error = unauthenticated(reason);
  (error.extensions.http as { headers?: Map<string, string> }).headers = new Map([['www-authenticate', 'Bearer error="invalid_token"']]);
  return error;
}
