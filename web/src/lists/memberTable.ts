/**
 * The list member table's pure parts: its columns (screen and CSV alike), the status words and the
 * canvas view of a selection (each picked subject linked to the list by its listing).
 */
import type { ListMembersQuery } from '../api/generated.ts';
import type { Column } from '../export/csv.ts';
import type { GraphViewLike } from '../graph/elements.ts';
import { codeName, listLabel } from '../i18n.ts';
import type { Lang } from '../state/route.ts';

export type Member = ListMembersQuery['listMembers']['members'][number];
export type MemberStatus = Member['status'];
export type MemberSort = 'name' | 'from' | 'until' | 'status' | 'agency';

export function memberStatusName(lang: Lang, status: MemberStatus): string {
  return codeName(lang, status) ?? status;
}

export interface MemberColumn extends Column<Member> {
  sort?: MemberSort;
}

export function memberColumns(lang: Lang): MemberColumn[] {
  const zh = lang === 'zh';
  return [
    { header: zh ? '名称' : 'Name', sort: 'name', value: (m) => listLabel(lang, m.subject.name, m.nameEn) || m.subject.id },
    { header: zh ? '统一社会信用代码 / id' : 'USCC / id', value: (m) => m.uscc ?? m.subject.id },
    { header: zh ? '列入日期' : 'From', sort: 'from', value: (m) => m.from },
    { header: zh ? '截止日期' : 'Until', sort: 'until', value: (m) => m.endedOn ?? m.until ?? '' },
    { header: zh ? '状态' : 'Status', sort: 'status', value: (m) => memberStatusName(lang, m.status) },
    { header: zh ? '决定机关' : 'Deciding agency', sort: 'agency', value: (m) => listLabel(lang, m.decidedBy?.name, m.decidedByEn) },
    { header: zh ? '文书号' : 'Case number', value: (m) => m.caseNumber ?? '' },
  ];
}

/** The picked members on the canvas: the list, each subject, an edge subject → list dated by its listing. */
export function selectionView(list: { id: string; name: string | null }, listNameEn: string | null, members: readonly Member[]): GraphViewLike {
  return {
    nodes: [
      { id: list.id, kind: 'CreditList', label: list.name ?? list.id, labelEn: listNameEn },
      ...members.map((m) => ({ id: m.subject.id, kind: m.subject.kind, label: m.subject.name ?? m.subject.id, labelEn: m.nameEn, blacklisted: m.status === 'active' })),
    ],
    edges: members.map((m) => ({ id: `member:${m.listingId}`, source: m.subject.id, target: list.id, type: 'LISTED', label: m.from })),
    truncated: [],
  };
}
