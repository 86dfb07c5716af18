import { listingActiveAt, roleHeldAt, type RoleHolders } from '../domain/sanctions.ts';
import type { OfficerRole } from '../model.ts';
import type { Control } from './control.ts';
import { toParty, type Props } from './refs.ts';
import type { PartyRef } from './types.ts';

/** Who stands around a listed party at a date: the role ties the bearer rules read, and the controllers. */

/** A person tied to a listed party at the date: its legal representative or one of its officers. */
export interface RoleTieRow {
  person: PartyRef;
  relation: 'LEGAL_REPRESENTATIVE_OF' | 'OFFICER_OF';
  officerRole: OfficerRole | null;
  from: string | null;
  blacklisted: boolean;
  redlisted: boolean;
}

const activeOnKind = (x: string, kind: string) =>
  `EXISTS { (${x})-[:LISTED]->(kl:Listing)-[:ON_LIST]->(:CreditList {kind: '${kind}'}) WHERE ${listingActiveAt('kl')} }`;

/**
 * Cypher COLLECT subquery: the role ties into `party` held at `$asOf` (person `p`, relationship `r`;
 * `where` narrows them), each with the person's own blacklist/redlist state.
 */
export const roleTies = (party: string, where = 'true') => `COLLECT {
  MATCH (p:Person)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF]->(${party}) WHERE ${roleHeldAt('r')} AND ${where}
  RETURN {person: properties(p), relation: type(r), officerRole: r.role, from: r.from,
          blacklisted: ${activeOnKind('p', 'blacklist')}, redlisted: ${activeOnKind('p', 'redlist')}} AS tie
  ORDER BY p.id, type(r), r.role }`;

export interface RoleTieProps {
  person: Props;
  relation: RoleTieRow['relation'];
  officerRole: OfficerRole | null;
  from: string | null;
  blacklisted: boolean;
  redlisted: boolean;
}

export function toRoleTie(row: RoleTieProps): RoleTieRow {
  return { ...row, person: toParty('Person', row.person), officerRole: row.relation === 'OFFICER_OF' ? row.officerRole : null };
}

/** The inputs of the bearer rule (rule 5) for one listed party. */
export function roleHolders(listed: PartyRef, ties: readonly RoleTieRow[], control: Control | undefined): RoleHolders<PartyRef> {
  return {
    listed,
    legalRepresentatives: ties.filter((tie) => tie.relation === 'LEGAL_REPRESENTATIVE_OF').map((tie) => ({ party: tie.person, from: tie.from })),
    officers: ties.flatMap((tie) => (tie.relation === 'OFFICER_OF' && tie.officerRole ? [{ party: tie.person, role: tie.officerRole, from: tie.from }] : [])),
    actualController: control?.actualController ?? null,
    controllingShareholder: control?.controllingShareholder ?? null,
  };
}
