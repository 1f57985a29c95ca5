import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { guardedLookup, isPublicAddress, OutgoingPolicy, OutgoingRefusedError, type Resolver } from '../src/outgoing.ts';

// No test here opens a connection beyond this machine: public addresses are only ever answers of
// injected resolvers that the guard judges before (or instead of) connecting.
const PUBLIC_V4 = '93.184.216.34';

/** A local server that counts the requests reaching it. */
async function countingServer(handler: (req: http.IncomingMessage, res: http.ServerResponse) => void = (_req, res) => res.end('{"ok":true}')) {
  let requests = 0;
  const server = http.createServer((req, res) => {
    requests++;
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, requests: () => requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const refusal = async (promise: Promise<unknown>) => {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OutgoingRefusedError);
  return (err as OutgoingRefusedError).reason;
};

describe('which addresses are public', () => {
  test.each([
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '255.255.255.255',
    '224.0.0.1',
    '198.18.0.1',
    '240.0.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::a00:1',
    '64:ff9b::7f00:1',
    '64:ff9b:1::808:808',
    '2002:7f00:1::',
    'ff02::1',
    '[::1]',
    'not-an-ip',
  ])('%s is not', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });
  test.each([PUBLIC_V4, '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808'])('%s is', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

describe('checking a URL a tenant gives', () => {
  const resolvingTo =
    (...addresses: string[]): Resolver =>
    async () =>
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  const strict = new OutgoingPolicy({ allowPrivateHosts: false, resolve: resolvingTo(PUBLIC_V4) });

  test.each(['file:///etc/passwd', 'gopher://127.0.0.1:6379/_INFO', 'ftp://example.com/', 'javascript:alert(1)', 'data:text/plain,x', 'not a url'])(
    '%s: only http(s)',
    async (url) => {
      expect(await refusal(strict.check(url))).toBe('scheme');
    },
  );

  test('a user name or password in the URL is refused', async () => {
    expect(await refusal(strict.check('https://admin:secret@jira.example.com'))).toBe('credentials');
  });

  test.each([
    'http://127.0.0.1:5432/',
    'http://[::1]:6379/',
    'http://10.0.0.7/',
    'http://169.254.169.254/latest/meta-data/',
    'http://0.0.0.0:4000/',
    'http://0x7f.1/',
    'http://2130706433/',
    'http://[::ffff:127.0.0.1]/',
    'http://[fd00::1]/',
    'https://192.168.0.10/jira',
  ])('%s names a private address: refused without a lookup', async (url) => {
    let lookups = 0;
    const policy = new OutgoingPolicy({ allowPrivateHosts: false, resolve: async () => (lookups++, [{ address: PUBLIC_V4, family: 4 }]) });
    expect(await refusal(policy.check(url))).toBe('private');
    expect(lookups).toBe(0);
  });

  test('a name resolving to loopback is refused (the system resolver: localhost)', async () => {
    expect(await refusal(new OutgoingPolicy({ allowPrivateHosts: false }).check('http://localhost:4000/'))).toBe('private');
  });

  test('one private address among public ones refuses the name', async () => {
    const policy = new OutgoingPolicy({ allowPrivateHosts: false, resolve: resolvingTo(PUBLIC_V4, '10.0.0.1') });
    expect(await refusal(policy.check('https://jira.example.com'))).toBe('private');
  });

  test('a name that does not resolve could not be reached', async () => {
    const policy = new OutgoingPolicy({
      allowPrivateHosts: false,
      resolve: async (host) => {
        throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
      },
    });
    const err = await policy.check('https://nowhere.example.com:8443').catch((e: OutgoingRefusedError) => e);
    expect(err).toBeInstanceOf(OutgoingRefusedError);
    expect((err as OutgoingRefusedError).describe('The JIRA URL')).toBe('The JIRA URL could not be reached');
  });

  test('a public name passes', async () => {
    expect((await strict.check('https://acme.atlassian.net/jira')).hostname).toBe('acme.atlassian.net');
  });

  test('the refusal names no address, port or reason beyond the rule', () => {
    expect(new OutgoingRefusedError('private').describe('The JIRA URL')).toBe(
      'The JIRA URL points at a private or local network address, which this server does not call; an operator can allow it with JIRA_ALLOW_PRIVATE_HOSTS',
    );
  });

  test('with private hosts allowed, private addresses pass but other schemes still do not', async () => {
    const open = new OutgoingPolicy({ allowPrivateHosts: true, resolve: resolvingTo('10.0.0.1') });
    await expect(open.check('http://127.0.0.1:8080')).resolves.toBeInstanceOf(URL);
    await expect(open.check('https://jira.corp.internal')).resolves.toBeInstanceOf(URL);
    expect(await refusal(open.check('file:///etc/passwd'))).toBe('scheme');
  });
});

describe('the check at connect time', () => {
  let server: Awaited<ReturnType<typeof countingServer>>;
  beforeAll(async () => {
    server = await countingServer();
  });
  afterAll(() => server.close());

  test('DNS rebinding: a name public when checked but loopback when connecting is refused, and nothing reaches the server', async () => {
    let lookups = 0;
    // The first answer (the check) is public, every later one (the connection) is this machine.
    const rebinding: Resolver = async () => [{ address: lookups++ === 0 ? PUBLIC_V4 : '127.0.0.1', family: 4 }];
    const policy = new OutgoingPolicy({ allowPrivateHosts: false, resolve: rebinding });
    const url = `http://rebind.example.com:${server.port}/rest/api/2/myself`;
    await expect(policy.check(url)).resolves.toBeInstanceOf(URL);
    const before = server.requests();
    expect(await refusal(policy.fetch(url))).toBe('private');
    expect(lookups).toBe(2);
    expect(server.requests()).toBe(before);
    await policy.close();
  });

  test('the same name reaches the server when private hosts are allowed (the test server is really there)', async () => {
    const policy = new OutgoingPolicy({ allowPrivateHosts: true, resolve: async () => [{ address: '127.0.0.1', family: 4 }] });
    const before = server.requests();
    const res = await policy.fetch(`http://rebind.example.com:${server.port}/`);
    expect(await res.json()).toEqual({ ok: true });
    expect(server.requests()).toBe(before + 1);
    await policy.close();
  });

  test('a literal private address is refused at connect time too, so a redirect to one goes nowhere', async () => {
    const inner = await countingServer();
    const redirecting = await countingServer((_req, res) => {
      res.writeHead(302, { location: `http://127.0.0.1:${inner.port}/secret` }).end();
    });
    try {
      const policy = new OutgoingPolicy({ allowPrivateHosts: false });
      // Trusted like the demo's simulator: the first hop is allowed, the redirect's target is not.
      policy.trust(`http://127.0.0.1:${redirecting.port}`);
      expect(await refusal(policy.fetch(`http://127.0.0.1:${redirecting.port}/`))).toBe('private');
      expect(redirecting.requests()).toBe(1);
      expect(inner.requests()).toBe(0);
      await policy.close();
    } finally {
      await Promise.all([inner.close(), redirecting.close()]);
    }
  });

  test('the lookup the connection uses: every address (all: true) or the first, refused when any is private', async () => {
    const lookup = guardedLookup(async () => [
      { address: PUBLIC_V4, family: 4 },
      { address: '2606:4700:4700::1111', family: 6 },
    ]);
    const call = (options: object) =>
      new Promise<unknown>((resolve, reject) =>
        lookup('jira.example.com', options, (err, address, family) => (err ? reject(err) : resolve(family === undefined ? address : { address, family }))),
      );
    expect(await call({ all: true })).toEqual([
      { address: PUBLIC_V4, family: 4 },
      { address: '2606:4700:4700::1111', family: 6 },
    ]);
    expect(await call({ family: 6 })).toEqual({ address: '2606:4700:4700::1111', family: 6 });
    const mixed = guardedLookup(async () => [
      { address: PUBLIC_V4, family: 4 },
      { address: 'fe80::1', family: 6 },
    ]);
    const err = await new Promise((resolve) => mixed('jira.example.com', { all: true }, (e) => resolve(e)));
    expect(err).toBeInstanceOf(OutgoingRefusedError);
  });
});
