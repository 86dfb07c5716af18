import { describe, expect, it } from 'vitest';
import { hopRings, pathNodeIds, pathWords, scoreTip } from '../../web/src/modes/pathLogic.ts';
import { severityReason, termExplanation } from '../../web/src/scoreWords.ts';
import { ownershipMarks, withIntegratedShares } from '../../web/src/modes/ownershipLogic.ts';
import { subjectsFromCsv, subjectsToScreen, screeningLimit } from '../../web/src/screening/subjects.ts';
import { reportRows } from '../../web/src/screening/report.ts';
import { maintainerId, systemView } from '../../web/src/modes/systemView.ts';

const path = (...ids: string[]) => ({ nodes: ids.map((id) => ({ id })) });

describe('exposure and paths on the canvas', () => {
  it('puts each node on the ring of its position on the shortest path through it', () => {
    const rings = hopRings('s', [path('s', 'a', 'b'), path('s', 'b', 'c'), path('s', 'a', 'd', 'e')]);
    expect(Object.fromEntries(rings)).toEqual({ s: 0, a: 1, b: 1, c: 2, d: 2, e: 3 });
    expect([...pathNodeIds(path('s', 'a'))]).toEqual(['s', 'a']);
    expect(pathNodeIds(null).size).toBe(0);
  });

  it('explains the score on hover in the reader\'s language: score, each term from its numbers, integrated ownership and the lists', () => {
    const hit = {
      party: { id: 'p', name: '母公司' },
      hops: 2,
      score: 59,
      terms: [
        { name: 'severity', value: 1, level: 'high' },
        { name: 'link', value: 0.594, factors: [0.594] },
        { name: 'ownership', value: 0.594, fraction: 0.42 },
      ],
      integratedOwnership: { direction: 'UP', share: 0.42 },
      listings: [{ listName: '重大税收违法失信主体', listNameEn: 'Major tax violators' }],
    };
    expect(scoreTip(hit, 'zh').split('\n')).toEqual([
      '母公司',
      '评分 59 / 100 · 2 跳',
      '严重程度 = 1: 高',
      '关联强度 = 0.594: 0.594',
      '股权 = 0.594: 穿透持股 42%：0.3 + 0.7 × 0.42',
      '穿透持股 42% (UP)',
      '名单: 重大税收违法失信主体',
    ]);
    const en = scoreTip(hit, 'en').split('\n');
    expect(en).toContain('ownership = 0.594: ownership chain, integrated 42%: 0.3 + 0.7 × 0.42');
    expect(en).toContain('Lists: Major tax violators');
    // The party's name in English mode: its English name where the API has one, else the Chinese.
    expect(en[0]).toBe('母公司');
    expect(scoreTip({ ...hit, party: { ...hit.party, labelEn: 'Parent Co' } }, 'en').split('\n')[0]).toBe('Parent Co');
    expect(scoreTip({ ...hit, party: { ...hit.party, labelEn: 'Parent Co' } }, 'zh').split('\n')[0]).toBe('母公司');
  });

  it('words each step of a path: a holding with its share, an office by its role, in both languages', () => {
    const step = (relation: string, value: number, extra: object = {}) => ({ name: 'step', value, relation, role: null, fraction: null, ...extra });
    expect(termExplanation('zh', step('SHAREHOLDER_OF', 0.72, { fraction: 0.6 }))).toBe('持股 60%：0.3 + 0.7 × 0.6');
    expect(termExplanation('en', step('SHAREHOLDER_OF', 0.3))).toBe('shareholding of unknown size: 0.3');
    expect(termExplanation('en', step('OFFICER_OF', 0.5, { role: 'director' }))).toBe('director: 0.5');
    expect(termExplanation('zh', step('LEGAL_REPRESENTATIVE_OF', 0.8))).toBe('法定代表人：0.8');
    expect(severityReason('zh', { level: 'high', listKind: 'blacklist', punishmentMeasures: 13, implementingAgencies: 9 })).toBe('联合惩戒：9 个部门实施 13 项惩戒措施');
    expect(severityReason('en', { level: 'none', listKind: 'redlist', punishmentMeasures: 0, implementingAgencies: 0 })).toMatch(/: reported, not scored$/);
  });
});

