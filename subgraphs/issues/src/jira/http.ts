/**
 * HTTP to one JIRA site: auth, bounded concurrency, retries with backoff, and JIRA's failures
 * turned into JiraErrors that say what to fix. Credentials never reach logs or error messages.
 * Every request goes through the outgoing policy (no private or local addresses unless allowed);
 * connection failures are told without the system's error code, which would tell a closed port
 * from an open one (the code goes to the log).
 */
import { outgoingRefusal, type Logger, type OutgoingPolicy } from '@sprint-reports/core';
import { parseJiraDate, parseJiraJson } from './parse.ts';
import { Semaphore } from './semaphore.ts';
import type { JiraFlavor } from './types.ts';

export type JiraErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'HTTP_ERROR'
  | 'UNREACHABLE'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'TIMEOUT'
  | 'BAD_RESPONSE'
  | 'CANCELLED'
  /** The site is at an address the outgoing policy refuses (private or local network). */
  | 'REFUSED';

const TRANSIENT: ReadonlySet<JiraErrorCode> = new Set(['UNREACHABLE', 'RATE_LIMITED', 'UNAVAILABLE', 'TIMEOUT', 'BAD_RESPONSE']);

export class JiraError extends Error {
  readonly code: JiraErrorCode;
  readonly status?: number;
  constructor(code: JiraErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'JiraError';
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
  }
  /** Worth trying again later (the site was down or busy), as opposed to needing a fix. */
  get transient(): boolean {
    return TRANSIENT.has(this.code);
  }
}

export type RetryReason = 'rate-limited' | 'server-error' | 'network' | 'timeout' | 'bad-json';

export interface RetryInfo {
  /** The attempt that failed, from 1. */
  attempt: number;
  reason: RetryReason;
  status?: number;
  /** What JIRA asked for (Retry-After / X-RateLimit-Reset), when it did. */
  retryAfterMs?: number;
  /** How long we wait before the next attempt. */
  delayMs: number;
  /** Method and URL path (no query, no credentials). */
  request: string;
}

export interface JiraHttpOptions {
  baseUrl: string;
  flavor: JiraFlavor;
  /** Which addresses may be called: the runtime's (runtime.outgoing). */
  outgoing: OutgoingPolicy;
  /** Cloud: the Atlassian account's email, paired with an API token. */
  email?: string;
  /** Cloud API token, or a Server/DC personal access token. */
  apiToken: string;
  log?: Logger;
  timeoutMs?: number;
  maxAttempts?: number;
  concurrency?: number;
  /** Cancels everything this client does, including waits. */
  signal?: AbortSignal;
  onRetry?: (info: RetryInfo) => void;
  /** Exponential backoff with full jitter: random(0, min(cap, base·2^(attempt-1))). */
  backoffBaseMs?: number;
  backoffCapMs?: number;
  /** A longer Retry-After fails the request (RATE_LIMITED) instead of sleeping through it. */
  maxRetryAfterMs?: number;
}

export type Query = Record<string, string | number | boolean | undefined>;

interface Retry {
  reason: RetryReason;
  status?: number;
  retryAfterMs?: number;
  what: string;
  cause?: unknown;
}

const GIVE_UP_CODE: Record<RetryReason, JiraErrorCode> = {
  'rate-limited': 'RATE_LIMITED',
  'server-error': 'UNAVAILABLE',
  network: 'UNREACHABLE',
  timeout: 'TIMEOUT',
  'bad-json': 'BAD_RESPONSE',
};

// Connection failures that mean "wrong address or nothing listening" when the site has never
// answered, so retrying for a minute would only delay telling the user.
const UNREACHABLE_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH']);
// TLS problems never fix themselves between attempts.
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/;

