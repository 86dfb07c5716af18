import type { Graph } from '../driver.ts';
import { pickController, topHolders, type ControllerRule } from '../domain/ownership.ts';
import type { PartyKind } from '../model.ts';
import type { PartyRef } from '../model.ts';
import { partyRef } from './effectiveOwnership.ts';
import { fetchHoldingSubgraph } from './holdingSubgraph.ts';

export interface Controller {
  id: string;
  kind: PartyKind;
  name: string | null;
  /** Integrated share in the company, 0–1. */
  share: number;
}

export interface ActualController {
  company: PartyRef;
  controller: Controller | null;
  rule: ControllerRule;
  bounded: boolean;
  boundedBy: Array<'depth' | 'nodes'>;
}

/**
 * The actual controller at `asOf`: among the parties at the top of the holding chains (natural
 * persons, state bodies, or companies whose own holders are unrecorded), the one with more than
 * 50 % integrated ownership ('majority'), else the largest such holder ('largest_holder'; ties go
 * to the smaller id). `controller` is null when the company has no holders in force (or only a
 * closed ring of companies holding each other). Returns null when the company does not exist.
 */
export async function actualController(graph: Graph, companyId: string, asOf: string): Promise<ActualController | null> {
  const subgraph = await fetchHoldingSubgraph(graph, companyId, { asOf, direction: 'up' });
  if (!subgraph) return null;
  const tops = topHolders(subgraph.holdings, companyId);
  const { controller, rule } = pickController([...tops.shares].map(([id, share]) => ({ id, kind: partyRef(subgraph, id).kind, share })));
  return {
    company: partyRef(subgraph, companyId),
    controller: controller ? { ...controller, name: partyRef(subgraph, controller.id).name } : null,
    rule,
    bounded: subgraph.bounded,
    boundedBy: subgraph.boundedBy,
  };
}
