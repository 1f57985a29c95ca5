import type { Config, SubgraphName } from './config.ts';
import type { Database } from './db.ts';
import { createEventBus, type EventBus } from './events.ts';
import { createJobRunner, type JobRunner } from './jobs.ts';
import type { Logger } from './logger.ts';
import type { IdentitySigner } from './identity.ts';
import { handleNotices } from './notices.ts';
import { OutgoingPolicy } from './outgoing.ts';
import type { SecretBox } from './secrets.ts';
import { SubgraphClient, type LocalSubgraph } from './subgraph-client.ts';
import type { SubgraphModule } from './subgraph.ts';

/**
 * What a process gives the subgraphs it runs: the database, jobs, the client that reaches other
 * subgraphs, and the secret box. The same whether one process runs all six or each runs alone.
 */
export interface Runtime {
  config: Config;
  db: Database;
  log: Logger;
  jobs: JobRunner;
  /** Live events: subgraphs publish, routers deliver to subscribers (Redis when REDIS_URL is set). */
  events: EventBus;
  client: SubgraphClient;
  /** Null when no encryption key is configured: only the JIRA integration needs one. */
  secrets: SecretBox | null;
  /** Signs and checks the identity header between processes (INTERNAL_SECRET); null when all run in one. */
  signer: IdentitySigner | null;
  /** The subgraphs running in this process. */
  local: Map<SubgraphName, LocalSubgraph>;
  /** What outgoing calls a tenant aims (JIRA, identity providers) may reach: see outgoing.ts. */
  outgoing: OutgoingPolicy;
}

export function createRuntime(opts: {
  config: Config;
  db: Database;
  log: Logger;
  modules: SubgraphModule<unknown>[];
  secrets?: SecretBox | null;
  signer?: IdentitySigner | null;
  jobs?: JobRunner;
  events?: EventBus;
}): Runtime {
  const local = new Map<SubgraphName, LocalSubgraph>();
  const jobs = opts.jobs ?? createJobRunner({ redisUrl: opts.config.redisUrl, log: opts.log, prefix: opts.config.redisPrefix });
  const runtime: Runtime = {
    config: opts.config,
    db: opts.db,
    log: opts.log,
    jobs,
    events: opts.events ?? createEventBus({ redisUrl: opts.config.redisUrl, log: opts.log, prefix: opts.config.redisPrefix }),
    client: new SubgraphClient(local, opts.config.subgraphUrls, opts.signer ?? null, opts.config.subgraphTimeoutMs, jobs),
    secrets: opts.secrets ?? null,
    signer: opts.signer ?? null,
    local,
    outgoing: new OutgoingPolicy({ allowPrivateHosts: opts.config.allowPrivateHosts }),
  };
  for (const module of opts.modules) local.set(module.name, { module, runtime });
  return runtime;
}

const closers = new WeakMap<Runtime, (() => Promise<void>)[]>();

/** Something a subgraph opened for the process (a Redis connection): closed by closeRuntime, after the jobs. */
export function onRuntimeClose(runtime: Runtime, close: () => Promise<void>) {
  closers.set(runtime, [...(closers.get(runtime) ?? []), close]);
}

/** Stops the process's background work: jobs first (they may still publish), then what subgraphs opened, then the event bus and the outgoing connections. */
export async function closeRuntime(runtime: Runtime) {
  await runtime.jobs.close();
  await Promise.allSettled((closers.get(runtime) ?? []).map((close) => close()));
  closers.delete(runtime);
  await runtime.events.close();
  await runtime.outgoing.close();
}

/** Lets each local subgraph register its background jobs and schedules, and the process send failed notices again. */
export async function startSubgraphs(runtime: Runtime) {
  handleNotices(runtime.jobs, runtime.client);
  for (const { module } of runtime.local.values()) await module.start?.(runtime);
}
