import type { Graph } from '../driver.ts';
import { pickController, type Candidate } from '../domain/ownership.ts';
import { actualController } from '../ownership/actualController.ts';
import { fetchHoldingSubgraph } from '../ownership/holdingSubgraph.ts';
import { nodesById } from '../queries/nodes.ts';
import { toParty } from './refs.ts';
import type { PartyRef } from './types.ts';

/** A company's controllers at a date, as the bearer rules read them (rule 5 of graph/domain/sanctions.ts). */
export interface Control {
  actualController: { party: PartyRef; share: number; rule: string } | null;
  controllingShareholder: { party: PartyRef; share: number; rule: string } | null;
}

const ref = (party: { id: string; kind: PartyRef['kind']; name: string | null }): PartyRef =>
  toParty(party.kind, { id: party.id, nameZh: party.name });

/**
 * The controlling shareholder: the ownership module's controller rule (> 50 %, else the largest)
 * applied to the direct holders alone.
 */
async function controllingShareholder(graph: Graph, companyId: string, asOf: string): Promise<Control['controllingShareholder']> {
  const subgraph = await fetchHoldingSubgraph(graph, companyId, { asOf, direction: 'up', maxDepth: 1 });
  if (!subgraph) return null;
  const direct = new Map<string, Candidate>();
  for (const holding of subgraph.holdings.filter((h) => h.company === companyId)) {
    const party = subgraph.parties.get(holding.holder);
    const share = (direct.get(holding.holder)?.share ?? 0) + holding.fraction;
    direct.set(holding.holder, { id: holding.holder, kind: party?.kind ?? 'Company', share });
  }
  const { controller, rule } = pickController([...direct.values()]);
  if (!controller) return null;
  return { party: ref({ ...controller, name: subgraph.parties.get(controller.id)?.name ?? null }), share: controller.share, rule };
}

/** Companies asked about at the same time (each is a breadth-first walk of a few reads). */
const concurrentCompanies = 8;

/**
 * Controllers of each company at `asOf`, through the ownership module (graph/ownership/). Its API is
 * per company, so the companies are asked a few at a time; callers bound how many (a trace asks only
 * for listed companies whose measures name a controller).
 */
export async function controlOf(graph: Graph, companyIds: readonly string[], asOf: string): Promise<Map<string, Control>> {
  const answers = new Map<string, Control>();
  const unique = [...new Set(companyIds)];
  for (let start = 0; start < unique.length; start += concurrentCompanies) {
    await Promise.all(
      unique.slice(start, start + concurrentCompanies).map(async (id) => {
        const [actual, controlling] = await Promise.all([actualController(graph, id, asOf), controllingShareholder(graph, id, asOf)]);
        const controller = actual?.controller;
        answers.set(id, { actualController: controller ? { party: ref(controller), share: controller.share, rule: actual.rule } : null, controllingShareholder: controlling });
      }),
    );
  }
  return withStoredProperties(graph, answers);
}

/** Replaces the ownership module's id-and-name parties by their stored nodes (one read for all). */
async function withStoredProperties(graph: Graph, answers: Map<string, Control>): Promise<Map<string, Control>> {
  const parties = [...answers.values()].flatMap((c) => [c.actualController, c.controllingShareholder]).filter((p) => p !== null);
  if (parties.length === 0) return answers;
  const stored = await nodesById(graph, parties.map((p) => p.party.id));
  const full = (held: Control['actualController']) => {
    const node = held && stored.get(held.party.id);
    return held && node ? { ...held, party: toParty(held.party.kind, node.props) } : held;
  };
  return new Map([...answers].map(([id, c]) => [id, { actualController: full(c.actualController), controllingShareholder: full(c.controllingShareholder) }]));
}
