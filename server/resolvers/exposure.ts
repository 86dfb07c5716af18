import { defaultInheritanceThreshold } from '../../graph/domain/ownership.ts';
import { defaultExposureHops, exposure, type Exposure } from '../../graph/exposure/exposure.ts';
import { exposureView } from '../../graph/exposure/exposureView.ts';
import type { Hub } from '../../graph/exposure/findHits.ts';
import { inheritedListing, type InheritingOwner } from '../../graph/exposure/inheritedListing.ts';
import { actualController, type ActualController } from '../../graph/ownership/actualController.ts';
import { chainsView } from '../../graph/ownership/chainsView.ts';
import type { PartyRef } from '../../graph/model.ts';
import { effectiveOwnership, type EffectiveOwnership } from '../../graph/ownership/effectiveOwnership.ts';
import { maxOwnershipDepth } from '../../graph/ownership/holdingSubgraph.ts';
import { ownershipTree } from '../../graph/ownership/ownershipTree.ts';
import { ultimateOwners, type UltimateOwner, type UltimateOwners } from '../../graph/ownership/ultimateOwners.ts';
import { maxLinkHops, type Direction, type Via } from '../../graph/paths/linkPattern.ts';
import { projectView } from '../../graph/view.ts';
import { defaultPathHops, maxPathCount, paths, type Paths } from '../../graph/paths/paths.ts';
import { defaultScreenHops, maxScreenHops, screenSubjects } from '../../graph/screening/screen.ts';
import { asOfDate, boundedInt, parseId } from '../args.ts';
import type { Context } from '../context.ts';
import { badUserInput, notFound } from '../errors.ts';
import { requireRole } from '../security/accessControl.ts';
import type { ResolverMap } from './merge.ts';

/** Exposure beyond this many hops goes through the heavy-request line (server/heavyQueue.ts). */
export const heavyExposureHops = 3;

/** Subjects per `screen` call. */
export const maxScreenSubjects = 1_000;

interface DatedArgs {
  asOf?: string | null;
}

/** A share threshold: a number in (0, 1]. */
function threshold(argument: string, value: number | null | undefined, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (!Number.isFinite(value) || value <= 0 || value > 1) throw badUserInput(argument, `must be a fraction in (0, 1], got ${value}`, { found: value });
  return value;
}

const party = (ref: PartyRef) => ({ id: ref.id, kind: ref.kind, name: ref.name, nameEn: ref.nameEn });

interface ControllerAnswer extends ActualController {
  asOf: string;
}