describe('ownership tree', () => {
  const view = {
    nodes: [],
    edges: [
      { id: 'top-S-mid', source: 'top', target: 'mid', type: 'SHAREHOLDER_OF', share: 0.7 },
      { id: 'mid-S-co', source: 'mid', target: 'co', type: 'SHAREHOLDER_OF', share: 0.6 },
      { id: 'co-S-sub', source: 'co', target: 'sub', type: 'SHAREHOLDER_OF', share: 0.5 },
      { id: 'rep-L-co', source: 'rep', target: 'co', type: 'LEGAL_REPRESENTATIVE_OF' },
    ],
    truncated: [],
  };
  it('gives each holding edge the far end’s integrated share (drawn under its direct share)', () => {
    const labelled = withIntegratedShares(view, [{ party: { id: 'mid' }, share: 0.6 }, { party: { id: 'top' }, share: 0.42 }], [{ party: { id: 'sub' }, share: 0.5 }]);
    expect(labelled.edges.map((edge) => [edge.share, edge.integrated])).toEqual([
      [0.7, 0.42],
      [0.6, 0.6],
      [0.5, 0.5],
      [undefined, undefined],
    ]);
  });

  it('marks ultimate owners ♛ and the actual controller ★', () => {
    const marks = ownershipMarks([{ party: { id: 'a' } }, { party: { id: 'b' } }], 'a');
    expect(Object.fromEntries(marks)).toEqual({ a: '★♛', b: '♛' });
    expect(Object.fromEntries(ownershipMarks([], 'c'))).toEqual({ c: '★' });
  });
});

describe('screening CSV', () => {
  const texts = (text: string) => subjectsFromCsv(text).rows.map((row) => (row.kind === 'subject' ? row.text : `!${row.problem}`));

  it('reads the first column when there is no header, skipping blank lines and a BOM', () => {
    const parsed = subjectsFromCsv('\uFEFF91440600MXDEM00668\n\n深圳市曜澜汐贸易有限公司,x\n');
    expect(parsed.column).toBe('1');
    expect(parsed.rows).toEqual([
      { row: 1, line: 1, kind: 'subject', text: '91440600MXDEM00668', by: 'code' },
      { row: 2, line: 3, kind: 'subject', text: '深圳市曜澜汐贸易有限公司', by: 'code' },
    ]);
  });

  it('reads the column named like a subject when the first row is a header', () => {
    expect(texts('note,USCC\na,91440600MXDEM00668\n"b, c",9144\n')).toEqual(['91440600MXDEM00668', '9144']);
    expect(texts('企业名称\n甲公司\n')).toEqual(['甲公司']);
  });

  it('keeps a name-only row of a uscc,name file (screened by its name), and an empty row as a problem', () => {
    const parsed = subjectsFromCsv('uscc,name\n91440600MXDEM00668,甲\n,乙公司\n,\n');
    expect(parsed.column).toBe('uscc / name');
    expect(parsed.rows.map((row) => [row.row, row.kind === 'subject' ? `${row.by}:${row.text}` : row.problem])).toEqual([
      [1, 'code:91440600MXDEM00668'],
      [2, 'name:乙公司'],
      [3, 'empty'],
    ]);
  });

  it('a stray quote costs only its own line, the others are screened', () => {
    const parsed = subjectsFromCsv('uscc\n91440600MXDEM00668\n"9144"x"\n91440305MXDEM0015Q\n');
    expect(parsed.rows.map((row) => (row.kind === 'subject' ? row.text : `!${row.problem}`))).toHaveLength(3);
    expect(parsed.rows[0]).toMatchObject({ kind: 'subject', text: '91440600MXDEM00668' });
    expect(parsed.rows[2]).toMatchObject({ kind: 'subject', text: '91440305MXDEM0015Q', row: 3 });
  });

  it('an unterminated quote makes that line unreadable, not the file', () => {
    const rows = subjectsFromCsv('uscc\n91440600MXDEM00668\n"91440305MXDEM0015Q\n91320505MXDEM0090W\n').rows;
    expect(rows.map((row) => (row.kind === 'subject' ? row.text : `!${row.problem}@${row.line}`))).toEqual(['91440600MXDEM00668', '!unreadable@3', '91320505MXDEM0090W']);
  });

  it('screens at most the server’s limit and reports the rest as rows, not silently', () => {
    const text = Array.from({ length: screeningLimit + 5 }, (_, i) => `id${i}`).join('\n');
    const parsed = subjectsFromCsv(text);
    expect(parsed.rows).toHaveLength(screeningLimit + 5);
    expect(subjectsToScreen(parsed.rows)).toHaveLength(screeningLimit);
    expect(parsed.leftOut).toBe(5);
  });
});

