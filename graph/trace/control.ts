import type { Graph } from '../driver.ts';
import { actualControllers } from '../ownership/actualController.ts';
import { nodesById } from '../queries/nodes.ts';
import { toParty } from './refs.ts';
import type { TraceParty } from './types.ts';

/** A company's actual controller at a date, as the bearer rules read it (rule 5 of graph/domain/sanctions.ts). */
export interface Control {
  actualController: { party: TraceParty; share: number; rule: string } | null;
}

const ref = (party: { id: string; kind: TraceParty['kind']; name: string | null }): TraceParty =>
  toParty(party.kind, { id: party.id, nameZh: party.name });

/**
 * Controllers of each company at `asOf`, through the ownership module (graph/ownership/), which reads
 * the holders of them all in one statement; callers bound how many (a trace asks only for listed
 * companies whose measures name a controller).
 */
export async function controlOf(graph: Graph, companyIds: readonly string[], asOf: string): Promise<Map<string, Control>> {
  const unique = [...new Set(companyIds)];
  const actual = await actualControllers(graph, unique, asOf);
  const answers = new Map(
    unique.map((id): [string, Control] => {
      const found = actual.get(id);
      const controller = found?.controller;
      return [id, { actualController: found && controller ? { party: ref(controller), share: controller.share, rule: found.rule } : null }];
    }),
  );
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