export const exposureResolvers: ResolverMap = {
  Query: {
    effectiveOwnership: async (_: unknown, args: DatedArgs & { owner: string; target: string }, context: Context) => {
      const owner = parseId('owner', args.owner);
      const target = parseId('target', args.target);
      const result = await effectiveOwnership(context.graph, owner, target, asOfDate('asOf', args.asOf, context.asOfDefault));
      if (!result) throw notFound('party', `${owner}' or '${target}`);
      return result;
    },
    ultimateOwners: async (_: unknown, args: DatedArgs & { company: string; threshold?: number | null }, context: Context) => {
      const company = parseId('company', args.company);
      const result = await ultimateOwners(context.graph, company, {
        asOf: asOfDate('asOf', args.asOf, context.asOfDefault),
        threshold: threshold('threshold', args.threshold, 0.25),
      });
      if (!result) throw notFound('company', company);
      return result;
    },
    actualController: async (_: unknown, args: DatedArgs & { company: string }, context: Context): Promise<ControllerAnswer> => {
      const company = parseId('company', args.company);
      const asOf = asOfDate('asOf', args.asOf, context.asOfDefault);
      const result = await actualController(context.graph, company, asOf);
      if (!result) throw notFound('company', company);
      return { ...result, asOf };
    },
    ownershipTree: async (_: unknown, args: DatedArgs & { company: string; depth?: number | null }, context: Context) => {
      const company = parseId('company', args.company);
      const result = await ownershipTree(context.graph, company, {
        asOf: asOfDate('asOf', args.asOf, context.asOfDefault),
        depth: boundedInt('depth', args.depth, 3, 1, maxOwnershipDepth),
      });
      if (!result) throw notFound('company', company);
      return result;
    },
    exposure: async (
      _: unknown,
      args: DatedArgs & {
        subject: string;
        maxHops?: number | null;
        via?: Via[] | null;
        direction?: Direction | null;
        first?: number | null;
        includeRedlist?: boolean | null;
        hubDegree?: number | null;
        inheritanceThreshold?: number | null;
      },
      context: Context,
    ) => {
      const subject = parseId('subject', args.subject);
      if (args.via && args.via.length === 0) throw badUserInput('via', 'name at least one link kind, or leave it out for all');
      const options = {
        asOf: asOfDate('asOf', args.asOf, context.asOfDefault),
        maxHops: boundedInt('maxHops', args.maxHops, defaultExposureHops, 1, maxLinkHops),
        via: args.via ?? undefined,
        direction: args.direction ?? undefined,
        first: boundedInt('first', args.first, 50, 1, 500),
        includeRedlist: args.includeRedlist ?? false,
        hubDegree: boundedInt('hubDegree', args.hubDegree, 300, 1, 100_000),
        inheritanceThreshold: threshold('inheritanceThreshold', args.inheritanceThreshold, defaultInheritanceThreshold),
      };
      const run = () => exposure(context.graph, subject, options);
      const result = options.maxHops > heavyExposureHops ? await context.heavy.run(`${options.maxHops}-hop exposure`, run) : await run();
      if (!result) throw notFound('company or person', subject);
      return result;
    },
    inheritedListing: async (_: unknown, args: DatedArgs & { company: string; threshold?: number | null }, context: Context) => {
      const company = parseId('company', args.company);
      const result = await inheritedListing(context.graph, company, {
        asOf: asOfDate('asOf', args.asOf, context.asOfDefault),
        threshold: threshold('threshold', args.threshold, defaultInheritanceThreshold),
      });
      if (!result) throw notFound('company', company);
      return result;
    },
    paths: async (
      _: unknown,
      args: DatedArgs & { from: string; to: string; maxHops?: number | null; via?: Via[] | null; direction?: Direction | null; first?: number | null },
      context: Context,
    ) => {
      const from = parseId('from', args.from);
      const to = parseId('to', args.to);
      if (args.via && args.via.length === 0) throw badUserInput('via', 'name at least one link kind, or leave it out for all');
      const result = await paths(context.graph, from, to, {
        asOf: asOfDate('asOf', args.asOf, context.asOfDefault),
        maxHops: boundedInt('maxHops', args.maxHops, defaultPathHops, 1, maxLinkHops),
        via: args.via ?? undefined,
        direction: args.direction ?? undefined,
        first: boundedInt('first', args.first, 5, 1, maxPathCount),
      });
      if (!result) throw notFound('node', `${from}' or '${to}`);
      return result;
    },
    screen: async (_: unknown, args: DatedArgs & { subjects: string[]; maxHops?: number | null }, context: Context) => {
      requireRole(context.principal, 'analyst', 'screen');
      if (args.subjects.length > maxScreenSubjects) {
        throw badUserInput('subjects', `at most ${maxScreenSubjects} per call, got ${args.subjects.length}; split the list (or use npm run screen)`, {
          max: maxScreenSubjects,
          found: args.subjects.length,
        });
      }
      const asOf = asOfDate('asOf', args.asOf, context.asOfDefault);
      const maxHops = boundedInt('maxHops', args.maxHops, defaultScreenHops, 1, maxScreenHops);
      const rows = await context.heavy.run('screening', () => screenSubjects(context.graph, args.subjects, { asOf, maxHops }));
      return { asOf, maxHops, rows };
    },
  },
  EffectiveOwnership: {
    view: (result: EffectiveOwnership) => chainsView(result.paths, [result.owner, result.target]),
  },
  UltimateOwner: {
    party: (owner: UltimateOwner) => party(owner),
  },
  UltimateOwners: {
    view: (result: UltimateOwners) => chainsView(result.owners.flatMap((owner) => owner.paths), [result.company]),
  },
  ActualController: {
    controller: (result: ControllerAnswer) => (result.controller ? { party: party(result.controller), share: result.controller.share } : null),
    largestHolder: (result: ControllerAnswer) => (result.largestHolder ? { party: party(result.largestHolder), share: result.largestHolder.share } : null),
    chain: (result: ControllerAnswer) => result.chain.map((link) => ({ holder: party(link.holderParty), company: party(link.companyParty), share: link.share, rule: link.rule })),
    view: (result: ControllerAnswer) => chainsView(result.paths, [result.company]),
  },
  Exposure: {
    view: (result: Exposure) => exposureView(result),
  },
  ExposureHub: {
    party: (hub: Hub) => party({ ...hub, kind: hub.kind as PartyRef['kind'] }),
  },
  InheritingOwner: {
    party: (owner: InheritingOwner) => party(owner),
  },
  Paths: {
    view: (result: Paths) => projectView([result.from, result.to, ...result.paths.flatMap((path) => path.nodes)], result.paths.flatMap((path) => path.edges)),
  },
};
