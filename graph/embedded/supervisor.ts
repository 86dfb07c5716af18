import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import readline from 'node:readline';
import { randomBytes } from 'node:crypto';
import type { EmbeddedConfig } from '../config.ts';
import { StartupError } from '../errors.ts';

/** The Maven module that runs Neo4j Community embedded (see its pom.xml). */
export const launcherDir = path.resolve(import.meta.dirname, '..', 'neo4j-launcher');
const mainClass = 'scsgraph.EmbeddedNeo4j';

export interface EmbeddedNeo4j {
  uri: string;
  password: string;
  logFile: string;
  /** Neo4j version reported by the launcher. */
  version: string;
  pid: number;
  stop(): Promise<void>;
}

/** JVM flags the official neo4j.conf sets; Netty and the page cache need the opens on Java 17+. */
export const jvmFlags = [
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+UseG1GC',
  '-Dlog4j2.disable.jmx=true',
];

/** The launcher's classes and the Neo4j jars Maven copied beside them. */
export const launcherClassPath = () =>
  [path.join(launcherDir, 'target', 'classes'), path.join(launcherDir, 'target', 'lib', '*')].join(path.delimiter);

/** Builds the launcher if missing or older than its sources, then starts it and waits for Bolt. */
export async function startEmbeddedNeo4j(
  config: EmbeddedConfig,
  log: (line: string) => void = () => {},
): Promise<EmbeddedNeo4j> {
  fs.mkdirSync(config.dataDir, { recursive: true });
  const logFile = path.join(path.dirname(config.dataDir), `${path.basename(config.dataDir)}.log`);
  requireJava(logFile);
  ensureLauncherBuilt(logFile, log);
  await requireFreePort(config.boltPort, logFile);
  const password = embeddedPassword(config.dataDir);

  const logStream = fs.createWriteStream(logFile, { flags: 'a' });
  const child = spawn(
    'java',
    [
      `-Xmx${config.heapMiB}m`,
      `-Xms${Math.min(config.heapMiB, 512)}m`,
      ...jvmFlags,
      '-cp',
      launcherClassPath(),
      mainClass,
    ],
    {
      env: {
        ...process.env,
        SCS_NEO4J_HOME: config.dataDir,
        SCS_NEO4J_BOLT_PORT: String(config.boltPort),
        SCS_NEO4J_PASSWORD: password,
        SCS_NEO4J_PAGECACHE: String(config.pageCacheMiB),
        SCS_NEO4J_WATCH_STDIN: '1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  child.stderr!.pipe(logStream, { end: false });

  const ready = await waitForReadyLine(child, logStream, config.startTimeoutMs, logFile);
  const uri = `bolt://127.0.0.1:${config.boltPort}`;
  log(`Neo4j ${ready.version} (embedded) is up at ${uri}; data in ${config.dataDir}`);

  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  return {
    uri,
    password,
    logFile,
    version: ready.version,
    pid: child.pid!,
    stop: () => {
      process.removeListener('exit', killOnExit);
      return stopChild(child);
    },
  };
}

function requireJava(logFile: string): void {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new StartupError(
      'Java was not found (the embedded Neo4j needs Java 17)',
      'install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless), or set NEO4J_URI to use your own Neo4j',
      logFile,
    );
  }
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new StartupError(
      `Java ${version} is too old (Neo4j 5.26 needs Java 17 or newer)`,
      'install a JDK 17 and put it first on PATH, or set NEO4J_URI',
      logFile,
    );
  }
}

/** Newest modification time below a folder (sources) or of a file. */
function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

export function launcherIsStale(): boolean {
  const built = path.join(launcherDir, 'target', 'classes', 'scsgraph', 'EmbeddedNeo4j.class');
  const libs = path.join(launcherDir, 'target', 'lib');
  if (!fs.existsSync(built) || !fs.existsSync(libs)) return true;
  const sources = Math.max(newestMtime(path.join(launcherDir, 'pom.xml')), newestMtime(path.join(launcherDir, 'src')));
  return fs.statSync(built).mtimeMs < sources;
}

export function ensureLauncherBuilt(logFile: string, log: (line: string) => void = () => {}): void {
  if (!launcherIsStale()) return;
  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new StartupError(
      'Maven was not found (it builds the embedded Neo4j launcher once)',
      'install Maven (Debian: apt-get install maven), or set NEO4J_URI to use your own Neo4j',
      logFile,
    );
  }
  log('Building the embedded Neo4j launcher with Maven (first run only; downloads Neo4j from Maven Central)…');
  const build = spawnSync('mvn', ['-B', '-q', '-DskipTests', 'package'], { cwd: launcherDir, encoding: 'utf8' });
  fs.appendFileSync(logFile, `\n--- mvn package ---\n${build.stdout}\n${build.stderr}\n`);
  if (build.status !== 0) {
    throw new StartupError(
      'building the embedded Neo4j launcher failed',
      `read the Maven output in the log; run 'mvn -B package' in ${path.relative(process.cwd(), launcherDir) || launcherDir} to retry`,
      logFile,
    );
  }
}

