import { describe, expect, it } from 'vitest';
import { listingActive } from '../../graph/domain/validity.ts';
import { readReferenceData } from '../../seed/reference/data.ts';
import { generateBatch } from '../../seed/synthetic/generator.ts';
import { customsScheme, environmentScheme, publicCreditScheme } from '../../seed/synthetic/schemeGrades.ts';

// The schemes and their levels: seed/reference/data/gradeSchemes.json (公共信用综合评价; 海关总署令第251号, 2021;
// 企业环境信用评价办法（试行）, 环发〔2013〕150号).
const schemes = new Map(readReferenceData().gradeSchemes.map((s) => [s.id, new Set(s.levels.map((l) => l.code))]));
const rows = generateBatch({ seed: 2015, companies: 2000 }, 0);
const of = (scheme: string) => rows.grades.filter((g) => g.schemeId === scheme);

describe('synthetic grades of the public-credit, customs and environment schemes', () => {
  it('every grade is synthetic, in a known scheme, at one of its levels, with a unique id', () => {
    for (const g of rows.grades) {
      expect(g.synthetic).toBe(true);
      expect(schemes.get(g.schemeId)?.has(g.grade), `${g.schemeId} ${g.grade}`).toBe(true);
    }
    expect(new Set(rows.grades.map((g) => g.id)).size).toBe(rows.grades.length);
  });

  it('plausible shares: public credit mostly B, environment mostly blue and only for mining, manufacturing, utilities; customs mostly other', () => {
    const share = (grades: ReturnType<typeof of>, level: string) => grades.filter((g) => g.grade === level).length / grades.length;
    expect(of(publicCreditScheme).length).toBeGreaterThan(100);
    expect(share(of(publicCreditScheme), 'B')).toBeGreaterThan(0.45);
    expect(share(of(environmentScheme), 'blue')).toBeGreaterThan(0.45);
    expect(share(of(customsScheme), 'other')).toBeGreaterThan(0.5);
    const industry = new Map(rows.companies.map((c) => [c.id, c.industryCode?.charAt(0)]));
    expect(of(environmentScheme).every((g) => ['B', 'C', 'D'].includes(industry.get(g.companyId) ?? ''))).toBe(true);
  });

  it('customs grades agree with the customs lists: 失信企业 while on the dishonest list at the year’s end', () => {
    const dishonest = rows.listings.filter((l) => l.listId === 'gacc_dishonest_enterprises');
    for (const g of of(customsScheme)) {
      const listed = dishonest.some((l) => l.subjectId === g.companyId && listingActive(l, `${g.year}-12-31`));
      if (listed) expect(g.grade).toBe('dishonest');
    }
    for (const g of of(customsScheme).filter((g) => g.grade === 'dishonest')) {
      expect(dishonest.some((l) => l.subjectId === g.companyId && listingActive(l, `${g.year}-12-31`))).toBe(true);
    }
  });
});
