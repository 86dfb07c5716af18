/**
 * Paths and exposure on the canvas, pure: hop rings around the subject, the nodes of a path (to
 * highlight), and the score terms of a hit as the text shown on hover.
 */
import { formatShare } from '../format.ts';
import { codeName } from '../i18n.ts';
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
  party: { id: string; name: string | null };
  hops: number;
  score: number;
  terms: readonly { name: string; value: number; explanation: string }[];
  integratedOwnership: { direction: string; share: number } | null;
  listings: readonly { listName: string | null; listNameEn: string | null }[];
}

const termNames: Record<string, Record<Lang, string>> = {
  severity: { zh: '严重程度', en: 'severity' },
  link: { zh: '关联强度', en: 'link' },
  step: { zh: '单步权重', en: 'step' },
  ownership: { zh: '股权', en: 'ownership' },
};

/** The hover text of a hit: score, each term with its value and why, the lists, the hops. */
export function scoreTip(hit: ScoredHitLike, lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [
    `${hit.party.name ?? hit.party.id}`,
    `${zh ? '评分' : 'Score'} ${hit.score} / 100 · ${hit.hops} ${zh ? '跳' : hit.hops === 1 ? 'hop' : 'hops'}`,
    ...hit.terms.map((term) => `${termNames[term.name]?.[lang] ?? term.name} = ${Math.round(term.value * 1000) / 1000}: ${term.explanation}`),
  ];
  if (hit.integratedOwnership) {
    lines.push(`${zh ? '穿透持股' : 'Integrated ownership'} ${formatShare(hit.integratedOwnership.share)} (${hit.integratedOwnership.direction})`);
  }
  const lists = hit.listings.map((listing) => (lang === 'en' && listing.listNameEn ? listing.listNameEn : listing.listName)).filter(Boolean);
  if (lists.length) lines.push(`${zh ? '名单' : 'Lists'}: ${lists.join('; ')}`);
  return lines.join('\n');
}

export interface WordedPath {
  nodes: readonly { id: string; name: string | null }[];
  edges: readonly { type: string; from: string; to: string; fraction: number | null; role: string | null }[];
  /** The server's sentence (English). */
  words: string;
}

const linkWords: Record<string, string> = { SHAREHOLDER_OF: '持股', LEGAL_REPRESENTATIVE_OF: '法定代表人', BRANCH_OF: '分支机构' };

/**
 * A path for the reader: in English the server's sentence; in Chinese each step as an arrow in the
 * relationship's own direction with what it is (持股 60%, 法定代表人, 董事, 分支机构).
 */
export function pathWords(path: WordedPath, lang: Lang): string {
  if (lang === 'en') return path.words;
  const name = (index: number) => path.nodes[index]?.name ?? path.nodes[index]?.id ?? '?';
  let text = name(0);
  for (let index = 0; index + 1 < path.nodes.length; index++) {
    const here = path.nodes[index]!.id;
    const next = path.nodes[index + 1]!.id;
    const edge = path.edges.find((candidate) => (candidate.from === here && candidate.to === next) || (candidate.from === next && candidate.to === here));
    const what = !edge
      ? '关联'
      : edge.type === 'OFFICER_OF'
        ? (codeName('zh', edge.role) ?? '高管')
        : `${linkWords[edge.type] ?? edge.type}${edge.type === 'SHAREHOLDER_OF' && edge.fraction != null ? ` ${formatShare(edge.fraction)}` : ''}`;
    text += edge && edge.from === here ? ` —${what}→ ${name(index + 1)}` : ` ←${what}— ${name(index + 1)}`;
  }
  return text;
}
