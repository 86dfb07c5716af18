import fs from 'node:fs';
import { NodeKind, Rel } from '../../graph/model.ts';
import type { ExportNode, ExportRel } from '../../graph/export/parties.ts';
import { listingEnds } from './csv.ts';
import type { ExportPage } from './select.ts';
import type { ExportWriter } from './writer.ts';

/**
 * FollowTheMoney JSON lines, the shape the importer reads: Company/Person (Agency shareholders as
 * PublicBody), Ownership, Directorship, Family, Associate, and a Sanction per listing with the list's
 * authority and program. Ids imported from FtM (`ftm-…`) get their original id back. Declared
 * indirect holdings and other BODS interests become UnknownLink (which the importer skips, so they
 * are never turned into direct holdings).
 */

type Properties = Record<string, string[]>;

const ftmId = (id: string) => id.replace(/^ftm-/, '');

function values(...items: unknown[]): string[] {
  return items.flatMap((item) => (Array.isArray(item) ? item : [item])).filter((v) => v !== null && v !== undefined && v !== '').map(String);
}

function entity(id: string, schema: string, properties: Properties): string {
  const clean: Properties = {};
  for (const [name, list] of Object.entries(properties)) if (list.length > 0) clean[name] = list;
  return JSON.stringify({ id: ftmId(id), schema, properties: clean });
}

function party(node: ExportNode): string {
  const p = node.props;
  const names = values(p.nameZh, p.nameEn);
  const common = { name: names, sourceUrl: values(p.sourceUrl) };
  if (node.kind === NodeKind.Person) return entity(node.id, 'Person', common);
  if (node.kind === NodeKind.Agency) return entity(node.id, 'PublicBody', { ...common, country: ['cn'] });
  return entity(node.id, 'Company', {
    ...common,
    registrationNumber: values(p.uscc),
    jurisdiction: values(p.jurisdiction ?? (p.uscc ? 'cn' : null)),
    incorporationDate: values(p.established),
    address: values(p.address),
    legalForm: values(p.legalForm),
    previousName: values(p.formerNames),
  });
}

const period = (p: Record<string, unknown>) => ({ startDate: values(p.from), endDate: values(p.until) });
const percent = (fraction: unknown) => (typeof fraction === 'number' ? [String(Math.round(fraction * 1e8) / 1e6)] : []);

function link(rel: ExportRel): string {
  const p = rel.props;
  const [from, to] = [ftmId(rel.from), ftmId(rel.to)];
  switch (rel.type) {
    case Rel.SHAREHOLDER_OF:
      return entity(rel.id, 'Ownership', { owner: [from], asset: [to], percentage: percent(p.fraction), role: values(p.role), ...period(p), sourceUrl: values(p.sourceUrl) });
    case Rel.OFFICER_OF:
      return entity(rel.id, 'Directorship', { director: [from], organization: [to], role: values(p.roleText ?? p.role), ...period(p) });
    case Rel.LEGAL_REPRESENTATIVE_OF:
      return entity(rel.id, 'Directorship', { director: [from], organization: [to], role: ['legal representative'], ...period(p) });
    case Rel.FAMILY_OF:
      return entity(rel.id, 'Family', { person: [from], relative: [to], relationship: values(p.relationship), ...period(p) });
    case Rel.ASSOCIATE_OF:
      return entity(rel.id, 'Associate', { person: [from], associate: [to], relationship: values(p.relationship), ...period(p) });
    default: {
      const share = p.fraction !== undefined && p.fraction !== null ? ` ${percent(p.fraction)[0]}%` : '';
      const role = rel.type === Rel.BRANCH_OF ? 'branch of' : rel.type === Rel.INDIRECT_OWNER_OF ? `indirect shareholder${share}` : String(p.interest ?? rel.type);
      return entity(rel.id, 'UnknownLink', { subject: [from], object: [to], role: [role], ...period(p) });
    }
  }
}

function sanction(listing: ExportNode, subject: string, list: ExportNode | undefined, agency: ExportNode | undefined): string {
  const p = listing.props;
  const l = list?.props ?? {};
  return entity(listing.id, 'Sanction', {
    entity: [ftmId(subject)],
    authority: values(l.authority ?? agency?.props.nameEn ?? l.nameEn),
    program: values(l.program ?? l.nameEn ?? l.nameZh),
    programId: values(l.programId ?? list?.id),
    startDate: values(p.from),
    endDate: values(p.until),
    reason: values(p.reason),
    authorityId: values(p.caseNumber),
    status: values(p.status),
    sourceUrl: values(p.sourceUrl),
  });
}

export class FtmExport implements ExportWriter {
  omitted: Record<string, number> = {};
  private readonly agencies = new Set<string>();

  constructor(private readonly file: string) {
    fs.writeFileSync(file, '');
  }

  async page(page: ExportPage): Promise<void> {
    const lines = page.parties.map(party);
    const references = new Map(page.references.map((node) => [node.id, node]));
    for (const node of page.references) {
      if (node.kind === NodeKind.Agency && page.links.some((l) => l.from === node.id) && !this.agencies.has(node.id)) {
        this.agencies.add(node.id);
        lines.push(party(node));
      }
    }
    lines.push(...page.links.map(link));
    const ends = listingEnds(page.listingLinks);
    for (const listing of page.listings) {
      const { subject, list, agency } = ends.get(listing.id) ?? {};
      if (subject) lines.push(sanction(listing, subject, list ? references.get(list) : undefined, agency ? references.get(agency) : undefined));
    }
    if (lines.length > 0) fs.appendFileSync(this.file, lines.join('\n') + '\n');
  }

  async end(): Promise<string[]> {
    return [this.file];
  }
}
