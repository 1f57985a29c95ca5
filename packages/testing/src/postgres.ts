import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './redis.ts';

const run = promisify(execFile);

export interface TestPostgres {
  /** The cluster's superuser (trust authentication) on its `postgres` database. */
  url: string;
  port: number;
  /** Stops the server: `immediate` is a crash (no shutdown checkpoint, clients cut off), `fast` a clean stop that still ends every session. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and deletes its data folder. */
  destroy(): Promise<void>;
}

/** Where this machine's PostgreSQL server binaries are (Debian keeps them out of PATH). */
async function binDir(): Promise<string> {
  try {
    return (await run('pg_config', ['--bindir'])).stdout.trim();
  } catch {
    const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
    if (!versions.length) throw new Error('No PostgreSQL server binaries found (pg_config or /usr/lib/postgresql/<version>/bin)');
    return `/usr/lib/postgresql/${versions[0]}/bin`;
  }
}

/**
 * A PostgreSQL cluster of the test's own, in a temporary folder on a free port, for what must not
 * happen to the shared server: stopping and restarting it. PostgreSQL refuses to run as root, so
 * under root (CI) its programs run as the `postgres` OS user, which then owns the folder.
 */
export async function startTestPostgres(): Promise<TestPostgres> {
  const bin = await binDir();
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { uid, gid } = await osUser('postgres');
    fs.chownSync(dir, uid, gid);
  }
  const pg = (program: string, args: string[]) =>
    run(asRoot ? 'runuser' : path.join(bin, program), asRoot ? ['-u', 'postgres', '--', path.join(bin, program), ...args] : args, { cwd: dir });
  await pg('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale', 'C']);
  // TCP on loopback only, the socket in the cluster's own folder (not /var/run/postgresql), fsync
  // off (a test's data need not survive a power cut), and `-w`: pg_ctl returns once it accepts connections.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const start = async () => void (await pg('pg_ctl', ['-D', data, '-o', options, '-l', path.join(dir, 'log'), '-w', '-t', '60', 'start']));
  const running = () => fs.existsSync(path.join(data, 'postmaster.pid'));
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    if (running()) await pg('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    async destroy() {
      await stop('immediate').catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function osUser(name: string): Promise<{ uid: number; gid: number }> {
  const [uid, gid] = await Promise.all([run('id', ['-u', name]), run('id', ['-g', name])]);
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}
