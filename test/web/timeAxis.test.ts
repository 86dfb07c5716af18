import { describe, expect, it } from 'vitest';
import { englishDocNumber } from '../../web/src/codes/docNumber.ts';
import { loadPinyin } from '../../web/src/codes/pinyin.ts';
import { axisFraction, clampDate, dateOfDay, dayNumber, labelRows, tickLabelPx, milestoneTicks } from '../../web/src/time/axis.ts';

// The documents as seed/reference/data/documents.json records them: 国办发〔2020〕49号 promulgated 2020-12-07,
// published 2020-12-18 (China Law Translate, https://www.chinalawtranslate.com/en/ — its translation of 49号),
// and the basic-list editions (seed/reference/research/basic-lists.json).
const pinyin = await loadPinyin();

const documents = [
  { id: 'pol_2024_basic_list', documentType: 'basic_list', docNumber: '发改财金规〔2024〕203号', label: '全国失信惩戒措施基础清单（2024年版）', nameEn: 'National List of Basic Penalty Measures (2024 Edition)', issued: '2024-02-18', effective: null },
  { id: 'pol_2020_opinions_49', documentType: 'policy', docNumber: '国办发〔2020〕49号', label: '国务院办公厅关于进一步完善失信约束制度…', nameEn: 'Guiding Opinions…', issued: '2020-12-07', effective: null },
  { id: 'pol_2022_basic_list_2022', documentType: 'basic_list', docNumber: null, label: '全国失信惩戒措施基础清单（2022年版）', nameEn: null, issued: '2022-12-28', effective: null },
  { id: 'undated', documentType: 'basic_list', docNumber: null, label: '未注明日期', issued: null, effective: null },
];

describe('the as-of time axis', () => {
  it('turns dates into whole days and back, across leap days', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dateOfDay(dayNumber('2024-02-29') + 1)).toBe('2024-03-01');
    expect(dateOfDay(dayNumber('2020-12-18'))).toBe('2020-12-18');
  });

  it('clamps a date to the axis and places it along it', () => {
    expect(clampDate('2010-05-01', '2014-01-01', '2026-12-07')).toBe('2014-01-01');
    expect(clampDate('2030-01-01', '2014-01-01', '2026-12-07')).toBe('2026-12-07');
    expect(axisFraction('2014-01-01', '2014-01-01', '2024-01-01')).toBe(0);
    expect(axisFraction('2024-01-01', '2014-01-01', '2024-01-01')).toBe(1);
    expect(axisFraction('2019-01-01', '2014-01-01', '2024-01-01')).toBeCloseTo(0.5, 2);
  });

  it('marks the reform and the basic-list editions oldest first, in both languages, leaving out undated ones and those beyond the axis', () => {
    const zh = milestoneTicks(documents, '2014-01-01', '2023-12-31', 'zh');
    expect(zh.map((tick) => [tick.id, tick.date, tick.short])).toEqual([
      ['pol_2020_opinions_49', '2020-12-07', '国办发〔2020〕49号'],
      ['pol_2022_basic_list_2022', '2022-12-28', '基础清单 2022'],
    ]);
    expect(zh[1]!.title).toBe('2022-12-28 · 全国失信惩戒措施基础清单（2022年版）');
    // English mode: the document number in the form English citations use (codes/docNumber.ts), the original beside it on hover.
    const en = milestoneTicks(documents, '2014-01-01', '2026-12-07', 'en', (docNumber) => englishDocNumber(docNumber, pinyin));
    expect(en.map((tick) => tick.short)).toEqual(['Guobanfa [2020] No. 49', 'basic list 2022', 'basic list 2024']);
    expect(en[2]!.title).toBe('2024-02-18 · National List of Basic Penalty Measures (2024 Edition) (Fagaicaijingui [2024] No. 203, 发改财金规〔2024〕203号)');
    // Before the pinyin dictionary has loaded, the tick shows the year rather than Chinese.
    expect(milestoneTicks(documents, '2014-01-01', '2026-12-07', 'en', () => null)[0]!.short).toBe('2020');
    // No English name: the Chinese stands.
    expect(en[1]!.title).toContain('全国失信惩戒措施基础清单（2022年版）');
    expect(en[0]!.fraction).toBeLessThan(en[1]!.fraction);
  });

  it('puts the full labels in two rows where they fit, else three, else shows years, by the width of each label', () => {
    const ticks = [
      { fraction: 0.5, short: 'Guobanfa [2020] No. 49' },
      { fraction: 0.6, short: 'basic list 2021' },
      { fraction: 0.7, short: 'basic list 2022' },
      { fraction: 0.8, short: 'basic list 2024' },
    ];
    // In two rows ticks 0 and 2 share one, 0.2 of the axis apart: they need half of each label plus a 4 px gap.
    const twoRows = (tickLabelPx(ticks[0]!.short) + tickLabelPx(ticks[2]!.short)) / 2 + 4;
    expect(labelRows(ticks, twoRows / 0.2 + 1)).toBe(2);
    // Narrower: ticks 0 and 3 (0.3 apart) share the first of three rows.
    const threeRows = (tickLabelPx(ticks[0]!.short) + tickLabelPx(ticks[3]!.short)) / 2 + 4;
    expect(labelRows(ticks, twoRows / 0.2 - 1)).toBe(3);
    expect(labelRows(ticks, threeRows / 0.3 - 1)).toBeNull();
    // The same ticks labelled by year fit in two rows where the long English number needs three.
    expect(labelRows(ticks.map((tick) => ({ ...tick, short: '2020' })), twoRows / 0.2 - 1)).toBe(2);
    // A Chinese label is wider than a Latin one of as many characters; the page may pass its own measure.
    expect(tickLabelPx('国办发〔2020〕49号')).toBeGreaterThan(tickLabelPx('abcdefghijkl'));
    expect(labelRows(ticks, 1000, () => 400)).toBeNull();
    expect(labelRows(ticks.slice(0, 2), 10)).toBe(2);
  });
});

describe('document numbers in English', () => {
  it('spells the issuer in pinyin and the year and serial as English citations do', () => {
    // 文号 as 《党政机关公文格式》(GB/T 9704-2012) §7.2.4 lays it out: 发文机关代字 + 〔年份〕 + 发文顺序号.
    expect(englishDocNumber('国办发〔2020〕49号', pinyin)).toBe('Guobanfa [2020] No. 49');
    expect(englishDocNumber('国发〔2014〕21号', pinyin)).toBe('Guofa [2014] No. 21');
    expect(englishDocNumber('法释〔2017〕7号', pinyin)).toBe('Fashi [2017] No. 7');
    // Not in that shape: the Chinese runs spelled, the rest kept.
    expect(englishDocNumber('第4号令', pinyin)).toBe('Di4Haoling');
  });
});
