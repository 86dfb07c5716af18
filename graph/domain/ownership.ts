import type { PartyKind } from '../model.ts';

/**
 * Integrated (effective) ownership on a bounded ownership subgraph: pure arithmetic, no I/O.
 *
 * Let A[i][j] be the fraction of company j held directly by party i. The integrated ownership of i
 * in j is the (i, j) entry of T = A + A² + A³ + … = (I − A)⁻¹ − I: the sum, over every chain of
 * holdings from i to j, of the product of the fractions along it (Brioschi, Buzzacchi & Colombo
 * 1989, "Risk capital financing and the separation of ownership and control in business groups",
 * J. Banking & Finance 13(5):747–772; the same matrix is the "integrated ownership" of Vitali,
 * Glattfelder & Battiston 2011, "The network of global corporate control", PLoS ONE 6(10):e25995).
 * On acyclic structures it equals the plain path-product sum; with cross-holdings the walks that go
 * round a cycle form a geometric series, which converges whenever the fractions held in each company
 * sum to less than 1 along the cycle. We solve T = A + A·T for one column (or row) by fixed-point
 * iteration, which is exact after depth + 1 rounds on acyclic input and converges geometrically
 * on cycles; no dense matrix is built, so cost is O(iterations × holdings).
 */

/** One direct shareholding in force: `holder` owns `fraction` (0–1] of `company`. */
export interface Holding {
  holder: string;
  company: string;
  fraction: number;
}

export interface SolveOptions {
  /** Stop when no share moved by more than this between rounds. */
  tolerance?: number;
  maxIterations?: number;
}

/** Integrated shares keyed by party id, and whether the iteration settled within its budget. */
export interface OwnershipVector {
  shares: Map<string, number>;
  /** False when a cycle held (nearly) 100 % round itself and the series did not settle. */
  converged: boolean;
  iterations: number;
}

const defaultTolerance = 1e-12;
const defaultMaxIterations = 10_000;

/** Holdings that can carry ownership: positive, finite fractions, never a company holding itself. */
function usable(holdings: readonly Holding[]): Holding[] {
  return holdings.filter((h) => Number.isFinite(h.fraction) && h.fraction > 0 && h.holder !== h.company);
}

/**
 * Column `target` of T: every party's integrated share in `target`. Fixed point of
 * x[h] = Σ_c A[h][c] · (δ(c, target) + x[c]). `shares.get(target)` is the target's integrated
 * ownership of itself through cross-holdings (0 on acyclic structures).
 */
export function integratedOwnersOf(holdings: readonly Holding[], target: string, options: SolveOptions = {}): OwnershipVector {
  return solve(usable(holdings), (h, x) => h.fraction * ((h.company === target ? 1 : 0) + (x.get(h.company) ?? 0)), (h) => h.holder, options);
}

/**
 * Row `owner` of T: `owner`'s integrated share in every company it reaches. Fixed point of
 * y[c] = A[owner][c] + Σ_k y[k] · A[k][c].
 */
export function integratedHoldingsOf(holdings: readonly Holding[], owner: string, options: SolveOptions = {}): OwnershipVector {
  return solve(usable(holdings), (h, y) => h.fraction * ((h.holder === owner ? 1 : 0) + (y.get(h.holder) ?? 0)), (h) => h.company, options);
}

/** T[owner][target]: integrated ownership of `owner` in `target`. */
export function integratedOwnership(holdings: readonly Holding[], owner: string, target: string, options: SolveOptions = {}): number {
  return integratedOwnersOf(holdings, target, options).shares.get(owner) ?? 0;
}

function solve(
  holdings: Holding[],
  contribution: (h: Holding, current: Map<string, number>) => number,
  keyOf: (h: Holding) => string,
  options: SolveOptions,
): OwnershipVector {
  const tolerance = options.tolerance ?? defaultTolerance;
  const maxIterations = options.maxIterations ?? defaultMaxIterations;
  let current = new Map<string, number>();
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const next = new Map<string, number>();
    for (const h of holdings) {
      const value = contribution(h, current);
      if (value !== 0) next.set(keyOf(h), (next.get(keyOf(h)) ?? 0) + value);
    }
    const moved = maxDifference(current, next);
    current = next;
    if (moved <= tolerance) return { shares: roundShares(current), converged: true, iterations: iteration };
  }
  return { shares: current, converged: false, iterations: maxIterations };
}

/** Float noise off the answer (0.8 × 0.7 = 0.5599999999999999 → 0.56); 12 decimals is the solver's tolerance. */
function roundShares(shares: Map<string, number>): Map<string, number> {
  return new Map([...shares].map(([id, share]) => [id, Math.round(share * 1e12) / 1e12]));
}

function maxDifference(a: Map<string, number>, b: Map<string, number>): number {
  let max = 0;
  for (const [key, value] of b) max = Math.max(max, Math.abs(value - (a.get(key) ?? 0)));
  for (const [key, value] of a) if (!b.has(key)) max = Math.max(max, Math.abs(value));
  return max;
}

