import fs from 'node:fs';
import { EncodingError } from './decode.ts';
import { error, type Problem } from './problems.ts';

/** One line of a JSON-lines file: the parsed value, or the problem that stopped it. */
export interface JsonLine {
  line: number;
  raw: string;
  value?: unknown;
  problem?: Problem;
}

/**
 * Splits JSON lines (FtM `.ftm.json`/`.ijson`, BODS `.jsonl`) and parses each; blank lines are
 * skipped. A line that is not JSON (a truncated download's last line, say) becomes an error on it.
 */
export function readJsonLines(text: string): JsonLine[] {
  return text.split('\n').flatMap((rawLine, index) => parseJsonLine(rawLine, index + 1) ?? []);
}

/**
 * The same lines read from a UTF-8 file as a stream, one at a time (a BOM is dropped, as `decode`
 * drops it): memory holds one chunk and one line, whatever the file's size.
 */
export async function* streamJsonLines(file: string, label: string): AsyncGenerator<JsonLine> {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let line = 1;
  const decode = (chunk?: Buffer) => {
    try {
      return chunk ? utf8.decode(chunk, { stream: true }) : utf8.decode();
    } catch {
      throw new EncodingError(`${label} is not valid UTF-8 (near line ${line}); save it as UTF-8, e.g. iconv -f <its encoding> -t UTF-8 ${label} > utf8.jsonl`);
    }
  };
  for await (const chunk of fs.createReadStream(file) as AsyncIterable<Buffer>) {
    const pieces = (rest + decode(chunk)).split('\n');
    rest = pieces.pop()!;
    for (const piece of pieces) {
      const parsed = parseJsonLine(piece, line++);
      if (parsed) yield parsed;
    }
  }
  const parsed = parseJsonLine(rest + decode(), line);
  if (parsed) yield parsed;
}

/** One line of the file (without its `\n`), parsed; undefined when blank. */
function parseJsonLine(rawLine: string, line: number): JsonLine | undefined {
  const raw = rawLine.replace(/\r$/, '');
  if (raw.trim() === '') return undefined;
  try {
    return { line, raw, value: JSON.parse(raw) };
  } catch (cause) {
    return { line, raw, problem: error(line, 'json', `not valid JSON (${jsonReason(cause, raw)})`) };
  }
}

/** JSON.parse's message, with "truncated" said plainly when the line just stops. */
export function jsonReason(cause: unknown, raw: string): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const position = /position (\d+)/.exec(message);
  if (/Unexpected end|Unterminated/.test(message)) return `truncated after ${raw.length} characters: ${message}`;
  return position ? `${message}, column ${Number(position[1]) + 1}` : message;
}

export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
