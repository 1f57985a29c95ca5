/** An error JIRA answers with a status and its usual body: `{ errorMessages, errors }`. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

export const errorBody = (...errorMessages: string[]) => ({ errorMessages, errors: {} });

export const jiraError = (status: number, ...messages: string[]) => new HttpError(status, errorBody(...messages));

export const NOT_AUTHENTICATED = 'You are not authenticated. Authentication required to perform this operation.';
export const FORBIDDEN = 'You do not have the permission to see the specified resource.';
export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';