/** The most telling error code in a fetch failure's cause chain (undici wraps the system error). */
function errorCode(err: unknown): string | undefined {
  const codes: string[] = [];
  for (let e = err as { code?: unknown; cause?: unknown; errors?: unknown[] } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string') codes.push(e.code);
    e = (e.cause ?? e.errors?.[0]) as typeof e;
  }
  return codes.find((c) => UNREACHABLE_CODES.has(c) || TLS_CODE.test(c)) ?? codes.find((c) => c !== 'ABORT_ERR');
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** JIRA's `{ errorMessages: [...], errors: { field: message } }`, joined. */
function jiraMessages(body: string): string {
  try {
    const json = JSON.parse(body) as { errorMessages?: unknown; errors?: unknown; message?: unknown };
    const msgs = [
      ...(Array.isArray(json.errorMessages) ? json.errorMessages.map(String) : []),
      ...(json.errors && typeof json.errors === 'object' ? Object.entries(json.errors).map(([k, v]) => `${k}: ${String(v)}`) : []),
      ...(typeof json.message === 'string' ? [json.message] : []),
    ];
    return msgs.join('; ');
  } catch {
    return '';
  }
}

/** Retry-After (seconds or an HTTP date), else X-RateLimit-Reset (ISO, e.g. 2024-01-01T10:00Z). */
function retryAfterMs(headers: Headers): number | undefined {
  const after = headers.get('retry-after')?.trim();
  if (after) {
    if (/^\d+(\.\d+)?$/.test(after)) return Math.round(Number(after) * 1000);
    const at = Date.parse(after);
    if (!Number.isNaN(at)) return Math.max(0, at - Date.now());
  }
  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset) {
    try {
      return Math.max(0, parseJiraDate(reset).getTime() - Date.now());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export class JiraHttp {
  readonly flavor: JiraFlavor;
  private readonly base: URL;
  /** The context path ('' or e.g. '/jira'), without a trailing slash. */
  private readonly basePath: string;
  private readonly authorization: string;
  private readonly log?: Logger;
  private readonly timeoutMs: number;
  private readonly maxAttempts: number;
  private readonly backoffBaseMs: number;
  private readonly backoffCapMs: number;
  private readonly maxRetryAfterMs: number;
  private readonly signal?: AbortSignal;
  private readonly onRetry?: (info: RetryInfo) => void;
  private readonly semaphore: Semaphore;
  private readonly outgoing: OutgoingPolicy;
  /** Whether the site has ever answered this client: before that, connection errors fail fast. */
  private answered = false;

  constructor(o: JiraHttpOptions) {
    let base: URL;
    try {
      base = new URL(o.baseUrl);
    } catch {
      throw new JiraError('BAD_REQUEST', `the JIRA base URL ${JSON.stringify(o.baseUrl)} is not a URL`);
    }
    if (base.protocol !== 'https:' && base.protocol !== 'http:') throw new JiraError('BAD_REQUEST', `the JIRA base URL must be http(s), not ${base.protocol}`);
    this.basePath = base.pathname.replace(/\/+$/, ''); // Server sites may live under a context path (/jira)
    base.search = '';
    base.hash = '';
    this.base = base;
    this.flavor = o.flavor;
    if (o.flavor === 'CLOUD') {
      if (!o.email) throw new JiraError('BAD_REQUEST', 'JIRA Cloud needs the account email to go with the API token');
      this.authorization = `Basic ${Buffer.from(`${o.email}:${o.apiToken}`).toString('base64')}`;
    } else {
      this.authorization = `Bearer ${o.apiToken}`;
    }
    this.log = o.log;
    this.timeoutMs = o.timeoutMs ?? 30_000;
    this.maxAttempts = Math.max(1, o.maxAttempts ?? 6);
    this.backoffBaseMs = o.backoffBaseMs ?? 500;
    this.backoffCapMs = o.backoffCapMs ?? 30_000;
    this.maxRetryAfterMs = o.maxRetryAfterMs ?? 5 * 60_000;
    this.signal = o.signal;
    this.onRetry = o.onRetry;
    this.semaphore = new Semaphore(o.concurrency ?? 4);
    this.outgoing = o.outgoing;
  }

  get host(): string {
    return this.base.host;
  }

  get<T>(path: string, query?: Query): Promise<T> {
    return this.request<T>('GET', path, query);
  }

  post<T>(path: string, body: unknown, query?: Query): Promise<T> {
    return this.request<T>('POST', path, query, body);
  }

  async request<T>(method: string, path: string, query?: Query, body?: unknown): Promise<T> {
    const url = new URL(this.base.href);
    url.pathname = this.basePath + path;
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    const label = `${method} ${url.pathname}`;
    // The slot is held through retries and their waits: a rate-limited site gets fewer requests.
    try {
      return await this.semaphore.run(() => this.withRetries<T>(method, url, label, body), this.signal);
    } catch (err) {
      if (this.signal?.aborted) throw new JiraError('CANCELLED', `cancelled: ${label}`, { cause: this.signal.reason });
      throw err;
    }
  }

  private async withRetries<T>(method: string, url: URL, label: string, body: unknown): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const result = await this.attempt(method, url, label, body);
      if (!('retry' in result)) return result.value as T;
      const r = result.retry;
      const giveUp = (why: string) => new JiraError(GIVE_UP_CODE[r.reason], `${r.what} for ${label}; ${why}`, { status: r.status, cause: r.cause });
      if (attempt >= this.maxAttempts) throw giveUp(`gave up after ${attempt} attempts`);
      if (r.retryAfterMs !== undefined && r.retryAfterMs > this.maxRetryAfterMs) {
        throw giveUp(`JIRA asked to wait ${Math.round(r.retryAfterMs / 1000)} s, longer than we wait`);
      }
      const delayMs = r.retryAfterMs ?? this.backoff(attempt);
      const info: RetryInfo = { attempt, reason: r.reason, delayMs, request: label };
      if (r.status !== undefined) info.status = r.status;
      if (r.retryAfterMs !== undefined) info.retryAfterMs = r.retryAfterMs;
      this.log?.warn({ request: label, attempt, reason: r.reason, status: r.status, delayMs }, 'JIRA request failed; retrying');
      this.onRetry?.(info);
      await sleep(delayMs, this.signal);
    }
  }

  private backoff(attempt: number): number {
    return Math.random() * Math.min(this.backoffCapMs, this.backoffBaseMs * 2 ** (attempt - 1));
  }

  /** One try: the parsed body, a retry, or a thrown JiraError for answers retrying won't change. */
  private async attempt(method: string, url: URL, label: string, body: unknown): Promise<{ value: unknown } | { retry: Retry }> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = this.signal ? AbortSignal.any([this.signal, timeout]) : timeout;
    const started = Date.now();
    let res: Response;
    let text: string;
    try {
      res = await this.outgoing.fetch(url, {
        method,
        signal,
        headers: {
          Accept: 'application/json',
          Authorization: this.authorization,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      this.answered = true;
      text = await res.text(); // inside the try: the timeout covers a body that stalls halfway
    } catch (err) {
      if (this.signal?.aborted) throw err;
      const refusal = outgoingRefusal(err);
      if (refusal) throw new JiraError('REFUSED', refusal.describe('The JIRA base URL'), { cause: err });
      if (timeout.aborted) return { retry: { reason: 'timeout', what: `JIRA did not answer within ${this.timeoutMs} ms` } };
      const code = errorCode(err);
      this.log?.warn({ request: label, code: code ?? (err as Error).message }, 'JIRA could not be reached');
      const where = this.base.hostname;
      if (code && TLS_CODE.test(code))
        throw new JiraError('UNREACHABLE', `cannot reach ${where}: the TLS connection failed (is the certificate trusted?)`, { cause: err });
      if (!this.answered && code && UNREACHABLE_CODES.has(code)) {
        throw new JiraError('UNREACHABLE', `cannot reach ${where}: check the JIRA base URL`, { cause: err });
      }
      return { retry: { reason: 'network', what: `cannot reach ${where}`, cause: err } };
    }
    const status = res.status;
    this.log?.debug({ request: label, status, ms: Date.now() - started }, 'JIRA request');

    if (status >= 200 && status < 300) {
      if (status === 204) return { value: undefined };
      if (/text\/html/i.test(res.headers.get('content-type') ?? '')) {
        // A login, SSO or proxy page: the same page comes back however often we ask.
        throw new JiraError('BAD_RESPONSE', `JIRA answered ${label} with an HTML page, not JSON (a login or proxy page?); check the base URL`, { status });
      }
      try {
        return { value: parseJiraJson(text) };
      } catch (err) {
        return { retry: { reason: 'bad-json', status, what: `JIRA returned malformed JSON (${text.length} bytes)`, cause: err } };
      }
    }
    const messages = jiraMessages(text);
    const detail = messages ? `: ${messages}` : '';
    if (status === 429) return { retry: { reason: 'rate-limited', status, retryAfterMs: retryAfterMs(res.headers), what: 'JIRA kept rate-limiting (429)' } };
    if (status >= 500) return { retry: { reason: 'server-error', status, retryAfterMs: retryAfterMs(res.headers), what: `JIRA answered ${status}` } };
    const hint = this.flavor === 'CLOUD' ? 'check the account email and API token' : 'check the personal access token';
    if (status === 401) throw new JiraError('UNAUTHENTICATED', `JIRA rejected the credentials (${hint})`, { status });
    if (status === 403 && res.headers.get('x-authentication-denied-reason')) {
      // Server/DC after repeated failed logins: a CAPTCHA must be solved in the browser first.
      throw new JiraError(
        'UNAUTHENTICATED',
        `JIRA rejected the credentials: the login is locked behind a CAPTCHA (log in to JIRA in a browser once, then ${hint})`,
        { status },
      );
    }
    if (status === 403) throw new JiraError('FORBIDDEN', `the JIRA user lacks permission for ${label}${detail}`, { status });
    if (status === 404) throw new JiraError('NOT_FOUND', `JIRA has no ${label}, or the user cannot see it${detail}`, { status });
    if (status === 400) throw new JiraError('BAD_REQUEST', `JIRA rejected ${label}${detail || ' (400)'}`, { status });
    throw new JiraError('HTTP_ERROR', `JIRA answered ${status} to ${label}${detail}`, { status });
  }
}
