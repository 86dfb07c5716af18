import { decodeOffsetCursor, encodeCursor, pageSize } from './args.ts';

/** A Relay connection over one page of items. `totalCount` is a thunk: it runs only when selected. */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number | (() => Promise<number>);
}

/** The one Relay connection builder: each node's cursor holds the values `cursorOf` gives (an offset or a sort key). */
export function connection<T>(
  nodes: T[],
  cursorOf: (node: T, index: number) => readonly unknown[],
  page: { hasNextPage: boolean; hasPreviousPage: boolean; totalCount: Connection<T>['totalCount'] },
): Connection<T> {
  const edges = nodes.map((node, index) => ({ cursor: encodeCursor(cursorOf(node, index)), node }));
  return {
    edges,
    nodes,
    pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** Offset and size of the page the arguments ask for (checked: 1 ≤ first ≤ 500, cursor from this API). */
export function offsetPage(args: PageArgs): { offset: number; limit: number } {
  return { offset: decodeOffsetCursor(args.after), limit: pageSize(args.first) };
}

/** A connection whose cursors are offsets (per-node lists, where a page is a slice of one node's list). */
export function offsetConnection<T>(nodes: T[], offset: number, hasMore: boolean, totalCount: () => Promise<number>): Connection<T> {
  return connection(nodes, (_, index) => [offset + index], { hasNextPage: hasMore, hasPreviousPage: offset > 0, totalCount });
}
