/**
 * Outgoing requests whose address a tenant chooses (JIRA sites, identity providers' keys, and any
 * later integration): http(s) only, and never to this host or a private network (server-side request
 * forgery: an admin of one tenant must not be able to reach our database, cloud metadata or an
 * intranet through us) unless the operator allows private hosts (JIRA_ALLOW_PRIVATE_HOSTS, for JIRA
 * Data Center inside a company network). Checked when a URL is given, for a clear error at once, and
 * again on every connection, on the addresses the socket is really opened to: a DNS answer that
 * changes in between (rebinding) or a redirect cannot get past it.
 */
import dns from 'node:dns';
import net, { type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, buildConnector, fetch as undiciFetch } from 'undici';

export interface ResolvedAddress {
  address: string;
  family: number;
}
/** A hostname's addresses; injected in tests (a resolver whose answer changes is a rebinding). */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

export type OutgoingRefusal = 'scheme' | 'credentials' | 'private' | 'unreachable';

/**
 * Why an outgoing call was not made. The messages name no address, port or connection error, so
 * trying URLs tells nothing about what listens where.
 */
export class OutgoingRefusedError extends Error {
  readonly code = 'OUTGOING_REFUSED';
  constructor(readonly reason: OutgoingRefusal) {
    super(refusalMessage(reason, 'The URL'));
    this.name = 'OutgoingRefusedError';
  }
  /** The message with its subject, e.g. "The JIRA URL". */
  describe(subject: string): string {
    return refusalMessage(this.reason, subject);
  }
}

function refusalMessage(reason: OutgoingRefusal, subject: string): string {
  switch (reason) {
    case 'scheme':
      return `${subject} must be an http:// or https:// URL`;
    case 'credentials':
      return `${subject} must not contain a user name or password`;
    case 'private':
      return `${subject} points at a private or local network address, which this server does not call; an operator can allow it with JIRA_ALLOW_PRIVATE_HOSTS`;
    case 'unreachable':
      return `${subject} could not be reached`;
  }
}

/** The first OutgoingRefusedError in an error's cause chain (fetch wraps what the connection threw). */
export function outgoingRefusal(err: unknown): OutgoingRefusedError | undefined {
  for (let e = err, depth = 0; e && depth < 6; depth++) {
    if (e instanceof OutgoingRefusedError) return e;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

const NAT64 = ipaddr.parseCIDR('64:ff9b::/96');

/**
 * Whether an IP address is on the public internet: ipaddr.js's 'unicast', which leaves out loopback,
 * private, link-local (cloud metadata), carrier-grade NAT, unique-local, unspecified, multicast,
 * broadcast and reserved ranges. IPv4-mapped addresses and the well-known NAT64 prefix (what DNS64
 * answers on IPv6-only networks) are judged as the IPv4 address they carry; the other IPv6 forms
 * that carry one (6to4, Teredo, local NAT64 prefixes) are refused whole.
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return false;
  const ip = ipaddr.process(bare);
  if (ip.kind() === 'ipv6' && (ip as ipaddr.IPv6).match(NAT64)) {
    const [, , , , , , high, low] = (ip as ipaddr.IPv6).parts;
    return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]).range() === 'unicast';
  }
  return ip.range() === 'unicast';
}

/** The IP address a URL hostname names literally ([::1] included), else undefined. */
function ipLiteral(hostname: string): string | undefined {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return net.isIP(bare) ? bare : undefined;
}

/**
 * A `lookup` for net/tls.connect that resolves with `resolve` and fails the connection when any
 * address is not public: what decides at connect time. `filter: false` resolves without refusing.
 */
export function guardedLookup(resolve: Resolver, opts: { filter: boolean } = { filter: true }): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const addresses = options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        if (!addresses.length) {
          return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname }), '', 0);
        }
        // One private answer refuses the name: a mix is exactly what rebinding serves.
        if (opts.filter && addresses.some((a) => !isPublicAddress(a.address))) return callback(new OutgoingRefusedError('private'), '', 0);
        if (options.all) return (callback as unknown as (err: null, all: ResolvedAddress[]) => void)(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}

