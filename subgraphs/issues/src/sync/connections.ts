import { randomBytes, randomUUID } from 'node:crypto';
import { appError, asSystem, badInput, outgoingRefusal, OutgoingRefusedError, withTenant, type Runtime, type SecretBox } from '@sprint-reports/core';
import * as data from '../data/index.ts';
import { connectionById } from '../data/index.ts';
import { JiraClient, JiraError } from '../jira/client.ts';
import { resolveSiteFields } from '../jira/fields.ts';
import type { JiraFlavor } from '../jira/types.ts';
import type { ConnectionModel, ConnectionRow } from '../models.ts';
import { mapLimited } from './map-limited.ts';
import { DeleteJiraConnectionDataDocument } from '../remote/__generated__/sprints.ts';

export interface ConnectionInput {
  name: string;
  baseUrl: string;
  flavor: JiraFlavor;
  email?: string | null;
  apiToken: string;
  storyPointsField?: string | null;
  webhookSecret?: string | null;
  webhookSigning?: 'REQUIRED' | 'OFF' | null;
  syncIntervalMinutes?: number | null;
}

export function requireSecrets(runtime: Runtime): SecretBox {
  if (!runtime.secrets) throw appError('INTERNAL_SERVER_ERROR', 'No encryption key is configured for JIRA credentials: set ENCRYPTION_KEY');
  return runtime.secrets;
}

/** A site URL without trailing slashes or paths JIRA users paste by habit (…/jira, …/secure/Dashboard.jspa). */
export function normalizeBaseUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw badInput(`"${raw}" is not a URL: give the site's address, e.g. https://acme.atlassian.net`, 'baseUrl');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw badInput('The JIRA URL must start with https:// (or http://)', 'baseUrl');
  if (url.username || url.password)
    throw badInput('The JIRA URL must not contain a user name or password: give the credentials in their own fields', 'baseUrl');
  const path = url.pathname.replace(/\/(secure|browse|projects|jira\/software).*$/i, '').replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

/** 256 random bits, URL-safe: what a connection gets unless the admin brings JIRA's own. */
export const generateWebhookSecret = () => randomBytes(32).toString('base64url');

function validate(input: { [K in keyof ConnectionInput]?: ConnectionInput[K] | null }) {
  // A guessable secret is no better than none.
  if (input.webhookSecret != null && (input.webhookSecret.trim().length < 16 || input.webhookSecret.length > 256))
    throw badInput('A webhook secret has 16 to 256 characters; leave it out to have one generated (rotateJiraWebhookSecret makes a new one)', 'webhookSecret');
  if (input.name !== undefined && !input.name?.trim()) throw badInput('A connection needs a name', 'name');
  if (input.apiToken !== undefined && !input.apiToken?.trim())
    throw badInput('An API token (Cloud) or personal access token (Server/DC) is required', 'apiToken');
  if (input.syncIntervalMinutes != null && (input.syncIntervalMinutes < 0 || input.syncIntervalMinutes > 7 * 24 * 60))
    throw badInput('syncIntervalMinutes must be between 0 (off) and 10080 (a week)', 'syncIntervalMinutes');
}

/**
 * The site's address must be one this server calls (runtime.outgoing): refused before any request,
 * with one message for every private or local address, so trying URLs maps nothing.
 */
async function checkSiteAddress(runtime: Runtime, baseUrl: string) {
  try {
    await runtime.outgoing.check(baseUrl);
  } catch (err) {
    if (!(err instanceof OutgoingRefusedError)) throw err;
    throw badInput(err.reason === 'unreachable' ? unreachable(baseUrl) : err.describe('The JIRA URL'), 'baseUrl');
  }
}

/** The same words for a name that does not resolve, a closed port, a silent one and one that speaks no HTTP. */
const unreachable = (baseUrl: string) =>
  `JIRA at ${new URL(baseUrl).hostname} could not be reached: check the URL, and that the site is reachable from this server`;

/** The client for a stored connection: the token is unsealed only here, in memory, for the request. */
export function clientFor(runtime: Runtime, connection: ConnectionRow, opts: { signal?: AbortSignal } = {}) {
  return new JiraClient({
    baseUrl: connection.baseUrl,
    flavor: connection.flavor,
    email: connection.email ?? undefined,
    apiToken: requireSecrets(runtime).open(connection.apiTokenSealed),
    outgoing: runtime.outgoing,
    log: runtime.log.child({ connection: connection.id }),
    signal: opts.signal,
  });
}

