import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { errorBody, FORBIDDEN, HttpError, NOT_AUTHENTICATED } from './errors.ts';
import { FaultInjector, type FaultPlan, type FaultStats } from './faults.ts';
import { addIssue, addSprint, changeIssue, changeSprint, removeIssue, removeSprint, type IssueChange, type NewIssue, type SprintChange } from './mutate.ts';
import type { RenderContext } from './render.ts';
import { route } from './routes.ts';
import { SearchCache } from './search.ts';
import type { JiraFlavor, JiraSite, SimSprint } from './site.ts';
import { issueWebhook, sendWebhook, sprintWebhook, type IssueWebhookBody, type SprintWebhookBody } from './webhooks.ts';

export type CloudAuth = { email: string; apiToken: string };
export type ServerAuth = { pat: string };

/** The credentials the sim accepts unless told otherwise. */
export const DEFAULT_CLOUD_AUTH: CloudAuth = { email: 'sync@sprint-reports.test', apiToken: 'jira-sim-api-token' };
export const DEFAULT_SERVER_AUTH: ServerAuth = { pat: 'jira-sim-personal-access-token' };

export interface JiraSimOptions {
  site: JiraSite;
  flavor: JiraFlavor;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** Cloud: basic auth with email and API token; Server/DC: a personal access token (Bearer). */
  auth?: CloudAuth | ServerAuth;
  /** Added before every answer. */
  latencyMs?: number;
  faults?: FaultPlan;
  /** The most issues a search page holds (JIRA may return fewer than maxResults): below Cloud's 100 and Server's 1,000. */
  searchPageSize?: number;
}

export interface SimRequestLog {
  method: string;
  path: string;
  query: Record<string, string>;
  /** 0 for a request the sim never answers (the timeout fault). */
  status: number;
}

/** A running simulated JIRA. */
export class JiraSim extends EventEmitter {
  readonly requests: SimRequestLog[] = [];
  latencyMs: number;
  /**
   * Awaited before each request is answered (after the latency): a test holds JIRA at a chosen
   * request until it has seen what it waits for, then lets it answer. Mutable; null answers at once.
   */
  beforeAnswer: ((request: Readonly<SimRequestLog>) => Promise<void> | void) | null = null;
  searchPageSize: number | undefined;
  private readonly injector: FaultInjector;
  private readonly cache = new SearchCache();
  private readonly held = new Set<http.ServerResponse>();
  private readonly ctx: RenderContext;
  private readonly expectedAuth: string;
  private readonly webhookSecrets = new Map<string, string>();

  constructor(
    private readonly server: http.Server,
    readonly url: string,
    readonly flavor: JiraFlavor,
    readonly site: JiraSite,
    readonly auth: CloudAuth | ServerAuth,
    opts: JiraSimOptions,
  ) {
    super();
    this.latencyMs = opts.latencyMs ?? 0;
    this.searchPageSize = opts.searchPageSize;
    this.injector = new FaultInjector(opts.faults ?? {});
    this.ctx = { site, flavor, baseUrl: url };
    this.expectedAuth = 'pat' in auth ? `Bearer ${auth.pat}` : `Basic ${Buffer.from(`${auth.email}:${auth.apiToken}`).toString('base64')}`;
  }

  /** The fault plan: mutable, takes effect on the next request. */
  get faults(): FaultPlan {
    return this.injector.plan;
  }
  set faults(plan: FaultPlan) {
    this.injector.plan = plan;
  }

  /** Faults injected so far, by kind. */
  get faultStats(): FaultStats {
    return this.injector.stats;
  }

  /** The Authorization header the sim accepts. */
  get authorization(): string {
    return this.expectedAuth;
  }

  // --- Changes, as a user makes them in JIRA; each returns the webhook body JIRA would send. ---

  updateIssue(key: string, change: IssueChange, at: Date = new Date()): IssueWebhookBody {
    const { issue, history } = changeIssue(this.site, key, change, at);
    return issueWebhook(this.ctx, 'jira:issue_updated', issue, at, history);
  }

  createIssue(input: NewIssue, at: Date = new Date()): IssueWebhookBody {
    return issueWebhook(this.ctx, 'jira:issue_created', addIssue(this.site, input, at), at);
  }

  deleteIssue(key: string, at: Date = new Date()): IssueWebhookBody {
    return issueWebhook(this.ctx, 'jira:issue_deleted', removeIssue(this.site, key), at);
  }

  updateSprint(id: number, change: SprintChange, at: Date = new Date()): SprintWebhookBody {
    const { sprint, previousState } = changeSprint(this.site, id, change, at);
    const event =
      sprint.state === previousState
        ? 'sprint_updated'
        : sprint.state === 'active'
          ? 'sprint_started'
          : sprint.state === 'closed'
            ? 'sprint_closed'
            : 'sprint_updated';
    return sprintWebhook(this.ctx, event, sprint, at);
  }

  createSprint(input: { originBoardId: number; name: string; goal?: string; startDate?: string; endDate?: string }, at: Date = new Date()): SprintWebhookBody {
    return sprintWebhook(this.ctx, 'sprint_created', addSprint(this.site, input, at), at);
  }

