#!/usr/bin/env node
// Entry point behind every npm script. Plain JavaScript so it runs on a fresh clone before any
// dependency is installed: it installs what is missing, then runs the TypeScript command via tsx.
import { spawnSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const [command, ...args] = process.argv.slice(2);

const commands = {
  start: { file: 'server/main.ts', needsWeb: true },
  seed: { file: 'seed/cli.ts' },
  import: { file: 'seed/import/cli.ts' },
  export: { file: 'seed/export/cli.ts' },
  screen: { file: 'seed/screen/cli.ts' },
  watch: { file: 'server/cli/watch.ts' },
  monitor: { file: 'server/cli/monitor.ts' },
  report: { file: 'server/cli/report.ts' },
  bench: { file: 'test/bench/run.ts', needsWeb: true },
  fuzz: { file: 'test/security/fuzz.ts' },
  // Lint first, then the tiers one after another (each database tier starts its own Neo4j); with
  // arguments (`npm test -- test/api`) only vitest runs, on what they name.
  test: { bin: 'vitest', args: ['run'], needsWeb: true, lint: true, tiers: ['unit', 'int', 'e2e', 'bench'] },
};

function fail(message) {
  console.error(`scs-graph: ${message}`);
  process.exit(1);
}

function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

function run(cmd, cmdArgs, what) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) fail(`${what} failed (exit ${result.status ?? result.signal}); see the output above`);
}

/** npm ci when node_modules is missing or older than the lock file. */
function ensureDependencies() {
  const lock = path.join(root, 'package-lock.json');
  const installed = path.join(root, 'node_modules', '.package-lock.json');
  if (fs.existsSync(installed) && newestMtime(installed) >= newestMtime(lock)) return;
  console.error('scs-graph: installing npm dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
}

/** Builds the web UI into dist/web when it is missing or older than web/. */
function ensureWebBuilt() {
  const built = path.join(root, 'dist', 'web', 'index.html');
  if (!fs.existsSync(path.join(root, 'web', 'index.html'))) return;
  if (fs.existsSync(built) && newestMtime(built) >= newestMtime(path.join(root, 'web'))) return;
  console.error('scs-graph: building the web UI (vite build)…');
  run(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], 'vite build');
}

const spec = commands[command];
if (!spec) fail(`unknown command '${command}'; one of: ${Object.keys(commands).join(', ')}`);
ensureDependencies();
if (spec.needsWeb) ensureWebBuilt();

const vitest = (vitestArgs) => spawn(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), ...vitestArgs], { cwd: root, stdio: 'inherit' });
if (spec.tiers && args.length === 0) {
  if (spec.lint) run(process.execPath, [path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '.'], 'lint');
  for (const tier of spec.tiers) {
    const code = await new Promise((resolve) => {
      const child = vitest(['run', '--project', tier]);
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
      child.on('exit', (exit, signal) => resolve(exit ?? (signal ? 128 + 15 : 1)));
    });
    if (code !== 0) fail(`the ${tier} tests failed (exit ${code}); see the output above`);
  }
  process.exit(0);
}

const child = spec.bin
  ? spawn(process.execPath, [path.join(root, 'node_modules', spec.bin, `${spec.bin}.mjs`), ...spec.args, ...args], { cwd: root, stdio: 'inherit' })
  : spawn(process.execPath, ['--import', 'tsx', path.join(root, spec.file), ...args], { cwd: root, stdio: 'inherit' });
// The child gets Ctrl-C from the terminal itself; forward signals sent to us alone (kill, CI).
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + 15 : 1)));
