import type { Graph } from '../driver.ts';
import { basisOf, bearersOf, bearersOfRules, type Bearer, type Condition } from '../domain/sanctions.ts';
import type { BearerRole } from '../model.ts';
import { controlOf, type Control } from './control.ts';
import { roleHolders } from './holders.ts';
import { listMeasures, type ListMeasures } from './listMeasures.ts';
import { byId } from './refs.ts';
import { subjectCasesOf, type SubjectCase, type SubjectCases } from './subjectCases.ts';
import { traceView } from './traceView.ts';
import type { AgencyCount, AgencyRef, AppliedOnList, CategoryCount, ListingRef, ListRef, NotApplicableMeasure, TraceParty, SanctionChain, SanctionTrace, TraceBearer, TraceMeasure } from './types.ts';

/**
 * The sanction trace of a company or person at `asOf` (rules in graph/domain/sanctions.ts): what
 * follows from its own active listings and for whom, plus what it bears through listed companies it
 * holds a role in. Three reads at most whatever the subject: its cases, the measures of their lists
 * (only those this process does not keep, graph/trace/listMeasures.ts), and (only when a measure
 * names a controller) the ownership module. Null when the subject does not exist.
 */
export async function sanctionTrace(graph: Graph, subjectId: string, asOf: string): Promise<SanctionTrace | null> {
  return (await sanctionTraces(graph, [subjectId], asOf)).get(subjectId) ?? null;
}

/** The traces of many subjects at one date in the same three reads (absent ids are left out). */
export async function sanctionTraces(graph: Graph, subjectIds: readonly string[], asOf: string): Promise<Map<string, SanctionTrace>> {
  const { bySubject: found, referenceStamp } = await subjectCasesOf(graph, subjectIds, asOf);
  if (found.size === 0) return new Map();
  const cases = [...found.values()].flatMap((f) => f.cases);
  const lists = await listMeasures(graph, cases.flatMap((c) => c.listings.map((listing) => listing.list.id)), asOf, referenceStamp);
  const control = await controlOf(graph, companiesNeedingControl(cases, lists), asOf);
  return new Map([...found].map(([id, subject]) => [id, assembleTrace(subject, lists, control, asOf)]));
}

const needsController = (applied: AppliedOnList) => applied.rules.some(({ rule }) => rule.bearers.includes('actual_controller'));

/** Listed companies whose actual controller a measure names: the subject itself, or one it may control. */
function companiesNeedingControl(cases: readonly SubjectCase[], lists: Map<string, ListMeasures>): string[] {
  return cases
    .filter((c) => c.party.kind === 'Company' && (c.own || c.viaHolding))
    .filter((c) => c.listings.some((listing) => lists.get(listing.list.id)?.measures.some(needsController)))
    .map((c) => c.party.id);
}

/** Rule 8: the chains of every case; in another party's case only those the subject bears. */
function chainsOf(found: SubjectCases, lists: Map<string, ListMeasures>, control: Map<string, Control>, asOf: string): SanctionChain[] {
  const chains: SanctionChain[] = [];
  for (const c of found.cases) {
    const holders = roleHolders(c.party, c.ties, c.directHolders, control.get(c.party.id));
    const listedOn = c.listings.map((listing) => listing.list.id);
    for (const listing of c.listings) {
      for (const applied of lists.get(listing.list.id)?.measures ?? []) {
        const bearers = bearersOfRules(applied.rules, holders, listedOn).filter((bearer) => c.own || bearer.party.id === found.subject.id);
        for (const bearer of bearers) {
          chains.push({
            bearer: bearer.party,
            roles: bearer.roles,
            evidence: bearer.evidence,
            rules: bearer.rules,
            conditional: bearer.conditional,
            via: c.party,
            listing,
            measure: applied.measure,
            agencies: applied.measure.agencies,
            ...basisOf(bearer.rules, asOf),
          });
        }
      }
    }
  }
  return chains.sort((a, b) => a.measure.id.localeCompare(b.measure.id) || a.bearer.id.localeCompare(b.bearer.id) || a.listing.id.localeCompare(b.listing.id));
}

/** Rule 3: what the reform ended on the subject's own listings, per measure and list, where the rule names someone there. */
function notApplicableOf(found: SubjectCases, lists: Map<string, ListMeasures>, control: Map<string, Control>): NotApplicableMeasure[] {
  const result = new Map<string, NotApplicableMeasure>();
  for (const c of found.cases.filter((x) => x.own)) {
    const holders = roleHolders(c.party, c.ties, c.directHolders, control.get(c.party.id));
    for (const listing of c.listings) {
      const evaluated = lists.get(listing.list.id);
      for (const n of evaluated?.notApplicable ?? []) {
        if (bearersOf(n.rule.bearers, holders).length === 0) continue;
        const key = `${n.rule.measureId}|${listing.list.id}`;
        const known = result.get(key);
        if (known) {
          if (!known.rules.some((r) => r.id === n.rule.id)) known.rules.push(n.rule);
          continue;
        }
        const measure = evaluated!.measuresById.get(n.rule.measureId)!;
        result.set(key, { measure, list: listing.list, rules: [n.rule], reason: n.reason, endedBy: n.endedBy, grounds: n.grounds, since: n.since });
      }
    }
  }
  return [...result.values()].sort((a, b) => a.measure.id.localeCompare(b.measure.id) || a.list.id.localeCompare(b.list.id));
}

