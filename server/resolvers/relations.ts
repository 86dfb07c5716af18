import { knownListKinds } from '../../graph/domain/listKinds.ts';
import { activeListKinds, listingNodeActive } from '../../graph/queries/listingFlags.ts';
import type { NodeRecord } from '../../graph/queries/nodeRecord.ts';
import { relatedCounts, relatedPages, type PageRequest, type RelatedItem, type RelatedPage } from '../../graph/queries/related.ts';
import { isReferenceRelation, pickLinks, referenceLinks, type ReferenceLink } from '../../graph/queries/referenceLinks.ts';
import { relations, type RelationName } from '../../graph/queries/relations.ts';
import { asOfDate, maxPageSize } from '../args.ts';
import { offsetConnection, offsetPage, type PageArgs } from '../connection.ts';
import type { Context } from '../context.ts';
import { provenanceOf } from './common.ts';
import type { ResolverMap } from './merge.ts';

/** A relationship with both ends, as the relationship types (Shareholding, Officer, …) read it. */
interface RelationObject {
  relType: string;
  rel: Record<string, unknown>;
  /** The relationship's start node, e.g. the shareholder. */
  start: NodeRecord;
  /** Its end node, e.g. the company. */
  end: NodeRecord;
}

interface TimedArgs extends PageArgs {
  asOf?: string | null;
  activeOnly?: boolean | null;
}

/** One page of relation `name` of `parent`, batched with every other parent asking the same page. */
function loadPage(context: Context, name: RelationName, parentId: string, request: PageRequest): Promise<RelatedPage> {
  const key = `related:${name}:${request.asOf ?? ''}:${request.offset}:${request.limit}`;
  return context.loaders
    .get<string, RelatedPage>(key, async (ids) => {
      const pages = await relatedPages(context.graph, relations[name], ids, request);
      return ids.map((id) => pages.get(id) ?? { items: [], hasMore: false });
    })
    .load(parentId);
}

function loadCount(context: Context, name: RelationName, parentId: string, asOf: string | undefined): Promise<number> {
  return context.loaders
    .get<string, number>(`relatedCount:${name}:${asOf ?? ''}`, async (ids) => {
      const counts = await relatedCounts(context.graph, relations[name], ids, { asOf });
      return ids.map((id) => counts.get(id) ?? 0);
    })
    .load(parentId);
}

/** The date a time-filtered relation is read at (others ignore it). */
function asOfFor(name: RelationName, args: { asOf?: string | null }, context: Context): string | undefined {
  return 'timeFilter' in relations[name] ? asOfDate('asOf', args.asOf, context.asOfDefault) : undefined;
}

function toRelationObject(name: RelationName, parent: NodeRecord, item: RelatedItem): RelationObject {
  const parentIsStart = relations[name].direction === 'out';
  return { relType: item.relType, rel: item.rel, start: parentIsStart ? parent : item.node, end: parentIsStart ? item.node : parent };
}

/** Every reference link of a node, batched: one query serves all reference fields of a request level. */
function loadReferenceLinks(context: Context, id: string): Promise<ReferenceLink[]> {
  return context.loaders
    .get<string, ReferenceLink[]>('referenceLinks', async (ids) => {
      const found = await referenceLinks(context.graph, ids);
      return ids.map((key) => found.get(key) ?? []);
    })
    .load(id);
}

/** Related nodes as a plain list: reference links (tens at most), others capped at the page maximum. */
async function linkedNodes(context: Context, name: RelationName, parentId: string, asOf: string | undefined, limit: number): Promise<NodeRecord[]> {
  const spec = relations[name];
  if (isReferenceRelation(spec)) return pickLinks(await loadReferenceLinks(context, parentId), spec).slice(0, limit);
  return (await loadPage(context, name, parentId, { asOf, offset: 0, limit })).items.map((item) => item.node);
}

const linked = (name: RelationName) => (parent: NodeRecord, _args: unknown, context: Context) => linkedNodes(context, name, parent.id, undefined, maxPageSize);

/** The first related node (a parent agency, a listing's list), or null. */
const linkedOne = (name: RelationName) => async (parent: NodeRecord, args: { asOf?: string | null }, context: Context) =>
  (await linkedNodes(context, name, parent.id, asOfFor(name, args, context), 1))[0] ?? null;

/**
 * A connection of related nodes, or of relationship objects with `asRelation`. With `activeOnly`,
 * `activeName` is followed instead (listings active at asOf).
 */
function connection(name: RelationName, options: { asRelation?: boolean; activeName?: RelationName } = {}) {
  return async (parent: NodeRecord, args: TimedArgs, context: Context) => {
    const relation = args.activeOnly && options.activeName ? options.activeName : name;
    const asOf = asOfFor(relation, args, context);
    const { offset, limit } = offsetPage(args);
    const page = await loadPage(context, relation, parent.id, { asOf, offset, limit });
    const nodes = page.items.map((item) => (options.asRelation ? toRelationObject(relation, parent, item) : item.node));
    return offsetConnection<unknown>(nodes, offset, page.hasMore, () => loadCount(context, relation, parent.id, asOf));
  };
}

async function activeListKindsOf(subject: NodeRecord, args: { asOf?: string | null }, context: Context) {
  const asOf = asOfDate('asOf', args.asOf, context.asOfDefault);
  const kinds = await context.loaders
    .get<string, Set<string>>(`activeListKinds:${asOf}`, async (ids) => {
      const found = await activeListKinds(context.graph, ids, asOf);
      return ids.map((id) => found.get(id) ?? new Set<string>());
    })
    .load(subject.id);
  return knownListKinds(kinds);
}

