import { sharePercent as percent } from '../domain/share.ts';
import type { OfficerRole } from '../model.ts';
import type { PathEdge, PathNode, TypedPath } from './typedPath.ts';

/**
 * A path as a sentence, for the plain-text outputs that are not the explorer: the screening CSV, the
 * monitoring CSV and Atom feed (English), the credit report (its language). The API carries the
 * path's nodes and edges only (docs/decisions/0007-numbers-and-codes-out.md); the explorer words them
 * in the reader's language (web/src/modes/pathLogic.ts).
 */
export type PathLang = 'zh' | 'en';

const officeZh: Record<OfficerRole, string> = {
  chair: '董事长',
  director: '董事',
  supervisor: '监事',
  general_manager: '总经理',
  senior_manager: '高级管理人员',
  finance_officer: '财务负责人',
};

const roleWords = (role: string | null, lang: PathLang) =>
  lang === 'zh' ? (officeZh[role as OfficerRole] ?? '高级管理人员') : (role ?? 'officer').replaceAll('_', ' ');

/** One step in English, seen from the node the walk is at (`here`) towards the next one: "is held 60% by B". */
function stepEn(edge: PathEdge, forward: boolean, name: string): string {
  const share = edge.fraction === null ? '' : ` ${percent(edge.fraction)}`;
  switch (edge.type) {
    case 'SHAREHOLDER_OF':
      return forward ? `holds${share} of ${name}` : `is held${share} by ${name}`;
    case 'LEGAL_REPRESENTATIVE_OF':
      return forward ? `is legal representative of ${name}` : `has legal representative ${name}`;
    case 'OFFICER_OF':
      return forward ? `is ${roleWords(edge.role, 'en')} of ${name}` : `has ${roleWords(edge.role, 'en')} ${name}`;
    case 'BRANCH_OF':
      return forward ? `is a branch of ${name}` : `has branch ${name}`;
    default:
      return forward ? `${edge.type} ${name}` : `← ${edge.type} ${name}`;
  }
}

/** One step in Chinese, a clause of its own with both ends named: "甲 由 乙 持股60%". */
function stepZh(edge: PathEdge, forward: boolean, here: string, next: string): string {
  const share = edge.fraction === null ? '' : percent(edge.fraction);
  switch (edge.type) {
    case 'SHAREHOLDER_OF':
      return forward ? `${here}持有${next}${share ? ` ${share} ` : ''}股权` : `${here}由${next}持股${share ? ` ${share}` : ''}`;
    case 'LEGAL_REPRESENTATIVE_OF':
      return forward ? `${here}是${next}的法定代表人` : `${here}的法定代表人是${next}`;
    case 'OFFICER_OF':
      return forward ? `${here}任${next}${roleWords(edge.role, 'zh')}` : `${here}的${roleWords(edge.role, 'zh')}是${next}`;
    case 'BRANCH_OF':
      return forward ? `${here}是${next}的分支机构` : `${here}设有分支机构${next}`;
    default:
      return forward ? `${here} ${edge.type} ${next}` : `${next} ${edge.type} ${here}`;
  }
}

const nameOf = (node: PathNode) => node.name ?? node.id;

/** The path as a sentence: "A is held 60% by B, which is held 70% by C" / "A由B持股 60%；B由C持股 70%". */
export function pathInWords(path: TypedPath, lang: PathLang = 'en'): string {
  const [first] = path.nodes;
  if (!first) return '';
  if (path.edges.length === 0) return nameOf(first);
  const steps = path.edges.map((edge, i) => {
    const here = path.nodes[i]!;
    const next = path.nodes[i + 1]!;
    const forward = edge.from === here.id;
    return lang === 'zh' ? stepZh(edge, forward, nameOf(here), nameOf(next)) : stepEn(edge, forward, nameOf(next));
  });
  return lang === 'zh' ? steps.join('；') : `${nameOf(first)} ${steps.join(', which ')}`;
}
