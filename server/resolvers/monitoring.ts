import type { ChangeKind } from '../../graph/model.ts';
import { acknowledge, changes, eventsReach, maxChangesPage, UnknownWatchlistError, type EventReach, type ExplainedChange } from '../../graph/monitoring/changes.ts';
import { dayBefore } from '../../graph/monitoring/explain.ts';
import { exposureLevels } from '../../graph/monitoring/exposureLevel.ts';
import { addSubjects, addSubjectsFromCsv, deleteWatchlist, removeSubjects, saveWatchlist, watchlist, watchlists, WatchlistError } from '../../graph/monitoring/watchlists.ts';
import { asOfDate, pageSize, parseDate, parseId } from '../args.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import { requireRole } from '../security/accessControl.ts';
import type { ResolverMap } from './merge.ts';

/** Monitoring's writes are the API's only ones: each needs the analyst role when keys are configured. */
async function asAnalyst<T>(context: Context, action: string, work: () => Promise<T>): Promise<T> {
  requireRole(context.principal, 'analyst', action);
  try {
    return await work();
  } catch (error) {
    if (error instanceof WatchlistError) throw badUserInput('watchlist', error.message, { problems: error.problems });
    throw error;
  }
}

/** A watched subject's exposure level at a date, each (subject, date) walked once per request. */
const exposureAt = (context: Context, subjectId: string, on: string) =>
  context.loaders.get<{ subjectId: string; on: string }, number | null>('monitoring.exposureLevel', (asks) => exposureLevels(context.graph, asks)).load({ subjectId, on });

async function existing(context: Context, name: string) {
  const found = await watchlist(context.graph, parseId('name', name));
  if (!found) throw notFound('watchlist', name);
  return found;
}

export const monitoringResolvers: ResolverMap = {
  Query: {
    watchlists: (_: unknown, _args: unknown, context: Context) => watchlists(context.graph),
    watchlist: (_: unknown, args: { name: string }, context: Context) => existing(context, args.name),
    changes: async (
      _: unknown,
      args: { watchlist: string; since: string; kinds?: ChangeKind[] | null; unreadOnly?: boolean | null; first?: number | null; after?: string | null; asOf?: string | null },
      context: Context,
    ) => {
      try {
        const page = await changes(context.graph, {
          watchlist: parseId('watchlist', args.watchlist),
          since: parseDate('since', args.since),
          kinds: args.kinds,
          unreadOnly: args.unreadOnly ?? false,
          first: pageSize(args.first, 'first', 50),
          after: args.after,
          asOf: asOfDate('asOf', args.asOf, context.asOfDefault),
          // Exposure walks are the heavy part of a page: done only when the fields are selected (below).
          exposure: false,
        });
        return {
          watchlist: page.watchlist,
          depth: page.depth,
          nodes: page.items,
          totalCount: page.totalCount,
          unreadCount: page.unreadCount,
          pageInfo: { hasNextPage: page.hasNextPage, hasPreviousPage: Boolean(args.after), startCursor: page.items[0]?.cursor ?? null, endCursor: page.items.at(-1)?.cursor ?? null },
        };
      } catch (error) {
        if (error instanceof UnknownWatchlistError) throw notFound('watchlist', args.watchlist);
        if (error instanceof Error && error.message.includes('not a cursor')) throw badUserInput('after', error.message);
        throw error;
      }
    },
    changeExposures: async (_: unknown, args: { watchlist: string; events: string[]; asOf?: string | null }, context: Context) => {
      if (args.events.length > maxChangesPage) throw badUserInput('events', `at most ${maxChangesPage} events at once, not ${args.events.length}`);
      try {
        return await eventsReach(context.graph, parseId('watchlist', args.watchlist), args.events, asOfDate('asOf', args.asOf, context.asOfDefault));
      } catch (error) {
        if (error instanceof UnknownWatchlistError) throw notFound('watchlist', args.watchlist);
        throw error;
      }
    },
  },
  ChangeExposure: {
    watched: (event: EventReach) => event.watchedId,
    exposureBefore: (event: EventReach, _: unknown, context: Context) => exposureAt(context, event.watchedId, dayBefore(event.on)),
    exposureAfter: (event: EventReach, _: unknown, context: Context) => exposureAt(context, event.watchedId, event.on),
  },
  ChangeEvent: {
    subject: (event: ExplainedChange) => ({ id: event.subjectId, kind: event.path.nodes.at(-1)?.kind ?? 'Company', name: event.subjectName }),
    watched: (event: ExplainedChange) => event.watchedId,
    changes: (event: ExplainedChange) => event.fields,
    exposureBefore: (event: ExplainedChange, _: unknown, context: Context) => exposureAt(context, event.watchedId, dayBefore(event.on)),
    exposureAfter: (event: ExplainedChange, _: unknown, context: Context) => exposureAt(context, event.watchedId, event.on),
  },
  Mutation: {
    saveWatchlist: (_: unknown, args: { name: string; depth: number }, context: Context) =>
      asAnalyst(context, 'saving a watchlist', () => saveWatchlist(context.graph, args.name, args.depth)),
    deleteWatchlist: (_: unknown, args: { name: string }, context: Context) =>
      asAnalyst(context, 'deleting a watchlist', () => deleteWatchlist(context.graph, args.name)),
    watch: (_: unknown, args: { watchlist: string; subjects: string[] }, context: Context) =>
      asAnalyst(context, 'adding to a watchlist', () => addSubjects(context.graph, args.watchlist, args.subjects)),
    watchCsv: (_: unknown, args: { watchlist: string; csv: string }, context: Context) =>
      asAnalyst(context, 'adding to a watchlist', () => addSubjectsFromCsv(context.graph, args.watchlist, args.csv)),
    unwatch: (_: unknown, args: { watchlist: string; subjects: string[] }, context: Context) =>
      asAnalyst(context, 'removing from a watchlist', () => removeSubjects(context.graph, args.watchlist, args.subjects)),
    acknowledge: (_: unknown, args: { watchlist: string; events: string[] }, context: Context) =>
      asAnalyst(context, 'acknowledging events', () => acknowledge(context.graph, args.watchlist, args.events)),
  },
};
