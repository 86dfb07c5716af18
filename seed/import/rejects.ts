import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { ImportFormat } from './detect.ts';
import type { ImportRecord } from './facts.ts';

/**
 * With --skip-invalid, the records left out and why: a CSV with the input's header plus a `problems`
 * column (`header` is the input's first line), or JSON lines `{line, problems, record}` for FtM and BODS. Fix them and import that file.
 */
export function writeRejects(file: string, dir: string, format: ImportFormat, header: string, rejected: ImportRecord[]): string {
  const csv = format.startsWith('csv-') || format === 'opensanctions-cn';
  const target = path.join(dir, `${path.basename(file).replace(/\.[^.]+$/, '')}.rejects.${csv ? 'csv' : 'jsonl'}`);
  const reasons = (record: ImportRecord) => record.problems.filter((p) => p.severity === 'error').map((p) => `${p.column}: ${p.message}`);
  let body: string;
  if (csv) {
    body = `${header},problems\n${rejected.map((r) => `${r.raw},${stringify([[reasons(r).join('; ')]]).trimEnd()}`).join('\n')}\n`;
  } else {
    body = rejected.map((r) => JSON.stringify({ line: r.line, problems: reasons(r), record: parseOrRaw(r.raw) })).join('\n') + '\n';
  }
  fs.writeFileSync(target, body);
  return target;
}

function parseOrRaw(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
