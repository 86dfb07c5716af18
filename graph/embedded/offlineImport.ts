import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { childEnv, ensureLauncherBuilt, jvmFlags, launcherClassPath } from './supervisor.ts';

/**
 * Neo4j's offline importer (`neo4j-admin database import full`) run from the launcher's own class
 * path: the same Neo4j version's jars from Maven Central (neo4j-import-tool and the admin CLI,
 * org.neo4j.cli.AdminTool, come with the `neo4j` artifact), a second main class beside
 * EmbeddedNeo4j. It writes the store of database `neo4j` under `homeDir`, exactly where the embedded
 * DBMS started over the same folder looks for it, so the DBMS starts on the imported graph.
 */

export interface ImportGroup {
  entity: 'nodes' | 'relationships';
  header: string;
  data: string;
  multiline: boolean;
}

export interface OfflineImportOptions {
  /** The embedded DBMS's data folder (NEO4J_DATA_DIR); its database `neo4j` must not exist yet. */
  homeDir: string;
  groups: ImportGroup[];
  arrayDelimiter: string;
  heapMiB: number;
  /** Off-heap memory the importer may use (its caches); bounded, the machine is shared. */
  offHeapMiB: number;
  /** Where the importer's report (skipped relationships…) goes. */
  reportFile: string;
  log?: (line: string) => void;
}

export interface OfflineImportResult {
  nodes: number;
  relationships: number;
  properties: number;
  seconds: number;
  /** CPU time of the importer JVM (user + system). */
  cpuSeconds: number;
  peakMemory: string;
}

const mainClass = 'org.neo4j.cli.AdminTool';

export function importArguments(options: OfflineImportOptions): string[] {
  const files = (group: ImportGroup) => `${group.header},${group.data}`;
  const multiline = options.groups.filter((group) => group.multiline).map((group) => group.data);
  return [
    'database',
    'import',
    'full',
    ...options.groups.map((group) => `--${group.entity}=${files(group)}`),
    `--array-delimiter=${options.arrayDelimiter}`,
    // A relationship whose end node is missing is left out, as the online writers do (MATCH finds nothing).
    '--verbose',
    '--skip-bad-relationships=true',
    '--bad-tolerance=-1',
    `--max-off-heap-memory=${options.offHeapMiB}m`,
    `--report-file=${options.reportFile}`,
    ...(multiline.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`] : []),
    '--',
    'neo4j',
  ];
}

/** Runs the importer and reports what it imported; throws with the importer's own error lines when it fails. */
export async function offlineImport(options: OfflineImportOptions): Promise<OfflineImportResult> {
  const log = options.log ?? (() => {});
  const logFile = path.join(path.dirname(options.homeDir), `${path.basename(options.homeDir)}-import.log`);
  ensureLauncherBuilt(logFile, log);
  const store = path.join(options.homeDir, 'data', 'databases', 'neo4j');
  if (fs.existsSync(store) && fs.readdirSync(store).some((name) => name.startsWith('neostore')))
    throw new Error(`offline import: ${store} already holds a database; the offline importer only builds an empty one`);
  const conf = path.join(options.homeDir, 'import-conf');
  fs.mkdirSync(conf, { recursive: true });
  const cpuBefore = reapedChildrenCpuSeconds();
  const started = process.hrtime.bigint();
  const child = spawn('java', [`-Xmx${options.heapMiB}m`, ...jvmFlags, '-cp', launcherClassPath(), mainClass, ...importArguments(options)], {
    env: childEnv({ NEO4J_HOME: options.homeDir, NEO4J_CONF: conf }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = fs.createWriteStream(logFile, { flags: 'a' });
  child.stderr.pipe(output, { end: false });
  const tail: string[] = [];
  let stage = '';
  let lastShown = -1;
  for await (const line of readline.createInterface({ input: child.stdout })) {
    output.write(`${line}\n`);
    tail.push(line);
    if (tail.length > 40) tail.shift();
    const stageLine = /^\((\d+\/\d+)\) (.+?) \d{4}-\d\d-\d\d/.exec(line);
    if (stageLine) {
      stage = `${stageLine[1]} ${stageLine[2]}`;
      lastShown = -1;
    }
    const percent = /\s(\d+)% ∆/.exec(line)?.[1];
    if (percent !== undefined && Number(percent) % 25 === 0 && Number(percent) !== lastShown) {
      lastShown = Number(percent);
      log(`  offline import: ${stage} ${percent}% (${elapsed(started).toFixed(0)} s)`);
    }
  }
  const code = await new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', resolve)));
  output.end();
  const seconds = elapsed(started);
  const text = tail.join('\n');
  if (code !== 0 || !/IMPORT DONE/.test(text)) {
    // Nothing half-written: the importer leaves an unusable store behind on failure.
    for (const dir of [store, path.join(options.homeDir, 'data', 'transactions', 'neo4j')]) fs.rmSync(dir, { recursive: true, force: true });
    const cause = fs.readFileSync(logFile, 'utf8').split('\n').filter((l) => /Caused by|ERROR|Exception:/.test(l)).slice(-3).join(' | ');
    throw new Error(`offline import failed (exit ${code}): ${cause || tail.slice(-5).join(' ')} — the full output is in ${logFile}`);
  }
  const figure = (what: string) => Number(new RegExp(`^\\s+(\\d+) ${what}$`, 'm').exec(text)?.[1] ?? Number.NaN);
  return {
    nodes: figure('nodes'),
    relationships: figure('relationships'),
    properties: figure('properties'),
    seconds,
    cpuSeconds: reapedChildrenCpuSeconds() - cpuBefore,
    peakMemory: /Peak memory usage: (\S+)/.exec(text)?.[1] ?? 'n/a',
  };
}

const elapsed = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e9;

/** CPU seconds of this process's finished (waited-for) children, from /proc/self/stat (cutime + cstime); 0 off Linux. */
export function reapedChildrenCpuSeconds(): number {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    // Fields after the command name start at field 3 (state): cutime is field 16, cstime 17.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return 0;
  }
}
