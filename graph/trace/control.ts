import type { Graph } from '../driver.ts';
import { actualController } from '../ownership/actualController.ts';
import { nodesById } from '../queries/nodes.ts';
import { toParty } from './refs.ts';
import type { TraceParty } from './types.ts';

/** A company's actual controller at a date, as the bearer rules read it (rule 5 of graph/domain/sanctions.ts). */
export interface Control {
  actualController: { party: TraceParty; share: number; rule: string } | null;
}

const ref = (party: { id: string; kind: TraceParty['kind']; name: string | null }): TraceParty =>
  toParty(party.kind, { id: party.id, nameZh: party.name });

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
        const actual = await actualController(graph, id, asOf);
        const controller = actual?.controller;
        answers.set(id, { actualController: controller ? { party: ref(controller), share: controller.share, rule: actual.rule } : null });
      }),
    );
  }
  return withStoredProperties(graph, answers);
}

/** Replaces the ownership module's id-and-name parties by their stored nodes (one read for all). */
async function withStoredProperties(graph: Graph, answers: Map<string, Control>): Promise<Map<string, Control>> {
  const parties = [...answers.values()].flatMap((c) => (c.actualController ? [c.actualController] : []));
  if (parties.length === 0) return answers;
  const stored = await nodesById(graph, parties.map((p) => p.party.id));
  const full = (held: Control['actualController']) => {
    const node = held && stored.get(held.party.id);
    return held && node ? { ...held, party: toParty(held.party.kind, node.props) } : held;
  };
  return new Map([...answers].map(([id, c]) => [id, { actualController: full(c.actualController) }]));
}
