import { describe, expect, test } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Observable } from 'rxjs';
import { DaysOffForm } from '../src/pages/capacity/DaysOffForm.tsx';
import { TeamDefaultsForm } from '../src/pages/capacity/SettingsForms.tsx';

/** A client whose API refuses every mutation with `message` at `field`, recording what was sent. */
function refusingClient(message: string, field: string) {
  const sent: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((sink) => {
        sent.push(operation.variables);
        sink.next({ data: null, errors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] });
        sink.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

describe('capacity forms when the API refuses', () => {
  test("days off: the API's words at the field, the typed value kept, the field marked", async () => {
    const user = userEvent.setup();
    const { client, sent } = refusingClient('Days off cannot be negative (got -1)', 'daysOff');
    render(
      <ApolloProvider client={client}>
        <DaysOffForm sprintId="s1" userId="u1" name="Ben" daysOff={0} />
      </ApolloProvider>,
    );
    const input = screen.getByLabelText('Days off of Ben');
    expect((input as HTMLInputElement).value).toBe('0');
    // Nothing typed: nothing to save. (jsdom joins the hidden words without a space; Chromium with one.)
    expect((screen.getByRole('button', { name: /^Save ?days off of Ben$/ }) as HTMLButtonElement).disabled).toBe(true);
    await user.clear(input);
    await user.type(input, '-1');
    await user.click(screen.getByRole('button', { name: /^Save ?days off of Ben$/ }));
    await screen.findByText('Days off cannot be negative (got -1)');
    expect(sent).toEqual([{ sprintId: 's1', userId: 'u1', daysOff: -1 }]);
    expect((input as HTMLInputElement).value).toBe('-1');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(screen.getByText('Days off cannot be negative (got -1)').id);
  });

  test('team defaults: an emptied field goes back to the built-in default (null); a refusal shows at its field only', async () => {
    const user = userEvent.setup();
    const { client, sent } = refusingClient('History is 1 to 12 sprints (got 40)', 'input.historySprints');
    render(
      <ApolloProvider client={client}>
        <TeamDefaultsForm
          teamId="t1"
          teamName="Atlas"
          defaults={{ focusFactor: 0.7, defaultPointsPerDay: 1.4, historySprints: 3, hoursPerDay: null, holidays: [{ date: '2026-12-25', name: 'Christmas' }] }}
        />
      </ApolloProvider>,
    );
    await user.clear(screen.getByLabelText('Focus factor'));
    await user.clear(screen.getByLabelText('History sprints'));
    await user.type(screen.getByLabelText('History sprints'), '40');
    await user.click(screen.getByRole('button', { name: "Save the team's defaults" }));
    await screen.findByText('History is 1 to 12 sprints (got 40)');
    expect(sent).toEqual([
      {
        teamId: 't1',
        input: { focusFactor: null, defaultPointsPerDay: 1.4, historySprints: 40, hoursPerDay: null, holidays: [{ date: '2026-12-25', name: 'Christmas' }] },
      },
    ]);
    expect(screen.getByLabelText('History sprints').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Focus factor').getAttribute('aria-invalid')).toBe('false');
    expect((screen.getByLabelText('Focus factor') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect((screen.getByLabelText('History sprints') as HTMLInputElement).value).toBe('40'));
  });
});
