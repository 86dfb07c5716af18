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
  const lines: JsonLine[] = [];
  text.split('\n').forEach((rawLine, index) => {
    const raw = rawLine.replace(/\r$/, '');
    if (raw.trim() === '') return;
    const line = index + 1;
    try {
      lines.push({ line, raw, value: JSON.parse(raw) });
    } catch (cause) {
      lines.push({ line, raw, problem: error(line, 'json', `not valid JSON (${jsonReason(cause, raw)})`) });
    }
  });
  return lines;
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
