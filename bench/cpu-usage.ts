import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time spent on each request, by this process (the API or the ceiling, and the clients driving
 * them) and by the database server. On a machine with few cores the two share the CPU, so their sum
 * per request bounds the throughput: a 2-core machine can serve at most 2,000 ms ÷ that sum each second.
 */
export type CpuPerTask = { nodeMs: number; databaseMs: number | null };

/** CPU time used so far: this process's, and the database server's ticks per process. */
export type CpuTotals = { nodeMs: number; databaseTicks: Map<number, number> | null };

/** Reads the CPU time used so far; two readings apart, divided by the tasks between them, give CpuPerTask. */
export type CpuMeter = () => CpuTotals;

/** Linux reports CPU time in /proc in USER_HZ ticks, which is 100 a second on every platform Node supports. */
const TICKS_PER_SECOND = 100;

type ProcessStat = { command: string; ppid: number; cpuTicks: number };

/** Command, parent and CPU ticks (user + system) from /proc/<pid>/stat; null once the process has gone. */
function readStat(pid: number): ProcessStat | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) may hold spaces or brackets, so count fields from after its last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): the parent is field 4, user and system time are fields 14 and 15.
  return {
    command: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')),
    ppid: Number(fields[1]),
    cpuTicks: Number(fields[11]) + Number(fields[12]),
  };
}

/** CPU ticks of the server's main process and of every process it started (backends, writer, WAL, ...), by process. */
function serverTicks(postmaster: number): Map<number, number> {
  const ticks = new Map<number, number>([[postmaster, readStat(postmaster)?.cpuTicks ?? 0]]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(Number(entry));
    if (stat?.ppid === postmaster) ticks.set(Number(entry), stat.cpuTicks);
  }
  return ticks;
}

/**
 * The database server's main process, found from one of its backends, when the server runs on this
 * machine and /proc shows it (Linux); null otherwise, and the database's share is then not reported.
 */
export async function findDatabaseServerProcess(connection: { query(sql: string): Promise<unknown> }): Promise<number | null> {
  const [{ pid }] = (await connection.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
  // A server on another machine has its own process numbers: only a local postgres process counts.
  const backend = readStat(pid);
  if (backend?.command !== 'postgres') return null;
  return readStat(backend.ppid)?.command === 'postgres' ? backend.ppid : null;
}

export function cpuMeter(databaseServerPid: number | null): CpuMeter {
  return () => {
    const { user, system } = process.cpuUsage();
    return {
      nodeMs: (user + system) / 1000,
      databaseTicks: databaseServerPid === null ? null : serverTicks(databaseServerPid),
    };
  };
}

/**
 * CPU per task between two readings. A process that ended in between (an idle pooled connection
 * closing) is left out, and one that started is counted from zero: a backend's time is kept with it.
 */
export function cpuPerTask(before: CpuTotals, after: CpuTotals, tasks: number): CpuPerTask {
  if (tasks === 0) return { nodeMs: Number.NaN, databaseMs: null };
  let databaseTicks: number | null = null;
  if (before.databaseTicks && after.databaseTicks) {
    databaseTicks = 0;
    for (const [pid, ticks] of after.databaseTicks) databaseTicks += ticks - (before.databaseTicks.get(pid) ?? 0);
  }
  return {
    nodeMs: (after.nodeMs - before.nodeMs) / tasks,
    databaseMs: databaseTicks === null ? null : (databaseTicks * 1000) / TICKS_PER_SECOND / tasks,
  };
}
