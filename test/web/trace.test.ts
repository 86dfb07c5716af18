import { articleText } from '../../web/src/format.ts';
import { conditionWording } from '../../web/src/i18n.ts';
import { describe, expect, it } from 'vitest';
import { belowLawMeasures, chainOf, selectedMeasure } from '../../web/src/modes/traceLogic.ts';

const listing = (id: string, list: string) => ({ listing: { id }, subject: { id: 'co' }, list: { id: list } });
const measure = (id: string, lists: string[], belowLawOrRegulation: boolean) => ({
  measure: { id },
  agencies: [{ id: `${id}-agency` }],
  lists: lists.map((list) => ({ id: list })),
  documents: [{ id: `${id}-doc` }],
  belowLawOrRegulation,
  bearers: [{ party: { id: 'co' } }, { party: { id: 'rep' } }],
});
const trace = {
  listings: [listing('l1', 'judgment_debtors'), listing('l2', 'tax')],
  measures: [measure('flight', ['judgment_debtors'], false), measure('bond', ['judgment_debtors', 'tax'], true)],
};

describe('sanction trace seen from one measure', () => {
  it('keeps only the listings on the lists that trigger the measure, and every node of its chain', () => {
    const chain = chainOf(trace, 'flight');
    expect(chain?.listings.map((entry) => entry.listing.id)).toEqual(['l1']);
    expect([...(chain?.nodeIds ?? [])].sort()).toEqual(['co', 'flight', 'flight-agency', 'flight-doc', 'judgment_debtors', 'l1', 'rep']);
    expect(chainOf(trace, 'bond')?.listings.map((entry) => entry.listing.id)).toEqual(['l1', 'l2']);
    expect(chainOf(trace, 'nothing')).toBeNull();
  });

  it('flags measures resting on less than law or regulation', () => {
    expect([...belowLawMeasures(trace.measures)]).toEqual(['bond']);
  });

  it('treats a click as picking a measure only when the node is one of the trace’s measures', () => {
    expect(selectedMeasure(trace.measures, 'bond')).toBe('bond');
    expect(selectedMeasure(trace.measures, 'co')).toBeNull();
    expect(selectedMeasure(trace.measures, null)).toBeNull();
  });
});

describe('articleText: the article of a citation as the source numbers it', () => {
  // Citations of rules.json: 法释〔2015〕17号 "1 para 2" and "3(1)(1)"; 公司法 (2023) "178(1)(5); 178 para 2";
  // 中办发〔2016〕64号 "§(七)1" (a policy text's section, not an article).
  it('writes Chinese articles and paragraphs as 第…条第…款, leaving section marks as they are', () => {
    expect(articleText('zh', '1 para 2')).toBe('第1条第2款');
    expect(articleText('zh', '3(1)(1)')).toBe('第3条(1)(1)');
    expect(articleText('zh', '178(1)(5); 178 para 2')).toBe('第178条(1)(5)；第178条第2款');
    expect(articleText('zh', '§(七)1')).toBe('§(七)1');
  });

  it('writes English as art., and says nothing for an article not captured', () => {
    expect(articleText('en', '44')).toBe('art. 44');
    expect(articleText('en', 'not captured')).toBeNull();
    expect(articleText('zh', null)).toBeNull();
  });
});

describe('a condition in the reader’s language', () => {
  // 发改财金〔2014〕3062号 二（二） (research memorandum-measures.json, high): the exit block's condition, verbatim.
  const exit = { text: 'Only where tax assessed on inspection is owed and neither paid nor guaranteed.', textZh: '对欠缴查补税款的当事人，在出境前未按照规定结清应纳税款、滞纳金或者提供纳税担保的' };
  it('quotes the Chinese source in Chinese and the English wording in English', () => {
    expect(conditionWording('zh', exit)).toBe(exit.textZh);
    expect(conditionWording('en', exit)).toBe(exit.text);
  });
  it('marks the English wording when no Chinese words were read', () => {
    expect(conditionWording('zh', { text: exit.text, textZh: null })).toBe(`${exit.text}（英文，未采集中文原文）`);
  });
});
