import fs from 'node:fs';
import { sharePercent } from '../../graph/domain/share.ts';
import { NodeKind, Rel } from '../../graph/model.ts';
import type { ExportNode, ExportRel } from '../../graph/export/parties.ts';
import type { ExportPage } from './select.ts';
import type { ExportWriter } from './writer.ts';

/**
 * The whole selection as one set of nodes and edges (for the graph formats, which declare their
 * attributes up front): parties, references, listings and every relationship, deduplicated.
 */
export class Elements {
  readonly nodes = new Map<string, ExportNode>();
  readonly edges = new Map<string, ExportRel>();

  add(page: ExportPage): void {
    for (const node of [...page.parties, ...page.references, ...page.listings]) this.nodes.set(node.id, node);
    for (const edge of [...page.links, ...page.listingLinks]) this.edges.set(`${edge.type}:${edge.id}`, edge);
  }
}

/** What the explorer would print on a node: Chinese name, else English, else a listing's dates. */
export function nodeLabel(node: ExportNode): string {
  const p = node.props;
  if (node.kind === NodeKind.Listing) return `${String(p.status ?? '')} ${String(p.from ?? '')}${p.until ? `–${String(p.until)}` : ''}`.trim();
  return String(p.nameZh ?? p.nameEn ?? p.title ?? node.id);
}

/** A shareholding's share ("51%"), an officer's role; else nothing. */
export function edgeLabel(edge: ExportRel): string | null {
  const p = edge.props;
  if ((edge.type === Rel.SHAREHOLDER_OF || edge.type === Rel.INDIRECT_OWNER_OF) && typeof p.fraction === 'number') return sharePercent(p.fraction);
  if (edge.type === Rel.OFFICER_OF) return String(p.role ?? '');
  if (edge.type === Rel.HAS_INTEREST_IN) return String(p.interest ?? '');
  return null;
}

/** A format written in one piece at the end (it declares its attributes up front): collects the pages. */
export abstract class WholeSelectionExport implements ExportWriter {
  omitted: Record<string, number> = {};
  protected readonly elements = new Elements();

  constructor(private readonly file: string) {}

  async page(page: ExportPage): Promise<void> {
    this.elements.add(page);
  }

  async end(): Promise<string[]> {
    fs.writeFileSync(this.file, this.render());
    return [this.file];
  }

  protected abstract render(): string;
}