/** Asks JIRA who the credentials belong to; maps its answers to errors a user can act on. */
async function checkCredentials(runtime: Runtime, input: Pick<ConnectionInput, 'baseUrl' | 'flavor' | 'email' | 'apiToken'>) {
  const client = new JiraClient({
    baseUrl: input.baseUrl,
    flavor: input.flavor,
    email: input.email ?? undefined,
    apiToken: input.apiToken,
    outgoing: runtime.outgoing,
    log: runtime.log,
    maxAttempts: 2,
  });
  try {
    return await client.myself();
  } catch (err) {
    if (!(err instanceof JiraError)) throw err;
    const where = new URL(input.baseUrl).hostname;
    switch (err.code) {
      case 'UNAUTHENTICATED':
        if (await isOtherFlavor(runtime, input)) {
          throw appError(
            'BAD_USER_INPUT',
            input.flavor === 'CLOUD'
              ? `JIRA at ${where} is JIRA Server/Data Center, not Cloud: choose the SERVER flavor and give a personal access token`
              : `JIRA at ${where} is JIRA Cloud, not Server/Data Center: choose the CLOUD flavor and give the account's email and an API token`,
            { field: 'flavor', reason: 'WRONG_FLAVOR' },
          );
        }
        throw appError(
          'BAD_USER_INPUT',
          `JIRA at ${where} rejected the credentials: check the ${input.flavor === 'CLOUD' ? 'email and API token' : 'personal access token'}`,
          { field: 'apiToken', reason: 'BAD_CREDENTIALS' },
        );
      case 'FORBIDDEN':
        throw appError('BAD_USER_INPUT', `The JIRA user has no permission to use the REST API at ${where}`, { field: 'apiToken', reason: 'FORBIDDEN' });
      case 'NOT_FOUND':
        throw appError(
          'BAD_USER_INPUT',
          `${input.baseUrl} does not answer like JIRA ${input.flavor === 'CLOUD' ? 'Cloud' : 'Server/Data Center'} (no /rest/api/${input.flavor === 'CLOUD' ? 3 : 2}/myself): check the URL and flavor`,
          { field: 'baseUrl', reason: 'NOT_JIRA' },
        );
      case 'REFUSED':
        throw appError('BAD_USER_INPUT', outgoingRefusal(err)?.describe('The JIRA URL') ?? err.message, { field: 'baseUrl', reason: 'UNREACHABLE' });
      case 'UNREACHABLE':
      case 'TIMEOUT':
        throw appError('BAD_USER_INPUT', unreachable(input.baseUrl), { field: 'baseUrl', reason: 'UNREACHABLE' });
      default:
        throw appError('BAD_USER_INPUT', `JIRA at ${where} did not answer as expected: ${err.message}`, { field: 'baseUrl', reason: 'NOT_JIRA' });
    }
  }
}

export interface ConnectionTest {
  baseUrl: string;
  flavor: JiraFlavor;
  userName: string;
  userAccount: string | null;
  siteTimeZone: string;
  boards: { jiraBoardId: number; name: string; type: string | null; projectKey: string | null }[];
  storyPointsField: { id: string; name: string; source: 'OVERRIDE' | 'BOARD' | 'NAME' } | null;
  warnings: string[];
}

/**
 * What one testJiraConnection may ask of JIRA while the admin waits: the configurations of at most
 * `boardsExamined` boards, `concurrency` at a time, and nothing new once `deadlineMs` has passed.
 * Mutable for tests.
 */
export const TEST_LIMITS = { boardsExamined: 50, concurrency: 4, deadlineMs: 20_000 };

/**
 * What a connection with these credentials would see, before it is made: the same checks as
 * createConnection (same words, same fields), then the calls a sync starts with (/myself, the
 * field list, the boards and the estimation fields of the first of them), so the field shown is
 * the one a sync picks (but on sites of more boards than it examines).
 */
