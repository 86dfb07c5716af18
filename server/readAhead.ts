import { Kind, type FieldNode, type GraphQLAbstractType, type GraphQLField, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode, type ValueNode } from 'graphql';
import type { NodeKind } from '../graph/model.ts';
import type { NodeRecord } from '../graph/queries/nodeRecord.ts';
import type { Context } from './context.ts';

/**
 * Reading a node's fields ahead, in the round of the node's own lookup (docs/scale.md, "Queries in
 * one round"). Without it a profile is two rounds: the node first (its kind decides which fields
 * apply), then every field's DataLoader batch. When the kind is known before the node is read — the
 * lookup's own type, or a hint from the id's format — the resolvers of the fields the request
 * selects on that type are called at once, on a stand-in holding only the id. Their loads join the
 * node's batch window, so every statement goes out together; the real resolvers later find the
 * same loads in the request's DataLoader cache. Loads are keyed by id and arguments only, never by
 * the stand-in, so a wrong hint costs unused statements, never a different answer. A node-type
 * field resolver must therefore read through `context.loaders`: one that calls graph/ directly would
 * run twice. What the stand-in makes a resolver throw is dropped: the real resolver meets the same
 * input again.
 * Type tests go through the schema's own methods and duck typing, not graphql's `isObjectType` or
 * `getArgumentValues`: the schema may come from another copy of graphql (CommonJS under Apollo,
 * ESM here), and graphql's instanceof checks reject types across copies.
 */
export function readAhead(id: string, kind: NodeKind | undefined, info: GraphQLResolveInfo, context: Context): void {
  if (!kind) return;
  const type = objectType(info, kind);
  if (!type) return;
  const standIn: NodeRecord = { id, kind, props: { id } };
  const fields = type.getFields();
  for (const node of fieldsOn(kind, info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : [])), info)) {
    const field = fields[node.name.value];
    const args = field?.resolve ? argumentValues(field, node, info.variableValues) : undefined;
    if (!field?.resolve || !args) continue;
    try {
      const result: unknown = field.resolve(standIn, args, context, info);
      if (result instanceof Promise) result.catch(() => {});
    } catch {
      // The real resolver reports it.
    }
  }
}

/** The fields a selection asks of an object of `kind`: its own, and those in fragments on `kind` or on an interface or union holding it. */
function fieldsOn(kind: NodeKind, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): FieldNode[] {
  const type = objectType(info, kind);
  const applies = (condition: string | undefined) => {
    if (condition === undefined || condition === kind) return true;
    const abstract = info.schema.getType(condition);
    return Boolean(type && abstract && 'resolveType' in abstract && info.schema.isSubType(abstract as GraphQLAbstractType, type));
  };
  const found: FieldNode[] = [];
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) found.push(...fieldsOn(kind, [selection.selectionSet], info));
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value)) found.push(...fieldsOn(kind, [fragment.selectionSet], info));
      }
    }
  }
  return found;
}

function objectType(info: GraphQLResolveInfo, kind: NodeKind): GraphQLObjectType | undefined {
  const type = info.schema.getType(kind);
  return type && 'getInterfaces' in type && 'isTypeOf' in type ? (type as GraphQLObjectType) : undefined;
}

/** The field's arguments from variables, scalar literals and defaults; undefined (read nothing ahead) for any other literal. */
function argumentValues(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): Record<string, unknown> | undefined {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) if (arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
  for (const arg of node.arguments ?? []) {
    const value = literal(arg.value, variables);
    if (value === unreadable) return undefined;
    if (value !== undefined) values[arg.name.value] = value;
  }
  return values;
}

const unreadable = Symbol('unreadable');

function literal(value: ValueNode, variables: Record<string, unknown>): unknown {
  switch (value.kind) {
    case Kind.VARIABLE:
      return variables[value.name.value];
    case Kind.INT:
      return Number.parseInt(value.value, 10);
    case Kind.STRING:
      return value.value;
    case Kind.BOOLEAN:
      return value.value;
    case Kind.NULL:
      return null;
    default:
      return unreadable;
  }
}
