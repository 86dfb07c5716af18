import { describe, expect, it } from 'vitest';
import type { GraphViewLike } from '../../web/src/graph/elements.ts';
import { groupedView, groupId, hubOfGroup, isGroupId, likeNodeGroups, pagedHubOf } from '../../web/src/graph/grouping.ts';
import { moreKind, toElements } from '../../web/src/graph/elements.ts';
import { groupLabel } from '../../web/src/i18n.ts';

/** A head office with `branches` branches (BRANCH_OF points from the branch), one of which also has an officer, and a list with `listings` listings. */
function view(branches: number, listings: number): GraphViewLike {
  const nodes = [
    { id: 'hq', kind: 'Company', label: '总公司' },
    { id: 'list', kind: 'CreditList', label: '名单' },
    { id: 'p', kind: 'Person', label: '张三' },
    ...Array.from({ length: branches }, (_, i) => ({ id: `b${i}`, kind: 'Company', label: `分公司${i}` })),
    ...Array.from({ length: listings }, (_, i) => ({ id: `l${i}`, kind: 'Listing', label: `案${i}` })),
  ];
  const edges = [
    { id: 'e-hq-list', source: 'hq', target: 'list', type: 'LISTED' },
    ...Array.from({ length: branches }, (_, i) => ({ id: `eb${i}`, source: `b${i}`, target: 'hq', type: 'BRANCH_OF' })),
    ...Array.from({ length: listings }, (_, i) => ({ id: `el${i}`, source: `l${i}`, target: 'list', type: 'ON_LIST' })),
    { id: 'ep', source: 'p', target: 'b0', type: 'OFFICER_OF' },
  ];
  return { nodes, edges, truncated: [] };
}

const names = (group: Parameters<typeof groupLabel>[1], omitted: number) => ({ label: groupLabel('zh', group, omitted), labelEn: groupLabel('en', group, omitted) });

describe('grouping of like nodes', () => {
  it('groups a hub’s like leaves above the threshold, per relationship type, kind and side; a member with links of its own stays out', () => {
    const groups = likeNodeGroups(view(31, 40), { threshold: 10 });
    expect(groups.map((g) => [g.id, g.members.length])).toEqual([
      [groupId('list', 'ON_LIST', 'Listing', false), 40],
      // b0 has an officer: it is no leaf, so 30 of the 31 branches.
      [groupId('hq', 'BRANCH_OF', 'Company', false), 30],
    ]);
    expect(groups[1]!.members).not.toContain('b0');
    expect(likeNodeGroups(view(10, 11), { threshold: 10 }).map((g) => g.members.length)).toEqual([11]);
  });

  it('leaves kept, hidden and filtered nodes out of groups', () => {
    const keep = new Set(['l0', 'l1']);
    expect(likeNodeGroups(view(0, 12), { threshold: 10, keep })).toEqual([]);
    expect(likeNodeGroups(view(0, 12), { threshold: 10, excluded: new Set(['l5', 'l6']) })).toEqual([]);
  });

  it('draws a closed group as one node joined to its hub the way the members were, and an opened one as its members', () => {
    const base = view(31, 40);
    const groups = likeNodeGroups(base, { threshold: 10 });
    const listings = groupId('list', 'ON_LIST', 'Listing', false);
    const closed = groupedView(base, groups, new Set(), names);
    expect(closed.nodes.filter((n) => n.kind === 'Listing')).toEqual([]);
    expect(closed.nodes.find((n) => n.id === listings)).toMatchObject({ kind: 'Group', memberKind: 'Listing', label: '⊞ 列入记录（40）', labelEn: '⊞ 40 listings' });
    expect(closed.edges.filter((e) => e.source === listings || e.target === listings)).toEqual([{ id: `${listings}:edge`, source: listings, target: 'list', type: 'ON_LIST' }]);
    expect(closed.nodes.find((n) => isGroupId(n.id) && n.id !== listings)).toMatchObject({ labelEn: '⊞ 30 branches', label: '⊞ 分支机构（30）' });
    // 3 + 1 branch kept + 2 groups.
    expect(closed.nodes).toHaveLength(6);
    const opened = groupedView(base, groups, new Set([listings]), names);
    expect(opened.nodes.filter((n) => n.kind === 'Listing')).toHaveLength(40);
    expect(opened.nodes.some((n) => n.id === listings)).toBe(false);
    expect(hubOfGroup(listings)).toBe('list');
    expect(hubOfGroup('list')).toBeNull();
  });

  it('shows one mark per hub for neighbours not drawn: the closed group counts the ones the server cut, and no "+N more" node stands beside it', () => {
    const base = { ...view(31, 40), truncated: [{ nodeId: 'list', shown: 40, omitted: 62 }] };
    const groups = likeNodeGroups(base, { threshold: 10 });
    const listings = groupId('list', 'ON_LIST', 'Listing', false);
    const closed = groupedView(base, groups, new Set(), names);
    expect(closed.nodes.find((n) => n.id === listings)).toMatchObject({ label: '⊞ 列入记录（40，另有 62 个未载入）', labelEn: '⊞ 40 listings (62 more not loaded)', omitted: 62 });
    expect(closed.truncated).toEqual([]);
    expect(toElements(closed, { lang: 'en' }).filter((e) => e.data.kind === moreKind)).toEqual([]);
    // Its menu pages the rest in: the group names its hub.
    expect(pagedHubOf(closed, listings)).toBe('list');
    expect(pagedHubOf(closed, groupId('hq', 'BRANCH_OF', 'Company', false))).toBeNull();
    // Opened, the members are drawn and the "+62" paging node is back beside them.
    const opened = groupedView(base, groups, new Set([listings]), names);
    expect(opened.truncated).toEqual(base.truncated);
    expect(toElements(opened, { lang: 'en' }).find((e) => e.data.kind === moreKind)?.data.label).toBe('+62');
  });
});
