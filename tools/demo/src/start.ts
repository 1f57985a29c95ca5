import { startEmbedded, type Embedded, type StartExtension } from '@sprint-reports/router';
import type { Config } from '@sprint-reports/core';
import type { JiraSim } from '@sprint-reports/jira-sim';
import { planDemoQueues, startDemo } from './demo.ts';

export interface DemoExtension extends StartExtension {
  /** The demo's JIRA simulator, once the demo runs. */
  readonly sim: JiraSim | undefined;
}

/**
 * The demo added to the product's start: before the router serves, the demo tenant is synced from
 * the JIRA simulator this process runs (on the first start; later starts point the connection at
 * the new simulator); once it serves, a first start plans the future sprints' queues through it as
 * the demo manager would. `now`: the moment a first start lays the dataset out around.
 */
export function demoExtension(opts: { now?: Date } = {}): DemoExtension {
  let sim: JiraSim | undefined;
  let synced = false;
  return {
    get sim() {
      return sim;
    },
    async beforeServe(runtime, log) {
      ({ sim, synced } = await startDemo(runtime, log, { now: opts.now }));
    },
    async afterServe(router, log) {
      // The demo's first start: its future sprints get their queues, planned through the router as its manager would.
      if (synced) await planDemoQueues(router.url, log);
    },
    async close() {
      await sim?.close();
    },
  };
}

export interface DemoEmbedded extends Embedded {
  /** The demo's JIRA simulator. */
  sim: JiraSim | undefined;
}

/** startEmbedded with the demo: what `npm start` runs, for tests and benchmarks. */
export async function startWithDemo(
  config: Config,
  opts: Omit<NonNullable<Parameters<typeof startEmbedded>[1]>, 'extension'> & { now?: Date } = {},
): Promise<DemoEmbedded> {
  const { now, ...rest } = opts;
  const extension = demoExtension({ now });
  const app = await startEmbedded(config, { ...rest, extension });
  return { ...app, sim: extension.sim };
}
