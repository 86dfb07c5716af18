import type { Graph } from '../../graph/driver.ts';
import { CsvExport } from './csv.ts';
import { CytoscapeExport } from './cytoscape.ts';
import { FtmExport } from './ftm.ts';
import { GraphmlExport } from './graphml.ts';
import { exportPages, type Selection } from './select.ts';
import type { ExportWriter } from './writer.ts';

export const exportFormats = ['csv', 'ftm', 'graphml', 'cytoscape'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportResult {
  files: string[];
  parties: number;
  relationships: number;
  listings: number;
  /** Relationship types the format cannot carry, with counts. */
  omitted: Record<string, number>;
  /** The neighbourhood hit its cap (the export is partial). */
  bounded: boolean;
}

/** `out` is a folder for csv (five files), a file for the others. */
export function writerFor(format: ExportFormat, out: string): ExportWriter {
  switch (format) {
    case 'csv':
      return new CsvExport(out);
    case 'ftm':
      return new FtmExport(out);
    case 'graphml':
      return new GraphmlExport(out);
    case 'cytoscape':
      return new CytoscapeExport(out);
  }
}

export async function exportGraph(graph: Graph, format: ExportFormat, out: string, selection: Selection, onPage?: (parties: number) => void): Promise<ExportResult> {
  const writer = writerFor(format, out);
  const result: ExportResult = { files: [], parties: 0, relationships: 0, listings: 0, omitted: writer.omitted, bounded: false };
  for await (const page of exportPages(graph, selection, () => (result.bounded = true))) {
    await writer.page(page);
    result.parties += page.parties.length;
    result.relationships += page.links.length;
    result.listings += page.listings.length;
    onPage?.(result.parties);
  }
  result.files = await writer.end();
  return result;
}