export interface OutgoingPolicyOptions {
  /** JIRA_ALLOW_PRIVATE_HOSTS: private and local addresses are called like any other. */
  allowPrivateHosts: boolean;
  resolve?: Resolver;
}

/** protocol//hostname:port, the same for a URL and for undici's connect options (which unbracket IPv6). */
const originKey = (protocol: string, hostname: string, port: string) =>
  `${protocol}//${hostname.replace(/^\[|\]$/g, '')}:${port || (protocol === 'https:' ? '443' : '80')}`;

/**
 * The policy for one process's tenant-aimed calls. `check` for a URL a tenant gives, `fetch` for the
 * calls (its dispatcher checks every connection, redirects included).
 */
export class OutgoingPolicy {
  readonly allowPrivateHosts: boolean;
  private readonly resolve: Resolver;
  /** Origins (protocol//hostname:port) called even when private: the demo's own simulator. */
  private readonly trusted = new Set<string>();
  private readonly agent: Agent;

  constructor(opts: OutgoingPolicyOptions) {
    this.allowPrivateHosts = opts.allowPrivateHosts;
    this.resolve = opts.resolve ?? systemResolver;
    const open = buildConnector({ lookup: guardedLookup(this.resolve, { filter: false }) });
    const guarded = buildConnector({ lookup: guardedLookup(this.resolve) });
    this.agent = new Agent({
      connect: (options, callback) => {
        const { protocol, hostname, port } = options;
        if (this.allowPrivateHosts || this.trusted.has(originKey(protocol, hostname, port))) return open(options, callback);
        // A literal address is connected to without a lookup: judged here.
        const literal = ipLiteral(hostname);
        if (literal && !isPublicAddress(literal)) return callback(new OutgoingRefusedError('private'), null);
        return guarded(options, callback);
      },
    });
  }

  /** Calls `url`'s origin even when it is private: for a server of this process (the demo's simulator). */
  trust(url: string) {
    const { protocol, hostname, port } = new URL(url);
    this.trusted.add(originKey(protocol, hostname, port));
  }

  /** The URL when its form is acceptable (http(s), no user name or password); no DNS. */
  parse(raw: string | URL): URL {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new OutgoingRefusedError('scheme');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new OutgoingRefusedError('scheme');
    if (url.username || url.password) throw new OutgoingRefusedError('credentials');
    return url;
  }

  /**
   * For a URL a tenant gives: refused (OutgoingRefusedError) unless it is http(s) and its host
   * resolves to public addresses only, or private hosts are allowed. A name that does not resolve
   * is 'unreachable'.
   */
  async check(raw: string | URL): Promise<URL> {
    const url = this.parse(raw);
    if (this.allowPrivateHosts || this.trusted.has(originKey(url.protocol, url.hostname, url.port))) return url;
    const literal = ipLiteral(url.hostname);
    if (literal) {
      if (!isPublicAddress(literal)) throw new OutgoingRefusedError('private');
      return url;
    }
    let addresses: ResolvedAddress[];
    try {
      addresses = await this.resolve(url.hostname);
    } catch {
      throw new OutgoingRefusedError('unreachable');
    }
    if (!addresses.length) throw new OutgoingRefusedError('unreachable');
    if (addresses.some((a) => !isPublicAddress(a.address))) throw new OutgoingRefusedError('private');
    return url;
  }

  /**
   * fetch through the guard. A refusal (at the URL or at any connection) rejects with the
   * OutgoingRefusedError itself; other failures as fetch reports them.
   */
  async fetch(raw: string | URL, init: RequestInit = {}): Promise<Response> {
    const url = this.parse(raw);
    try {
      // undici's own fetch with its own Agent: Node's bundled fetch may be another undici version.
      return (await undiciFetch(url, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: this.agent })) as unknown as Response;
    } catch (err) {
      throw outgoingRefusal(err) ?? err;
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}

/** A body longer than a reader accepts (readTextCapped). */
export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The answer is larger than ${maxBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * A response's body as text, refused (BodyTooLargeError, the rest left unread) once it passes
 * `maxBytes`: a declared content-length is checked first, then the stream is counted as it comes,
 * for answers that declare none (chunked) or declare less than they send.
 */
export async function readTextCapped(res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await res.body?.cancel();
    throw new BodyTooLargeError(maxBytes);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
