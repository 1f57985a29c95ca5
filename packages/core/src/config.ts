import path from 'node:path';
import { z } from 'zod';
import { createLogger } from './logger.ts';
import { parseKey } from './secrets.ts';

export const subgraphNames = ['users', 'sprints', 'issues', 'capacity', 'queues', 'reports'] as const;
export type SubgraphName = (typeof subgraphNames)[number];

/**
 * Who may create an organisation (SIGNUP_MODE): `open`, anyone through `signUp`; `invite`, nobody
 * through signUp: admins add people (createUser), and operators create organisations with
 * `npm run create-tenant`; `sso`, the same, with people signing in through their organisation's
 * identity provider.
 */
export const signupModes = ['open', 'invite', 'sso'] as const;
export type SignupMode = (typeof signupModes)[number];

/** A setting the process cannot start with: its message says which and what is allowed. */
export class ConfigError extends Error {}

/** For a process's entry point: the configuration, or a fatal log line listing what is wrong and exit 1 (no stack). */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    createLogger(logLevel('info', env)).fatal(err.message);
    process.exit(1);
  }
}

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** Prefix of the Redis keys of jobs, live events and rate limits: processes with the same one work together. */
  redisPrefix: string;
  logLevel: string;
  /** Where the router finds each subgraph when they run as separate processes. */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Shared by the router and subgraph processes to sign the identity header; unset when all run in one process. */
  internalSecret?: string;
  production: boolean;
  /** How long the router waits for a subgraph over HTTP before the request fails. */
  subgraphTimeoutMs: number;
  /** Requests per minute the router accepts from one signed-in user (or one IP when anonymous). */
  rateLimitPerMinute: number;
  /** Sign-in attempts per minute from one IP: anonymous mutations (login, signUp, refresh) and rejected tokens. */
  rateLimitLoginPerMinute: number;
  /** Express's `trust proxy`: set behind a load balancer so the client IP (rate limits) is the real one. */
  trustProxy?: boolean | number | string;
  /** How old an active sprint's stored analysis may be before a read recomputes it. */
  analysisTtlSeconds: number;
  /** Where users reach the router (PUBLIC_URL): links in emails and download URLs start with it. */
  publicUrl: string;
  /** SMTP server for report emails (SMTP_URL, e.g. smtp://user:pass@host:587); unset: email is off. */
  smtpUrl?: string;
  /** The From of report emails (MAIL_FROM). */
  mailFrom: string;
  /** Delay before a failed email's first retry (MAIL_RETRY_DELAY_MS); it doubles at each attempt. */
  mailRetryDelayMs: number;
  /** How long a generated document answers the same request on unchanged data (REPORT_CACHE_TTL_SECONDS). */
  reportCacheTtlSeconds: number;
  /** Who may create an organisation with signUp (SIGNUP_MODE); default `invite` (`npm start`'s demo: `open`). */
  signupMode: SignupMode;
  /**
   * JIRA_ALLOW_PRIVATE_HOSTS=true: outgoing calls a tenant aims (JIRA sites, identity providers)
   * may go to private and local network addresses, for JIRA Data Center inside a company network.
   * Off by default: such addresses are refused (server-side request forgery).
   */
  allowPrivateHosts: boolean;
  /** ENCRYPTION_KEYS, else ENCRYPTION_KEY (loadSecretKeys); unset: a key generated into DATA_DIR where one process runs everything. */
  encryptionKeys?: string;
  /**
   * scrypt's cost N for new password hashes: 2^15 (32 MiB, ~100 ms). Under NODE_ENV=test, 2^10:
   * the tests create and sign in hundreds of accounts, and a hash's parameters are stored with it,
   * so a hash is checked at the cost it was made with whatever this is.
   */
  passwordHashCost: number;
}

/**
 * One environment variable: unset or blank is `undefined` (the default applies); otherwise `parse`
 * returns its value or throws a message, which starts after the variable's name ("must be …").
 */
const variable = <T>(parse: (raw: string) => T) =>
  z
    .string()
    .optional()
    .transform((raw, ctx): T | undefined => {
      if (raw === undefined || raw.trim() === '') return undefined;
      try {
        return parse(raw);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message });
        return z.NEVER;
      }
    });

const text = variable((raw) => raw);
const oneOf = <T extends string>(values: readonly T[], why = '') =>
  variable((raw) => {
    const value = raw.trim().toLowerCase();
    if (!(values as readonly string[]).includes(value)) throw new Error(`must be one of ${values.join(', ')} (got "${raw}")${why}`);
    return value as T;
  });
