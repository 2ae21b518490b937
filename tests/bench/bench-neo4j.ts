import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalNeo4j } from '../../neo4j/src/local-neo4j';
import { freePort } from '../helpers/free-port';

/** The database a benchmark runs against: NEO4J_URI, or a local one started for the run. */
export interface BenchNeo4j {
  uri: string;
  /** True when this run started the database (and `stop` removes it with its data). */
  local: boolean;
  /**
   * The database's process on this machine, to read its CPU time: the one started here, or
   * BENCH_NEO4J_PID with NEO4J_URI; null when unknown (a remote or containerised database).
   */
  pid: number | null;
  stop(): Promise<void>;
}

/**
 * NEO4J_URI when set (so loaded maps are reused between runs; BENCH_NEO4J_PID names its process),
 * otherwise a local Neo4j in a temporary folder with a 2 GiB heap and 512 MiB page cache, removed
 * again by `stop()`.
 */
export async function benchNeo4j(label: string, log: (line: string) => void): Promise<BenchNeo4j> {
  const uri = process.env.NEO4J_URI;
  if (uri) {
    const pid = process.env.BENCH_NEO4J_PID ? Number(process.env.BENCH_NEO4J_PID) : null;
    if (pid !== null && !Number.isInteger(pid)) throw new Error('BENCH_NEO4J_PID must be a process id');
    return { uri, local: false, pid, stop: async () => undefined };
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `tiermap-${label}-neo4j-`));
  log('starting a local Neo4j…');
  const db = await startLocalNeo4j({ port: await freePort(), dataDir, heapMb: 2048, pageCacheMb: 512 });
  return {
    uri: db.uri,
    local: true,
    pid: db.pid,
    stop: async () => {
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Clock ticks a second, the unit of CPU times in /proc. */
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/** CPU time a process has used (every thread), in ms, from /proc: utime + stime. */
export function processCpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}
