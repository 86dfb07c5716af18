import type { Graph } from '../driver.ts';
import { actualControl, pickController, topHolders, type ControlLink, type ControllerRule } from '../domain/ownership.ts';
import type { PartyRef } from '../model.ts';
import { chainsTo, partyRef, type HoldingChain } from './effectiveOwnership.ts';
import { fetchHolderSubgraphs, type HoldingSubgraph } from './holdingSubgraph.ts';

export interface Controller extends PartyRef {
  /** Integrated share in the company, 0–1. */
  share: number;
}

export interface ControlChainLink extends ControlLink {
  holderParty: PartyRef;
  companyParty: PartyRef;
}

export interface ActualController {
  company: PartyRef;
  controller: Controller | null;
  rule: ControllerRule;
  /** The chain of control from the company up to the controller (graph/domain/ownership.ts controlChain). */
  chain: ControlChainLink[];
  /** The ultimate holder with the largest integrated share; differs from the controller when control runs through majorities. */
  largestHolder: Controller | null;
  /** The holding chains from the controller down to the company (the canvas draws these; read with the answer, not again). */
  paths: HoldingChain[];
  bounded: boolean;
  boundedBy: Array<'depth' | 'nodes'>;
}

/**
 * The actual controller at `asOf` by the chain of control (majority at each level up, closed by
 * the largest ultimate holder where no majority exists: `controlChain`), with that chain and the
 * largest integrated holder beside it. `controller` is null when the company has no holders in
 * force (or only a closed ring of companies holding each other). Returns null when the company
 * does not exist.
 */
export async function actualController(graph: Graph, companyId: string, asOf: string): Promise<ActualController | null> {
  return (await actualControllers(graph, [companyId], asOf)).get(companyId) ?? null;
}

/**
 * The actual controllers of many companies at `asOf`, each as `actualController` answers it, their
 * holders read in one statement for all (graph/ownership/holdingSubgraph.ts fetchHolderSubgraphs).
 * Companies that do not exist are absent from the map.
 */
export async function actualControllers(graph: Graph, companyIds: readonly string[], asOf: string): Promise<Map<string, ActualController>> {
  if (companyIds.length === 0) return new Map();
  const subgraphs = await fetchHolderSubgraphs(graph, companyIds, { asOf });
  return new Map([...subgraphs].map(([id, subgraph]) => [id, controllerIn(subgraph)]));
}

/** The chain of control on the holders of the subgraph's root (in memory). */
function controllerIn(subgraph: HoldingSubgraph): ActualController {
  const companyId = subgraph.root;
  const tops = topHolders(subgraph.holdings, companyId);
  const largest = pickController([...tops.shares].map(([id, share]) => ({ id, kind: partyRef(subgraph, id).kind, share }))).controller;
  const chain = actualControl(subgraph.holdings, companyId);
  const withName = (id: string, share: number): Controller => ({ ...partyRef(subgraph, id), share });
  return {
    company: partyRef(subgraph, companyId),
    controller: chain.controller ? withName(chain.controller, chain.share) : null,
    rule: chain.rule,
    chain: chain.links.map((link) => ({ ...link, holderParty: partyRef(subgraph, link.holder), companyParty: partyRef(subgraph, link.company) })),
    largestHolder: largest ? withName(largest.id, largest.share) : null,
    paths: chain.controller ? chainsTo(subgraph, chain.controller) : [],
    bounded: subgraph.bounded,
    boundedBy: subgraph.boundedBy,
  };
}
