/**
 * Deterministic relationship ids. A relationship's id is built from what identifies the fact (its
 * ends, and for repeatable facts the role and start date), so the seed, the importer and a re-run all
 * arrive at the same id and MERGE finds the relationship instead of adding a twin.
 */

const part = (value: string | null | undefined) => value ?? '';

export const shareholdingId = (ownerId: string, companyId: string, from?: string | null) =>
  `sh:${ownerId}:${companyId}:${part(from)}`;
export const legalRepresentativeId = (personId: string, companyId: string, from?: string | null) =>
  `lr:${personId}:${companyId}:${part(from)}`;
export const officerId = (personId: string, companyId: string, role: string, from?: string | null) =>
  `off:${personId}:${companyId}:${role}:${part(from)}`;
export const branchId = (branchCompanyId: string, headOfficeId: string) => `br:${branchCompanyId}:${headOfficeId}`;
/** A listing has exactly one subject, list and deciding agency, so its links are keyed by the listing. */
export const listingLinkId = (type: 'LISTED' | 'ON_LIST' | 'DECIDED_BY', listingId: string) =>
  `${type.toLowerCase()}:${listingId}`;
export const gradeLinkId = (type: 'GRADED' | 'IN_SCHEME', gradeId: string) => `${type.toLowerCase()}:${gradeId}`;
/** Reference-data links (at most one of a type between two nodes). */
export const linkId = (type: string, fromId: string, toId: string) => `${type.toLowerCase()}:${fromId}:${toId}`;
