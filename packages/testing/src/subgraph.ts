import { adHoc } from './ad-hoc.ts';
import { randomBytes } from 'node:crypto';
import {
  createLogger,
  createRuntime,
  createSecretBox,
  loadConfig,
  logLevel,
  type DatabaseHandle,
  type JobRunner,
  type Runtime,
  type SecretBox,
  type SubgraphModule,
} from '@sprint-reports/core';
import { allSubgraphs } from '@sprint-reports/router/subgraphs';

/** A fresh key per test process: tests never touch a real key. */
export const testSecrets = () => createSecretBox([{ id: 'test', key: randomBytes(32) }]);

/** A runtime over the test database with the given subgraphs (default: all) in-process, jobs in-process. */
export function testRuntime(
  database: DatabaseHandle,
  opts: { modules?: SubgraphModule<unknown>[]; env?: NodeJS.ProcessEnv; secrets?: SecretBox; jobs?: JobRunner } = {},
): Runtime {
  // Tests sign organisations up freely (SIGNUP_MODE=open), and their JIRA simulators listen on this
  // machine (private hosts allowed); a test of the other modes or of the refusal says so in `env`.
  const config = loadConfig({ NODE_ENV: 'test', SIGNUP_MODE: 'open', JIRA_ALLOW_PRIVATE_HOSTS: 'true', ...opts.env });
  return createRuntime({
    config,
    db: database.db,
    log: createLogger(logLevel('silent')),
    modules: opts.modules ?? allSubgraphs,
    secrets: opts.secrets ?? testSecrets(),
    jobs: opts.jobs,
  });
}

/**
 * Runs operations against one subgraph's schema with the context its server would build:
 * what the router sends it, `_entities` included.
 */
export function subgraphCaller(database: DatabaseHandle, module: SubgraphModule<unknown>) {
  const { client } = testRuntime(database, { modules: [module] });
  return <T = any>(tenantId: string, query: string, variables?: Record<string, unknown>) => client.execute(module.name, tenantId, adHoc<T>(query), variables);
}