/** A chain of holdings from an owner down to a company, with the product of its fractions. */
export interface OwnershipPath {
  /** Party ids from the owner to the company. */
  nodes: string[];
  fractions: number[];
  share: number;
}

/**
 * The simple (cycle-free) holding chains from `owner` to `target`, largest share first, at most
 * `limit`. On acyclic structures their shares sum to the integrated ownership; with cross-holdings
 * the integrated figure is larger by the walks that go round a cycle.
 */
export function ownershipPaths(holdings: readonly Holding[], owner: string, target: string, limit = 10, maxLength = 6): OwnershipPath[] {
  const byHolder = new Map<string, Holding[]>();
  for (const h of usable(holdings)) byHolder.set(h.holder, [...(byHolder.get(h.holder) ?? []), h]);
  const found: OwnershipPath[] = [];
  const walk = (node: string, nodes: string[], fractions: number[]) => {
    if (node === target && nodes.length > 1) {
      found.push({ nodes, fractions, share: fractions.reduce((p, f) => p * f, 1) });
      return;
    }
    if (fractions.length >= maxLength) return;
    for (const h of byHolder.get(node) ?? []) {
      if (!nodes.includes(h.company)) walk(h.company, [...nodes, h.company], [...fractions, h.fraction]);
    }
  };
  walk(owner, [owner], []);
  return found.sort((a, b) => b.share - a.share || a.nodes.join().localeCompare(b.nodes.join())).slice(0, limit);
}

/**
 * Shares compared with a threshold tolerate float noise (0.1 + 0.2 ≠ 0.3): a share within 1e-9 of
 * the threshold counts as reaching it.
 */
const shareEpsilon = 1e-9;
export function reaches(share: number, threshold: number): boolean {
  return share >= threshold - shareEpsilon;
}

/**
 * Parties at the top of the holding chains into `target`: they hold shares but nobody holds them
 * (natural persons, state bodies, or companies whose own holders are not recorded), with their
 * integrated share in `target`, largest first.
 */
