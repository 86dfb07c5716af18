import type { NodeRecord } from '../../graph/queries/nodeRecord.ts';

type Resolver = (node: NodeRecord) => unknown;

/** A field read from a stored property, with the value to show when the property is absent. */
export const property =
  (name: string, fallback: unknown = null): Resolver =>
  (node) =>
    node.props[name] ?? fallback;

/** Resolvers for fields named like their property: nullable values, lists (absent → []), flags (absent → false). */
export function properties(names: readonly string[], options: { lists?: readonly string[]; flags?: readonly string[] } = {}) {
  const resolvers: Record<string, Resolver> = {};
  for (const name of names) resolvers[name] = property(name);
  for (const name of options.lists ?? []) resolvers[name] = property(name, []);
  for (const name of options.flags ?? []) resolvers[name] = property(name, false);
  return resolvers;
}
