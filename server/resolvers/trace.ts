import type { Bearer, BearerRoleEvidence } from '../../graph/domain/sanctions.ts';
import { agencyObligations } from '../../graph/trace/agencyObligations.ts';
import { legalBasisAudit } from '../../graph/trace/legalBasisAudit.ts';
import { maxBearerPage, measureBearers } from '../../graph/trace/measureBearers.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import type { ChainRule, ListingRef, TraceParty, SanctionChain } from '../../graph/trace/types.ts';
import { asOfDate, boundedInt, decodeCursor, pageSize, parseId } from '../args.ts';
import { connection } from '../connection.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import type { ResolverMap } from './merge.ts';

interface DatedArgs {
  asOf?: string | null;
}

interface PagedArgs extends DatedArgs {
  first?: number | null;
  after?: string | null;
}

/** The id a keyset cursor of these connections holds (the sort key of the previous page's last item). */
function afterId(after: string | null | undefined): string | null {
  const decoded = decodeCursor(after, 'after');
  if (decoded === undefined) return null;
  const [id] = decoded;
  if (decoded.length !== 1 || typeof id !== 'string') throw badUserInput('after', 'not a cursor of this list', { found: after ?? '' });
  return id;
}

function keysetConnection<T>(items: T[], keyOf: (item: T) => string, page: { hasNextPage: boolean; totalCount: number }, after: string | null) {
  return connection(items, (item) => [keyOf(item)], { hasNextPage: page.hasNextPage, hasPreviousPage: after !== null, totalCount: page.totalCount });
}

/** BearerTie objects from the rules' evidence. */
function ties(evidence: readonly BearerRoleEvidence[]) {
  return evidence.map(({ role, tie }) => ({
    role,
    relation: tie.relation,
    officerRole: tie.relation === 'OFFICER_OF' ? tie.officerRole : null,
    from: 'from' in tie ? (tie.from ?? null) : null,
    share: 'share' in tie ? tie.share : null,
    rule: 'rule' in tie ? tie.rule : null,
  }));
}

export const traceResolvers: ResolverMap = {
  Query: {
    sanctionTrace: async (_: unknown, args: DatedArgs & { subject: string }, context: Context) => {
      const subject = parseId('subject', args.subject);
      const trace = await sanctionTrace(context.graph, subject, asOfDate('asOf', args.asOf, context.asOfDefault));
      if (!trace) throw notFound('company or person', subject);
      return trace;
    },
    agencyObligations: async (_: unknown, args: PagedArgs & { agency: string }, context: Context) => {
      const agency = parseId('agency', args.agency);
      const asOf = asOfDate('asOf', args.asOf, context.asOfDefault);
      const after = afterId(args.after);
      const result = await agencyObligations(context.graph, agency, { asOf, first: pageSize(args.first), after });
      if (!result) throw notFound('agency', agency);
      return { agency: result.agency, asOf, ...keysetConnection(result.items, (item) => item.measure.id, result, after) };
    },
    measureBearers: async (_: unknown, args: PagedArgs & { measure: string }, context: Context) => {
      const measure = parseId('measure', args.measure);
      const asOf = asOfDate('asOf', args.asOf, context.asOfDefault);
      const after = afterId(args.after);
      const first = boundedInt('first', args.first, 20, 1, maxBearerPage);
      const result = await measureBearers(context.graph, measure, { asOf, first, after });
      if (!result) throw notFound('measure', measure);
      return { measure: result.measure, asOf, lists: result.lists, ...keysetConnection(result.items, (item) => item.subject.id, result, after) };
    },
    legalBasisAudit: (_: unknown, args: DatedArgs, context: Context) => legalBasisAudit(context.graph, asOfDate('asOf', args.asOf, context.asOfDefault)),
  },
  SanctionListing: {
    listing: (listing: ListingRef) => listing,
    subject: (listing: ListingRef) => listing.party,
  },
  SanctionChain: {
    ties: (chain: SanctionChain) => ties(chain.evidence),
  },
  ChainRule: {
    edition: (rule: ChainRule) => rule.edition?.document ?? null,
  },
  SanctionBearer: {
    ties: (bearer: Bearer<TraceParty>) => ties(bearer.evidence),
  },
};
