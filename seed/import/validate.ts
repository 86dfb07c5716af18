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
export type KnownKinds = ReadonlyMap<string, NodeKind>;

export function checkRecords(records: ImportRecord[], fileProblems: Problem[], known: KnownKinds): Checked {
  if (hasErrors(fileProblems)) return { accepted: [], rejected: records };
  checkDuplicates(records);
  checkKindConflicts(records, known);
  let valid = records.filter((r) => !hasErrors(r.problems));
  // Rejecting a record can orphan references to its nodes, so repeat until nothing changes.
  for (;;) {
    const defined = definedIn(valid);
    const rejectedAt = rejectedNodeLines(records, valid);
    for (const record of valid) checkReferences(record, defined, known, rejectedAt);
    const still = valid.filter((r) => !hasErrors(r.problems));
    if (still.length === valid.length) break;
    valid = still;
  }
  checkShareSums(valid);
  const accepted = new Set(valid);
  return { accepted: valid, rejected: records.filter((r) => !accepted.has(r)) };
}

const idColumn = (node: NodeFact) => (node.kind === NodeKind.Company && node.props.uscc === node.id ? 'uscc' : 'id');

function checkDuplicates(records: ImportRecord[]): void {
  const nodes = new Map<string, number>();
  const rels = new Map<string, number>();
  for (const record of records) {
    for (const node of record.nodes) {
      if (node.shared) continue;
      const line = nodes.get(node.id);
      if (line !== undefined) record.problems.push(error(record.line, idColumn(node), `duplicate: ${node.kind} ${node.id} is already defined on line ${line}`));
      else nodes.set(node.id, record.line);
    }
    for (const rel of record.rels) {
      const line = rels.get(rel.id);
      if (line !== undefined) record.problems.push(error(record.line, rel.fromColumn, `duplicate: the same ${rel.type} as line ${line} (${rel.id})`));
      else rels.set(rel.id, record.line);
    }
  }
}

function checkKindConflicts(records: ImportRecord[], known: KnownKinds): void {
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

function checkReferences(record: ImportRecord, defined: Map<string, NodeKind>, known: KnownKinds, rejectedAt: Map<string, number>): void {
  for (const rel of record.rels) {
    for (const end of ['from', 'to'] as const) {
      const id = rel[end];
      const column = end === 'from' ? rel.fromColumn : rel.toColumn;
      const kind = defined.get(id) ?? known.get(id);
      if (!kind) {
        const rejected = rejectedAt.get(id);
        const message = rejected !== undefined ? `refers to ${id}, which line ${rejected} defines but was rejected` : `unknown id ${id} (not in this file or the graph)`;
        if (!record.problems.some((p) => p.message === message)) record.problems.push(error(record.line, column, message));
        continue;
      }
      const allowed = relEnds[rel.type][end];
      if (!allowed.includes(kind)) {
        const what = roleName[rel.type] ?? rel.type;
        record.problems.push(error(record.line, column, `${id} is a ${kind}; the ${end} end of a ${what} must be a ${allowed.join(' or ')}`));
      }
    }
  }
}

/**
 * Warns when a company's direct shares held at the same time add up to more than 100 %: at every
 * date a holding starts, the holdings in force then are summed.
 */
function checkShareSums(records: ImportRecord[]): void {
  const byCompany = new Map<string, Array<{ rel: RelFact; record: ImportRecord }>>();
  for (const record of records) {
    for (const rel of record.rels) {
      if (rel.type !== Rel.SHAREHOLDER_OF || typeof rel.props.fraction !== 'number') continue;
      const list = byCompany.get(rel.to) ?? [];
      list.push({ rel, record });
      byCompany.set(rel.to, list);
    }
  }
  for (const [company, holdings] of byCompany) {
    const starts = new Set(holdings.map(({ rel }) => (rel.props.from as string | null) ?? ''));
    let worst: { sum: number; at: string; in: typeof holdings } | undefined;
    for (const start of starts) {
      const inForce = holdings.filter(({ rel }) => ((rel.props.from as string | null) ?? '') <= start && (!rel.props.until || start < (rel.props.until as string)));
      const sum = inForce.reduce((total, { rel }) => total + (rel.props.fraction as number), 0);
      if (sum > 1 + 1e-9 && (!worst || sum > worst.sum)) worst = { sum, at: start, in: inForce };
    }
    if (!worst) continue;
    const last = worst.in[worst.in.length - 1]!;
    const lines = worst.in.map(({ record }) => record.line).join(', ');
    const when = worst.at ? ` on ${worst.at}` : '';
    last.record.problems.push(
      warning(last.record.line, last.rel.shareColumn ?? last.rel.fromColumn, `direct shares in ${company} add up to ${percent(worst.sum)}${when} (lines ${lines})`),
    );
  }
}

const percent = (fraction: number) => `${Math.round(fraction * 10000) / 100}%`;
