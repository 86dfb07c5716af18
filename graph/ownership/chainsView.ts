import type { PartyRef } from '../model.ts';
import { projectView, type GraphView } from '../view.ts';
import type { HoldingChain } from './effectiveOwnership.ts';

/** The canvas view of holding chains (each consecutive pair a SHAREHOLDER_OF edge) plus `extra` parties. No read. */
export function chainsView(chains: readonly HoldingChain[], extra: readonly PartyRef[] = []): GraphView {
  const edges = chains.flatMap((chain) =>
    chain.fractions.map((fraction, i) => ({ type: 'SHAREHOLDER_OF', from: chain.parties[i]!.id, to: chain.parties[i + 1]!.id, fraction, role: null })),
  );
  return projectView([...extra, ...chains.flatMap((chain) => chain.parties)], edges);
}
