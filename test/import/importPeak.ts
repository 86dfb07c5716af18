/**
 * Child process of ftmMemory.test.ts: imports one file (streamed, or read whole with `--whole`) into
 * the database of NEO4J_URI … and prints the result's counts and the process's peak RSS (kB), so
 * each file size is measured in a fresh process.
 */
import { readGraphConfig } from '../../graph/config.ts';
import { connectGraph } from '../../graph/driver.ts';
import { importFile } from '../../seed/import/run.ts';

const [file, namespace, mode] = process.argv.slice(2);
const graph = await connectGraph(readGraphConfig());
try {
  const result = await importFile(graph, { file: file!, namespace: namespace!, readWhole: mode === '--whole' });
  console.log(JSON.stringify({ records: result.records, errors: result.errors, written: result.written, maxRssKb: process.resourceUsage().maxRSS }));
} finally {
  await graph.close();
}
