/**
 * Problems found while reading an import file. Every one names its place as `file:line: column:`
 * so an editor or a terminal can jump to it; warnings never stop an import, errors reject the record.
 */

export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** 1-based line of the record in its file (0 when the problem concerns the whole file). */
  line: number;
  /** CSV column name, or the JSON property path (`properties.percentage`). */
  column: string;
  message: string;
}

export const error = (line: number, column: string, message: string): Problem => ({ severity: 'error', line, column, message });
export const warning = (line: number, column: string, message: string): Problem => ({ severity: 'warning', line, column, message });

/** `file:line: column: message`, warnings marked as such. */
export function formatProblem(file: string, problem: Problem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${problem.line}: ${problem.column}: ${tag}${problem.message}`;
}

export const hasErrors = (problems: readonly Problem[]): boolean => problems.some((p) => p.severity === 'error');

/** Problems in file order (line, then errors before warnings). */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.line - b.line || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
