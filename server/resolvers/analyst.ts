import { validateUscc } from '../../graph/domain/uscc.ts';
import type { NodeKind } from '../../graph/model.ts';
import { neighborhood } from '../../graph/queries/neighborhood.ts';
import { searchNames } from '../../graph/queries/search.ts';
import { graphStats } from '../../graph/queries/stats.ts';
import { milestones } from '../../graph/queries/milestones.ts';
import { listMembers, type ListMemberSort, type ListMemberStatus } from '../../graph/queries/listMembers.ts';
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

interface ListMembersArgs {
  list: string;
  asOf?: string | null;
  statuses?: ListMemberStatus[] | null;
  text?: string | null;
  sort?: ListMemberSort | null;
  descending?: boolean | null;
  offset?: number | null;
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
    listMembers: async (_: unknown, args: ListMembersArgs, context: Context) => {
      const list = parseId('list', args.list);
      if (args.text && args.text.length > maxSearchText) throw badUserInput('text', `at most ${maxSearchText} characters, got ${args.text.length}`);
      const result = await listMembers(context.graph, list, {
        asOf: asOfDate('asOf', args.asOf, context.asOfDefault),
        statuses: args.statuses ?? [],
        text: args.text ?? '',
        sort: args.sort ?? undefined,
        descending: args.descending ?? undefined,
        offset: boundedInt('offset', args.offset, 0, 0, 1_000_000),
        first: pageSize(args.first),
      });
      if (!result) throw notFound('credit list', list);
      return {
        ...result,
        list: { id: result.list.id, kind: 'CreditList', name: result.list.name },
        listNameEn: result.list.nameEn,
        listKind: result.list.listKind,
        members: result.members.map((member) => ({
          ...member,
          subject: { id: member.subjectId, kind: member.subjectKind, name: member.name },
          decidedBy: member.agencyId ? { id: member.agencyId, kind: 'Agency', name: member.agencyName } : null,
          decidedByEn: member.agencyNameEn,
        })),
      };
    },
    stats: async (_: unknown, args: { asOf?: string | null }, context: Context) => {
      const asOf = asOfDate('asOf', args.asOf, context.asOfDefault);
      return { asOf, ...(await graphStats(context.graph, asOf)) };
    },
    milestones: (_: unknown, _args: unknown, context: Context) => milestones(context.graph),
  },
};
