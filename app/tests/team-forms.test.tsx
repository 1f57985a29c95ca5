import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloClient, ApolloLink, InMemoryCache, type Operation } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { Observable } from 'rxjs';
import { MemoryRouter } from 'react-router';
import type { ReactNode } from 'react';
import { keyForContent, newIdempotencyKey } from '../src/idempotency.ts';
import { NewTeamForm } from '../src/pages/capacity/TeamsPage.tsx';
import { AddMemberForm, MemberList } from '../src/pages/capacity/TeamMembers.tsx';
import { DaysOffForm } from '../src/pages/capacity/DaysOffForm.tsx';
import { TeamField } from '../src/pages/settings/TeamField.tsx';
import { TeamsQuery as TeamsListQuery } from '../src/pages/capacity/operations.ts';

type Answer = { data?: unknown; errors?: unknown[] } | Error;

/** A client whose API answers each operation with `answer(operation)` (an Error: the request was lost), recording what was sent. */
function apiClient(answer: (op: Operation) => Answer) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((sink) => {
        sent.push({ name: operation.operationName ?? '', variables: operation.variables });
        const result = answer(operation);
        if (result instanceof Error) return sink.error(result);
        sink.next(result as never);
        sink.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), sent };
}

const withApi = (client: ApolloClient, children: ReactNode) => (
  <ApolloProvider client={client}>
    <MemoryRouter>{children}</MemoryRouter>
  </ApolloProvider>
);

afterEach(() => vi.unstubAllGlobals());

describe('idempotency keys', () => {
  test('tied to the content: the same content keeps its key, changed content gets a new one; made without crypto.randomUUID', () => {
    // Over plain http the browser has no crypto.randomUUID (a secure context only).
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{32}$/);
    const first = keyForContent(null, { email: 'a@x.test' });
    expect(keyForContent(first, { email: 'a@x.test' })).toBe(first);
    const changed = keyForContent(first, { email: 'b@x.test' });
    expect(changed.key).not.toBe(first.key);
    expect(keyForContent(null, { email: 'a@x.test' }).key).not.toBe(first.key);
  });
});

describe('the new team form', () => {
  test('an empty name is refused at the field; a lost answer is retried with the same key, a changed name with a new one; the team joins the pickers', async () => {
    const user = userEvent.setup();
    let lose = true;
    const { client, sent } = apiClient((op) => {
      if (op.operationName === 'BoardSettingsTeams')
        return {
          data: {
            teams: [
              { __typename: 'Team', id: 't1', name: 'Atlas' },
              { __typename: 'Team', id: 't3', name: 'Zephyr' },
            ],
          },
        };
      if (op.operationName !== 'CreateTeam') return new Error(`unexpected ${op.operationName}`);
      if (lose) return new Error('Failed to fetch');
      if (op.variables.name === 'Atlas')
        return { data: null, errors: [{ message: 'A team named Atlas exists already', extensions: { code: 'BAD_USER_INPUT', field: 'name' } }] };
      return { data: { createTeam: { __typename: 'Team', id: 't2', name: op.variables.name, members: [], boards: [] } } };
    });
    render(
      withApi(
        client,
        <>
          <TeamField boardId="b1" team={{ id: 't1', name: 'Atlas' }} />
          <NewTeamForm />
        </>,
      ),
    );
    await screen.findByRole('option', { name: 'Zephyr' });
    const name = screen.getByLabelText('Name');

    await user.click(screen.getByRole('button', { name: 'Create the team' }));
    expect(await screen.findByText("Type the team's name.")).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(sent.filter((s) => s.name === 'CreateTeam')).toEqual([]);

    await user.type(name, 'Boreal');
    await user.click(screen.getByRole('button', { name: 'Create the team' }));
    await waitFor(() => expect(sent.filter((s) => s.name === 'CreateTeam')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByText("Type the team's name.")).toBeNull());
    expect((name as HTMLInputElement).value).toBe('Boreal');
    // Lost again, then answered: the same name went with the same key each time.
    await user.click(screen.getByRole('button', { name: 'Create the team' }));
    await waitFor(() => expect(sent.filter((s) => s.name === 'CreateTeam')).toHaveLength(2));
    lose = false;
    await user.clear(name);
    await user.type(name, 'Atlas');
    await user.click(screen.getByRole('button', { name: 'Create the team' }));
    expect(await screen.findByText('A team named Atlas exists already')).toBeTruthy();
    await user.clear(name);
    await user.type(name, 'Boreal');
    await user.click(screen.getByRole('button', { name: 'Create the team' }));
    await waitFor(() => expect(screen.getByText(/created: add its members on its page/)).toBeTruthy());

    const creates = sent.filter((s) => s.name === 'CreateTeam').map((s) => s.variables as { name: string; idempotencyKey: string });
    expect(creates.map((c) => c.name)).toEqual(['Boreal', 'Boreal', 'Atlas', 'Boreal']);
    expect(creates[1].idempotencyKey).toBe(creates[0].idempotencyKey);
    expect(creates[2].idempotencyKey).not.toBe(creates[0].idempotencyKey);
    // Back to the first request's content after a change: a new request (its key was for the other one).
    expect(creates[3].idempotencyKey).not.toBe(creates[2].idempotencyKey);
    expect(creates.every((c) => /^[0-9a-f]{32}$/.test(c.idempotencyKey))).toBe(true);
    expect(screen.getByRole('link', { name: 'Boreal' }).getAttribute('href')).toBe('/teams/t2');
    expect((name as HTMLInputElement).value).toBe('');
    // In the board's team picker at once, in name order, without asking the API again.
    const picker = screen.getByLabelText("The board's team");
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['No team', 'Atlas', 'Boreal', 'Zephyr']);
    expect(sent.filter((s) => s.name === 'BoardSettingsTeams')).toHaveLength(1);
  });
});

