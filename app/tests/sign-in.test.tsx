// The test's stand-in server runs in Node, beside the DOM.
/// <reference types="node" />
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ApolloProvider } from '@apollo/client/react';
import { SessionStore } from '../src/session.ts';
import { createApollo } from '../src/apollo.ts';
import { SignInPage } from '../src/pages/SignInPage.tsx';
import { App } from '../src/App.tsx';

/**
 * The sign-in page with the real session store and Apollo client, over HTTP to a server that
 * answers as the router does: `login` with the users subgraph's UNAUTHENTICATED "Wrong email or
 * password" for a wrong password, a token pair otherwise; `singleSignOn` with null (no single
 * sign-on for the email's domain). (The e2e test signs in against the real router.)
 */
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const now = () => Math.floor(Date.now() / 1000);
const accessToken = () => `${base64url({ alg: 'EdDSA' })}.${base64url({ sub: 'u1', iat: now(), exp: now() + 900 })}.signature`;

let server: http.Server;
let url: string;
const received: { email: string; password: string }[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables: { email: string; password: string } };
      if (!query.includes('login(')) {
        // No single sign-on; a page's own query (after signing in): no such board.
        const data = query.includes('singleSignOn(') ? { singleSignOn: null } : { board: null };
        res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8' }).end(JSON.stringify({ data }));
        return;
      }
      received.push(variables);
      const answer =
        variables.password === 'demo'
          ? { data: { login: { accessToken: accessToken(), refreshToken: 'refresh-1' } } }
          : { errors: [{ message: 'Wrong email or password', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }], data: null };
      res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8' }).end(JSON.stringify(answer));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function renderSignIn(store: SessionStore, origin: string) {
  render(
    <ApolloProvider client={createApollo(store, origin)}>
      <MemoryRouter initialEntries={[{ pathname: '/sign-in', state: { from: '/boards/b1' } }]}>
        <Routes>
          <Route path="/sign-in" element={<SignInPage store={store} />} />
          <Route path="/boards/:id" element={<h1>Board page</h1>} />
        </Routes>
      </MemoryRouter>
    </ApolloProvider>,
  );
}

describe('the sign-in page', () => {
  test('a wrong password says why, and what was typed stays to be corrected', async () => {
    sessionStorage.clear();
    const user = userEvent.setup();
    const store = new SessionStore(url);
    renderSignIn(store, new URL(url).origin);
    await user.type(screen.getByLabelText('Email'), 'manager@demo.test');
    await user.type(screen.getByLabelText('Password'), 'not-the-password');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect((await screen.findByRole('alert')).textContent).toBe('Wrong email or password');
    expect(received.at(-1)).toEqual({ email: 'manager@demo.test', password: 'not-the-password' });
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('manager@demo.test');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('not-the-password');
    expect((screen.getByRole('button', { name: 'Sign in' }) as HTMLButtonElement).disabled).toBe(false);
    expect(store.current.kind).toBe('signed-out');

    // Corrected, it signs in and goes on to the page that asked for it; the error is gone.
    await user.clear(screen.getByLabelText('Password'));
    await user.type(screen.getByLabelText('Password'), 'demo{Enter}');
    expect(await screen.findByRole('heading', { name: 'Board page' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(store.current).toMatchObject({ kind: 'signed-in', session: { email: 'manager@demo.test', refreshToken: 'refresh-1' } });
  });

  test('a server that cannot be reached is said so, not taken for a wrong password', async () => {
    sessionStorage.clear();
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const gone = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const user = userEvent.setup();
    renderSignIn(new SessionStore(gone), new URL(gone).origin);
    await user.type(screen.getByLabelText('Email'), 'manager@demo.test');
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The server cannot be reached. Check your connection and try again.');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('demo');
  });

  test('a shared link opened signed out comes back whole after signing in: its query and hash too', async () => {
    sessionStorage.clear();
    const user = userEvent.setup();
    const store = new SessionStore(url);
    function Where() {
      const { pathname, search, hash } = useLocation();
      return <output data-testid="where">{`${pathname}${search}${hash}`}</output>;
    }
    render(
      <ApolloProvider client={createApollo(store, new URL(url).origin)}>
        <MemoryRouter initialEntries={['/boards/b1/velocity?last=25#table']}>
          <App store={store} />
          <Where />
        </MemoryRouter>
      </ApolloProvider>,
    );
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
    await user.type(screen.getByLabelText('Email'), 'manager@demo.test');
    await user.type(screen.getByLabelText('Password'), 'demo{Enter}');
    expect(await screen.findByRole('heading', { name: /^Velocity/ })).toBeTruthy();
    expect(screen.getByTestId('where').textContent).toBe('/boards/b1/velocity?last=25#table');
  });
});
