import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorMessage } from '../src/components.tsx';

// What Apollo Client throws for an answer with GraphQL errors, as the router sends them.
const graphqlError = (code: string, message: string) => new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });

describe('errors in words on the page', () => {
  test("FORBIDDEN says the user may not, in the server's words (the role and what it cannot do)", () => {
    render(<ErrorMessage error={graphqlError('FORBIDDEN', 'your role VIEWER cannot generate reports')} />);
    expect(screen.getByRole('alert').textContent).toBe('You are not allowed to do this: your role VIEWER cannot generate reports');
  });

  test('NOT_FOUND says what may have happened, not the code nor the id', () => {
    render(<ErrorMessage error={graphqlError('NOT_FOUND', 'No sprint 9f1c')} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Not found: it may have been deleted, or it belongs to another organisation.');
    expect(alert.textContent).not.toMatch(/NOT_FOUND|9f1c/);
  });

  test('a server that cannot be reached is said so, with a way to try again that retries', async () => {
    const user = userEvent.setup();
    let retries = 0;
    render(<ErrorMessage error={new TypeError('Failed to fetch')} retry={() => retries++} />);
    expect(screen.getByRole('alert').textContent).toContain('The server cannot be reached. Check your connection and try again.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(retries).toBe(1);
    // The keyboard reaches it too.
    await user.keyboard('{Enter}');
    expect(retries).toBe(2);
  });

  test('without a retry there is no button that would do nothing', () => {
    render(<ErrorMessage error={graphqlError('FORBIDDEN', 'your role VIEWER cannot sync')} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
