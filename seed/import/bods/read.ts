import { jsonReason, readJsonLines, type JsonLine } from '../jsonLines.ts';
import { error } from '../problems.ts';

/**
 * BODS files are a JSON array of statements (often pretty-printed) or JSON lines. For an array, each
 * statement's line is where its `"statementId"` key stands, so problems and provenance point into the
 * file as the user sees it.
 */
export function readStatements(text: string): { statements: JsonLine[]; fileError?: ReturnType<typeof error> } {
  if (!text.trimStart().startsWith('[')) return { statements: readJsonLines(text) };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (cause) {
    const position = /position (\d+)/.exec(String(cause))?.[1];
    const line = position === undefined ? lineCount(text) : lineAt(text, Number(position));
    return { statements: [], fileError: error(line, 'json', `not valid JSON (${jsonReason(cause, text)})`) };
  }
  const items = parsed as unknown[];
  let from = 0;
  return {
    statements: items.map((value) => {
      const statementId = (value as { statementId?: unknown })?.statementId;
      const at = typeof statementId === 'string' ? text.indexOf(JSON.stringify(statementId), text.indexOf('"statementId"', from)) : -1;
      if (at >= 0) from = at;
      return { line: lineAt(text, at >= 0 ? at : from), raw: JSON.stringify(value), value };
    }),
  };
}

const lineAt = (text: string, position: number): number => text.slice(0, position).split('\n').length;
const lineCount = (text: string): number => text.split('\n').length;