export async function testConnection(
  runtime: Runtime,
  input: Pick<ConnectionInput, 'baseUrl' | 'flavor' | 'email' | 'apiToken' | 'storyPointsField'>,
): Promise<ConnectionTest> {
  validate({ apiToken: input.apiToken });
  const baseUrl = normalizeBaseUrl(input.baseUrl);
  if (input.flavor === 'CLOUD' && !input.email?.trim()) throw badInput('JIRA Cloud needs the email of the account the API token belongs to', 'email');
  await checkSiteAddress(runtime, baseUrl);
  const site = { ...input, baseUrl, email: input.email?.trim() || null, apiToken: input.apiToken.trim() };
  const me = await checkCredentials(runtime, site);
  const client = new JiraClient({
    baseUrl,
    flavor: site.flavor,
    email: site.email ?? undefined,
    apiToken: site.apiToken,
    outgoing: runtime.outgoing,
    log: runtime.log,
    maxAttempts: 2,
  });
  const where = new URL(baseUrl).hostname;
  try {
    const fields = await client.fields();
    const deadline = Date.now() + TEST_LIMITS.deadlineMs;
    const boards: ConnectionTest['boards'] = [];
    let listedAll = true;
    for await (const board of client.boards()) {
      boards.push({ jiraBoardId: board.id, name: board.name, type: board.type ?? null, projectKey: board.location?.projectKey ?? null });
      if (Date.now() > deadline) {
        listedAll = false;
        break;
      }
    }
    // The story points field a sync would choose, from the estimation fields of the first boards only:
    // a test answers while the admin waits, a sync reads every board's.
    const configured = await mapLimited(
      boards.slice(0, TEST_LIMITS.boardsExamined),
      TEST_LIMITS.concurrency,
      deadline,
      async (b) => (await client.boardConfiguration(b.jiraBoardId)).estimation?.field?.fieldId,
    );
    const estimationFields = configured.filter((f): f is string => !!f);
    const resolved = resolveSiteFields({ fields, boardEstimationFields: estimationFields, override: input.storyPointsField?.trim() || null });
    const warnings: string[] = [];
    if (!boards.length) warnings.push(`JIRA at ${where} shows this user no boards: a sync would bring in nothing (check the user's permissions)`);
    if (!listedAll) warnings.push(`JIRA at ${where} took too long to list its boards: ${boards.length} are shown, and more were not listed`);
    if (boards.length > configured.length) {
      warnings.push(
        `The story points field was chosen from the estimation fields of the first ${configured.length} boards, and ${boards.length - configured.length} more were not examined: a sync reads them all`,
      );
    }
    if (!resolved.storyPointsField)
      warnings.push(`JIRA at ${where} has no story points field: issues would have no points (name one in the story points field)`);
    boards.sort((a, b) => a.name.localeCompare(b.name));
    return {
      baseUrl,
      flavor: site.flavor,
      userName: me.displayName || me.name || me.emailAddress || me.accountId || 'Unknown user',
      userAccount: me.emailAddress || me.name || null,
      siteTimeZone: me.timeZone || 'UTC',
      boards,
      storyPointsField:
        resolved.storyPointsField && resolved.source !== 'none'
          ? { ...resolved.storyPointsField, source: resolved.source.toUpperCase() as 'OVERRIDE' | 'BOARD' | 'NAME' }
          : null,
      warnings,
    };
  } catch (err) {
    if (!(err instanceof JiraError)) throw err;
    // The credentials passed /myself: what fails now is reading the site with them.
    throw appError('BAD_USER_INPUT', `JIRA at ${where} accepted the credentials but refused to list its fields or boards: ${err.message}`, {
      field: 'apiToken',
      reason: err.code === 'FORBIDDEN' || err.code === 'UNAUTHENTICATED' ? 'FORBIDDEN' : 'NOT_JIRA',
    });
  }
}

/**
 * A story points override must name one number field of the site. Checked when it is set: later,
 * the re-derivation runs in the background and every sync would fail on it.
 */
async function checkStoryPointsField(runtime: Runtime, site: Pick<ConnectionInput, 'baseUrl' | 'flavor' | 'email' | 'apiToken'>, override: string) {
  const client = new JiraClient({
    baseUrl: site.baseUrl,
    flavor: site.flavor,
    email: site.email ?? undefined,
    apiToken: site.apiToken,
    outgoing: runtime.outgoing,
    log: runtime.log,
    maxAttempts: 2,
  });
  let fields;
  try {
    fields = await client.fields();
  } catch (err) {
    if (!(err instanceof JiraError)) throw err;
    throw appError('BAD_USER_INPUT', `Cannot read the fields of JIRA at ${new URL(site.baseUrl).hostname} to check the story points field: ${err.message}`, {
      field: 'storyPointsField',
    });
  }
  resolveSiteFields({ fields, boardEstimationFields: [], override }); // throws BAD_USER_INPUT naming what is wrong
}

