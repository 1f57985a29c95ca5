import { randomUUID } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { subgraphNames, type SubgraphName } from '@sprint-reports/core';
import { freePort } from './redis.ts';
import { testEncryptionKey, testInternalSecret } from './secrets.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface SubgraphProcess {
  readonly name: SubgraphName;
  readonly url: string;
  /** The running process; null while it is killed. */
  readonly child: ChildProcess | null;
  /** Kills the process (SIGKILL by default: no goodbye, as a crash or a lost host) and waits until it is gone. */
  kill(signal?: NodeJS.Signals): Promise<void>;
  /** Starts it again on the same port; resolves once it listens. */
  restart(): Promise<void>;
}

export interface SubgraphProcesses {
  /** Each subgraph's /graphql URL, for the router's <NAME>_SUBGRAPH_URL. */
  urls: Record<SubgraphName, string>;
  get(name: SubgraphName): SubgraphProcess;
  /** Stops every process still running. */
  stop(): Promise<void>;
}

/**
 * The six subgraphs, each as its own process (`node --import tsx subgraphs/<name>/src/server.ts`)
 * on a free port, over one PostgreSQL database, knowing each other's URLs; with the test routers'
 * INTERNAL_SECRET and ENCRYPTION_KEY. Resolves once all listen; a process that exits first fails it.
 */
export async function startSubgraphProcesses(
  databaseUrl: string,
  opts: { env?: Record<string, string>; redisPrefix?: string } = {},
): Promise<SubgraphProcesses> {
  // Free ports first: subgraphs must know each other's URLs before they start.
  const ports = await Promise.all(subgraphNames.map(() => freePort()));
  const urls = Object.fromEntries(subgraphNames.map((name, i) => [name, `http://127.0.0.1:${ports[i]}/graphql`])) as Record<SubgraphName, string>;
  const env = {
    ...process.env,
    ...Object.fromEntries(subgraphNames.map((n) => [`${n.toUpperCase()}_SUBGRAPH_URL`, urls[n]])),
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info', // the "listening" line is how we know it is up
    NODE_ENV: 'test',
    INTERNAL_SECRET: testInternalSecret,
    ENCRYPTION_KEY: testEncryptionKey,
    REDIS_PREFIX: opts.redisPrefix ?? `test-processes-${randomUUID()}`,
    ...opts.env,
  };
  const processes = new Map<SubgraphName, SubgraphProcess>();
  for (const [i, name] of subgraphNames.entries()) {
    let child: ChildProcess | null = null;
    const start = async () => {
      child = spawn(process.execPath, ['--import', 'tsx', `subgraphs/${name}/src/server.ts`], {
        cwd: root,
        env: { ...env, PORT: String(ports[i]) },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await listening(name, child);
    };
    processes.set(name, {
      name,
      url: urls[name],
      get child() {
        return child;
      },
      async kill(signal = 'SIGKILL') {
        const running = child;
        child = null;
        if (!running || running.exitCode !== null || running.signalCode !== null) return;
        const gone = new Promise((resolve) => running.once('exit', resolve));
        running.kill(signal);
        await gone;
      },
      async restart() {
        if (child) throw new Error(`The ${name} subgraph process is running: kill it first`);
        await start();
      },
    });
  }
  const all = [...processes.values()];
  const stop = () => Promise.all(all.map((p) => p.kill('SIGTERM'))).then(() => undefined);
  // Each is recorded before it starts, so stop() ends the others when one fails to start.
  await Promise.all(all.map((p) => p.restart())).catch(async (err) => {
    await stop();
    throw err;
  });
  return { urls, get: (name) => processes.get(name)!, stop };
}

/** Resolves when the process logs that it listens; rejects if it exits before. */
function listening(name: SubgraphName, child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    const exited = (code: number | null, signal: string | null) =>
      reject(new Error(`The ${name} subgraph process exited (${signal ?? code}) before listening`));
    child.once('exit', exited);
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return;
      const entry = JSON.parse(line) as { port?: number; msg?: string };
      if (entry.port && entry.msg?.includes('listening')) {
        child.off('exit', exited);
        resolve();
      }
    });
  });
}
