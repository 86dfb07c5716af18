import type { GraphQLResolveInfo } from 'graphql';
import type { NodeKind } from '../../graph/model.ts';
import type { NodeRecord } from '../../graph/queries/nodeRecord.ts';
import { parseId, parseUscc } from '../args.ts';
import type { Context } from '../context.ts';
import { notFound } from '../errors.ts';
import { readAhead } from '../readAhead.ts';
import { loadNode } from './common.ts';
import type { ResolverMap } from './merge.ts';

/** The node with that id and kind, or NOT_FOUND. */
export async function requireNode(context: Context, kind: NodeKind, id: string): Promise<NodeRecord> {
  const node = await loadNode(context, id);
  if (!node || node.kind !== kind) throw notFound(kind, id);
  return node;
}

/** The node, with the fields the request selects on its kind read in the same round (server/readAhead.ts). */
function lookUp(context: Context, kind: NodeKind, id: string, info: GraphQLResolveInfo): Promise<NodeRecord> {
  const node = requireNode(context, kind, id);
  readAhead(id, kind, info, context);
  return node;
}

const byId = (kind: NodeKind) => (_: unknown, args: { id: string }, context: Context, info: GraphQLResolveInfo) => lookUp(context, kind, parseId('id', args.id), info);

export const lookupResolvers: ResolverMap = {
  Query: {
    // A company's id is its USCC (graph/model.ts).
    company: (_: unknown, args: { uscc: string }, context: Context, info: GraphQLResolveInfo) => lookUp(context, 'Company', parseUscc('uscc', args.uscc), info),
    person: byId('Person'),
    agency: byId('Agency'),
    creditList: byId('CreditList'),
    document: byId('PolicyDocument'),
    measure: byId('Measure'),
  },
};
