import type { Graph } from '../../graph/driver.ts';
import { creditFilesOf, linksInto, listingsOf, partiesAround, partiesById, partyPage, type CreditEntry, type ExportNode, type ExportRel } from '../../graph/export/parties.ts';

/**
 * What an export contains, page by page: companies and persons (all, or those within N hops of a
 * subject), the relationships between them, state shareholders, their listings with the lists
 * and agencies those point at, and their credit files (records and grades). Pages keep memory flat at any graph size.
 */

export interface ExportPage {
  parties: ExportNode[];
  links: ExportRel[];
  listings: ExportNode[];
  listingLinks: ExportRel[];
  /** CreditList and Agency nodes referred to (may repeat across pages; writers dedupe). */
  references: ExportNode[];
  /** The parties' credit-file records and grades. */
  credit: CreditEntry[];
}

export interface Selection {
  subject?: string;
  hops?: number;
  pageSize?: number;
  /** Most parties a neighbourhood export takes. */
  cap?: number;
}

export class SubjectNotFound extends Error {
  override name = 'SubjectNotFound';
}

export async function* exportPages(graph: Graph, selection: Selection, onBounded?: (cap: number) => void): AsyncGenerator<ExportPage> {
  const pageSize = selection.pageSize ?? 2_000;
  if (selection.subject !== undefined) {
    const cap = selection.cap ?? 100_000;
    const around = await partiesAround(graph, selection.subject, selection.hops ?? 1, cap);
    if (!around) throw new SubjectNotFound(`no company or person with id ${selection.subject}`);
    if (around.bounded) onBounded?.(cap);
    const chosen = new Set(around.ids);
    for (let start = 0; start < around.ids.length; start += pageSize) {
      const parties = await partiesById(graph, around.ids.slice(start, start + pageSize));
      yield await page(graph, parties, (link) => chosen.has(link.from));
    }
    return;
  }
  for (let after = ''; ; ) {
    const parties = await partyPage(graph, after, pageSize);
    if (parties.length === 0) return;
    yield await page(graph, parties, () => true);
    after = parties[parties.length - 1]!.id;
  }
}

async function page(graph: Graph, parties: ExportNode[], keep: (link: ExportRel) => boolean): Promise<ExportPage> {
  const ids = parties.map((p) => p.id);
  const into = await linksInto(graph, ids);
  const listings = await listingsOf(graph, ids);
  const credit = await creditFilesOf(graph, ids);
  // A state shareholder comes along as a reference; a company or person outside the selection does not.
  const agencies = new Set(into.agencies.map((a) => a.id));
  return {
    parties,
    links: into.links.filter((link) => keep(link) || agencies.has(link.from)),
    listings: listings.listings,
    listingLinks: listings.links,
    references: [...listings.references, ...into.agencies],
    credit,
  };
}