const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  variable((raw) => {
    const value = Number(raw);
    if (!/^\d+$/.test(raw.trim()) || value < min || value > max)
      throw new Error(`must be a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`} (got "${raw}")`);
    return value;
  });
const flag = variable((raw) => {
  if (!/^(true|false)$/i.test(raw.trim())) throw new Error(`must be true or false (got "${raw}")`);
  return raw.trim().toLowerCase() === 'true';
});
/** A URL with one of these schemes (credentials in it are never echoed back). */
const url = (...protocols: string[]) =>
  variable((raw) => {
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw.trim());
    } catch {
      // reported below
    }
    if (!parsed || !protocols.includes(parsed.protocol)) throw new Error(`must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}`);
    return raw.trim();
  });
const httpUrl = url('http:', 'https:');

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Every environment variable the product reads, checked in one pass (README, Configuration).
 * Unknown variables are ignored; a variable set to a blank value counts as unset.
 */
const environmentSchema = z.object({
  NODE_ENV: text,
  PORT: integer(0, 65535),
  HOST: text,
  DATA_DIR: text,
  DATABASE_URL: url('postgres:', 'postgresql:'),
  MIGRATION_DATABASE_URL: url('postgres:', 'postgresql:'),
  REDIS_URL: url('redis:', 'rediss:'),
  REDIS_PREFIX: text,
  LOG_LEVEL: oneOf(logLevels),
  INTERNAL_SECRET: variable((raw) => {
    if (raw.length < 32) throw new Error(`must be at least 32 characters (got ${raw.length})`);
    return raw;
  }),
  ...(Object.fromEntries(subgraphNames.map((name) => [`${name.toUpperCase()}_SUBGRAPH_URL`, httpUrl])) as Record<
    `${Uppercase<SubgraphName>}_SUBGRAPH_URL`,
    typeof httpUrl
  >),
  SUBGRAPH_TIMEOUT_MS: integer(1),
  RATE_LIMIT_PER_MINUTE: integer(0),
  RATE_LIMIT_LOGIN_PER_MINUTE: integer(0),
  TRUST_PROXY: variable(parseTrustProxy),
  ANALYSIS_TTL_SECONDS: integer(0),
  PUBLIC_URL: httpUrl,
  SMTP_URL: url('smtp:', 'smtps:'),
  MAIL_FROM: text,
  MAIL_RETRY_DELAY_MS: integer(0),
  REPORT_CACHE_TTL_SECONDS: integer(0),
  SIGNUP_MODE: oneOf(signupModes, ': open lets anyone sign up an organisation, invite (the default) and sso do not'),
  JIRA_ALLOW_PRIVATE_HOSTS: flag,
  ENCRYPTION_KEYS: variable(encryptionKeyList),
  ENCRYPTION_KEY: variable(encryptionKeyList),
  SEED_DEMO: flag,
  JIRA_SIM_PORT: integer(0, 65535),
});

/** The names of every variable read (README's Configuration table documents each; a test holds it). */
export const environmentVariables = Object.keys(environmentSchema.shape) as (keyof typeof environmentSchema.shape)[];

/** The environment's variables, typed and checked; unset ones are undefined (defaults are applied by the readers below). */
export type Environment = z.output<typeof environmentSchema>;

/** Checks every variable at once: a ConfigError lists each wrong one on its own line, by name. */
export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const result = environmentSchema.safeParse(env);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `- ${issue.path.join('.')} ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}

/** One variable alone (for readers that need only it, so another variable's mistake is reported by loadConfig, not here). */
function readVariable<K extends keyof Environment>(name: K, env: NodeJS.ProcessEnv): Environment[K] {
  const result = environmentSchema.shape[name].safeParse(env[name]);
  if (!result.success) throw new ConfigError(`Invalid configuration:\n- ${name} ${result.error.issues[0].message}`);
  return result.data as Environment[K];
}

