import path from 'node:path';
import { createLogger } from './logger.ts';

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

/** For a process's entry point: the configuration, or a fatal log line saying what is wrong and exit 1 (no stack). */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    createLogger(env.LOG_LEVEL ?? 'info').fatal(err.message);
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
}

/** Reads configuration from the environment once; everything else takes a Config. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const subgraphUrls: Config['subgraphUrls'] = {};
  for (const name of subgraphNames) {
    const url = env[`${name.toUpperCase()}_SUBGRAPH_URL`];
    if (url) subgraphUrls[name] = url;
  }
  return {
    port: Number(env.PORT ?? 4000),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? '.data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    redisPrefix: env.REDIS_PREFIX || 'sprint-reports',
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    subgraphUrls,
    internalSecret: env.INTERNAL_SECRET || undefined,
    production: env.NODE_ENV === 'production',
    subgraphTimeoutMs: Number(env.SUBGRAPH_TIMEOUT_MS ?? 10_000),
    rateLimitPerMinute: Number(env.RATE_LIMIT_PER_MINUTE ?? 600),
    rateLimitLoginPerMinute: Number(env.RATE_LIMIT_LOGIN_PER_MINUTE ?? 20),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    analysisTtlSeconds: Number(env.ANALYSIS_TTL_SECONDS ?? 60),
    publicUrl: (env.PUBLIC_URL || `http://localhost:${env.PORT ?? 4000}`).replace(/\/+$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Sprint Reports <reports@localhost>',
    mailRetryDelayMs: Number(env.MAIL_RETRY_DELAY_MS ?? 60_000),
    reportCacheTtlSeconds: Number(env.REPORT_CACHE_TTL_SECONDS ?? 7 * 24 * 3600),
    signupMode: parseSignupMode(env.SIGNUP_MODE),
    allowPrivateHosts: env.JIRA_ALLOW_PRIVATE_HOSTS === 'true',
  };
}

/** SIGNUP_MODE: one of signupModes (any case); unset or empty means invite-only. Anything else stops the start. */
function parseSignupMode(value: string | undefined): SignupMode {
  const mode = (value ?? '').trim().toLowerCase() || 'invite';
  if (!(signupModes as readonly string[]).includes(mode)) {
    throw new ConfigError(`SIGNUP_MODE must be one of ${signupModes.join(', ')} (got "${value}"): open lets anyone sign up an organisation, invite (the default) and sso do not`);
  }
  return mode as SignupMode;
}

/** TRUST_PROXY: `true`, a number of hops, or addresses/subnets as Express takes them. */
function parseTrustProxy(value: string | undefined): Config['trustProxy'] {
  if (!value) return undefined;
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * MIGRATION_DATABASE_URL: the owner of the schemas, who applies the migrations, when the application
 * connects (DATABASE_URL) as an ordinary role that is only a member of sprint_reports_app and
 * sprint_reports_system, as it should in production (docs/tenant-isolation.md).
 * Unset: migrations run over DATABASE_URL.
 */
export const migrationDatabaseUrl = (env: NodeJS.ProcessEnv = process.env): string | undefined => env.MIGRATION_DATABASE_URL || undefined;
