/**
 * Grouping of like nodes: where a node has more than `threshold` neighbours of one kind over one
 * relationship type (in one direction) that hang on it alone — 40 listings of a list, 30 branches of
 * a company — the canvas draws one group node ("40 listings") in their place; opening it (a click)
 * puts the members back. Client-side and pure, over the view already loaded: nothing is fetched.
 */
import type { GraphViewLike, ViewEdgeLike, ViewNodeLike } from './elements.ts';

/** More like neighbours than this make a group. */
export const groupAbove = 10;
export const groupKind = 'Group';
const groupPrefix = 'group:';

export interface NodeGroup {
  id: string;
  /** The node the members hang on. */
  hub: string;
  type: string;
  /** The members' kind. */
  kind: string;
  /** The relationship points from the hub to the members. */
  outward: boolean;
  members: string[];
}

export function groupId(hub: string, type: string, kind: string, outward: boolean): string {
  return `${groupPrefix}${hub}~${type}~${kind}~${outward ? 'out' : 'in'}`;
}

export function isGroupId(id: string): boolean {
  return id.startsWith(groupPrefix);
}

/** The hub a group id belongs to, or null for any other id. */
export function hubOfGroup(id: string): string | null {
  return isGroupId(id) ? (id.slice(groupPrefix.length).split('~')[0] ?? null) : null;
}

export interface GroupingOptions {
  threshold?: number;
  /** Nodes already left out of the view (hidden, filtered): they neither count nor group. */
  excluded?: ReadonlySet<string>;
  /** Nodes never folded into a group (the subject, the selection, pinned nodes). */
  keep?: ReadonlySet<string>;
}

/** The groups of like leaves in a view, largest first. */
export function likeNodeGroups(view: GraphViewLike, options: GroupingOptions = {}): NodeGroup[] {
  const threshold = options.threshold ?? groupAbove;
  const excluded = options.excluded ?? new Set<string>();
  const kinds = new Map(view.nodes.filter((node) => !excluded.has(node.id)).map((node) => [node.id, node.kind]));
  const edges = view.edges.filter((edge) => kinds.has(edge.source) && kinds.has(edge.target) && edge.source !== edge.target && !excluded.has(edge.id));
  const neighbours = new Map<string, Set<string>>();
  for (const edge of edges) {
    for (const [here, there] of [[edge.source, edge.target], [edge.target, edge.source]] as const) {
      const set = neighbours.get(here) ?? new Set<string>();
      set.add(there);
      neighbours.set(here, set);
    }
  }
  const isLeaf = (id: string) => neighbours.get(id)?.size === 1 && !options.keep?.has(id);
  const groups = new Map<string, Omit<NodeGroup, 'members'> & { members: Set<string> }>();
  for (const edge of edges) {
    for (const [hub, leaf, outward] of [[edge.source, edge.target, true], [edge.target, edge.source, false]] as const) {
      // Two leaves joined only to each other are a pair, not a hub with its members.
      if (!isLeaf(leaf) || isLeaf(hub)) continue;
      const kind = kinds.get(leaf)!;
      const id = groupId(hub, edge.type, kind, outward);
      const group = groups.get(id) ?? { id, hub, type: edge.type, kind, outward, members: new Set<string>() };
      group.members.add(leaf);
      groups.set(id, group);
    }
  }
  return [...groups.values()]
    .filter((group) => group.members.size > threshold)
    .map((group) => ({ ...group, members: [...group.members] }))
    .sort((a, b) => b.members.length - a.members.length || a.id.localeCompare(b.id));
}

/**
 * The view with each closed group's members replaced by one group node (`label`/`labelEn` from
 * `name`) joined to its hub by one edge of the group's relationship type.
 *
 * One mark per hub for "there is more here": a hub whose neighbours the server also cut (the
 * "+N more" paging node, elements.ts) shows the count on its largest closed group instead
 * (`name(group, omitted)`: "20 listings, 62 more not loaded"), and no separate paging node; opened,
 * the members come back beside the "+N more" node that pages in the rest.
 */
export function groupedView(view: GraphViewLike, groups: readonly NodeGroup[], open: ReadonlySet<string>, name: (group: NodeGroup, omitted: number) => { label: string; labelEn: string }): GraphViewLike {
  const closed = groups.filter((group) => !open.has(group.id));
  if (closed.length === 0) return view;
  // Groups come largest first: the first closed group of a truncated hub carries its count.
  const omittedAt = new Map(view.truncated.filter((hub) => hub.omitted > 0).map((hub) => [hub.nodeId, hub.omitted]));
  const carrier = new Map<string, string>();
  for (const group of closed) if (omittedAt.has(group.hub) && !carrier.has(group.hub)) carrier.set(group.hub, group.id);
  const folded = new Set(closed.flatMap((group) => group.members));
  const nodes: ViewNodeLike[] = view.nodes.filter((node) => !folded.has(node.id));
  const edges: ViewEdgeLike[] = view.edges.filter((edge) => !folded.has(edge.source) && !folded.has(edge.target));
  for (const group of closed) {
    const omitted = carrier.get(group.hub) === group.id ? omittedAt.get(group.hub)! : 0;
    nodes.push({ id: group.id, kind: groupKind, memberKind: group.kind, ...name(group, omitted), ...(omitted ? { omitted } : {}) });
    edges.push({ id: `${group.id}:edge`, source: group.outward ? group.hub : group.id, target: group.outward ? group.id : group.hub, type: group.type });
  }
  return { nodes, edges, truncated: view.truncated.filter((hub) => !carrier.has(hub.nodeId)) };
}

/** The hub whose cut neighbours a group node counts (and pages in from its menu), or null. */
export function pagedHubOf(view: GraphViewLike, id: string): string | null {
  const node = view.nodes.find((candidate) => candidate.id === id);
  return node?.omitted ? hubOfGroup(id) : null;
}
