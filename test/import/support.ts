import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The shared public samples (../shared/data, see each SOURCE.md). */
export const sharedData = path.resolve(import.meta.dirname, '../../../shared/data');
export const fixtures = path.join(import.meta.dirname, 'fixtures');

/** A fresh temp folder for files a test writes (bad inputs, exports, rejects). */
export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes `text` to `name` in `dir` and returns the path. */
export function writeFile(dir: string, name: string, text: string | Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

/** A fixed clock, so listing statuses and recordedAt do not depend on the day the tests run. */
export const now = new Date('2025-06-30T12:00:00Z');