/**
 * Rejected credentials may be right for the other flavour (a Server personal access token given as
 * a Cloud API token, or the reverse): then the flavour is what to fix. Asks the same site only.
 */
async function isOtherFlavor(runtime: Runtime, input: Pick<ConnectionInput, 'baseUrl' | 'flavor' | 'email' | 'apiToken'>): Promise<boolean> {
  if (input.flavor === 'SERVER' && /\.atlassian\.net$/i.test(new URL(input.baseUrl).hostname)) return true;
  const flavor: JiraFlavor = input.flavor === 'CLOUD' ? 'SERVER' : 'CLOUD';
  if (flavor === 'CLOUD' && !input.email?.trim()) return false;
  const client = new JiraClient({
    baseUrl: input.baseUrl,
    flavor,
    email: input.email?.trim() || undefined,
    apiToken: input.apiToken,
    outgoing: runtime.outgoing,
    log: runtime.log,
    maxAttempts: 1,
  });
  return client.myself().then(
    () => true,
    () => false,
  );
}

/**
 * Checks the credentials with JIRA, then stores the connection in the tenant's scope (a request's
 * own, which this joins, or one of its own). `opts.id` and `opts.createdAt` let the demo keep one
 * stable connection across restarts.
 */
export async function createConnection(
  runtime: Runtime,
  tenantId: string,
  input: ConnectionInput,
  opts: { id?: string; createdAt?: Date } = {},
): Promise<ConnectionModel> {
  validate(input);
  const secrets = requireSecrets(runtime);
  const baseUrl = normalizeBaseUrl(input.baseUrl);
  if (input.flavor === 'CLOUD' && !input.email?.trim()) throw badInput('JIRA Cloud needs the email of the account the API token belongs to', 'email');
  await checkSiteAddress(runtime, baseUrl);
  const me = await checkCredentials(runtime, { ...input, baseUrl });
  if (input.storyPointsField?.trim()) await checkStoryPointsField(runtime, { ...input, baseUrl }, input.storyPointsField.trim());
  const webhookSecret = input.webhookSecret ?? generateWebhookSecret();
  const values = {
    id: opts.id ?? randomUUID(),
    tenantId,
    createdAt: opts.createdAt,
    name: input.name.trim(),
    baseUrl,
    flavor: input.flavor,
    email: input.email?.trim() || null,
    apiTokenSealed: secrets.seal(input.apiToken.trim()),
    webhookSecretSealed: secrets.seal(webhookSecret),
    webhookSigning: input.webhookSigning ?? 'REQUIRED',
    storyPointsField: input.storyPointsField?.trim() || null,
    siteTimeZone: me.timeZone || 'UTC',
    syncIntervalMinutes: input.syncIntervalMinutes ?? 15,
  };
  const row = await withTenant(runtime.db, tenantId, (tx) => data.insertConnection(tx, values));
  runtime.log.info({ tenantId, connection: row.id, baseUrl, flavor: row.flavor, webhookSigning: row.webhookSigning }, 'JIRA connection created');
  // The secret in plain text goes back once, in this answer; only its sealed form is kept.
  return { ...row, issuedWebhookSecret: webhookSecret };
}

/** A new webhook secret replaces the old one at once (JIRA must be given the new one); answered once. */
export async function rotateWebhookSecret(runtime: Runtime, existing: ConnectionRow): Promise<ConnectionModel> {
  const webhookSecret = generateWebhookSecret();
  const row = await withTenant(runtime.db, existing.tenantId, (tx) =>
    data.updateConnectionRow(tx, existing.tenantId, existing.id, { webhookSecretSealed: requireSecrets(runtime).seal(webhookSecret) }),
  );
  runtime.log.info({ tenantId: existing.tenantId, connection: existing.id }, 'JIRA webhook secret rotated');
  return { ...row, issuedWebhookSecret: webhookSecret };
}

