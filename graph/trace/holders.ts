import { pickController } from '../domain/ownership.ts';
import type { PartyKind, RoleHolders } from '../domain/sanctions.ts';
import { listingActiveAt, roleHeldAt } from '../domain/validity.ts';
import { knownListKinds } from '../domain/listKinds.ts';
import type { ListKind, OfficerRole } from '../model.ts';
import { shareholdingInForce } from '../ownership/holdingSubgraph.ts';
import type { Control } from './control.ts';
import { toParty, type Props } from './refs.ts';
import { partyKindOf } from '../queries/partyFields.ts';
import type { TraceParty } from './types.ts';

/** Who stands around a listed party at a date: the role ties the bearer rules read, and the controllers. */

/** A person tied to a listed party at the date: its legal representative or one of its officers. */
export interface RoleTieRow {
  person: TraceParty;
  relation: 'LEGAL_REPRESENTATIVE_OF' | 'OFFICER_OF';
  officerRole: OfficerRole | null;
  from: string | null;
  activeListKinds: ListKind[];
}

const activeKinds = (x: string) => `[(${x})-[:LISTED]->(kl:Listing)-[:ON_LIST]->(kcl:CreditList) WHERE ${listingActiveAt('kl')} | kcl.kind]`;

/**
 * Cypher COLLECT subquery: the role ties into `party` held at `$asOf` (person `p`, relationship `r`;
 * `where` narrows them), each with the kinds of the person's own active listings.
 */
export const roleTies = (party: string, where = 'true') => `COLLECT {
  MATCH (p:Person)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF]->(${party}) WHERE ${roleHeldAt('r')} AND ${where}
  RETURN {person: properties(p), relation: type(r), officerRole: r.role, from: r.from,
          activeListKinds: ${activeKinds('p')}} AS tie
  ORDER BY p.id, type(r), r.role }`;

export interface RoleTieProps {
  person: Props;
  relation: RoleTieRow['relation'];
  officerRole: OfficerRole | null;
  from: string | null;
  activeListKinds: string[];
}

export function toRoleTie(row: RoleTieProps): RoleTieRow {
  return { ...row, person: toParty('Person', row.person), officerRole: row.relation === 'OFFICER_OF' ? row.officerRole : null, activeListKinds: knownListKinds(row.activeListKinds) };
}

/** A direct shareholder of a listed company at the date. */
export interface DirectHolderRow {
  holder: Props;
  kind: PartyKind;
  fraction: number | null;
}

/** Cypher COLLECT subquery: the direct shareholders of `company` at `$asOf` (`DirectHolderRow`). */
export const directHolders = (company: string) => `COLLECT {
  MATCH (dh)-[sh:SHAREHOLDER_OF]->(${company}) WHERE ${shareholdingInForce('sh')} AND dh <> ${company}
  RETURN {holder: properties(dh), kind: ${partyKindOf('dh')}, fraction: toFloat(sh.fraction)} AS holding
  ORDER BY dh.id }`;

/**
 * The controlling shareholder (rule 5): the ownership module's controller rule (> 50 %, else the
 * largest) applied to the direct holders alone. Unknown fractions count 0, as in the ownership module.
 */
export function controllingShareholder(holders: readonly DirectHolderRow[]): RoleHolders<TraceParty>['controllingShareholder'] {
  const shares = new Map<string, { party: TraceParty; share: number }>();
  for (const row of holders) {
    const party = toParty(row.kind, row.holder);
    shares.set(party.id, { party, share: (shares.get(party.id)?.share ?? 0) + (row.fraction ?? 0) });
  }
  const { controller, rule } = pickController([...shares.values()].map(({ party, share }) => ({ id: party.id, kind: party.kind, share })));
  return controller ? { party: shares.get(controller.id)!.party, share: controller.share, rule } : null;
}

/** The inputs of the bearer rule (rule 5) for one listed party. */
export function roleHolders(listed: TraceParty, ties: readonly RoleTieRow[], holders: readonly DirectHolderRow[], control: Control | undefined): RoleHolders<TraceParty> {
  return {
    listed,
    legalRepresentatives: ties.filter((tie) => tie.relation === 'LEGAL_REPRESENTATIVE_OF').map((tie) => ({ party: tie.person, from: tie.from })),
    officers: ties.flatMap((tie) => (tie.relation === 'OFFICER_OF' && tie.officerRole ? [{ party: tie.person, role: tie.officerRole, from: tie.from }] : [])),
    actualController: control?.actualController ?? null,
    controllingShareholder: listed.kind === 'Company' ? controllingShareholder(holders) : null,
  };
}
