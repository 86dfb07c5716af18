import type { Graph } from '../driver.ts';
import { viewOf } from '../paths/pathView.ts';
import type { GraphView } from '../view.ts';
import type { HoldingChain } from './effectiveOwnership.ts';

/** The canvas view of holding chains (each consecutive pair a SHAREHOLDER_OF edge) plus `extra` nodes. */
export function chainsView(graph: Graph, chains: readonly HoldingChain[], asOf: string, extra: readonly string[] = []): Promise<GraphView> {
  const edges = chains.flatMap((chain) =>
    chain.fractions.map((fraction, i) => ({ type: 'SHAREHOLDER_OF', from: chain.parties[i]!.id, to: chain.parties[i + 1]!.id, fraction, role: null })),
  );
  return viewOf(graph, { nodeIds: [...extra, ...chains.flatMap((chain) => chain.parties.map((party) => party.id))], edges, asOf });
}
