import type { RelationSpec } from './related.ts';

/**
 * Every relationship the analyst API navigates, named in the domain's words, both directions. The
 * GraphQL fields of each node type follow these (via `relatedPages`, one Cypher per batch).
 */
export const relations = {
  // Company structure and roles (time-dependent: held at asOf).
  shareholders: { types: ['SHAREHOLDER_OF'], direction: 'in', timeFilter: 'held', order: 'fraction' },
  holdings: { types: ['SHAREHOLDER_OF'], direction: 'out', otherKinds: ['Company'], timeFilter: 'held', order: 'fraction' },
  officers: { types: ['OFFICER_OF'], direction: 'in', otherKinds: ['Person'], timeFilter: 'held', order: 'name' },
  legalRepresentatives: { types: ['LEGAL_REPRESENTATIVE_OF'], direction: 'in', otherKinds: ['Person'], timeFilter: 'held', order: 'recentRelationship' },
  personRoles: {
    types: ['LEGAL_REPRESENTATIVE_OF', 'OFFICER_OF', 'SHAREHOLDER_OF'],
    direction: 'out',
    otherKinds: ['Company'],
    timeFilter: 'held',
    order: 'recentRelationship',
  },
  branches: { types: ['BRANCH_OF'], direction: 'in', otherKinds: ['Company'], timeFilter: 'held', order: 'name' },
  headOffice: { types: ['BRANCH_OF'], direction: 'out', otherKinds: ['Company'], timeFilter: 'held', order: 'recentRelationship' },
  // Listings and grades.
  listings: { types: ['LISTED'], direction: 'out', otherKinds: ['Listing'], order: 'recentListing' },
  activeListings: { types: ['LISTED'], direction: 'out', otherKinds: ['Listing'], timeFilter: 'activeListing', order: 'recentListing' },
  entries: { types: ['ON_LIST'], direction: 'in', otherKinds: ['Listing'], order: 'recentListing' },
  activeEntries: { types: ['ON_LIST'], direction: 'in', otherKinds: ['Listing'], timeFilter: 'activeListing', order: 'recentListing' },
  listingsDecided: { types: ['DECIDED_BY'], direction: 'in', otherKinds: ['Listing'], order: 'recentListing' },
  listedSubject: { types: ['LISTED'], direction: 'in', otherKinds: ['Company', 'Person'], order: 'name' },
  listingList: { types: ['ON_LIST'], direction: 'out', otherKinds: ['CreditList'], order: 'name' },
  listingDecidedBy: { types: ['DECIDED_BY'], direction: 'out', otherKinds: ['Agency'], order: 'name' },
  grades: { types: ['GRADED'], direction: 'out', otherKinds: ['Grade'], order: 'recentGrade' },
  gradedCompany: { types: ['GRADED'], direction: 'in', otherKinds: ['Company'], order: 'name' },
  gradeScheme: { types: ['IN_SCHEME'], direction: 'out', otherKinds: ['GradeScheme'], order: 'name' },
  schemeGrades: { types: ['IN_SCHEME'], direction: 'in', otherKinds: ['Grade'], order: 'recentGrade' },
  // Agencies.
  parentAgency: { types: ['PART_OF'], direction: 'out', otherKinds: ['Agency'], order: 'name' },
  childAgencies: { types: ['PART_OF'], direction: 'in', otherKinds: ['Agency'], order: 'name' },
  successors: { types: ['SUCCEEDED_BY'], direction: 'out', otherKinds: ['Agency'], order: 'name' },
  predecessors: { types: ['SUCCEEDED_BY'], direction: 'in', otherKinds: ['Agency'], order: 'name' },
  listsMaintained: { types: ['MAINTAINS'], direction: 'out', otherKinds: ['CreditList'], order: 'name' },
  documentsIssued: { types: ['ISSUED'], direction: 'out', otherKinds: ['PolicyDocument'], order: 'name' },
  documentsSigned: { types: ['SIGNED'], direction: 'out', otherKinds: ['PolicyDocument'], order: 'name' },
  measuresImplemented: { types: ['IMPLEMENTED_BY'], direction: 'in', otherKinds: ['Measure'], order: 'name' },
  platformsOperated: { types: ['OPERATED_BY'], direction: 'in', otherKinds: ['Platform'], order: 'name' },
  platformsSupervised: { types: ['SUPERVISED_BY'], direction: 'in', otherKinds: ['Platform'], order: 'name' },
  gradeSchemesIssued: { types: ['ISSUED_BY'], direction: 'in', otherKinds: ['GradeScheme'], order: 'name' },
  // Credit lists.
  maintainers: { types: ['MAINTAINS'], direction: 'in', otherKinds: ['Agency'], order: 'name' },
  establishingDocuments: { types: ['ESTABLISHES'], direction: 'in', otherKinds: ['PolicyDocument'], order: 'name' },
  legalBasis: { types: ['LEGAL_BASIS'], direction: 'out', otherKinds: ['PolicyDocument'], order: 'name' },
  triggeredDocuments: { types: ['TRIGGERED_BY'], direction: 'in', otherKinds: ['PolicyDocument'], order: 'name' },
  triggeredMeasures: { types: ['TRIGGERED_BY'], direction: 'in', otherKinds: ['Measure'], order: 'name' },
  publishedOn: { types: ['PUBLISHED_ON'], direction: 'out', otherKinds: ['Platform'], order: 'name' },
  // Policy documents.
  issuers: { types: ['ISSUED'], direction: 'in', otherKinds: ['Agency'], order: 'name' },
  signatories: { types: ['SIGNED'], direction: 'in', otherKinds: ['Agency'], order: 'name' },
  definedMeasures: { types: ['DEFINES'], direction: 'out', otherKinds: ['Measure'], order: 'name' },
  establishedLists: { types: ['ESTABLISHES'], direction: 'out', otherKinds: ['CreditList'], order: 'name' },
  triggeringLists: { types: ['TRIGGERED_BY'], direction: 'out', otherKinds: ['CreditList'], order: 'name' },
  basisOfLists: { types: ['LEGAL_BASIS'], direction: 'in', otherKinds: ['CreditList'], order: 'name' },
  supersedes: { types: ['SUPERSEDES'], direction: 'out', otherKinds: ['PolicyDocument'], order: 'name' },
  supersededBy: { types: ['SUPERSEDES'], direction: 'in', otherKinds: ['PolicyDocument'], order: 'name' },
  amends: { types: ['AMENDS'], direction: 'out', otherKinds: ['PolicyDocument'], order: 'name' },
  amendedBy: { types: ['AMENDS'], direction: 'in', otherKinds: ['PolicyDocument'], order: 'name' },
  gradeSchemesDefined: { types: ['DEFINED_IN'], direction: 'in', otherKinds: ['GradeScheme'], order: 'name' },
  // Measures.
  implementingAgencies: { types: ['IMPLEMENTED_BY'], direction: 'out', otherKinds: ['Agency'], order: 'name' },
  definingDocuments: { types: ['DEFINES'], direction: 'in', otherKinds: ['PolicyDocument'], order: 'name' },
  // Platforms and grade schemes.
  operators: { types: ['OPERATED_BY'], direction: 'out', otherKinds: ['Agency'], order: 'name' },
  supervisors: { types: ['SUPERVISED_BY'], direction: 'out', otherKinds: ['Agency'], order: 'name' },
  publishedLists: { types: ['PUBLISHED_ON'], direction: 'in', otherKinds: ['CreditList'], order: 'name' },
  schemeIssuers: { types: ['ISSUED_BY'], direction: 'out', otherKinds: ['Agency'], order: 'name' },
  schemeDocuments: { types: ['DEFINED_IN'], direction: 'out', otherKinds: ['PolicyDocument'], order: 'name' },
} satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof relations;