export function topHolders(holdings: readonly Holding[], target: string, options: SolveOptions = {}): { shares: Map<string, number>; converged: boolean } {
  const held = new Set(usable(holdings).map((h) => h.company));
  const column = integratedOwnersOf(holdings, target, options);
  const shares = new Map([...column.shares].filter(([id, share]) => !held.has(id) && share > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
  return { shares, converged: column.converged };
}


/** The actual-controller rule: > 50 % integrated ("majority"), else the largest ultimate holder. */
export const majorityShare = 0.5;
export type ControllerRule = 'majority' | 'largest_holder';

export interface Candidate {
  id: string;
  kind: PartyKind;
  share: number;
}

/**
 * Picks the actual controller among ultimate holders: the one whose integrated share exceeds 50 %,
 * otherwise the largest (ties broken by id, so the answer is stable). Null when there is no holder.
 */
export function pickController(candidates: readonly Candidate[]): { controller: Candidate | null; rule: ControllerRule } {
  const ranked = [...candidates].filter((c) => c.share > 0).sort((a, b) => b.share - a.share || a.id.localeCompare(b.id));
  const top = ranked[0] ?? null;
  if (top && top.share > majorityShare + shareEpsilon) return { controller: top, rule: 'majority' };
  return { controller: top, rule: 'largest_holder' };
}

/** One link of the chain of control: `holder` controls `company` by `share` of it. */
export interface ControlLink {
  holder: string;
  company: string;
  /** Majority links: the direct share; the closing largest-holder link: the integrated share. */
  share: number;
  rule: ControllerRule;
}

export interface ControlChain {
  /** From the company up to the controller (the company's own controlling shareholder first). */
  links: ControlLink[];
  controller: string | null;
  /** 'majority' when every link is a majority; 'largest_holder' when the last one is not. */
  rule: ControllerRule;
}

/**
 * The chain of control of `target`, the rule analysts (and Qichacha's 疑似实际控制人) mean by
 * control, not the largest integrated share:
 * 1. From the company up, a holder with more than 50 % of a company's direct shares is its
 *    controlling shareholder (控股股东, Company Law of the PRC 2023, art. 265(2): 出资额占有限责任
 *    公司资本总额超过百分之五十或者其持有的股份占股份有限公司股本总额超过百分之五十的股东); the walk
 *    continues from that holder, so 80 % → 70 % → 60 % makes the person at the top the controller
 *    although the integrated share is only 33.6 %.
 * 2. The walk ends at a party nobody holds a majority of. When nobody holds it at all (a natural
 *    person, a state body, a company without recorded holders), that party is the actual
 *    controller (实际控制人, art. 265(3): 通过投资关系、协议或者其他安排，能够实际支配公司行为的人).
 * 3. When the last party has holders but none with a majority (or the company itself has none),
 *    the art. 265(2) second limb (less than 50 % but enough to sway the shareholders' meeting) is
 *    read as "the largest ultimate holder": the one with the largest integrated share in that
 *    party closes the chain with rule 'largest_holder' (a suspected controller, like Qichacha's 疑似).
 * A chain that comes back to a party already on it stops there (cross-holdings).
 */
export function controlChain(holdings: readonly Holding[], target: string, options: SolveOptions = {}): ControlChain {
  const direct = new Map<string, Map<string, number>>();
  for (const h of usable(holdings)) {
    const holders = direct.get(h.company) ?? new Map<string, number>();
    holders.set(h.holder, (holders.get(h.holder) ?? 0) + h.fraction);
    direct.set(h.company, holders);
  }
  const links: ControlLink[] = [];
  const seen = new Set([target]);
  let top = target;
  for (;;) {
    const holders = [...(direct.get(top) ?? [])].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const [first] = holders;
    if (!first || first[1] <= majorityShare + shareEpsilon || seen.has(first[0])) break;
    links.push({ holder: first[0], company: top, share: first[1], rule: 'majority' });
    seen.add(first[0]);
    top = first[0];
  }
  if (!direct.has(top)) return { links, controller: links.length ? top : null, rule: links.length ? 'majority' : 'largest_holder' };
  const tops = topHolders(holdings, top, options).shares;
  const [largest] = [...tops].filter(([id]) => !seen.has(id));
  if (!largest) return { links, controller: links.length ? top : null, rule: links.length ? 'majority' : 'largest_holder' };
  return { links: [...links, { holder: largest[0], company: top, share: largest[1], rule: 'largest_holder' }], controller: largest[0], rule: 'largest_holder' };
}

/** The actual controller of `target` with its integrated share: `controlChain`'s answer, as every reader states it. */
export interface ActualControl extends ControlChain {
  /** The controller's integrated share in `target` (0 when there is no controller). */
  share: number;
}

/**
 * The actual controller by the chain of control (`controlChain`) and its integrated share: the
 * one rule the ownership view (graph/ownership/actualController.ts) and the change hook's
 * controller_change events (graph/load/controllerChanges.ts) both read.
 */
export function actualControl(holdings: readonly Holding[], target: string, options: SolveOptions = {}): ActualControl {
  const chain = controlChain(holdings, target, options);
  if (!chain.controller) return { ...chain, share: 0 };
  const tops = topHolders(holdings, target, options).shares;
  return { ...chain, share: tops.get(chain.controller) ?? integratedOwnership(holdings, chain.controller, target, options) };
}

/** Default threshold of the ownership-inherited listing (the 50 % rule). */
export const defaultInheritanceThreshold = 0.5;

export interface InheritedListing {
  /** Share of each company owned, directly or through unlisted companies, by listed parties. */
  attributed: Map<string, number>;
  /** Companies that inherit a listing (not listed themselves). */
  inherited: Set<string>;
  /** Breakdown of `target`'s attributed share by listed or inheriting owner. */
  owners: Map<string, number>;
  converged: boolean;
}

/**
 * Ownership-inherited listing in the style of the OFAC 50 % rule: a company whose aggregate
 * integrated ownership by listed parties reaches `threshold` is treated as listed, and so passes
 * the listing on to the companies it owns in turn. Ownership is attributed to the nearest listed
 * owner up each chain (holdings into a listed party are cut), so a listed parent and its listed
 * subsidiary are never counted twice. Repeats until no new company inherits.
 */
export function inheritedListing(
  holdings: readonly Holding[],
  listed: ReadonlySet<string>,
  target: string,
  threshold = defaultInheritanceThreshold,
  options: SolveOptions = {},
): InheritedListing {
  const members = new Set(listed);
  const inherited = new Set<string>();
  let converged = true;
  for (;;) {
    const open = usable(holdings).filter((h) => !members.has(h.company));
    const attributed = solve(open, (h, x) => h.fraction * (members.has(h.holder) ? 1 : (x.get(h.holder) ?? 0)), (h) => h.company, options);
    converged &&= attributed.converged;
    // The target is judged last, on the final set: it is never cut out of its own chains.
    const newcomers = [...attributed.shares]
      .filter(([company, share]) => company !== target && !members.has(company) && reaches(share, threshold))
      .map(([company]) => company);
    if (newcomers.length === 0) {
      const column = integratedOwnersOf(open, target, options);
      const owners = new Map([...column.shares].filter(([id, share]) => members.has(id) && share > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
      if (!members.has(target) && reaches(attributed.shares.get(target) ?? 0, threshold)) inherited.add(target);
      return { attributed: attributed.shares, inherited, owners, converged: converged && column.converged };
    }
    for (const company of newcomers) {
      members.add(company);
      inherited.add(company);
    }
  }
}
