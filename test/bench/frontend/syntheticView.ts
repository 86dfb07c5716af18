/**
 * A synthetic company-graph-like view of N elements (the front-end bench rows, the large-view
 * end-to-end test): a random tree from the subject plus cross links, 40 % nodes and 60 % edges.
 */
import type { GraphViewLike, ViewNodeLike } from '../../../web/src/graph/elements.ts';
import { Random } from '../../../seed/synthetic/random.ts';

const kinds: Array<[string, number]> = [
  ['Company', 0.6],
  ['Person', 0.3],
  ['Listing', 0.05],
  ['Agency', 0.05],
];

/** The view's subject (the explorer's focus): the root of the tree. */
export const subjectId = 'n0';

/** A company-graph-like view: a random tree plus cross links, 40 % nodes and 60 % edges. */
export function syntheticView(elements: number, seed: number): GraphViewLike {
  const random = new Random(seed);
  const nodeCount = Math.round(elements * 0.4);
  const edgeCount = elements - nodeCount;
  const nodes: ViewNodeLike[] = [];
  for (let i = 0; i < nodeCount; i++) {
    let roll = random.next();
    const kind = kinds.find(([, share]) => (roll -= share) < 0)?.[0] ?? 'Company';
    nodes.push({ id: `n${i}`, kind, label: `${kind === 'Person' ? '张' : '示例'}${i}${kind === 'Company' ? '科技有限公司' : ''}`, activeListKinds: random.chance(0.02) ? ['blacklist'] : [] });
  }
  const edges = [];
  const seen = new Set<string>();
  for (let e = 0; edges.length < edgeCount; e++) {
    const target = e < nodeCount - 1 ? e + 1 : random.int(nodeCount);
    const source = random.int(e < nodeCount - 1 ? target : nodeCount);
    const id = `n${source}-SHAREHOLDER_OF-n${target}`;
    if (source === target || seen.has(id)) continue;
    seen.add(id);
    edges.push({ id, source: `n${source}`, target: `n${target}`, type: 'SHAREHOLDER_OF', share: random.between(1, 100) / 100 });
  }
  return { nodes, edges, truncated: [] };
}

