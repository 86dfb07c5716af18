import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReferenceData, type RuleData } from '../../seed/reference/data.ts';
import { articleOf, mergeRules, withReadClauses } from '../../seed/reference/memorandumMeasures.ts';

// The memoranda's researched measure rows (seed/reference/research/memorandum-measures.json) as rules
// in the committed reference data (seed/reference/data/rules.json, built by seed/reference/build.ts).

const data = readReferenceData();
const research = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../seed/reference/research/memorandum-measures.json'), 'utf8'));
const rule = (document: string, list: string, measure: string) => data.rules.find((r) => r.document === document && r.list === list && r.measure === measure);

describe('articles as the rule data writes them', () => {
  it('reads Chinese article, paragraph and item numbers', () => {
    expect(articleOf('第四十四条')).toBe('44');
    expect(articleOf('第八条第一款')).toBe('8 para 1');
    expect(articleOf('第一百四十六条第一款第（二）项')).toBe('146(1)(2)');
    expect(articleOf('第四条第（四）项')).toBe('4(4)');
    expect(articleOf('第七条、第二十一条')).toBe('7, 21');
    expect(articleOf('第二部分第（一）条')).toBe('第二部分第（一）条');
    expect(articleOf(null)).toBeNull();
  });
});

describe('rules from the memoranda rows', () => {
  it('give each (memorandum, list, measure) one rule', () => {
    const memoranda = new Set(research.memoranda.map((m: { memorandumId: string }) => m.memorandumId));
    const keys = data.rules.filter((r) => memoranda.has(r.document)).map((r) => `${r.document}|${r.list}|${r.measure}`);
    expect(keys.length).toBeGreaterThan(60);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('take the tax memoranda’s bearers from the target clause: enterprise, legal representative, finance officer', () => {
    // 发改财金〔2014〕3062号 part 一 (read verbatim, research bearersClause, high); 2798号 carries the
    // 2014 clause as an inference (low): the procurement ban (3062号 二(九), Government Procurement Law art 22).
    const procurement = rule('mou_2014_tax', 'sat_major_tax_violation', 'm_gov_procurement_ban')!;
    expect(procurement.bearers).toEqual(['entity', 'legal_representative', 'finance_officer', 'individual']);
    expect(procurement.basis.map((c) => `${c.docNumber ?? c.title} ${c.article}`)).toContain('政府采购法 22');
    expect(procurement.confidence).toBe('high');
    const land2016 = rule('mou_2016_tax', 'sat_major_tax_violation', 'm_land_supply_restriction')!;
    expect(land2016.bearers).toEqual(['entity', 'legal_representative', 'finance_officer', 'individual']);
    expect(land2016.confidence).toBe('low');
  });

  it('narrow the clause by the measure’s condition, with the Chinese words of the text', () => {
    // 3062号 二(二): exit blocked only where assessed tax is owed (税收征收管理法 art 44: taxpayer or its legal representative).
    const exit = rule('mou_2014_tax', 'sat_major_tax_violation', 'm_exit_restriction')!;
    expect(exit.bearers).toEqual(['legal_representative', 'individual']);
    expect(exit.condition).toMatchObject({ code: 'tax_owed', textZh: '对欠缴查补税款的当事人，在出境前未按照规定结清应纳税款、滞纳金或者提供纳税担保的' });
    // 3062号 二(五): high consumption only where the court lists the party as a dishonest judgment debtor.
    expect(rule('mou_2014_tax', 'sat_major_tax_violation', 'm_high_consumption_restriction')!.condition?.code).toBe('also_judgment_debtor');
  });

  it('quote every Chinese condition from its row’s text', () => {
    const texts = research.memoranda.flatMap((m: { measures: Array<{ textZh: string | null }> }) => m.measures.map((r) => r.textZh ?? ''));
    // Target-clause rules quote their clause instead (below).
    const quoted = data.rules.filter((r) => r.condition?.textZh && r.origin !== 'target_clause');
    // 3062号 二（二）, 二（三）, 二（五), read verbatim; 2798号 carries their conditions without their words (its own text unread).
    expect(quoted.map((r) => r.measure).sort()).toEqual(['m_exit_restriction', 'm_high_consumption_restriction', 'm_position_restriction']);
    for (const r of quoted) expect(texts.some((t: string) => t.includes(r.condition!.textZh!)), r.id).toBe(true);
  });

  it('read 2045号’s 负责人 as the legal representative: no other principal responsible person bears', () => {
    // 2045号 part 二 definitions (Siping copy): “负责人”、“主要负责人”是指企业法定代表人.
    const rules = data.rules.filter((r) => r.document === 'mou_2015_dishonest_enterprises');
    expect(rules.length).toBeGreaterThanOrEqual(15);
    for (const r of rules) expect(r.bearers, r.id).not.toContain('principal_responsible_person');
    expect(rule('mou_2015_dishonest_enterprises', 'samr_abnormal_operations', 'm_market_entry_ban')!.condition?.code).toBe('per_other_law');
  });
});

describe('merging a standing rule with the research', () => {
  const base: RuleData = {
    id: 'rule:d:l:m',
    document: 'd',
    list: 'l',
    measure: 'm',
    bearers: ['entity'],
    condition: null,
    basis: [{ document: 'd', docNumber: 'D号', title: null, article: 'not captured', from: null, until: null }],
    inForceFrom: null,
    inForceUntil: null,
    origin: 'researched',
    notes: null,
    confidence: 'high',
    sources: [],
  };
  const research: RuleData = { ...base, bearers: ['entity', 'individual'], basis: [{ ...base.basis[0]!, article: '3' }], confidence: 'medium', notes: 'row' };

  it('keeps the more confident rule’s bearers and replaces an uncaptured article', () => {
    const [merged] = mergeRules([base], [research]);
    expect(merged!.bearers).toEqual(['entity']);
    expect(merged!.basis.map((c) => c.article)).toEqual(['3']);
  });

  it('takes the research’s bearers over a target clause', () => {
    const [merged] = mergeRules([{ ...base, origin: 'target_clause', confidence: 'low' }], [research]);
    expect(merged).toMatchObject({ bearers: ['entity', 'individual'], confidence: 'medium', origin: 'researched' });
  });
});

describe('a target clause read verbatim', () => {
  // 发改财金〔2017〕427号 part 一 (信用台山 copy and a copy marked 来源：国家发改委网站, research bearersClause, high):
  // 海关失信企业及其法定代表人（负责人）、董事、监事、高级管理人员.
  const customs = data.rules.filter((r) => r.document === 'mou_2017_customs_dishonest' && r.origin === 'target_clause');

  it('sources the standing target-clause rules with its words, keeping their confidence', () => {
    expect(customs.map((r) => r.measure).sort()).toEqual(['m_bond_issuance_restriction', 'm_customs_strict_control', 'm_financial_institution_setup_restriction', 'm_gov_procurement_ban']);
    for (const r of customs) {
      expect(r.bearers, r.id).toEqual(['entity', 'legal_representative', 'director', 'supervisor', 'senior_manager']);
      expect(r.notes, r.id).toContain('海关失信企业及其法定代表人（负责人）、董事、监事、高级管理人员');
      // The code-less condition restating the targets shows the clause's own words in Chinese.
      expect(r.condition, r.id).toMatchObject({ code: null, textZh: expect.stringContaining('海关失信企业及其法定代表人（负责人）') });
      expect(r.sources.map((s) => s.url), r.id).toContain('https://magnetkurs.com/zfgzbm/xyts/zcfg/content/post_1546517.html');
      // The clause says who bears, not which measures 427号 defines (those come from a press summary).
      expect(r.confidence, r.id).toBe('medium');
    }
  });

  it('quotes only clauses read verbatim: 427号 and 2045号 (Siping copy), not 141号’s unread one', () => {
    const clauses = research.memoranda.flatMap((m: { bearersClause?: { textZh?: string } }) => (m.bearersClause?.textZh ? [m.bearersClause.textZh] : []));
    const quoting = data.rules.filter((r) => r.origin === 'target_clause' && r.condition?.textZh);
    expect([...new Set(quoting.map((r) => r.document))].sort()).toEqual(['mou_2015_dishonest_enterprises', 'mou_2017_customs_dishonest']);
    for (const r of quoting) expect(clauses, r.id).toContain(r.condition!.textZh);
  });

  it('refuses a target-clause rule whose bearers are not the clause’s, naming the rule', () => {
    const wrong = { ...customs[0]!, bearers: ['entity'] as RuleData['bearers'] };
    expect(() => withReadClauses([wrong], research)).toThrow(/rule:mou_2017_customs_dishonest:.*differ from the target clause read verbatim/);
  });
});
