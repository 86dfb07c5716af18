/** Search-box logic, pure: when to check a USCC, grouping hits by kind, highlight segments. */
import { kindNames } from '../graph/kinds.ts';

/** Text an analyst probably meant as a USCC (18 characters give or take a typo), so its format is checked. */
export function looksLikeUscc(text: string): boolean {
  const compact = text.trim();
  return /^[0-9A-Za-z]{15,20}$/.test(compact) && /\d{6}/.test(compact);
}

export interface Group<Hit> {
  kind: string;
  hits: Hit[];
}

/** Hits grouped by node kind, kinds in the legend's order, each group keeping the server's ranking. */
export function groupByKind<Hit extends { node: { kind: string } }>(hits: readonly Hit[]): Group<Hit>[] {
  const groups = new Map<string, Hit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.node.kind) ?? [];
    group.push(hit);
    groups.set(hit.node.kind, group);
  }
  const order = (kind: string) => {
    const index = (kindNames as readonly string[]).indexOf(kind);
    return index === -1 ? kindNames.length : index;
  };
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b)).map(([kind, grouped]) => ({ kind, hits: grouped }));
}

export interface Segment {
  text: string;
  match: boolean;
}

/** Splits the server's `<em>…</em>` highlight into plain segments (rendered as text, never as HTML). */
export function highlightSegments(highlight: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /<em>(.*?)<\/em>/gs;
  let last = 0;
  for (const found of highlight.matchAll(pattern)) {
    const start = found.index ?? 0;
    if (start > last) segments.push({ text: highlight.slice(last, start), match: false });
    segments.push({ text: found[1] ?? '', match: true });
    last = start + found[0].length;
  }
  if (last < highlight.length) segments.push({ text: highlight.slice(last), match: false });
  return segments.filter((segment) => segment.text.length > 0);
}

/** Moves a keyboard cursor through `count` results, wrapping; -1 = none selected. */
export function moveCursor(cursor: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (cursor === -1) return step === 1 ? 0 : count - 1;
  return (cursor + step + count) % count;
}
