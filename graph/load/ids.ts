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
/** Links a node has at most one of per type (a listing's subject, list, deciding agency; a grade's company, scheme) are keyed by that node. */
export const nodeLinkId = (type: string, nodeId: string) => `${type.toLowerCase()}:${nodeId}`;
export const listingLinkId = (type: 'LISTED' | 'ON_LIST' | 'DECIDED_BY', listingId: string) => nodeLinkId(type, listingId);
export const gradeLinkId = (type: 'GRADED' | 'IN_SCHEME', gradeId: string) => nodeLinkId(type, gradeId);
/** Reference-data links (at most one of a type between two nodes). */
export const linkId = (type: string, fromId: string, toId: string) => `${type.toLowerCase()}:${fromId}:${toId}`;
