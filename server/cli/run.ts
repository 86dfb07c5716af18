import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph, type Graph } from '../../graph/driver.ts';
import { StartupError } from '../../graph/errors.ts';

/** A CLI's input mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Runs a CLI command with a graph connection, mapping errors to exit codes (2: usage, 1: other). */
export function runCli(name: string, usage: string, work: (graph: Graph) => Promise<number>): void {
  (async () => {
    const graph = await connectGraph(readGraphConfig(), { log: (line) => console.error(line) });
    try {
      return await work(graph);
    } finally {
      await graph.close();
    }
  })().then(
    (code) => process.exit(code),
    (error: unknown) => {
      const usageError = error instanceof UsageError || String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
      if (error instanceof StartupError) console.error(error.toLine());
      else if (usageError) console.error(`scs-graph ${name}: ${(error as Error).message}\n${usage}`);
      else if (error instanceof Error && error.name.endsWith('Error') && error.name !== 'Error') console.error(`scs-graph ${name}: ${error.message}`);
      else console.error(error);
      process.exit(usageError ? 2 : 1);
    },
  );
}

/** A path the user typed, relative to where they ran npm. */
export const userPath = async (file: string) => (await import('node:path')).resolve(process.env.INIT_CWD ?? process.cwd(), file);
