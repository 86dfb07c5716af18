import { knownListKinds } from '../domain/listKinds.ts';
import { CreditSection, ListKind } from '../model.ts';
import type { ViewNode } from '../view.ts';
import { displayLabel, englishLabel, type NodeRecord } from './nodeRecord.ts';

const isListKind = (value: string): value is ListKind => (ListKind as readonly string[]).includes(value);
const creditSectionOf = (value: string | null): CreditSection | null => ((CreditSection as readonly (string | null)[]).includes(value) ? (value as CreditSection) : null);

/**
 * A node in the canvas shape (graph/view.ts). `activeListKinds` are the kinds of the lists the node
 * has an active listing on at the view's date (from `activeListKinds` in listingFlags.ts); `active`
 * whether a listing or document is in effect then (from `inEffect`); `listingListKind` a listing's list kind (from `listingListKinds`);
 * a credit record carries its date and section, so English mode can name it (its title is Chinese only);
 * a grade its level code and year, so the explorer can word the level in either language.
 */
export function toViewNode(node: NodeRecord, activeListKinds?: ReadonlySet<string>, active?: boolean, listingListKind?: string): ViewNode {
  const subject = node.kind === 'Company' || node.kind === 'Person';
  const text = (key: string) => (typeof node.props[key] === 'string' ? (node.props[key] as string) : null);
  const listKind = node.kind === 'CreditList' ? text('kind') : node.kind === 'Listing' ? (listingListKind ?? null) : null;
  return {
    id: node.id,
    kind: node.kind,
    label: displayLabel(node),
    labelEn: englishLabel(node.kind, node.props),
    activeListKinds: subject ? knownListKinds(activeListKinds ?? []) : undefined,
    synthetic: node.props.synthetic === true,
    ...(active === undefined ? {} : { active }),
    confidence: text('confidence'),
    ...(listKind && isListKind(listKind) ? { listKind } : {}),
    ...(node.kind === 'Listing' && text('from') ? { from: text('from') } : {}),
    ...(node.kind === 'CreditRecord' ? { from: text('decidedOn'), section: creditSectionOf(text('section')) } : {}),
    ...(node.kind === 'Grade' ? { level: text('grade'), year: typeof node.props.year === 'number' ? node.props.year : null } : {}),
  };
}