export type ConnectionUpdate = { [K in keyof ConnectionInput]?: ConnectionInput[K] | null };

export async function updateConnection(runtime: Runtime, existing: ConnectionRow, input: ConnectionUpdate): Promise<ConnectionRow> {
  // Removing the secret used to turn signing off silently; that is now said out loud, with webhookSigning OFF.
  if (input.webhookSecret === null || input.webhookSecret === '')
    throw badInput(
      'A connection always has a webhook secret: rotateJiraWebhookSecret replaces it; to accept unsigned webhooks set webhookSigning to OFF',
      'webhookSecret',
    );
  validate(input);
  const secrets = requireSecrets(runtime);
  const email = input.email !== undefined ? input.email?.trim() || null : existing.email;
  const apiToken = () => input.apiToken?.trim() || secrets.open(existing.apiTokenSealed);
  // New credentials are checked before they replace working ones.
  if (input.apiToken || input.email !== undefined) {
    await checkCredentials(runtime, { baseUrl: existing.baseUrl, flavor: existing.flavor, email, apiToken: apiToken() });
  }
  const override = input.storyPointsField?.trim();
  if (override && override !== existing.storyPointsField) {
    await checkStoryPointsField(runtime, { baseUrl: existing.baseUrl, flavor: existing.flavor, email, apiToken: apiToken() }, override);
  }
  const set: Partial<ConnectionRow> = {};
  if (input.name != null) set.name = input.name.trim();
  if (input.email !== undefined) set.email = email;
  if (input.apiToken) set.apiTokenSealed = secrets.seal(input.apiToken.trim());
  // Values sealed with a retired key are resealed with the current one whenever the row is written.
  else if (secrets.keyIdOf(existing.apiTokenSealed) !== secrets.currentKeyId) set.apiTokenSealed = secrets.seal(secrets.open(existing.apiTokenSealed));
  if (input.webhookSecret != null) set.webhookSecretSealed = secrets.seal(input.webhookSecret);
  else if (existing.webhookSecretSealed && secrets.keyIdOf(existing.webhookSecretSealed) !== secrets.currentKeyId) {
    set.webhookSecretSealed = secrets.seal(secrets.open(existing.webhookSecretSealed));
  }
  if (input.storyPointsField !== undefined) set.storyPointsField = input.storyPointsField?.trim() || null;
  if (input.syncIntervalMinutes != null) set.syncIntervalMinutes = input.syncIntervalMinutes;
  if (input.webhookSigning != null) set.webhookSigning = input.webhookSigning;
  if (!Object.keys(set).length) return existing;
  return withTenant(runtime.db, existing.tenantId, (tx) => data.updateConnectionRow(tx, existing.tenantId, existing.id, set));
}

/**
 * Deletes the connection and everything synced through it: its issues and their histories here, its
 * boards and sprints (with their analyses) in the sprints subgraph. Runs and schedules go with it.
 * One transaction in the tenant's scope (the sprints subgraph joins it when it runs in this process).
 */
export async function deleteConnection(runtime: Runtime, tenantId: string, id: string) {
  const deleted = await withTenant(runtime.db, tenantId, async (tx) => {
    const [existing] = await data.connectionsByIds(tx, tenantId, [id]);
    if (!existing) return false;
    await runtime.client.execute('sprints', tenantId, DeleteJiraConnectionDataDocument, { connectionId: id });
    await data.deleteConnectionRows(tx, tenantId, id);
    return true;
  });
  if (deleted) runtime.log.info({ tenantId, connection: id }, 'JIRA connection deleted with its synced data');
  return deleted;
}

/** By id alone: call it in the connection's tenant's scope (row-level security keeps it there). */
export const connectionFields = (db: Runtime['db'], id: string, set: Partial<ConnectionRow>) => data.setConnectionFields(db, id, set);

/**
 * The tenant of a connection a job names: given with the job, or (a job or schedule made before
 * jobs carried it) looked up by id across tenants.
 */
export async function tenantOfConnection(runtime: Runtime, job: { connectionId: string; tenantId?: string }): Promise<string | null> {
  if (job.tenantId) return job.tenantId;
  return (await asSystem(runtime.db, (tx) => connectionById(tx, job.connectionId)))?.tenantId ?? null;
}
