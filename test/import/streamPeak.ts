/**
 * Child process of streamMemory.test.ts: reads one CSV file with the streaming reader and prints the
 * rows it read and the process's peak RSS (kB), so each file size is measured in a fresh process.
 */
import { columnSets } from '../../seed/import/csv/columns.ts';
import { readCsvStream } from '../../seed/import/csv/stream.ts';

const [file] = process.argv.slice(2);
let rows = 0;
let problems = 0;
for await (const item of readCsvStream(file!, 'persons.csv', columnSets.persons)) {
  if ('row' in item) rows++;
  else problems += 'problem' in item ? 1 : item.problems.length;
}
console.log(JSON.stringify({ rows, problems, maxRssKb: process.resourceUsage().maxRSS }));
