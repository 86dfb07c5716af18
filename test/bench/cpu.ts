import fs from 'node:fs';
import os from 'node:os';
import { reapedChildrenCpuSeconds } from '../../graph/embedded/offlineImport.ts';

/**
 * CPU time beside wall time: on a shared 2-core machine wall time swings with the neighbours' load,
 * CPU-seconds of the work itself much less. Neo4j's from /proc/<jvm pid>/stat, Node's own from
 * process.cpuUsage(), finished child processes (the offline importer) from /proc/self/stat.
 */

/** utime + stime of a running process in seconds (/proc, clock ticks of 1/100 s); 0 when unreadable. */
export function processCpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

export interface CpuFigures {
  wallSeconds: number;
  neo4jCpuSeconds: number;
  nodeCpuSeconds: number;
  /** CPU of child processes that finished meanwhile (the offline importer's JVM). */
  childCpuSeconds: number;
  /** 1-minute load average at the end of the window. */
  loadAverage: number;
}

/** Starts a measuring window over this process and the JVM `pid`; `stop()` gives the figures. */
export function cpuWindow(neo4jPid?: number): { stop(pid?: number): CpuFigures } {
  const wall = process.hrtime.bigint();
  const node = process.cpuUsage();
  const neo4j = processCpuSeconds(neo4jPid);
  const children = reapedChildrenCpuSeconds();
  return {
    // A window may end on another JVM than it began (the DBMS restarted over an imported store): then count that one from 0.
    stop: (pid = neo4jPid) => {
      const used = process.cpuUsage(node);
      return {
        wallSeconds: Number(process.hrtime.bigint() - wall) / 1e9,
        neo4jCpuSeconds: processCpuSeconds(pid) - (pid === neo4jPid ? neo4j : 0),
        nodeCpuSeconds: (used.user + used.system) / 1e6,
        childCpuSeconds: reapedChildrenCpuSeconds() - children,
        loadAverage: os.loadavg()[0]!,
      };
    },
  };
}
