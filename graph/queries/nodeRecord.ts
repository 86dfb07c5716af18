import { englishRendering } from '../domain/companyName.ts';
import { anyNodeLabel, nodeKinds, type NodeKind } from '../model.ts';

/**
 * A node as the API layer sees it: id, kind and its stored properties (kept apart, because some
 * kinds have a property named like the envelope, e.g. a CreditList's `kind`). Every query module maps
 * its rows to this shape, so one set of GraphQL type resolvers serves nodes from any query.
 */
export interface NodeRecord {
  id: string;
  kind: NodeKind;
  props: Record<string, unknown>;
}

/** Cypher expression: the kind label of node variable `n` (every node has `Node` plus one kind). */
export const kindOf = (n: string) => `[label IN labels(${n}) WHERE label <> '${anyNodeLabel}'][0]`;

/** Cypher projection of node variable `n` into the `{kind, props}` pair `toNodeRecord` reads. */
export const nodeProjection = (n: string) => `{kind: ${kindOf(n)}, props: properties(${n})}`;

export interface ProjectedNode {
  kind: string;
  props: Record<string, unknown>;
}

export function toNodeRecord(projected: ProjectedNode): NodeRecord {
  const kind = (nodeKinds as readonly string[]).includes(projected.kind) ? (projected.kind as NodeKind) : undefined;
  if (!kind) throw new Error(`node ${String(projected.props.id)} has no known kind label (got ${projected.kind})`);
  return { id: String(projected.props.id), kind, props: projected.props };
}

/** What the canvas and the API show as a node's name: Chinese, else English, else a number. */
export function displayLabel(node: NodeRecord): string {
  const text = (key: string) => {
    const value = node.props[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  if (node.kind === 'Grade') return [text('grade'), node.props.year].filter((part) => part !== undefined).join(' ') || node.id;
  if (node.kind === 'Listing') return text('caseNumber') ?? node.id;
  if (node.kind === 'CreditRecord') return [text('decidedOn'), text('title') ?? text('number')].filter((part) => part !== undefined).join(' ') || node.id;
  return text('nameZh') ?? text('nameEn') ?? text('docNumber') ?? node.id;
}

/**
 * What English mode shows as a node's name: its English name; a person's pinyin name; a Chinese-named
 * company's pinyin-English rendering (graph/domain/companyName.ts#englishRendering); else null (the
 * display label stands).
 */
export function englishLabel(kind: NodeKind, props: Record<string, unknown>): string | null {
  const text = (key: string) => (typeof props[key] === 'string' && props[key] !== '' ? (props[key] as string) : null);
  const nameZh = text('nameZh');
  return text('nameEn') ?? text('namePinyin') ?? (kind === 'Company' && nameZh ? englishRendering(nameZh) : null);
}
