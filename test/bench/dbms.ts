import fs from 'node:fs';
import path from 'node:path';
import { readGraphConfig, type GraphConfig } from '../../graph/config.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { freePort } from '../support/globalSetup.ts';
import type { BenchOptions } from './options.ts';

/**
 * Memory for a bench DBMS by corpus size. The aim is the whole store in the page cache (queries fall
 * ~10x when the working set spills, stack.md §7) and heap for 10k-row load batches and 2-hop
 * expansions, while leaving room on the shared 2-core / 24 GiB machine.
 * Measured at 100k (364k nodes, 816k relationships): 539 MiB of store and indexes; 1M is ten times
 * that (~5.4 GiB; the report gives the measured size), so 6 GiB page cache + 4 GiB heap.
 */
export function memoryFor(companies: number): { heapMiB: number; pageCacheMiB: number } {
  if (companies <= 10_000) return { heapMiB: 1024, pageCacheMiB: 512 };
  if (companies <= 100_000) return { heapMiB: 2048, pageCacheMiB: 1536 };
  return { heapMiB: 4096, pageCacheMiB: 6144 };
}

/** The reusable query graph's folder, keyed by scale and seed. */
export function corpusDir(options: Pick<BenchOptions, 'dataRoot' | 'scaleLabel' | 'seed'>): string {
  return path.join(options.dataRoot, `bench-${options.scaleLabel}-s${options.seed}`);
}

export interface BenchDbms {
  graph: Graph;
  dataDir: string;
  heapMiB: number;
  pageCacheMiB: number;
  /** JVM process id, for RSS readings. */
  pid: number;
}

/** Starts an embedded Neo4j of our own on a free loopback port over `dataDir` (never the user's .data/neo4j). */
export async function startBenchDbms(dataDir: string, companies: number, log: (line: string) => void): Promise<BenchDbms> {
  const memory = memoryFor(companies);
  const graph = await connectGraph(await benchConfig(dataDir, companies), { log });
  return { graph, dataDir, ...memory, pid: graph.embeddedInfo!.pid };
}

/** The graph config of a bench DBMS over `dataDir` (its Neo4j in `<dataDir>/neo4j`) on a free loopback port. */
export async function benchConfig(dataDir: string, companies: number): Promise<GraphConfig> {
  const memory = memoryFor(companies);
  return readGraphConfig({
    NEO4J_DATA_DIR: path.join(dataDir, 'neo4j'),
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP_MB: String(memory.heapMiB),
    NEO4J_PAGECACHE_MB: String(memory.pageCacheMiB),
    NEO4J_START_TIMEOUT_MS: '600000',
  });
}

/** Bytes below a folder (store + indexes + transaction logs). */
export function folderBytes(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : fs.statSync(full).size;
  }
  return total;
}

/** Resident set size of a process in MiB (Linux /proc), undefined when it cannot be read. */
export function rssMiB(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}
