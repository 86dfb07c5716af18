import type { ExportPage } from './select.ts';

/** An export format: takes pages in order, then writes its file(s) and names them. */
export interface ExportWriter {
  page(page: ExportPage): Promise<void>;
  end(): Promise<string[]>;
  /** Relationships the format cannot express, by type (said in the CLI's summary). */
  omitted: Record<string, number>;
}

/** Property values as text: lists joined with |, numbers and booleans as JSON, null as empty. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join('|');
  return String(value);
}