const relationProperty = (name: string) => (object: RelationObject) => object.rel[name] ?? null;
const relationTimes = {
  from: relationProperty('from'),
  until: relationProperty('until'),
  provenance: (object: RelationObject) => provenanceOf(object.rel),
};
const relationRoles: Record<string, string> = { LEGAL_REPRESENTATIVE_OF: 'legal_representative', SHAREHOLDER_OF: 'shareholder' };

export const relationResolvers: ResolverMap = {
  Party: { __resolveType: (node: NodeRecord) => node.kind },
  ListedSubject: { __resolveType: (node: NodeRecord) => node.kind },
  Shareholding: {
    shareholder: (object: RelationObject) => object.start,
    company: (object: RelationObject) => object.end,
    fraction: relationProperty('fraction'),
    fractionMin: relationProperty('fractionMin'),
    fractionMax: relationProperty('fractionMax'),
    subscribedCapital: relationProperty('subscribedCapital'),
    ...relationTimes,
  },
  Officer: {
    person: (object: RelationObject) => object.start,
    company: (object: RelationObject) => object.end,
    role: relationProperty('role'),
    ...relationTimes,
  },
  LegalRepresentative: {
    person: (object: RelationObject) => object.start,
    company: (object: RelationObject) => object.end,
    ...relationTimes,
  },
  CompanyRole: {
    person: (object: RelationObject) => object.start,
    company: (object: RelationObject) => object.end,
    role: (object: RelationObject) => relationRoles[object.relType] ?? object.rel.role ?? 'officer',
    fraction: relationProperty('fraction'),
    ...relationTimes,
  },
  Company: {
    legalRepresentative: async (company: NodeRecord, args: { asOf?: string | null }, context: Context) => {
      const asOf = asOfFor('legalRepresentatives', args, context);
      const item = (await loadPage(context, 'legalRepresentatives', company.id, { asOf, offset: 0, limit: 1 })).items[0];
      return item ? toRelationObject('legalRepresentatives', company, item) : null;
    },
    shareholders: connection('shareholders', { asRelation: true }),
    holdings: connection('holdings', { asRelation: true }),
    officers: connection('officers', { asRelation: true }),
    branches: connection('branches'),
    headOffice: linkedOne('headOffice'),
    listings: connection('listings', { activeName: 'activeListings' }),
    activeListKinds: activeListKindsOf,
    grades: linked('grades'),
  },
  Person: {
    roles: connection('personRoles', { asRelation: true }),
    holdings: connection('holdings', { asRelation: true }),
    listings: connection('listings', { activeName: 'activeListings' }),
    activeListKinds: activeListKindsOf,
  },
  Agency: {
    parent: linkedOne('parentAgency'),
    children: linked('childAgencies'),
    successors: linked('successors'),
    predecessors: linked('predecessors'),
    listsMaintained: linked('listsMaintained'),
    documentsIssued: linked('documentsIssued'),
    documentsSigned: linked('documentsSigned'),
    measuresImplemented: linked('measuresImplemented'),
    platformsOperated: linked('platformsOperated'),
    platformsSupervised: linked('platformsSupervised'),
    gradeSchemesIssued: linked('gradeSchemesIssued'),
    holdings: connection('holdings', { asRelation: true }),
    listingsDecided: connection('listingsDecided'),
  },
  CreditList: {
    maintainedBy: linked('maintainers'),
    establishedBy: linked('establishingDocuments'),
    legalBasis: linked('legalBasis'),
    triggeredDocuments: linked('triggeredDocuments'),
    triggeredMeasures: linked('triggeredMeasures'),
    publishedOn: linked('publishedOn'),
    entries: connection('entries', { activeName: 'activeEntries' }),
  },
  PolicyDocument: {
    issuers: linked('issuers'),
    signatories: linked('signatories'),
    measures: linked('definedMeasures'),
    establishesLists: linked('establishedLists'),
    triggeredBy: linked('triggeringLists'),
    legalBasisOf: linked('basisOfLists'),
    supersedes: linked('supersedes'),
    supersededBy: linked('supersededBy'),
    amends: linked('amends'),
    amendedBy: linked('amendedBy'),
    gradeSchemes: linked('gradeSchemesDefined'),
  },
  Measure: {
    implementingAgencies: linked('implementingAgencies'),
    definedIn: linked('definingDocuments'),
    triggeredBy: linked('triggeringLists'),
  },
  Platform: {
    operatedBy: linked('operators'),
    supervisedBy: linked('supervisors'),
    lists: linked('publishedLists'),
  },
  GradeScheme: {
    issuedBy: linked('schemeIssuers'),
    definedIn: linked('schemeDocuments'),
    grades: connection('schemeGrades'),
  },
  Listing: {
    subject: linkedOne('listedSubject'),
    list: linkedOne('listingList'),
    decidedBy: linkedOne('listingDecidedBy'),
    active: (listing: NodeRecord, args: { asOf?: string | null }, context: Context) =>
      listingNodeActive(listing, asOfDate('asOf', args.asOf, context.asOfDefault)),
  },
  Grade: {
    company: linkedOne('gradedCompany'),
    scheme: linkedOne('gradeScheme'),
  },
};
