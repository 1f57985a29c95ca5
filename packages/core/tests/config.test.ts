import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  ConfigError,
  environmentVariables,
  jiraSimPort,
  loadConfig,
  logLevel,
  migrationDatabaseUrl,
  seedDemo,
  signupModeChosen,
  subgraphPort,
} from '../src/config.ts';

const KEY = Buffer.alloc(32, 7).toString('base64');

describe('SIGNUP_MODE', () => {
  test('invite-only unless the operator says otherwise; open, invite and sso in any case', () => {
    expect(loadConfig({}).signupMode).toBe('invite');
    expect(loadConfig({ SIGNUP_MODE: '' }).signupMode).toBe('invite');
    expect(loadConfig({ SIGNUP_MODE: 'open' }).signupMode).toBe('open');
    expect(loadConfig({ SIGNUP_MODE: ' SSO ' }).signupMode).toBe('sso');
    expect(loadConfig({ SIGNUP_MODE: 'Invite' }).signupMode).toBe('invite');
  });

  test('anything else stops the start, saying what is allowed', () => {
    for (const value of ['opne', 'true', 'closed', 'invite,sso']) {
      expect(() => loadConfig({ SIGNUP_MODE: value })).toThrow(ConfigError);
      expect(() => loadConfig({ SIGNUP_MODE: value })).toThrow(`SIGNUP_MODE must be one of open, invite, sso (got "${value}")`);
    }
  });
});

describe('loadConfig', () => {
  test('no environment: the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 4000,
      host: '0.0.0.0',
      dataDir: path.resolve('.data'),
      databaseUrl: undefined,
      redisUrl: undefined,
      redisPrefix: 'sprint-reports',
      logLevel: 'info',
      subgraphUrls: {},
      internalSecret: undefined,
      production: false,
      subgraphTimeoutMs: 10_000,
      rateLimitPerMinute: 600,
      rateLimitLoginPerMinute: 20,
      trustProxy: undefined,
      analysisTtlSeconds: 60,
      publicUrl: 'http://localhost:4000',
      smtpUrl: undefined,
      mailFrom: 'Sprint Reports <reports@localhost>',
      mailRetryDelayMs: 60_000,
      reportCacheTtlSeconds: 7 * 24 * 3600,
      signupMode: 'invite',
      allowPrivateHosts: false,
      encryptionKeys: undefined,
      passwordHashCost: 2 ** 15,
    });
    expect(loadConfig({ NODE_ENV: 'production' }).passwordHashCost).toBe(2 ** 15);
    // Tests only: hundreds of accounts made and signed in.
    expect(loadConfig({ NODE_ENV: 'test' })).toMatchObject({ logLevel: 'silent', passwordHashCost: 2 ** 10 });
  });

  test('values are parsed; blank counts as unset', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgres://app@db:5432/sr',
      REDIS_URL: '',
      USERS_SUBGRAPH_URL: 'http://users:4001/graphql',
      RATE_LIMIT_PER_MINUTE: '0',
      TRUST_PROXY: '1',
      JIRA_ALLOW_PRIVATE_HOSTS: 'TRUE',
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://reports.example.com/',
    });
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://app@db:5432/sr',
      redisUrl: undefined,
      subgraphUrls: { users: 'http://users:4001/graphql' },
      rateLimitPerMinute: 0,
      trustProxy: 1,
      allowPrivateHosts: true,
      production: true,
      publicUrl: 'https://reports.example.com',
    });
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ ENCRYPTION_KEY: KEY }).encryptionKeys).toBe(KEY);
    expect(loadConfig({ ENCRYPTION_KEYS: `new:${KEY}`, ENCRYPTION_KEY: Buffer.alloc(32, 9).toString('hex') }).encryptionKeys).toBe(`new:${KEY}`);
  });

  test('every wrong variable is listed at once, by name, with what is allowed; credentials are not echoed', () => {
    let error: unknown;
    try {
      loadConfig({
        PORT: 'http',
        DATABASE_URL: 'mysql://root:hunter2@db/sr',
        LOG_LEVEL: 'verbose',
        SUBGRAPH_TIMEOUT_MS: '0',
        JIRA_ALLOW_PRIVATE_HOSTS: 'yes',
        SIGNUP_MODE: 'everyone',
        INTERNAL_SECRET: 'short',
        ENCRYPTION_KEY: 'not-a-key',
        SPRINTS_SUBGRAPH_URL: 'sprints:4002',
        UNRELATED: 'ignored',
      });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const lines = (error as ConfigError).message.split('\n');
    expect(lines[0]).toBe('Invalid configuration:');
    expect(
      lines
        .slice(1)
        .map((line) => line.split(' ')[1])
        .sort(),
    ).toEqual([
      'DATABASE_URL',
      'ENCRYPTION_KEY',
      'INTERNAL_SECRET',
      'JIRA_ALLOW_PRIVATE_HOSTS',
      'LOG_LEVEL',
      'PORT',
      'SIGNUP_MODE',
      'SPRINTS_SUBGRAPH_URL',
      'SUBGRAPH_TIMEOUT_MS',
    ]);
    expect(lines).toContain('- PORT must be a whole number from 0 to 65535 (got "http")');
    expect(lines).toContain('- LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent (got "verbose")');
    expect(lines).toContain('- JIRA_ALLOW_PRIVATE_HOSTS must be true or false (got "yes")');
    expect(lines).toContain('- DATABASE_URL must be a URL starting with postgres:// or postgresql://');
    expect((error as ConfigError).message).not.toContain('hunter2');
  });

  test('loggers made before a Config take LOG_LEVEL through the same rules', () => {
    expect(logLevel(undefined, {})).toBe('info');
    expect(logLevel(undefined, { NODE_ENV: 'test' })).toBe('silent');
    expect(logLevel('warn', {})).toBe('warn');
    expect(logLevel('warn', { LOG_LEVEL: 'debug' })).toBe('debug');
    // An invalid level falls back here; loadConfig at the start reports it.
    expect(logLevel('warn', { LOG_LEVEL: 'loud' })).toBe('warn');
  });

  test('the readers of single variables: their defaults, and their mistakes as ConfigError', () => {
    expect(subgraphPort(4002, {})).toBe(4002);
    expect(subgraphPort(4002, { PORT: '5000' })).toBe(5000);
    expect(seedDemo({})).toBe(true);
    expect(seedDemo({ SEED_DEMO: 'false' })).toBe(false);
    expect(jiraSimPort({})).toBe(0);
    expect(signupModeChosen({ SIGNUP_MODE: ' ' })).toBe(false);
    expect(signupModeChosen({ SIGNUP_MODE: 'invite' })).toBe(true);
    expect(migrationDatabaseUrl({ MIGRATION_DATABASE_URL: 'postgres://owner@db/sr' })).toBe('postgres://owner@db/sr');
    expect(() => seedDemo({ SEED_DEMO: 'no' })).toThrow(new ConfigError('Invalid configuration:\n- SEED_DEMO must be true or false (got "no")'));
  });
});

test("README's Configuration table documents every variable the schema reads", () => {
  const readme = fs.readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const documented = new Set([...readme.matchAll(/^\| `([A-Z_<>]+)` \|/gm)].map((m) => m[1]));
  const undocumented = environmentVariables.filter((name) => !documented.has(name.endsWith('_SUBGRAPH_URL') ? '<NAME>_SUBGRAPH_URL' : name));
  expect(undocumented).toEqual([]);
});