describe('screening report', () => {
  const answer = (status: 'found' | 'not_found' | 'invalid' | 'ambiguous', extra: Record<string, unknown> = {}) =>
    ({ row: 0, input: '', status, reason: 'server text', problems: [], candidates: [], subject: null, ownListings: [], exposureHits: 0, nearestHit: null, topHit: null, inherited: null, inheritedShare: null, ...extra }) as never;

  it('one row per input row: unreadable rows in place, hits only for found subjects, reasons in the interface language', () => {
    const parsed = subjectsFromCsv('uscc,name\n91440600MXDEM00668,\n,不存在的公司\n"x\n91440600MXDEM00669,\n');
    const answers = [
      answer('found', { exposureHits: 0 }),
      answer('not_found'),
      answer('invalid', { problems: [{ code: 'CHECK_CHARACTER', position: 18, expected: '8', found: '9' }] }),
    ];
    const zh = reportRows('zh', parsed.rows, answers);
    expect(zh.map((row) => [row.row, row.status, row.hits])).toEqual([
      [1, 'found', 0],
      [2, 'not_found', null],
      [3, 'invalid', null],
      [4, 'invalid', null],
    ]);
    expect(zh[1]!.reason).toContain('名称');
    expect(zh[2]!.reason).toMatch(/CSV/);
    expect(zh[3]!.reason).toBe('统一社会信用代码无效：第 18 位校验码为“9”，应为“8”');
    const en = reportRows('en', parsed.rows, answers);
    expect(en[3]!.reason).toBe("invalid USCC: check character 18 is '9', expected '8'");
    expect(en.map((row) => row.reason).join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the first screen', () => {
  const agency = (id: string, level: string | null = 'national') => ({ id, label: id, nameEn: null, level });
  const lists = [
    {
      entries: 10,
      activeEntries: 4,
      list: {
        id: 'debtors',
        label: '失信被执行人名单',
        nameEn: null,
        maintainedBy: [agency('spc')],
        triggeredDocuments: [{ id: 'mou', label: '备忘录', nameEn: null, docNumber: '〔2016〕141号', inForce: true, measures: [{ id: 'flight' }, { id: 'elsewhere' }] }],
        triggeredMeasures: [{ id: 'flight', label: '限制乘机', nameEn: null, implementingAgencies: [agency('caac'), agency('spc')] }],
      },
    },
    { entries: 0, activeEntries: 0, list: { id: 'local', label: '地方名单', nameEn: null, maintainedBy: [agency('sh', 'provincial')], triggeredDocuments: [], triggeredMeasures: [] } },
  ];

  it('draws maintaining agencies → lists ← memoranda → measures → implementing agencies, a maintainer that also implements twice', () => {
    const { view, counts, agenciesByLevel, tips } = systemView(lists, 'zh');
    expect(view.nodes.map((node) => node.id).sort()).toEqual(['caac', 'debtors', 'flight', 'local', maintainerId('sh'), maintainerId('spc'), 'mou', 'spc'].sort());
    expect(view.nodes.find((node) => node.id === maintainerId('spc'))?.ref).toBe('spc');
    expect(view.edges.map((edge) => edge.id).sort()).toEqual(
      [`${maintainerId('spc')}-MAINTAINS-debtors`, `${maintainerId('sh')}-MAINTAINS-local`, 'flight-TRIGGERED_BY-debtors', 'flight-IMPLEMENTED_BY-caac', 'flight-IMPLEMENTED_BY-spc', 'mou-TRIGGERED_BY-debtors', 'mou-DEFINES-flight'].sort(),
    );
    expect(view.nodes.find((node) => node.id === maintainerId('sh'))?.label).toBe('sh · 省级');
    expect(counts).toEqual({ lists: 2, documents: 1, measures: 1, agencies: 3 });
    expect(agenciesByLevel).toEqual([{ level: 'national', count: 2 }, { level: 'provincial', count: 1 }]);
    expect(tips.get('debtors')).toContain('有效记录 4 / 全部 10');
  });
});

describe('paths in words', () => {
  const path = {
    nodes: [
      { id: 'supplier', name: '供应商' },
      { id: 'sub', name: '实业' },
      { id: 'chair', name: '邓睿哲' },
    ],
    edges: [
      { type: 'SHAREHOLDER_OF', from: 'sub', to: 'supplier', fraction: 0.6, role: null },
      { type: 'OFFICER_OF', from: 'chair', to: 'sub', fraction: null, role: 'director' },
    ],
  };
  it('writes each step in the relationship’s own direction, in Chinese and in English', () => {
    expect(pathWords(path, 'zh')).toBe('供应商 ←持股 60%— 实业 ←董事— 邓睿哲');
    expect(pathWords({ ...path, nodes: [...path.nodes].reverse(), edges: path.edges }, 'zh')).toBe('邓睿哲 —董事→ 实业 —持股 60%→ 供应商');
    expect(pathWords(path, 'en')).toBe('供应商 ←holds 60%— 实业 ←director— 邓睿哲');
    // English names where the API has them (labelEn: recorded or pinyin rendering).
    const named = { ...path, nodes: path.nodes.map((n) => ({ ...n, labelEn: `${n.id} (en)` })) };
    expect(pathWords(named, 'en')).toBe('supplier (en) ←holds 60%— sub (en) ←director— chair (en)');
  });
});
