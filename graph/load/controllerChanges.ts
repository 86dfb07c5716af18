import type { ManagedTransaction } from 'neo4j-driver';
import type { ChangeDraft, FactProps } from '../domain/changeKinds.ts';
import { actualControl, type Holding } from '../domain/ownership.ts';
import { roleHeld } from '../domain/validity.ts';
import { anyNodeLabel, Rel } from '../model.ts';
import { maxOwnershipDepth } from '../ownership/holdingSubgraph.ts';

/**
 * controller_change events of a shareholding write. The actual controller is the explorer's: the
 * chain of control (graph/domain/ownership.ts `actualControl`, Company Law 2023 art. 265), so a
 * change of holdings can change the controller of the company written to AND of every company it
 * controls further down. The hook reads, in the write's own transaction, the holdings above those
 * companies before and after the write (every date: the in-force filter is applied in memory per
 * date, validity rule 3, the same as graph/ownership/holdingSubgraph.ts `shareholdingInForce`) and
 * compares the controller at each date a written holding took effect.
 */

/** A changed SHAREHOLDER_OF row: its ends and the date it took effect (from, or until when it ended). */
export interface ChangedHolding {
  holder: string;
  company: string;
  on: string;
  /** The written row's provenance, for the event. */
  props: Record<string, unknown>;
}

interface DatedHolding extends Holding {
  from: string | null;
  until: string | null;
}

interface Holdings {
  /** Holdings into each company (all dates). */
  into: Map<string, DatedHolding[]>;
  names: Map<string, string | null>;
}

export interface ControllerSnapshot {
  /** Companies whose controller the write may change: those written to and everything below them. */
  companies: string[];
  holdings: Holdings;
}

/** Before the write: the companies at stake and their holdings as they stand. */
export async function controllersBefore(tx: ManagedTransaction, changed: readonly ChangedHolding[]): Promise<ControllerSnapshot> {
  const companies = await below(tx, [...new Set(changed.map((c) => c.company))]);
  return { companies, holdings: await holdingsAbove(tx, companies) };
}

/** After the write: one controller_change per company and date whose controller differs. */
export async function controllerChanges(tx: ManagedTransaction, before: ControllerSnapshot, changed: readonly ChangedHolding[]): Promise<Array<{ draft: ChangeDraft; props: Record<string, unknown> }>> {
  const after = await holdingsAbove(tx, before.companies);
  const drafts: Array<{ draft: ChangeDraft; props: Record<string, unknown> }> = [];
  for (const company of before.companies) {
    const above = new Set([...ancestors(before.holdings, company), ...ancestors(after, company)]);
    const touching = changed.filter((c) => above.has(c.company)).sort((a, b) => a.on.localeCompare(b.on));
    const seen = new Set<string>();
    for (const change of touching) {
      const was = controllerAt(before.holdings, company, change.on);
      const is = controllerAt(after, company, change.on);
      const key = `${was?.controller ?? ''}|${is?.controller ?? ''}`;
      if ((was?.controller ?? null) === (is?.controller ?? null) || seen.has(key)) continue;
      seen.add(key);
      drafts.push({
        draft: {
          kind: 'controller_change',
          subjectId: company,
          factId: company,
          factKind: 'Company',
          partyId: is?.controller ?? was?.controller ?? null,
          before: was,
          after: is,
          on: change.on,
        },
        props: change.props,
      });
    }
  }
  return drafts;
}

/** The actual controller at `date` as an event snapshot, or null when there is none. */
function controllerAt(holdings: Holdings, company: string, date: string): (FactProps & { controller: string }) | null {
  const inForce = [...ancestors(holdings, company)].flatMap((id) => (holdings.into.get(id) ?? []).filter((h) => roleHeld(h, date)));
  const control = actualControl(inForce, company);
  if (!control.controller) return null;
  return {
    controller: control.controller,
    controllerName: holdings.names.get(control.controller) ?? null,
    rule: control.rule,
    share: Math.round(control.share * 10_000) / 10_000,
    chain: control.links.map((link) => link.holder),
  };
}

/** `company` and every party above it through holdings (any date), bounded like the ownership views. */
function ancestors(holdings: Holdings, company: string): Set<string> {
  const found = new Set([company]);
  let frontier = [company];
  for (let depth = 0; depth <= maxOwnershipDepth && frontier.length > 0; depth++) {
    frontier = frontier.flatMap((id) => (holdings.into.get(id) ?? []).map((h) => h.holder)).filter((id) => !found.has(id));
    for (const id of frontier) found.add(id);
  }
  return found;
}

/** The companies written to and those they hold, directly or down the chains (any date). */
async function below(tx: ManagedTransaction, roots: readonly string[]): Promise<string[]> {
  const found = new Set(roots);
  let frontier = [...roots];
  for (let depth = 0; depth < maxOwnershipDepth && frontier.length > 0; depth++) {
    const result = await tx.run(
      `UNWIND $frontier AS id MATCH (:${anyNodeLabel} {id: id})-[:${Rel.SHAREHOLDER_OF}]->(c:Company) RETURN DISTINCT c.id AS id`,
      { frontier },
    );
    frontier = result.records.map((r) => r.get('id') as string).filter((id) => !found.has(id));
    for (const id of frontier) found.add(id);
  }
  return [...found].sort();
}

/** Every holding into `companies` and, level by level, into their holders (all dates). */
async function holdingsAbove(tx: ManagedTransaction, companies: readonly string[]): Promise<Holdings> {
  const into = new Map<string, DatedHolding[]>();
  const names = new Map<string, string | null>();
  const visited = new Set<string>();
  let frontier = [...companies];
  for (let depth = 0; depth <= maxOwnershipDepth && frontier.length > 0; depth++) {
    for (const id of frontier) visited.add(id);
    const result = await tx.run(
      `UNWIND $frontier AS id
       MATCH (c:${anyNodeLabel} {id: id})<-[r:${Rel.SHAREHOLDER_OF}]-(h)
       WHERE h.id <> c.id
       RETURN c.id AS company, h.id AS holder, coalesce(h.nameZh, h.nameEn) AS name, toFloat(r.fraction) AS fraction, r.from AS from, r.until AS until`,
      { frontier },
    );
    const next = new Set<string>();
    for (const record of result.records) {
      const holding: DatedHolding = {
        holder: record.get('holder'),
        company: record.get('company'),
        fraction: record.get('fraction') ?? 0,
        from: record.get('from'),
        until: record.get('until'),
      };
      const list = into.get(holding.company) ?? [];
      list.push(holding);
      into.set(holding.company, list);
      names.set(holding.holder, record.get('name'));
      if (!visited.has(holding.holder)) next.add(holding.holder);
    }
    frontier = [...next];
  }
  return { into, names };
}
