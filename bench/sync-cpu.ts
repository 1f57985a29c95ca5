/**
 * CPU time of the three processes a sync keeps busy: this one, the simulator and the PostgreSQL
 * backends serving the sync, read from /proc (Linux, PostgreSQL on this host). Tells which of
 * them the wall time waits for.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import type postgres from 'postgres';

/** User + system CPU of a process in ms, or null when /proc cannot tell (another OS, process gone). */
export function cpuMsOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // After "pid (comm) ": state is field 3; utime and stime are fields 14 and 15, in clock ticks (USER_HZ, 100 on Linux).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const isPostgres = (pid: number) => {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return false;
  }
};

/** CPU ms per backend pid of the database, when the server runs on this host; null otherwise. */
export async function backendCpu(admin: postgres.Sql, url: string, dbName: string): Promise<Map<number, number> | null> {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) return null;
  const rows = await admin<{ pid: number }[]>`select pid from pg_stat_activity where datname = ${dbName}`;
  const out = new Map<number, number>();
  for (const { pid } of rows) {
    const ms = isPostgres(pid) ? cpuMsOf(pid) : null;
    if (ms === null) return null;
    out.set(pid, ms);
  }
  return out;
}

/** CPU the backends used between two readings (a backend started in between counts from zero). */
export function backendCpuDelta(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, now] of after) ms += now - (before.get(pid) ?? 0);
  return ms;
}

/** A V8 CPU profile of this process from start() to stop(file), for Chrome DevTools or speedscope. */
export async function cpuProfiler() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      fs.writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
