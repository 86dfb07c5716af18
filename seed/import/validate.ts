import { NodeKind, Rel } from '../../graph/model.ts';
import { relEnds, type ImportRecord, type NodeFact, type RelFact } from './facts.ts';
import { error, hasErrors, warning, type Problem } from './problems.ts';

/**
 * The checks that need the whole file (and the graph): duplicate ids, ids that already exist as
 * another kind, references to ids neither in the file nor in the graph, ends of the wrong kind, and
 * direct shares of one company adding up to more than 100 %. Runs before anything is written.
 */

export interface Checked {
  accepted: ImportRecord[];
  rejected: ImportRecord[];
}

/** Node kind of every id the file mentions that already exists in the graph (or in an earlier file of the run). */
export type KnownKinds = Pick<ReadonlyMap<string, NodeKind>, 'get' | 'has'>;

export function checkRecords(records: ImportRecord[], fileProblems: Problem[], known: KnownKinds): Checked {
  if (hasErrors(fileProblems)) return { accepted: [], rejected: records };
  const nodes = new Map<string, number>();
  const index: IdIndex = { lineOf: (id) => nodes.get(id), define: (id, line) => nodes.set(id, line) };
  const rels = new Map<string, number>();
  for (const record of records) checkDuplicates(record, index, rels);
  checkKindConflicts(records, known);
  let valid = records.filter((r) => !hasErrors(r.problems));
  // Rejecting a record can orphan references to its nodes, so repeat until nothing changes.
  for (;;) {
    const defined = definedIn(valid);
    const rejectedAt = rejectedNodeLines(records, valid);
    for (const record of valid) {
      for (const rel of record.rels) for (const end of ends) checkReference(record, rel, end, defined.get(rel[end]) ?? known.get(rel[end]), rejectedAt.get(rel[end]));
    }
    const still = valid.filter((r) => !hasErrors(r.problems));
    if (still.length === valid.length) break;
    valid = still;
  }
  for (const problem of checkShareSums(valid.flatMap((record) => record.rels.flatMap((rel) => holdingOf(rel, record.line) ?? [])))) {
    records.find((r) => r.line === problem.line)!.problems.push(problem);
  }
  const accepted = new Set(valid);
  return { accepted: valid, rejected: records.filter((r) => !accepted.has(r)) };
}

export const ends = ['from', 'to'] as const;

export const idColumn = (node: NodeFact) => (node.kind === NodeKind.Company && node.props.uscc === node.id ? 'uscc' : 'id');

/** The first line defining each id of a file (and its kind), as far as the file has been read. */
export interface IdIndex {
  lineOf(id: string): number | undefined;
  define(id: string, line: number, kind: NodeKind): void;
}

/** A second definition of a node, or the same relationship twice, is an error on the later record. */
export function checkDuplicates(record: ImportRecord, nodes: IdIndex, rels: { get(id: string): number | undefined; set(id: string, line: number): unknown }): void {
  for (const node of record.nodes) {
    if (node.shared) continue;
    const line = nodes.lineOf(node.id);
    if (line !== undefined) record.problems.push(error(record.line, idColumn(node), `duplicate: ${node.kind} ${node.id} is already defined on line ${line}`));
    else nodes.define(node.id, record.line, node.kind);
  }
  for (const rel of record.rels) {
    const line = rels.get(rel.id);
    if (line !== undefined) record.problems.push(error(record.line, rel.fromColumn, `duplicate: the same ${rel.type} as line ${line} (${rel.id})`));
    else rels.set(rel.id, record.line);
  }
}

export function checkKindConflicts(records: ImportRecord[], known: KnownKinds): void {
  for (const record of records) {
    for (const node of record.nodes) {
      const existing = known.get(node.id);
      if (existing && existing !== node.kind) record.problems.push(error(record.line, idColumn(node), `${node.id} is a ${existing} in the graph, not a ${node.kind}`));
    }
  }
}

function definedIn(records: ImportRecord[]): Map<string, NodeKind> {
  const defined = new Map<string, NodeKind>();
  for (const record of records) for (const node of record.nodes) defined.set(node.id, node.kind);
  return defined;
}

