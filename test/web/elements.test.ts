import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { diffElements, displayLabel, edgeLabel, hubOfMoreNode, mergeViews, moreNodeId, toElements, type Element, type GraphViewLike } from '../../web/src/graph/elements.ts';
import { stylesheet } from '../../web/src/graph/style.ts';

const view: GraphViewLike = {
  nodes: [
    { id: 'c1', kind: 'Company', label: '甲公司', labelEn: 'Jia Co', activeListKinds: ['blacklist'] },
    { id: 'p1', kind: 'Person', label: '张三', activeListKinds: ['redlist'] },
    { id: 'c2', kind: 'Company', label: '乙公司' },
  ],
  edges: [
    { id: 'p1-LEGAL_REPRESENTATIVE_OF-c1', source: 'p1', target: 'c1', type: 'LEGAL_REPRESENTATIVE_OF' },
    { id: 'c1-SHAREHOLDER_OF-c2', source: 'c1', target: 'c2', type: 'SHAREHOLDER_OF', share: 0.51 },
  ],
  truncated: [{ nodeId: 'c1', shown: 2, omitted: 37 }],
};

const byId = (elements: Element[]) => new Map(elements.map((element) => [element.data.id, element]));

describe('toElements', () => {
  it('marks list status in the label and the classes, in the chosen language', () => {
    const zh = byId(toElements(view, { lang: 'zh' }));
    // The canvas label carries where it may wrap (lineBreaks.ts): between Chinese characters.
    expect(zh.get('c1')?.data.label).toBe('⚠\u00a0甲\u200b公司');
    expect(zh.get('c1')?.classes).toBe('blacklisted');
    expect(zh.get('p1')?.classes).toBe('redlisted');
    expect(byId(toElements(view, { lang: 'en' })).get('c1')?.data.label).toBe('⚠\u00a0Jia Co');
    // No English name: the Chinese one stays.
    expect(displayLabel({ id: 'c2', kind: 'Company', label: '乙公司' }, 'en')).toBe('乙公司');
  });

  it('names a credit record by its section and date in English (its title is Chinese only)', () => {
    const record = { id: 'r1', kind: 'CreditRecord', label: '2023-05-04 未按规定公示年度报告', section: 'penalty', from: '2023-05-04' };
    expect(displayLabel(record, 'zh')).toBe('2023-05-04 未按规定公示年度报告');
    expect(displayLabel(record, 'en')).toBe('Administrative penalty 2023-05-04');
    expect(displayLabel({ ...record, section: 'annual_report' }, 'en')).toBe('Annual report 2023-05-04');
  });

  it('names a grade by its level in words and its year in both languages (the stored level is a code)', () => {
    // Environmental credit cards green/blue/yellow/red: 环发〔2013〕150号 (seed/reference/data/gradeSchemes.json).
    const grade = { id: 'g1', kind: 'Grade', label: 'blue 2024', level: 'blue', year: 2024 };
    expect(displayLabel(grade, 'zh')).toBe('环保良好企业（蓝牌） 2024');
    expect(displayLabel(grade, 'en')).toBe('environmentally good (blue) 2024');
    // A letter grade (tax A/B/M/C/D) is its own word.
    expect(displayLabel({ ...grade, label: 'M 2023', level: 'M', year: 2023 }, 'zh')).toBe('M 2023');
    // An older server without the level: the label it sent stands.
    expect(displayLabel({ id: 'g2', kind: 'Grade', label: 'A 2022' }, 'en')).toBe('A 2022');
  });

  it('words edges from their numbers and codes in the chosen language', () => {
    expect(byId(toElements(view, { lang: 'zh' })).get('c1-SHAREHOLDER_OF-c2')?.data.label).toBe('51%');
    const office = { id: 'o', source: 'p1', target: 'c1', type: 'OFFICER_OF', roles: ['director'] };
    expect([edgeLabel(office, 'zh'), edgeLabel(office, 'en')]).toEqual(['董事', 'director']);
    const bears = { id: 'b', source: 'p1', target: 'm', type: 'BEARS', roles: ['legal_representative', 'actual_controller'] };
    expect([edgeLabel(bears, 'zh'), edgeLabel(bears, 'en')]).toEqual(['法定代表人、实际控制人', 'legal representative, actual controller']);
    expect(edgeLabel({ id: 'h', source: 'a', target: 'b', type: 'SHAREHOLDER_OF', share: 0.7, integrated: 0.42 }, 'en')).toBe('70%\n∑42%');
  });

  it('adds one "+N more" node per truncated hub', () => {
    const more = byId(toElements(view, { lang: 'zh' })).get(moreNodeId('c1'));
    expect(more?.data).toMatchObject({ label: '+37', hub: 'c1', kind: 'More' });
    expect(hubOfMoreNode(moreNodeId('c1'))).toBe('c1');
    expect(hubOfMoreNode('c1')).toBeNull();
  });

  it('leaves out hidden nodes with their edges and their "+N more"', () => {
    const elements = toElements(view, { lang: 'zh', hidden: new Set(['c1']) });
    expect(elements.map((element) => element.data.id).sort()).toEqual(['c2', 'p1']);
  });

  it('fades inactive nodes and every edge touching them; highlights paths', () => {
    const elements = byId(toElements(view, { lang: 'zh', inactive: new Set(['c2']), highlighted: new Set(['p1', 'c1']) }));
    expect(elements.get('c2')?.classes).toBe('inactive');
    expect(elements.get('c1-SHAREHOLDER_OF-c2')?.classes).toBe('inactive');
    expect(elements.get('p1-LEGAL_REPRESENTATIVE_OF-c1')?.classes).toBe('highlighted');
  });

  it('flags, marks and turns edges against the flow while keeping the arrow at the true target', () => {
    const elements = byId(toElements(view, { lang: 'zh', flagged: new Set(['c2']), marked: new Map([['p1', '♛']]), against: new Set(['LEGAL_REPRESENTATIVE_OF']) }));
    expect(elements.get('c2')?.classes).toBe('flagged');
    expect(elements.get('p1')?.data.label).toBe('♛\u00a0✓\u00a0张三');
    expect(elements.get('p1')?.classes).toBe('redlisted marked');
    expect(elements.get('p1-LEGAL_REPRESENTATIVE_OF-c1')?.data).toMatchObject({ source: 'c1', target: 'p1' });
    expect(elements.get('p1-LEGAL_REPRESENTATIVE_OF-c1')?.classes).toBe('against');
    expect(elements.get('c1-SHAREHOLDER_OF-c2')?.data).toMatchObject({ source: 'c1', target: 'c2' });
  });

  it("keeps the root's own edges along the flow, so the hierarchy has no cycle back to its first column", () => {
    // The traced company bears measures itself (BEARS company → measure) and through its legal
    // representative; swapped, its own BEARS edge would point back at it from the measure.
    const traced: GraphViewLike = {
      nodes: [
        { id: 'c1', kind: 'Company', label: '甲公司' },
        { id: 'p1', kind: 'Person', label: '张三' },
        { id: 'm1', kind: 'Measure', label: '限制高消费' },
      ],
      edges: [
        { id: 'c1-BEARS-m1', source: 'c1', target: 'm1', type: 'BEARS' },
        { id: 'p1-BEARS-m1', source: 'p1', target: 'm1', type: 'BEARS' },
        { id: 'p1-LEGAL_REPRESENTATIVE_OF-c1', source: 'p1', target: 'c1', type: 'LEGAL_REPRESENTATIVE_OF' },
      ],
      truncated: [],
    };
    const elements = byId(toElements(traced, { lang: 'zh', against: new Set(['BEARS', 'LEGAL_REPRESENTATIVE_OF']), root: 'c1' }));
    expect(elements.get('c1-BEARS-m1')?.data).toMatchObject({ source: 'c1', target: 'm1' });
    expect(elements.get('c1-BEARS-m1')?.classes).toBeUndefined();
    expect(elements.get('p1-BEARS-m1')?.data).toMatchObject({ source: 'm1', target: 'p1' });
    expect(elements.get('p1-LEGAL_REPRESENTATIVE_OF-c1')?.data).toMatchObject({ source: 'c1', target: 'p1' });
    // Every edge leads away from the root: none ends at the company, so the layered layout ranks it first.
    const cy = cytoscape({ headless: true, elements: [...elements.values()] });
    expect(cy.getElementById('c1').incomers('edge').length).toBe(0);
  });

  it('loads into a headless Cytoscape with the stylesheet', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: stylesheet(), elements: toElements(view, { lang: 'zh', rings: new Map([['c1', 0]]) }) });
    expect(cy.nodes().length).toBe(4);
    expect(cy.edges().length).toBe(3);
    expect(cy.getElementById('c1').data('ring')).toBe(0);
    expect(cy.getElementById('c1').style('shape')).toBe('round-rectangle');
    expect(cy.getElementById('p1').style('shape')).toBe('ellipse');
    cy.destroy();
  });
});

