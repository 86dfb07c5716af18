import { knownListKinds } from '../domain/listKinds.ts';
import type { RoleTie } from '../domain/sanctions.ts';
import type { ListKind } from '../model.ts';
import type { GraphView, ViewEdge, ViewNode } from '../view.ts';
import type { SubjectCases } from './subjectCases.ts';
import type { TraceParty, SanctionTrace } from './types.ts';

/** Edge type of the derived bearer → measure edge (not stored in the graph; the trace computes it). */
export const bearsEdge = 'BEARS';

/** Edge types for the derived controller ties (computed by the ownership module, not stored). */
const controlEdge: Record<'ACTUAL_CONTROLLER' | 'CONTROLLING_SHAREHOLDER', string> = {
  ACTUAL_CONTROLLER: 'ACTUAL_CONTROLLER_OF',
  CONTROLLING_SHAREHOLDER: 'CONTROLLING_SHAREHOLDER_OF',
};

const confidenceOf = (props: Record<string, unknown>) => (typeof props.confidence === 'string' ? props.confidence : null);

/**
 * The trace as a subgraph for the canvas: listed parties → listings → lists ← documents → measures →
 * agencies, the bearers' ties to the listed party, and a derived BEARS edge from each bearer to each
 * measure it bears (with its roles).
 */
export function traceView(trace: Omit<SanctionTrace, 'view'>, found: SubjectCases): GraphView {
  const nodes = new Map<string, ViewNode>();
  const edges = new Map<string, ViewEdge>();
  const flags = partyFlags(trace, found);
  const addParty = (party: TraceParty) =>
    nodes.set(party.id, { id: party.id, kind: party.kind, label: party.name, labelEn: party.nameEn, synthetic: party.synthetic, ...flags.get(party.id) });
  const addEdge: AddEdge = (source, type, target, about = {}, discriminator = '') => {
    const id = `${source}-${type}-${target}${discriminator ? `-${discriminator}` : ''}`;
    edges.set(id, { id, source, target, type, share: about.share ?? null, roles: about.roles ?? null });
  };

  addParty(trace.subject);
  for (const listing of trace.listings) {
    addParty(listing.party);
    const listKind = listing.list.listKind;
    nodes.set(listing.id, { id: listing.id, kind: 'Listing', label: listing.caseNumber ?? listing.id, synthetic: listing.props.synthetic === true, listKind, from: listing.from });
    nodes.set(listing.list.id, { id: listing.list.id, kind: 'CreditList', label: listing.list.name, labelEn: listing.list.nameEn, confidence: confidenceOf(listing.list.props), listKind });
    addEdge(listing.party.id, 'LISTED', listing.id);
    addEdge(listing.id, 'ON_LIST', listing.list.id);
  }
  for (const chain of trace.chains) {
    const { measure, listing, bearer } = chain;
    nodes.set(measure.id, { id: measure.id, kind: 'Measure', label: measure.name, labelEn: measure.nameEn, confidence: measure.confidence });
    // A rule's document speaks for the list: drawn as the document triggered by it.
    const ruleDocuments = new Set(chain.rules.map(({ rule }) => rule.document.id));
    for (const document of chain.documents) {
      nodes.set(document.id, { id: document.id, kind: 'PolicyDocument', label: document.docNumber ?? document.name, labelEn: document.nameEn, confidence: document.confidence });
      addEdge(document.id, 'DEFINES', measure.id);
      if (ruleDocuments.has(document.id)) addEdge(document.id, 'TRIGGERED_BY', listing.list.id);
    }
    for (const agency of chain.agencies) {
      nodes.set(agency.id, { id: agency.id, kind: 'Agency', label: agency.name, labelEn: agency.nameEn, confidence: confidenceOf(agency.props) });
      addEdge(measure.id, 'IMPLEMENTED_BY', agency.id);
    }
    addParty(bearer);
    for (const { tie } of chain.evidence) addTie(addEdge, bearer.id, chain.via.id, tie);
    addEdge(bearer.id, bearsEdge, measure.id, { roles: [...chain.roles] });
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: truncation(trace, found) };
}

type AddEdge = (source: string, type: string, target: string, about?: Pick<ViewEdge, 'share' | 'roles'>, discriminator?: string) => void;

function addTie(addEdge: AddEdge, bearer: string, listed: string, tie: RoleTie) {
  if (tie.relation === 'LEGAL_REPRESENTATIVE_OF') addEdge(bearer, tie.relation, listed);
  if (tie.relation === 'OFFICER_OF') addEdge(bearer, tie.relation, listed, { roles: [tie.officerRole] }, tie.officerRole);
  if (tie.relation === 'ACTUAL_CONTROLLER' || tie.relation === 'CONTROLLING_SHAREHOLDER') addEdge(bearer, controlEdge[tie.relation], listed, { share: tie.share });
}

/** Active list kinds of the parties whose listings the trace read (others stay unknown). */
function partyFlags(trace: Omit<SanctionTrace, 'view'>, found: SubjectCases): Map<string, { activeListKinds: ListKind[] }> {
  const flags = new Map<string, { activeListKinds: ListKind[] }>();
  for (const c of found.cases) {
    flags.set(c.party.id, { activeListKinds: knownListKinds(c.listings.map((listing) => listing.list.listKind)) });
    for (const tie of c.ties) flags.set(tie.person.id, { activeListKinds: tie.activeListKinds });
  }
  if (!flags.has(trace.subject.id)) flags.set(trace.subject.id, { activeListKinds: [] });
  return flags;
}

function truncation(trace: Omit<SanctionTrace, 'view'>, found: SubjectCases) {
  const shown = found.cases.filter((c) => c.viaHolding).length;
  return found.heldCompaniesOmitted > 0 ? [{ nodeId: trace.subject.id, shown, omitted: found.heldCompaniesOmitted }] : [];
}