/** Lines of records whose nodes were rejected, for a clearer message on what refers to them. */
function rejectedNodeLines(records: ImportRecord[], valid: ImportRecord[]): Map<string, number> {
  const validSet = new Set(valid);
  const lines = new Map<string, number>();
  for (const record of records) {
    if (validSet.has(record)) continue;
    for (const node of record.nodes) if (!lines.has(node.id)) lines.set(node.id, record.line);
  }
  return lines;
}

const roleName: Record<string, string> = {
  [Rel.SHAREHOLDER_OF]: 'shareholding',
  [Rel.LEGAL_REPRESENTATIVE_OF]: 'legal representative',
  [Rel.OFFICER_OF]: 'officer',
  [Rel.BRANCH_OF]: 'branch',
};

/**
 * One end of a relationship: `kind` is what the file (valid records) or the graph says the id is;
 * without one, the id is unknown, or defined on line `rejectedLine` by a rejected record.
 */
export function checkReference(record: ImportRecord, rel: RelFact, end: 'from' | 'to', kind: NodeKind | undefined, rejectedLine: number | undefined): void {
  const id = rel[end];
  const column = end === 'from' ? rel.fromColumn : rel.toColumn;
  if (!kind) {
    const message = rejectedLine !== undefined ? `refers to ${id}, which line ${rejectedLine} defines but was rejected` : `unknown id ${id} (not in this file or the graph)`;
    if (!record.problems.some((p) => p.message === message)) record.problems.push(error(record.line, column, message));
    return;
  }
  const allowed = relEnds[rel.type][end];
  if (!allowed.includes(kind)) {
    const what = roleName[rel.type] ?? rel.type;
    record.problems.push(error(record.line, column, `${id} is a ${kind}; the ${end} end of a ${what} must be a ${allowed.join(' or ')}`));
  }
}

/** A shareholding with a share, of an accepted record: what the sum-over-100 % warning needs of it. */
export interface Holding {
  company: string;
  fraction: number;
  from: string;
  until: string | null;
  line: number;
  column: string;
}

export function holdingOf(rel: RelFact, line: number): Holding | undefined {
  if (rel.type !== Rel.SHAREHOLDER_OF || typeof rel.props.fraction !== 'number') return undefined;
  return { company: rel.to, fraction: rel.props.fraction, from: (rel.props.from as string | null) ?? '', until: (rel.props.until as string | null) ?? null, line, column: rel.shareColumn ?? rel.fromColumn };
}

/**
 * Warns when a company's direct shares held at the same time add up to more than 100 %: at every
 * date a holding starts, the holdings in force then are summed.
 */
export function checkShareSums(holdings: Iterable<Holding>): Problem[] {
  const problems: Problem[] = [];
  const byCompany = new Map<string, Holding[]>();
  for (const holding of holdings) {
    const list = byCompany.get(holding.company) ?? [];
    list.push(holding);
    byCompany.set(holding.company, list);
  }
  for (const [company, unordered] of byCompany) {
    // In file order whatever order they were accepted in (a streamed file settles some records last).
    const holdings = unordered.sort((a, b) => a.line - b.line);
    const starts = new Set(holdings.map(({ from }) => from));
    let worst: { sum: number; at: string; in: typeof holdings } | undefined;
    for (const start of starts) {
      const inForce = holdings.filter(({ from, until }) => from <= start && (!until || start < until));
      const sum = inForce.reduce((total, { fraction }) => total + fraction, 0);
      if (sum > 1 + 1e-9 && (!worst || sum > worst.sum)) worst = { sum, at: start, in: inForce };
    }
    if (!worst) continue;
    const last = worst.in[worst.in.length - 1]!;
    const lines = worst.in.map(({ line }) => line).join(', ');
    const when = worst.at ? ` on ${worst.at}` : '';
    problems.push(
      warning(last.line, last.column, `direct shares in ${company} add up to ${percent(worst.sum)}${when} (lines ${lines})`),
    );
  }
  return problems;
}

const percent = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;
