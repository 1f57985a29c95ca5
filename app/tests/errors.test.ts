import { describe, expect, test } from 'vitest';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { errorWords } from '../src/errors.ts';

const graphqlError = (code: string, message: string) => new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });

describe('errors in words', () => {
  test("FORBIDDEN keeps the server's reason (the role and what it cannot do)", () => {
    expect(errorWords(graphqlError('FORBIDDEN', 'your role VIEWER cannot generate reports'))).toBe(
      'You are not allowed to do this: your role VIEWER cannot generate reports',
    );
  });

  test('UNAUTHENTICATED and NOT_FOUND say what happened, not the code', () => {
    expect(errorWords(graphqlError('UNAUTHENTICATED', 'Sign in'))).toBe('Your session has ended. Sign in again.');
    expect(errorWords(graphqlError('NOT_FOUND', 'No board abc'))).toMatch(/^Not found: it may have been deleted/);
    expect(errorWords({ code: 'NOT_FOUND', message: 'No such board' })).toMatch(/^Not found/);
  });

  test("a preview whose sprint's history is still being gathered says so, and that a retry will do", () => {
    expect(errorWords(graphqlError('PREVIEW_NOT_READY', 'The history of Sprint 3 is being gathered for the preview: try again in a moment'))).toBe(
      "This sprint's history is being gathered for the preview. Try again in a moment.",
    );
  });

  test('a server that cannot be reached, or answers an HTTP error without GraphQL, is said so', () => {
    expect(errorWords(new TypeError('Failed to fetch'))).toBe('The server cannot be reached. Check your connection and try again.');
    const response = new Response('<html>bad gateway</html>', { status: 502 });
    expect(errorWords(new ServerError('Bad gateway', { response, bodyText: '<html>bad gateway</html>' }))).toBe('The server answered HTTP 502.');
    const unauthorized = new Response('', { status: 401 });
    expect(errorWords(new ServerError('Unauthorized', { response: unauthorized, bodyText: '' }))).toBe('Your session has ended. Sign in again.');
  });

  test("codes it does not know show the server's message; nothing shows as a blank", () => {
    expect(errorWords(graphqlError('PRECONDITION_FAILED', 'Connect JIRA first'))).toBe('Connect JIRA first');
    expect(errorWords(new Error(''))).toBe('Something went wrong.');
  });
});
