import { GraphQLScalarType } from 'graphql';

/** A capability's resolvers: type name → field name → resolver (or a custom scalar). */
export type ResolverMap = Record<string, Record<string, unknown> | GraphQLScalarType>;

/** Merges resolver maps field by field; a field defined twice is a programming error. */
export function mergeResolverMaps(maps: readonly ResolverMap[]): ResolverMap {
  const merged: Record<string, Record<string, unknown> | GraphQLScalarType> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map)) {
      const existing = merged[typeName];
      if (!existing) {
        merged[typeName] = isScalar(fields) ? fields : { ...fields };
        continue;
      }
      if (isScalar(existing) || isScalar(fields)) throw new Error(`resolvers: scalar ${typeName} is defined twice`);
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in existing) throw new Error(`resolvers: ${typeName}.${field} is defined twice`);
        existing[field] = resolver;
      }
    }
  }
  return merged;
}

function isScalar(value: unknown): value is GraphQLScalarType {
  return value instanceof GraphQLScalarType;
}