describe("a board's team", () => {
  test('changing it drops the boards of the team it left and the one it joined, so the teams pages read them anew', async () => {
    const user = userEvent.setup();
    const teams = [
      { __typename: 'Team', id: 't1', name: 'Atlas', members: [], boards: [{ __typename: 'Board', id: 'b1', name: 'Atlas board' }] },
      { __typename: 'Team', id: 't2', name: 'Boreal', members: [], boards: [] },
    ];
    const { client } = apiClient((op) => {
      if (op.operationName === 'BoardSettingsTeams') return { data: { teams: teams.map(({ __typename, id, name }) => ({ __typename, id, name })) } };
      if (op.operationName === 'SetBoardTeam')
        return { data: { setBoardTeam: { __typename: 'Board', id: 'b1', team: { __typename: 'Team', id: 't2', name: 'Boreal' } } } };
      return new Error(`unexpected ${op.operationName}`);
    });
    client.writeQuery({ query: TeamsListQuery, data: { teams } as never });
    render(withApi(client, <TeamField boardId="b1" team={{ id: 't1', name: 'Atlas' }} />));
    await screen.findByRole('option', { name: 'Boreal' });
    await user.selectOptions(screen.getByLabelText("The board's team"), 't2');
    await user.click(screen.getByRole('button', { name: 'Change team' }));
    await screen.findByText(/Team saved/);
    // Incomplete now: the teams page (cache-first) asks the API for them when it next shows.
    expect(client.readQuery({ query: TeamsListQuery })).toBeNull();
    const stored = client.cache.extract() as Record<string, object>;
    expect(stored['Team:t1']).not.toHaveProperty('boards');
    expect(stored['Team:t2']).not.toHaveProperty('boards');
  });
});