describe('mergeViews', () => {
  it('unites by id, the newer copy winning, and replaces the expanded hub’s truncation', () => {
    const addition: GraphViewLike = {
      nodes: [
        { id: 'c1', kind: 'Company', label: '甲公司', activeListKinds: [] },
        { id: 'c3', kind: 'Company', label: '丙公司' },
      ],
      edges: [{ id: 'c1-BRANCH-c3', source: 'c3', target: 'c1', type: 'BRANCH_OF' }],
      truncated: [{ nodeId: 'c1', shown: 42, omitted: 0 }],
    };
    const merged = mergeViews(view, addition);
    expect(merged.nodes.map((node) => node.id)).toEqual(['c1', 'p1', 'c2', 'c3']);
    expect(merged.nodes[0]?.activeListKinds).toEqual([]);
    expect(merged.edges).toHaveLength(3);
    expect(merged.truncated).toEqual([{ nodeId: 'c1', shown: 42, omitted: 0 }]);
    // A fully paged hub has no "+N more" node any more.
    expect(toElements(merged, { lang: 'zh' }).some((element) => element.data.kind === 'More')).toBe(false);
  });
});

describe('diffElements', () => {
  it('adds, removes and updates only what changed', () => {
    const before = toElements(view, { lang: 'zh' });
    const after = toElements(mergeViews(view, { nodes: [{ id: 'c4', kind: 'Agency', label: '法院' }], edges: [], truncated: [] }), { lang: 'en', hidden: new Set(['c2']) });
    const diff = diffElements(byId(before), after);
    expect(diff.add.map((element) => element.data.id)).toEqual(['c4']);
    expect(diff.remove.sort()).toEqual(['c1-SHAREHOLDER_OF-c2', 'c2']);
    // Only c1's label changes with the language (p1 and the rest have no English name).
    expect(diff.update.map((element) => element.data.id)).toEqual(['c1']);
    expect(diffElements(byId(after), after)).toEqual({ add: [], remove: [], update: [] });
  });
});
