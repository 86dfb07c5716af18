import type { Graph } from '../driver.ts';
import type { PartyKind } from '../domain/sanctions.ts';
import { listingActiveAt, roleHeldAt } from '../domain/validity.ts';
import { directHolders, roleTies, toRoleTie, type DirectHolderRow, type RoleTieProps, type RoleTieRow } from './holders.ts';
import { listingProjection, toListing, toParty, type ListingRow, type Props } from './refs.ts';
import { partyKindOf } from '../queries/partyFields.ts';
import { referenceStampExpression, type ReferenceStamp } from '../referenceStamp.ts';
import type { ListingRef, TraceParty } from './types.ts';

/** Companies below the subject in the holding chains that are examined for control, at most. */
export const maxHeldCompanies = 25;
/** Holding chains followed down from the subject (the ownership module's depth bound). */
export const maxHoldingDepth = 6;

/** A listed party whose active listings may put measures on the subject (rule 7). */
export interface SubjectCase {
  party: TraceParty;
  /** True for the subject itself: all bearers count; otherwise only the subject. */
  own: boolean;
  /** Reached down the subject's holding chains: the subject may be its controller. */
  viaHolding: boolean;
  listings: ListingRef[];
  /** Own case: everyone tied to the subject; other cases: the subject's own ties to the party. */
  ties: RoleTieRow[];
  /** Its direct shareholders at the date (a company's controlling shareholder is picked from them). */
  directHolders: DirectHolderRow[];
}

/** The cases of each subject found, and the reference-data stamp read with them (for the lists' kept rules). */
export interface SubjectCasesRead {
  bySubject: Map<string, SubjectCases>;
  /** Undefined when no subject was found (nothing was read). */
  referenceStamp: ReferenceStamp | undefined;
}

export interface SubjectCases {
  subject: TraceParty;
  cases: SubjectCase[];
  /** How many listed companies below the subject were left unexamined because of `maxHeldCompanies`. */
  heldCompaniesOmitted: number;
}

const activeListing = (x: string) => `EXISTS { (${x})-[:LISTED]->(al:Listing) WHERE ${listingActiveAt('al')} }`;

// The subject, the listed companies it holds a role in at the date, and the listed companies down its
// holding chains (candidates for control, decided by the ownership module); for each, the active
// listings and the role holders the rules need; and the reference stamp, so that the lists' rules need
// no read of their own when this process has them (graph/trace/listMeasures.ts).
const subjectCasesCypher = `
UNWIND $subjects AS subject
MATCH (s:Node {id: subject})
WHERE s:Company OR s:Person
WITH s,
  COLLECT { MATCH (s)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF]->(c:Company) WHERE ${roleHeldAt('r')} AND ${activeListing('c')} RETURN DISTINCT c } AS roleCompanies,
  COLLECT { MATCH (s)-[:SHAREHOLDER_OF*1..${maxHoldingDepth}]->(c:Company) WITH DISTINCT c WHERE c <> s AND ${activeListing('c')}
            RETURN c ORDER BY c.id } AS heldCompanies
UNWIND [s] + roleCompanies + heldCompanies[..${maxHeldCompanies}] AS party
WITH DISTINCT s, party, heldCompanies
RETURN s.id AS subjectId, ${partyKindOf('s')} AS subjectKind, properties(s) AS subject,
  ${partyKindOf('party')} AS kind, properties(party) AS party,
  party IN heldCompanies AS viaHolding, size(heldCompanies) - size(heldCompanies[..${maxHeldCompanies}]) AS heldCompaniesOmitted,
  COLLECT { MATCH (party)-[:LISTED]->(l:Listing)-[:ON_LIST]->(list:CreditList) WHERE ${listingActiveAt('l')}
            RETURN ${listingProjection('l', 'list')} AS row ORDER BY l.id } AS listings,
  ${roleTies('party', '(party = s OR p = s)')} AS ties,
  CASE WHEN party:Company THEN ${directHolders('party')} ELSE [] END AS directHolders,
  ${referenceStampExpression} AS referenceStamp`;

interface SubjectCaseRow {
  subjectId: string;
  subjectKind: PartyKind;
  subject: Props;
  kind: PartyKind;
  party: Props;
  viaHolding: boolean;
  heldCompaniesOmitted: number;
  listings: ListingRow[];
  ties: RoleTieProps[];
  directHolders: DirectHolderRow[];
  referenceStamp: ReferenceStamp;
}

/**
 * For each subject, itself and every listed party whose listings may concern it at `asOf`, in one
 * read however many subjects (monitoring explains a batch of events at once); ids that are no
 * company or person are left out.
 */
export async function subjectCasesOf(graph: Graph, subjectIds: readonly string[], asOf: string): Promise<SubjectCasesRead> {
  const rows = await graph.read<SubjectCaseRow>(subjectCasesCypher, { subjects: [...new Set(subjectIds)], asOf });
  const bySubject = new Map<string, SubjectCaseRow[]>();
  for (const row of rows) bySubject.set(row.subjectId, [...(bySubject.get(row.subjectId) ?? []), row]);
  return {
    bySubject: new Map([...bySubject].map(([subjectId, own]) => [subjectId, casesOf(subjectId, own)])),
    referenceStamp: rows[0]?.referenceStamp,
  };
}

function casesOf(subjectId: string, rows: readonly SubjectCaseRow[]): SubjectCases {
  const first = rows[0]!;
  const cases = rows.map((row): SubjectCase => {
    const party = toParty(row.kind, row.party);
    return {
      party,
      own: party.id === subjectId,
      viaHolding: row.viaHolding,
      listings: row.listings.map((listing) => toListing(listing, party)),
      ties: row.ties.map(toRoleTie),
      directHolders: row.directHolders,
    };
  });
  cases.sort((a, b) => Number(b.own) - Number(a.own) || a.party.id.localeCompare(b.party.id));
  return { subject: toParty(first.subjectKind, first.subject), cases, heldCompaniesOmitted: first.heldCompaniesOmitted };
}
