import { GraphQLError, GraphQLScalarType, Kind, print, type GraphQLResolveInfo } from 'graphql';
import { kindHintOfId } from '../../graph/domain/idKinds.ts';
import type { NodeKind } from '../../graph/model.ts';
import { displayLabel, englishLabel, type NodeRecord } from '../../graph/queries/nodeRecord.ts';
import { nodesById } from '../../graph/queries/nodes.ts';
import { isCalendarDate, parseId } from '../args.ts';
import type { Context } from '../context.ts';
import { readAhead } from '../readAhead.ts';
import type { ResolverMap } from './merge.ts';

const dateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: (value) => {
    // A GraphQLError (not a TypeError) so the coercion error reaches the client as BAD_USER_INPUT.
    if (typeof value !== 'string' || !isCalendarDate(value)) throw new GraphQLError(`expected a calendar date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
    return value;
  },
  // Literals are checked by dateArgumentsRule (server/dateArguments.ts), which names the argument;
  // this returns whatever the query wrote, so the same mistake is not reported twice.
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : print(ast)),
});

/** The batched node-by-id loader every type resolver shares (one Cypher per batch). */
export function loadNode(context: Context, id: string): Promise<NodeRecord | undefined> {
  return context.loaders
    .get<string, NodeRecord | undefined>('node', async (ids) => {
      const found = await nodesById(context.graph, ids);
      return ids.map((key) => found.get(key));
    })
    .load(id);
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);

/** The provenance object of any node or relationship record. */
export function provenanceOf(record: Record<string, unknown>) {
  return {
    source: record.source ?? null,
    sourceUrl: record.sourceUrl ?? null,
    sourceId: record.sourceId ?? null,
    recordedAt: record.recordedAt ?? null,
    confidence: record.confidence ?? null,
    sourceTitles: strings(record.sourceTitles),
    sourceUrls: strings(record.sourceUrls),
    textsZhOrigin: record.textsZhOrigin ?? null,
  };
}

/** Fields every node type shares; each analyst type spreads these into its resolvers. */
export const nodeFields = {
  label: (node: NodeRecord) => displayLabel(node),
  labelEn: (node: NodeRecord) => englishLabel(node.kind, node.props),
  provenance: (node: NodeRecord) => provenanceOf(node.props),
};

export const commonResolvers: ResolverMap = {
  Date: dateScalar,
  Node: {
    __resolveType: (node: NodeRecord) => node.kind,
  },
  // Answers name a party by id, kind and Chinese name; its English name comes from the node (batched by the loader).
  LinkedParty: {
    labelEn: async (party: { id: string; kind?: NodeKind; name?: string | null; nameEn?: string | null }, _: unknown, context: Context) => {
      // A party read with its drawn fields (graph/queries/partyFields.ts) brings its English name: no second read.
      if (party.kind && party.nameEn !== undefined) return englishLabel(party.kind, { nameZh: party.name, nameEn: party.nameEn });
      const node = await loadNode(context, party.id);
      return node ? englishLabel(node.kind, node.props) : null;
    },
  },
  Query: {
    node: async (_: unknown, args: { id: string }, context: Context, info: GraphQLResolveInfo) => {
      const id = parseId('id', args.id);
      const node = loadNode(context, id);
      readAhead(id, kindHintOfId(id), info, context);
      return (await node) ?? null;
    },
  },
};
