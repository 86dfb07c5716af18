import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { branchId, legalRepresentativeId, officerId, shareholdingId } from '../../graph/load/ids.ts';
import { NodeKind, Rel } from '../../graph/model.ts';
import type { CreditEntry, ExportNode, ExportRel } from '../../graph/export/parties.ts';
import { columnSets, type CsvKind } from '../import/csv/columns.ts';
import type { ExportPage } from './select.ts';
import { cellText, type ExportWriter } from './writer.ts';

/**
 * The five import column sets written back (companies.csv, persons.csv, relations.csv,
 * listings.csv, credit_records.csv in a folder), so that importing them reproduces the graph. Default ids are left
 * empty (the importer derives the same ones); `id_number` is never written (only its hash exists).
 */

const relationType: Partial<Record<Rel, string>> = {
  [Rel.SHAREHOLDER_OF]: 'shareholder',
  [Rel.LEGAL_REPRESENTATIVE_OF]: 'legal_representative',
  [Rel.OFFICER_OF]: 'officer',
  [Rel.BRANCH_OF]: 'branch',
};

type ExportedKind = CsvKind;

const written: Record<ExportedKind, string[]> = {
  companies: columnSets.companies.columns.map((c) => c.name),
  persons: columnSets.persons.columns.map((c) => c.name).filter((c) => c !== 'id_number'),
  relations: columnSets.relations.columns.map((c) => c.name),
  listings: columnSets.listings.columns.map((c) => c.name),
  credit_records: columnSets.credit_records.columns.map((c) => c.name),
};

export function companyCells(node: ExportNode): Record<string, unknown> {
  const p = node.props;
  return {
    uscc: p.uscc,
    id: p.uscc ? null : node.id,
    name_zh: p.nameZh,
    name_en: p.nameEn,
    former_names: p.formerNames,
    legal_form: p.legalForm,
    status: p.status,
    registered_capital: p.registeredCapital,
    established: p.established,
    division_code: p.divisionCode,
    industry_code: p.industryCode,
    address: p.address,
    is_branch: p.isBranch,
    state_owned: p.stateOwned,
    jurisdiction: p.jurisdiction,
    source_url: p.sourceUrl,
  };
}

const personCells = (node: ExportNode): Record<string, unknown> => ({
  id: node.id,
  name_zh: node.props.nameZh,
  name_en: node.props.nameEn,
  name_pinyin: node.props.namePinyin,
  source_url: node.props.sourceUrl,
});

function defaultRelationId(link: ExportRel): string {
  const from = (link.props.from as string | null) ?? null;
  if (link.type === Rel.SHAREHOLDER_OF) return shareholdingId(link.from, link.to, from);
  if (link.type === Rel.LEGAL_REPRESENTATIVE_OF) return legalRepresentativeId(link.from, link.to, from);
  if (link.type === Rel.OFFICER_OF) return officerId(link.from, link.to, String(link.props.role ?? ''), from);
  return branchId(link.from, link.to);
}

const relationCells = (link: ExportRel): Record<string, unknown> => ({
  id: link.id === defaultRelationId(link) ? null : link.id,
  type: relationType[link.type],
  from_id: link.from,
  to_id: link.to,
  share: link.props.fraction,
  subscribed_capital: link.props.subscribedCapital,
  role: link.props.role,
  from: link.props.from,
  until: link.props.until,
  source_url: link.props.sourceUrl,
});

/** The subject, list and agency of each listing, from its LISTED, ON_LIST and DECIDED_BY links. */
export function listingEnds(links: ExportRel[]): Map<string, { subject?: string; list?: string; agency?: string }> {
  const ends = new Map<string, { subject?: string; list?: string; agency?: string }>();
  const of = (id: string) => ends.get(id) ?? ends.set(id, {}).get(id)!;
  for (const link of links) {
    if (link.type === Rel.LISTED) of(link.to).subject = link.from;
    if (link.type === Rel.ON_LIST) of(link.from).list = link.to;
    if (link.type === Rel.DECIDED_BY) of(link.from).agency = link.to;
  }
  return ends;
}

function listingCells(listing: ExportNode, ends: ReturnType<typeof listingEnds>): Record<string, unknown> {
  const { subject, list, agency } = ends.get(listing.id) ?? {};
  const p = listing.props;
  return {
    id: listing.id === `l-${list}-${subject}-${p.from}` ? null : listing.id,
    subject,
    list,
    from: p.from,
    until: p.until,
    status: p.status,
    ended_on: p.endedOn,
    reason: p.reason,
    agency,
    case_number: p.caseNumber,
    source_url: p.sourceUrl,
  };
}

/** A credit-file record or grade in the credit-records columns the importer reads (seed/import/csv/creditRecords.ts, grades.ts). */
function creditCells({ node, subject, agency, ends, scheme }: CreditEntry): Record<string, unknown> {
  const p = node.props;
  if (node.kind === NodeKind.Grade) {
    return { id: node.id === `g-${scheme}-${subject}-${p.year}` ? null : node.id, subject, section: 'grade', scheme, grade: p.grade, year: p.year, source_url: p.sourceUrl };
  }
  return {
    id: node.id === `cr-${p.section}-${subject}-${p.number ?? p.decidedOn}` ? null : node.id,
    subject,
    section: p.section,
    number: p.number,
    title: p.title,
    decided_on: p.decidedOn,
    agency,
    agency_name: p.agencyName,
    legal_basis: p.legalBasis,
    kind: p.recordKind,
    amount: p.amount,
    result: p.result,
    public_until: p.publicUntil,
    valid_from: p.validFrom,
    valid_until: p.validUntil,
    year: p.year,
    on_time: p.onTime,
    employees: p.employees,
    insured: p.insured,
    applicant: p.applicant,
    ends,
    source_url: p.sourceUrl,
  };
}

export class CsvExport implements ExportWriter {
  omitted: Record<string, number> = {};
  private readonly files: Record<ExportedKind, string>;

  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    this.files = { companies: '', persons: '', relations: '', listings: '', credit_records: '' };
    for (const kind of Object.keys(this.files) as ExportedKind[]) {
      this.files[kind] = path.join(dir, `${kind}.csv`);
      fs.writeFileSync(this.files[kind], stringify([written[kind]]));
    }
  }

  async page(page: ExportPage): Promise<void> {
    this.append('companies', page.parties.filter((n) => n.kind === NodeKind.Company).map(companyCells));
    this.append('persons', page.parties.filter((n) => n.kind === NodeKind.Person).map(personCells));
    const relations = page.links.filter((link) => relationType[link.type]);
    for (const link of page.links) if (!relationType[link.type]) this.omitted[link.type] = (this.omitted[link.type] ?? 0) + 1;
    this.append('relations', relations.map(relationCells));
    const ends = listingEnds(page.listingLinks);
    this.append('listings', page.listings.map((listing) => listingCells(listing, ends)));
    this.append('credit_records', page.credit.map(creditCells));
  }

  async end(): Promise<string[]> {
    return Object.values(this.files);
  }

  private append(kind: ExportedKind, rows: Array<Record<string, unknown>>): void {
    if (rows.length === 0) return;
    fs.appendFileSync(this.files[kind], stringify(rows.map((row) => written[kind].map((column) => cellText(row[column])))));
  }
}
