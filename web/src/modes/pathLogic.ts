/**
 * Paths and exposure on the canvas, pure: hop rings around the subject, the nodes of a path (to
 * highlight), and the score terms of a hit as the text shown on hover.
 */
import { formatShare } from '../format.ts';
import { codeName, relName } from '../i18n.ts';
import { termExplanation, termName, type ScoreTermLike } from '../scoreWords.ts';
import type { Lang } from '../state/route.ts';

interface PathLike {
  nodes: readonly { id: string }[];
}

/** Hop distance of every node on the paths from the subject (its position on the shortest path through it); the subject is 0. */
export function hopRings(subject: string, paths: readonly PathLike[]): Map<string, number> {
  const rings = new Map<string, number>([[subject, 0]]);
  for (const path of paths) {
    path.nodes.forEach((node, index) => {
      const known = rings.get(node.id);
      if (known === undefined || index < known) rings.set(node.id, index);
    });
  }
  return rings;
}

export function pathNodeIds(path: PathLike | null | undefined): Set<string> {
  return new Set(path?.nodes.map((node) => node.id) ?? []);
}

export interface ScoredHitLike {
  party: { id: string; name: string | null; labelEn?: string | null };
  hops: number;
  score: number;
  terms: readonly ScoreTermLike[];
  integratedOwnership: { direction: string; share: number } | null;
  listings: readonly { listName: string | null; listNameEn: string | null }[];
}

/** The hover text of a hit: score, each term with its value and why, the lists, the hops. */
export function scoreTip(hit: ScoredHitLike, lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [
    (lang === 'en' && hit.party.labelEn) || hit.party.name || hit.party.id,
    `${zh ? '评分' : 'Score'} ${hit.score} / 100 · ${hit.hops} ${zh ? '跳' : hit.hops === 1 ? 'hop' : 'hops'}`,
    ...hit.terms.map((term) => `${termName(lang, term.name)} = ${Math.round(term.value * 1000) / 1000}: ${termExplanation(lang, term)}`),
  ];
  if (hit.integratedOwnership) {
    lines.push(`${zh ? '穿透持股' : 'Integrated ownership'} ${formatShare(hit.integratedOwnership.share)} (${hit.integratedOwnership.direction})`);
  }
  const lists = hit.listings.map((listing) => (lang === 'en' && listing.listNameEn ? listing.listNameEn : listing.listName)).filter(Boolean);
  if (lists.length) lines.push(`${zh ? '名单' : 'Lists'}: ${lists.join('; ')}`);
  return lines.join('\n');
}

export interface WordedPath {
  nodes: readonly { id: string; name: string | null; labelEn?: string | null }[];
  edges: readonly { type: string; from: string; to: string; fraction: number | null; role: string | null }[];
}

const linkWords: Record<string, Record<Lang, string>> = {
  SHAREHOLDER_OF: { zh: '持股', en: 'holds' },
  LEGAL_REPRESENTATIVE_OF: { zh: '法定代表人', en: 'legal representative' },
  BRANCH_OF: { zh: '分支机构', en: 'branch' },
};

/**
 * A path for the reader: each step as an arrow in the relationship's own direction with what it is
 * (持股 60% / holds 60%, 法定代表人, 董事 / director, 分支机构 / branch).
 */
export function pathWords(path: WordedPath, lang: Lang): string {
  const name = (index: number) => {
    const node = path.nodes[index];
    return (lang === 'en' && node?.labelEn) || node?.name || node?.id || '?';
  };
  let text = name(0);
  for (let index = 0; index + 1 < path.nodes.length; index++) {
    const here = path.nodes[index]!.id;
    const next = path.nodes[index + 1]!.id;
    const edge = path.edges.find((candidate) => (candidate.from === here && candidate.to === next) || (candidate.from === next && candidate.to === here));
    text += edge && edge.from === here ? ` —${stepWords(edge, lang)}→ ${name(index + 1)}` : ` ←${edge ? stepWords(edge, lang) : lang === 'zh' ? '关联' : 'linked'}— ${name(index + 1)}`;
  }
  return text;
}

function stepWords(edge: WordedPath['edges'][number], lang: Lang): string {
  if (edge.type === 'OFFICER_OF') return codeName(lang, edge.role) ?? (lang === 'zh' ? '高管' : 'officer');
  const share = edge.type === 'SHAREHOLDER_OF' && edge.fraction != null ? ` ${formatShare(edge.fraction)}` : '';
  return `${linkWords[edge.type]?.[lang] ?? relName(lang, edge.type)}${share}`;
}