function uniqueById<T extends { id: string }>(items: Iterable<T>): T[] {
  return [...new Map([...items].map((item) => [item.id, item])).values()].sort(byId);
}

function mergeBearers(chains: readonly SanctionChain[]): Bearer<TraceParty>[] {
  const merged = new Map<string, Bearer<TraceParty>>();
  for (const chain of chains) {
    const bearer = merged.get(chain.bearer.id) ?? { party: chain.bearer, roles: [], evidence: [] };
    for (const role of chain.roles) if (!bearer.roles.includes(role)) bearer.roles.push(role);
    for (const evidence of chain.evidence) {
      if (!bearer.evidence.some((known) => JSON.stringify(known) === JSON.stringify(evidence))) bearer.evidence.push(evidence);
    }
    merged.set(chain.bearer.id, bearer);
  }
  return [...merged.values()].sort((a, b) => a.party.id.localeCompare(b.party.id));
}

function traceMeasures(chains: readonly SanctionChain[], lists: Map<string, ListMeasures>, listings: readonly ListingRef[], asOf: string): TraceMeasure[] {
  const onLists = new Map<string, ListRef[]>();
  for (const listing of listings) {
    for (const applied of lists.get(listing.list.id)?.measures ?? []) {
      onLists.set(applied.measure.id, uniqueById([...(onLists.get(applied.measure.id) ?? []), listing.list]));
    }
  }
  const byMeasure = new Map<string, SanctionChain[]>();
  for (const chain of chains) byMeasure.set(chain.measure.id, [...(byMeasure.get(chain.measure.id) ?? []), chain]);
  return [...byMeasure.values()].map((group) => {
    const measure = group[0]!.measure;
    const rules = [...new Map(group.flatMap((chain) => chain.rules).map((r) => [r.rule.id, r])).values()];
    const citations = [...new Map(rules.flatMap((r) => r.citations).map((c) => [JSON.stringify([c.document?.id, c.docNumber, c.title, c.article]), c])).values()];
    const conditions = [...new Map(rules.flatMap((r) => (r.rule.condition ? [r.rule.condition] : [])).map((c): [string, Condition] => [c.text, c])).values()];
    return {
      measure,
      agencies: measure.agencies,
      lists: onLists.get(measure.id) ?? [],
      bearers: mergeBearers(group),
      citations,
      conditions,
      conditional: group.every((chain) => chain.conditional),
      ...basisOf(rules, asOf),
    };
  });
}

function traceBearers(chains: readonly SanctionChain[]): TraceBearer[] {
  return mergeBearers(chains).map((bearer) => ({
    party: bearer.party,
    roles: bearer.roles as BearerRole[],
    measures: uniqueById(chains.filter((chain) => chain.bearer.id === bearer.party.id).map((chain) => chain.measure)),
  }));
}

function countByAgency(measures: readonly TraceMeasure[], chains: readonly SanctionChain[]): AgencyCount[] {
  const agencies = uniqueById<AgencyRef>(measures.flatMap((m) => m.agencies));
  return agencies
    .map((agency) => ({
      agency,
      measures: measures.filter((m) => m.agencies.some((a) => a.id === agency.id)).length,
      chains: chains.filter((chain) => chain.agencies.some((a) => a.id === agency.id)).length,
    }))
    .sort((a, b) => b.measures - a.measures || a.agency.id.localeCompare(b.agency.id));
}

function countByCategory(measures: readonly TraceMeasure[], chains: readonly SanctionChain[]): CategoryCount[] {
  const categories = [...new Set(measures.map((m) => m.measure.category))].sort();
  return categories.map((category) => ({
    category,
    measures: measures.filter((m) => m.measure.category === category).length,
    chains: chains.filter((chain) => chain.measure.category === category).length,
  }));
}

/** Pure assembly of the trace from what the three reads returned. */
export function assembleTrace(found: SubjectCases, lists: Map<string, ListMeasures>, control: Map<string, Control>, asOf: string): SanctionTrace {
  const chains = chainsOf(found, lists, control, asOf);
  const causing = new Set(chains.map((chain) => chain.listing.id));
  // The subject's own listings always show (even when nothing follows); others' only when they reach it.
  const listings = found.cases.flatMap((c) => c.listings.filter((listing) => c.own || causing.has(listing.id)));
  const measures = traceMeasures(chains, lists, listings, asOf);
  const trace = {
    subject: found.subject,
    asOf,
    listings,
    measures,
    bearers: traceBearers(chains),
    chains,
    byAgency: countByAgency(measures, chains),
    byCategory: countByCategory(measures, chains),
    notApplicable: notApplicableOf(found, lists, control),
  };
  return { ...trace, view: traceView(trace, found) };
}