  deleteSprint(id: number, at: Date = new Date()): SprintWebhookBody {
    const sprint: SimSprint = removeSprint(this.site, id);
    return sprintWebhook(this.ctx, 'sprint_deleted', sprint, at);
  }

  /**
   * Registers a webhook as an admin does in JIRA's settings: its URL and the secret JIRA signs with.
   * sendWebhook to that URL then signs with it unless given another secret.
   */
  registerWebhook(targetUrl: string, secret: string): void {
    this.webhookSecrets.set(targetUrl, secret);
  }

  /** POSTs a webhook body; signed in X-Hub-Signature with the secret given, else the one registered for the URL. Returns the receiver's status. */
  sendWebhook(targetUrl: string, body: unknown, secret: string | undefined = this.webhookSecrets.get(targetUrl)): Promise<number> {
    return sendWebhook(targetUrl, body, secret);
  }

  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.held.clear();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  /** @internal */
  async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const entry: SimRequestLog = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), status: 0 };
    const raw = await readBody(req);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));
    if (this.beforeAnswer) await this.beforeAnswer(entry);

    let status = 200;
    let body: unknown;
    let headers: Record<string, string> = {};
    let text: string | undefined;
    try {
      if (!url.pathname.startsWith('/rest/')) throw new HttpError(404, errorBody(`No resource at ${url.pathname}`));
      if (req.headers.authorization !== this.expectedAuth) {
        throw new HttpError(401, errorBody(NOT_AUTHENTICATED), {
          'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED',
          'WWW-Authenticate': 'Basic realm="protected-area"',
        });
      }
      const fault = this.injector.next(url.pathname);
      if (fault === 'timeout') {
        // Never answered: the client has to give up. Closing the sim drops the connection.
        this.held.add(res);
        res.on('close', () => this.held.delete(res));
        this.log(entry);
        return;
      }
      if (fault === 'forbidden') throw new HttpError(403, errorBody(FORBIDDEN));
      if (fault === 'notFound') throw new HttpError(404, errorBody(`No REST resource at ${url.pathname}`));
      if (fault === 'rateLimit') {
        const seconds = this.faults.rateLimit?.retryAfterSeconds ?? 1;
        const h: Record<string, string> = this.faults.rateLimit?.useResetHeader
          ? { 'X-RateLimit-Reset': new Date(Date.now() + seconds * 1000).toISOString() }
          : { 'Retry-After': String(seconds) };
        throw new HttpError(429, errorBody('Rate limit exceeded.'), h);
      }
      if (fault === 'serverError') throw new HttpError(500, errorBody('Internal server error'));
      let json: Record<string, unknown> | undefined;
      if (method === 'POST' && raw.length > 0) {
        try {
          json = JSON.parse(raw) as Record<string, unknown>;
        } catch {
          throw new HttpError(400, errorBody('Invalid request payload. Refer to the REST API documentation and try again.'));
        }
      }
      body = route({
        method,
        path: url.pathname,
        query: url.searchParams,
        body: json,
        ctx: this.ctx,
        cache: this.cache,
        truncateChangelogs: !!this.faults.truncateChangelogs,
        searchPageSize: this.searchPageSize,
      });
      // JSON, but not what the endpoint returns (a proxy's or another version's answer).
      if (fault === 'wrongShape') body = { contents: { completedIssues: 'unavailable' }, message: 'This resource has moved' };
      if (fault === 'malformed') {
        // A 200 whose JSON stops half-way, as when a proxy cuts the response.
        const full = JSON.stringify(body);
        text = full.slice(0, Math.max(1, Math.floor(full.length / 2)));
      }
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      status = e.status;
      body = e.body;
      headers = e.headers;
    }
    text ??= JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'X-AREQUESTID': `sim-${this.requests.length + 1}`, ...headers });
    res.end(text);
    entry.status = status;
    this.log(entry);
  }

  private log(entry: SimRequestLog) {
    this.requests.push(entry);
    this.emit('request', entry);
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Starts a simulated JIRA of the given flavour over the site. */
export async function startJiraSim(opts: JiraSimOptions): Promise<JiraSim> {
  const host = opts.host ?? '127.0.0.1';
  const auth = opts.auth ?? (opts.flavor === 'CLOUD' ? DEFAULT_CLOUD_AUTH : DEFAULT_SERVER_AUTH);
  if (opts.flavor === 'CLOUD' ? !('email' in auth) : !('pat' in auth))
    throw new Error(`auth for a ${opts.flavor} sim must be ${opts.flavor === 'CLOUD' ? '{ email, apiToken }' : '{ pat }'}`);
  let sim: JiraSim | undefined;
  const server = http.createServer((req, res) => {
    sim!.handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify(errorBody(`Internal server error: ${e instanceof Error ? e.message : String(e)}`)));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  sim = new JiraSim(server, `http://${host}:${port}`, opts.flavor, opts.site, auth, opts);
  return sim;
}