async function requireFreePort(port: number, logFile: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
  if (!free) {
    throw new StartupError(
      `port ${port} on 127.0.0.1 is already in use, so the embedded Neo4j cannot open Bolt there`,
      `stop the other program on port ${port}, or set NEO4J_BOLT_PORT to a free port`,
      logFile,
    );
  }
}

/** NEO4J_PASSWORD wins; otherwise one random password is generated and kept (0600) in the data dir. */
export function embeddedPassword(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.NEO4J_PASSWORD) {
    if (env.NEO4J_PASSWORD.length < 8) {
      throw new StartupError('NEO4J_PASSWORD is shorter than 8 characters', 'choose a password of at least 8 characters');
    }
    return env.NEO4J_PASSWORD;
  }
  const file = path.join(dataDir, 'password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function waitForReadyLine(
  child: ChildProcess,
  logStream: fs.WriteStream,
  timeoutMs: number,
  logFile: string,
): Promise<{ version: string }> {
  return new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout! });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      settle(() =>
        reject(
          new StartupError(
            `the embedded Neo4j did not open Bolt within ${Math.round(timeoutMs / 1000)} s`,
            'look at the log; raise NEO4J_START_TIMEOUT_MS on a slow machine',
            logFile,
          ),
        ),
      );
    }, timeoutMs);
    lines.on('line', (line) => {
      logStream.write(`${line}\n`);
      const ready = /^SCS-NEO4J READY \S+ neo4j (\S+)/.exec(line);
      if (ready) settle(() => resolve({ version: ready[1]! }));
      const error = /^SCS-NEO4J ERROR (.*)$/.exec(line);
      if (error) settle(() => reject(launcherError(error[1]!, logFile)));
    });
    child.once('exit', (code, signal) =>
      settle(() =>
        reject(
          new StartupError(
            `the embedded Neo4j exited during start-up (${signal ?? `exit code ${code}`})`,
            'look at the log for the cause',
            logFile,
          ),
        ),
      ),
    );
  });
}

/** Turns the launcher's one-line failure into a cause and a fix. */
export function launcherError(reason: string, logFile: string): StartupError {
  if (/lock|FileLockException|already in use/i.test(reason)) {
    return new StartupError(
      'the Neo4j data directory is locked by another running Neo4j',
      "stop the other scs-graph (or Neo4j) using it, or set NEO4J_DATA_DIR to another folder",
      logFile,
    );
  }
  if (/version|upgrade|format/i.test(reason)) {
    return new StartupError(
      `the Neo4j data directory was written by an incompatible Neo4j version (${reason})`,
      'move the data directory aside (or set NEO4J_DATA_DIR to a new folder) and start again',
      logFile,
    );
  }
  return new StartupError(`the embedded Neo4j failed to start: ${reason}`, 'look at the log for details', logFile);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
}
