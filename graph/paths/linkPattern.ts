import { roleHeldAt } from '../domain/validity.ts';
import { Rel } from '../model.ts';

/**
 * The relationships exposure and paths walk, and the bounded quantified path pattern (Cypher 5
 * QPP) both use. Only whitelisted relationship types and validated integers ever reach the Cypher
 * text; everything else is a parameter.
 */

/** Link kinds in the API's words, and the relationship each one walks. */
export const Via = {
  SHAREHOLDING: Rel.SHAREHOLDER_OF,
  LEGAL_REPRESENTATIVE: Rel.LEGAL_REPRESENTATIVE_OF,
  OFFICER: Rel.OFFICER_OF,
  BRANCH: Rel.BRANCH_OF,
} as const;
export type Via = keyof typeof Via;
export const allVia = Object.keys(Via) as Via[];

/**
 * UP walks towards the parties standing above the subject (its shareholders, legal representatives,
 * officers, head office); DOWN towards what it holds, represents or has as branches; BOTH either way
 * at every step (siblings, a shared legal representative).
 */
export type Direction = 'UP' | 'DOWN' | 'BOTH';

export const maxLinkHops = 6;
/**
 * A party with more links than this (a person on thousands of boards, a state asset body holding
 * hundreds of companies) is a hub: it can be found, but walks do not pass through it.
 */
export const defaultHubDegree = 300;

const allTypes = Object.values(Via).join('|');

// BRANCH_OF points from the branch up to the head office; the other links point from the party above.
const directionPredicate: Record<Direction, string> = {
  UP: `AND ((type(r) = '${Rel.BRANCH_OF}') = (startNode(r) = a))`,
  DOWN: `AND ((type(r) = '${Rel.BRANCH_OF}') = (endNode(r) = a))`,
  BOTH: '',
};

export interface LinkPatternOptions {
  via: readonly Via[];
  direction: Direction;
  maxHops: number;
  /** Variable names of the two ends (already bound or bound by the pattern). */
  from: string;
  to: string;
}

export function checkHops(maxHops: number, limit = maxLinkHops): void {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > limit) throw new RangeError(`maxHops must be 1..${limit}, got ${maxHops}`);
}

export function checkVia(via: readonly string[]): asserts via is Via[] {
  if (via.length === 0) throw new RangeError('via must name at least one link kind');
  for (const kind of via) if (!(kind in Via)) throw new RangeError(`unknown link kind '${kind}'; one of ${allVia.join(', ')}`);
}

/**
 * `(from)((a)-[r]-(b) WHERE …){1,maxHops}(to)`: each step a link of the chosen kinds held at
 * `$asOf`, in the chosen direction, leaving only from the start or from a non-hub
 * (degree ≤ `$hubDegree`, read from the degree store).
 */
export function linkPattern(options: LinkPatternOptions): string {
  checkVia(options.via);
  checkHops(options.maxHops);
  const types = [...new Set(options.via.map((kind) => Via[kind]))].join('|');
  return (
    `(${options.from})((a)-[r:${types}]-(b) WHERE ${roleHeldAt('r')} ` +
    `AND (a = ${options.from} OR COUNT { (a)-[:${allTypes}]-() } <= $hubDegree) ${directionPredicate[options.direction]}` +
    `){1,${options.maxHops}}(${options.to})`
  );
}

/** Cypher expression: how many links of any kind node `n` has (the hub test's degree). */
export const linkDegree = (n: string) => `COUNT { (${n})-[:${allTypes}]-() }`;