describe('empty number fields are refused, not replaced', () => {
  const member = (id: string, name: string, role: 'MANAGER' | 'MEMBER') => ({
    __typename: 'TeamMember' as const,
    user: { __typename: 'User' as const, id, displayName: name, email: `${id}@x.test` },
    discipline: 'Backend',
    role,
    allocationPercent: 60,
  });
  const team = { __typename: 'Team' as const, id: 't1', name: 'Atlas', members: [member('mo', 'Mo', 'MANAGER'), member('ada', 'Ada', 'MEMBER')], boards: [] };
  const noCall = () => new Error('no call expected');

  test('days off: an emptied field says so at the field and sends nothing', async () => {
    const user = userEvent.setup();
    const { client, sent } = apiClient(noCall);
    render(withApi(client, <DaysOffForm sprintId="s1" userId="u1" name="Ben" daysOff={2} />));
    const input = screen.getByLabelText('Days off of Ben');
    await user.clear(input);
    await user.click(screen.getByRole('button', { name: /^Save ?days off of Ben$/ }));
    expect(await screen.findByText('Type their days off: 0 if none.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((input as HTMLInputElement).value).toBe('');
    expect(sent).toEqual([]);
  });

  test("a member's allocation: emptied, the form stays open with the words at the field; a manager sees no role field for themselves", async () => {
    const user = userEvent.setup();
    const { client, sent } = apiClient((op) =>
      op.operationName === 'UpdateTeamMember'
        ? { data: { updateTeamMember: { ...team, members: [{ ...team.members[0], allocationPercent: 40 }, team.members[1]] } } }
        : noCall(),
    );
    render(withApi(client, <MemberList team={team} disciplines={['Backend']} me="mo" admin={false} canEdit canRemove={false} onRemoved={() => {}} />));
    await user.click(screen.getByRole('button', { name: /^Edit ?Mo$/ }));
    const form = screen.getByRole('form', { name: 'Edit Mo' });
    expect(within(form).queryByLabelText('Team role')).toBeNull();
    expect(within(form).getByText('Your own team role is changed by another manager or an admin.')).toBeTruthy();
    const allocation = within(form).getByLabelText('Allocation (%)');
    await user.clear(allocation);
    await user.click(within(form).getByRole('button', { name: /^Save ?Mo$/ }));
    expect(await within(form).findByText('Type their allocation, from 0 to 100 %.')).toBeTruthy();
    expect(allocation.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
    // Typed again: saved, without a role (theirs is not theirs to change).
    await user.type(allocation, '40');
    await user.click(within(form).getByRole('button', { name: /^Save ?Mo$/ }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit Mo' })).toBeNull());
    expect(sent).toEqual([
      { name: 'UpdateTeamMember', variables: { teamId: 't1', userId: 'mo', input: { discipline: 'Backend', allocationPercent: 40, role: null } } },
    ]);
    // Another member's role they change.
    await user.click(screen.getByRole('button', { name: /^Edit ?Ada$/ }));
    expect(within(screen.getByRole('form', { name: 'Edit Ada' })).getByLabelText('Team role')).toBeTruthy();
  });

  test('an admin changes their own team role; adding a member with an empty allocation is refused at the field', async () => {
    const user = userEvent.setup();
    const { client, sent } = apiClient((op) =>
      op.operationName === 'TenantUsers'
        ? { data: { users: [{ __typename: 'User', id: 'ben', displayName: 'Ben', email: 'ben@x.test', disabled: false }] } }
        : noCall(),
    );
    render(
      withApi(
        client,
        <>
          <MemberList team={team} disciplines={['Backend']} me="mo" admin canEdit canRemove={false} onRemoved={() => {}} />
          <AddMemberForm team={team} disciplines={['Backend']} />
        </>,
      ),
    );
    await user.click(screen.getByRole('button', { name: /^Edit ?Mo$/ }));
    expect(within(screen.getByRole('form', { name: 'Edit Mo' })).getByLabelText('Team role')).toBeTruthy();

    const add = screen.getByRole('form', { name: 'Add a member' });
    await user.selectOptions(within(add).getByLabelText('Person'), await within(add).findByRole('option', { name: 'Ben (ben@x.test)' }));
    await user.clear(within(add).getByLabelText('Allocation (%)'));
    await user.click(within(add).getByRole('button', { name: 'Add to the team' }));
    expect(await within(add).findByText('Type their allocation, from 0 to 100 %.')).toBeTruthy();
    expect(sent.map((s) => s.name)).toEqual(['TenantUsers']);
  });
});
