import { validateUscc } from '../../graph/domain/uscc.ts';
import type { NodeKind } from '../../graph/model.ts';
import { neighborhood } from '../../graph/queries/neighborhood.ts';
import { searchNames } from '../../graph/queries/search.ts';
import { graphStats } from '../../graph/queries/stats.ts';
import { asOfDate, boundedInt, hops, pageSize, parseId } from '../args.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import { highlight } from '../highlight.ts';
import type { ResolverMap } from './merge.ts';

export const maxSearchText = 200;
export const maxViewNodes = 2_000;

interface SearchArgs {
  text: string;
  kinds?: NodeKind[] | null;
  first?: number | null;
}

interface NeighborhoodArgs {
  id: string;
  hops?: number | null;
  kinds?: NodeKind[] | null;
  limit?: number | null;
  perNode?: number | null;
  skip?: number | null;
  asOf?: string | null;
}

export const analystResolvers: ResolverMap = {
  Query: {
    search: async (_: unknown, args: SearchArgs, context: Context) => {
      const text = args.text.trim();
      if (text === '') throw badUserInput('text', 'must not be empty');
      if (text.length > maxSearchText) throw badUserInput('text', `is ${text.length} characters long; at most ${maxSearchText}`);
      const uscc = validateUscc(text);
      const matches = await searchNames(context.graph, {
        text,
        kinds: args.kinds ?? undefined,
        limit: pageSize(args.first, 'first', 20),
        uscc: uscc.valid ? uscc.normalized : undefined,
      });
      return matches.map((match) => ({
        node: match.node,
        score: match.score,
        matchedField: match.field,
        highlight: match.text === null ? null : highlight(match.text, match.field === 'uscc' ? [match.text] : match.terms),
      }));
    },
    neighborhood: async (_: unknown, args: NeighborhoodArgs, context: Context) => {
      const id = parseId('id', args.id);
      const view = await neighborhood(context.graph, {
        id,
        hops: hops(args.hops),
        kinds: args.kinds ?? undefined,
        limit: boundedInt('limit', args.limit, 200, 1, maxViewNodes),
        perNode: pageSize(args.perNode, 'perNode'),
        skip: boundedInt('skip', args.skip, 0, 0, 1_000_000),
        asOf: asOfDate('asOf', args.asOf, context.asOfDefault),
      });
      if (!view) throw notFound('node', id);
      return view;
    },
    stats: async (_: unknown, args: { asOf?: string | null }, context: Context) => {
      const asOf = asOfDate('asOf', args.asOf, context.asOfDefault);
      return { asOf, ...(await graphStats(context.graph, asOf)) };
    },
  },
};