/** Reads configuration from the environment once; everything else takes a Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = readEnvironment(env);
  const subgraphUrls: Config['subgraphUrls'] = {};
  for (const name of subgraphNames) {
    const subgraphUrl = e[`${name.toUpperCase() as Uppercase<SubgraphName>}_SUBGRAPH_URL`];
    if (subgraphUrl) subgraphUrls[name] = subgraphUrl;
  }
  return {
    port: e.PORT ?? 4000,
    host: e.HOST ?? '0.0.0.0',
    dataDir: path.resolve(e.DATA_DIR ?? '.data'),
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    redisPrefix: e.REDIS_PREFIX ?? 'sprint-reports',
    logLevel: e.LOG_LEVEL ?? defaultLogLevel(e),
    subgraphUrls,
    internalSecret: e.INTERNAL_SECRET,
    production: e.NODE_ENV === 'production',
    subgraphTimeoutMs: e.SUBGRAPH_TIMEOUT_MS ?? 10_000,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE ?? 600,
    rateLimitLoginPerMinute: e.RATE_LIMIT_LOGIN_PER_MINUTE ?? 20,
    trustProxy: e.TRUST_PROXY,
    analysisTtlSeconds: e.ANALYSIS_TTL_SECONDS ?? 60,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT ?? 4000}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? 'Sprint Reports <reports@localhost>',
    mailRetryDelayMs: e.MAIL_RETRY_DELAY_MS ?? 60_000,
    reportCacheTtlSeconds: e.REPORT_CACHE_TTL_SECONDS ?? 7 * 24 * 3600,
    signupMode: e.SIGNUP_MODE ?? 'invite',
    allowPrivateHosts: e.JIRA_ALLOW_PRIVATE_HOSTS ?? false,
    encryptionKeys: e.ENCRYPTION_KEYS ?? e.ENCRYPTION_KEY,
    passwordHashCost: e.NODE_ENV === 'test' ? 2 ** 10 : 2 ** 15,
  };
}

const defaultLogLevel = (e: Pick<Environment, 'NODE_ENV'>) => (e.NODE_ENV === 'test' ? 'silent' : 'info');

/**
 * LOG_LEVEL for loggers made before (or without) a Config, such as module-level ones: checked by
 * the same schema; unset or invalid, `fallback` (default: `silent` under NODE_ENV=test, else
 * `info`). An invalid value still stops the start, at loadConfig.
 */
export function logLevel(fallback?: string, env: NodeJS.ProcessEnv = process.env): string {
  const level = environmentSchema.shape.LOG_LEVEL.safeParse(env.LOG_LEVEL);
  return (level.success ? level.data : undefined) ?? fallback ?? defaultLogLevel({ NODE_ENV: env.NODE_ENV });
}

/** NODE_ENV=production (logs stay JSON lines even in a terminal). */
export const runsInProduction = (env: NodeJS.ProcessEnv = process.env): boolean => env.NODE_ENV === 'production';

/** A subgraph process's port: PORT, else its own default (4001 to 4006). */
export const subgraphPort = (defaultPort: number, env: NodeJS.ProcessEnv = process.env): number => readVariable('PORT', env) ?? defaultPort;

/** SEED_DEMO: `npm start` runs the demo unless it is `false`. */
export const seedDemo = (env: NodeJS.ProcessEnv = process.env): boolean => readVariable('SEED_DEMO', env) ?? true;

/** JIRA_SIM_PORT: the port of the demo's JIRA simulator; 0 (the default) takes a free one. */
export const jiraSimPort = (env: NodeJS.ProcessEnv = process.env): number => readVariable('JIRA_SIM_PORT', env) ?? 0;

/** Whether the operator chose SIGNUP_MODE (the demo opens sign-up only where they did not). */
export const signupModeChosen = (env: NodeJS.ProcessEnv = process.env): boolean => readVariable('SIGNUP_MODE', env) !== undefined;

/** TRUST_PROXY: `true`, a number of hops, or addresses/subnets as Express takes them. */
function parseTrustProxy(value: string): Config['trustProxy'] {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** ENCRYPTION_KEYS / ENCRYPTION_KEY: each comma-separated key must open (32 bytes), so a typo stops the start rather than the first sealed secret. */
function encryptionKeyList(raw: string): string {
  for (const key of raw.split(',').filter(Boolean)) {
    try {
      parseKey(key);
    } catch {
      throw new Error('must be 32-byte keys in base64 or hex (openssl rand -base64 32), as id:key,id:key for rotation');
    }
  }
  return raw;
}

/**
 * MIGRATION_DATABASE_URL: the owner of the schemas, who applies the migrations, when the application
 * connects (DATABASE_URL) as an ordinary role that is only a member of sprint_reports_app and
 * sprint_reports_system, as it should in production (docs/tenant-isolation.md).
 * Unset: migrations run over DATABASE_URL.
 */
export const migrationDatabaseUrl = (env: NodeJS.ProcessEnv = process.env): string | undefined => readVariable('MIGRATION_DATABASE_URL', env);
