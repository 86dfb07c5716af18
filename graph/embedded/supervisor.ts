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
  /** The running JVM's process id (a new one after each restart). */
  readonly pid: number;
  /** Crashes seen and restarts done since start (a deliberate stop() is neither). */
  readonly restarts: number;
  stop(): Promise<void>;
}

/** Waits before restart attempt 1, 2, 3…: doubling from 1 s, at most 30 s. */
export const restartBackoffMs = (attempt: number): number => Math.min(30_000, 1_000 * 2 ** (attempt - 1));
/** A JVM that stays up this long counts as healthy again: the next crash starts the backoff anew. */
const stableAfterMs = 60_000;

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

/** What the JVM may inherit from our environment: where programs and Java are, locale, temp dir. Never keys or passwords. */
const inheritedEnv = ['PATH', 'HOME', 'JAVA_HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'TZ'];

/** The JVM's environment: the harmless variables of ours plus its own settings; API_KEYS, NEO4J_PASSWORD and the like stay out. */
export function childEnv(own: Record<string, string>, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const kept = Object.fromEntries(inheritedEnv.filter((name) => env[name] !== undefined).map((name) => [name, env[name]]));
  return { ...kept, ...own };
}

interface Launched {
  child: ChildProcess;
  version: string;
}

/** The launcher's classes and the Neo4j jars Maven copied beside them. */
export const launcherClassPath = () =>
  [path.join(launcherDir, 'target', 'classes'), path.join(launcherDir, 'target', 'lib', '*')].join(path.delimiter);

/**
 * Builds the launcher if missing or older than its sources, then starts it and waits for Bolt. The
 * JVM is then supervised: when it dies without being asked to, the crash is logged with the log
 * file's path and the JVM is started again with backoff; the driver reconnects by itself.
 */
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
  const uri = `bolt://127.0.0.1:${config.boltPort}`;

  let current = await launch(config, password, logFile);
  log(`Neo4j ${current.version} (embedded) is up at ${uri}; data in ${config.dataDir}`);

  let stopping = false;
  /** A JVM being restarted, not ready yet (stop() must not miss it). */
  let starting: ChildProcess | undefined;
  let restarts = 0;
  let attempt = 0;
  let upSince = Date.now();
  let pendingRestart: NodeJS.Timeout | undefined;
  const killOnExit = () => current.child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const restart = async () => {
    pendingRestart = undefined;
    if (stopping) return;
    try {
      await requireFreePort(config.boltPort, logFile);
      const launched = await launch(config, password, logFile, (child) => (starting = child));
      starting = undefined;
      if (stopping) return void (await stopChild(launched.child));
      current = launched;
      restarts++;
      upSince = Date.now();
      log(`scs-graph: embedded Neo4j restarted (pid ${current.child.pid}, restart ${restarts}); log: ${logFile}`);
      watch(current.child);
    } catch (error) {
      starting = undefined;
      if (stopping) return;
      const reason = error instanceof StartupError ? error.message : String(error);
      scheduleRestart(`its restart failed (${reason})`);
    }
  };

  const scheduleRestart = (why: string) => {
    if (Date.now() - upSince > stableAfterMs) attempt = 0;
    attempt++;
    const waitMs = restartBackoffMs(attempt);
    log(`scs-graph: embedded Neo4j ${why}; restarting in ${waitMs / 1000} s (attempt ${attempt}); log: ${logFile}`);
    pendingRestart = setTimeout(() => void restart(), waitMs);
  };

  const watch = (child: ChildProcess) =>
    child.once('exit', (code, signal) => {
      if (stopping || child !== current.child) return;
      fs.appendFileSync(logFile, `\n--- scs-graph: the JVM exited unexpectedly (${signal ?? `exit code ${code}`}) at ${new Date().toISOString()} ---\n`);
      scheduleRestart(`exited unexpectedly (${signal ?? `exit code ${code}`})`);
    });
  watch(current.child);

  return {
    uri,
    password,
    logFile,
    version: current.version,
    get pid() {
      return current.child.pid!;
    },
    get restarts() {
      return restarts;
    },
    stop: async () => {
      stopping = true;
      clearTimeout(pendingRestart);
      process.removeListener('exit', killOnExit);
      await Promise.all([stopChild(current.child), starting && stopChild(starting)]);
    },
  };
}

/** Starts one JVM and waits for its ready line. */
async function launch(config: EmbeddedConfig, password: string, logFile: string, spawned: (child: ChildProcess) => void = () => {}): Promise<Launched> {
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
      env: childEnv({
        SCS_NEO4J_HOME: config.dataDir,
        SCS_NEO4J_BOLT_PORT: String(config.boltPort),
        SCS_NEO4J_PASSWORD: password,
        SCS_NEO4J_PAGECACHE: String(config.pageCacheMiB),
        SCS_NEO4J_WATCH_STDIN: '1',
      }),
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  child.stderr!.pipe(logStream, { end: false });
  spawned(child);
  const ready = await waitForReadyLine(child, logStream, config.startTimeoutMs, logFile);
  return { child, version: ready.version };
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
