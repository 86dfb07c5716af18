import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { validateUscc } from '../../graph/domain/uscc.ts';
import { readReferenceData } from '../../seed/reference/data.ts';
import { cities } from '../../seed/synthetic/divisions.ts';
import { corpusBatchCount, generateBatch, generateCorpus, type CorpusOptions } from '../../seed/synthetic/generator.ts';
import { CaseNumbers } from '../../seed/synthetic/listings.ts';
import { Random } from '../../seed/synthetic/random.ts';
import { corpusAsOf, type CorpusRows } from '../../seed/synthetic/rows.ts';

const options: CorpusOptions = { companies: 3_000, seed: 8_101 };
const batches = [...generateCorpus(options)].map((b) => b.rows);
const all = <K extends keyof CorpusRows>(key: K): CorpusRows[K] => batches.flatMap((b) => b[key] as unknown[]) as CorpusRows[K];
const reference = readReferenceData();

const digest = (corpus: CorpusOptions) => {
  const hash = createHash('sha256');
  for (const { rows } of generateCorpus(corpus)) hash.update(JSON.stringify(rows));
  return hash.digest('hex');
};

describe('synthetic corpus generator', () => {
  it('is deterministic: same seed and size give byte-identical output, another seed does not', () => {
    const small = { companies: 1_500, seed: 77 };
    expect(digest(small)).toBe(digest(small));
    expect(digest(small)).not.toBe(digest({ ...small, seed: 78 }));
  });

  it('generates any batch on its own, identical to the same batch of a full run', () => {
    expect(JSON.stringify(generateBatch(options, 2))).toBe(JSON.stringify(batches[2]));
    expect(corpusBatchCount(options)).toBe(3);
  });

  it('makes the requested number of companies plus the demo story, all with valid, unique USCCs', () => {
    const companies = all('companies');
    expect(companies.length).toBe(options.companies + 10);
    expect(new Set(companies.map((c) => c.id)).size).toBe(companies.length);
    for (const company of companies) {
      const check = validateUscc(company.id);
      expect(check.errors, company.id).toEqual([]);
      expect(check.warnings, company.id).toEqual([]);
      expect(company.uscc).toBe(company.id);
      expect(company.id.slice(2, 8)).toBe(company.divisionCode);
    }
  });

  it('uses real division codes and GB/T 4754 industry codes, with Chinese names and English renderings', () => {
    const divisions = new Set(cities.flatMap((c) => [c.code, ...c.districts.map(([code]) => code)]));
    for (const company of all('companies')) {
      expect(divisions.has(company.divisionCode!), company.divisionCode!).toBe(true);
      expect(company.industryCode).toMatch(/^[A-T]\d{2}$/);
      expect(company.nameZh).toMatch(/^\p{Script=Han}+(（\p{Script=Han}+）)?\p{Script=Han}*$/u);
      expect(company.nameZh).toMatch(company.isBranch ? /分公司$/ : /公司$/);
      expect(company.nameEn).toMatch(/^[A-Z][\w ',.()-]+$/);
    }
    for (const person of all('persons')) {
      expect(person.nameZh).toMatch(/^\p{Script=Han}{2,4}$/u);
      expect(person.namePinyin).toMatch(/^[A-Z][a-zü]+ [A-Z][a-zü]+$/);
    }
  });

  it('flags every generated node as synthetic', () => {
    for (const row of [...all('companies'), ...all('persons'), ...all('listings'), ...all('grades'), ...all('agencies')]) {
      expect(row.synthetic, row.id).toBe(true);
    }
  });

  it('keeps each company’s direct ownership at or below 100 % and never lets a company hold itself', () => {
    const owned = new Map<string, number>();
    for (const holding of all('shareholdings')) {
      expect(holding.ownerId).not.toBe(holding.companyId);
      expect(holding.fraction).toBeGreaterThan(0);
      owned.set(holding.companyId, (owned.get(holding.companyId) ?? 0) + holding.fraction!);
    }
    expect(Math.max(...owned.values())).toBeLessThanOrEqual(1 + 1e-9);
    const pairs = all('shareholdings').map((h) => `${h.ownerId}>${h.companyId}:${h.from}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('has the structures the analyses need: chains, diamonds, cycles, state-owned chains, branches, shared people', () => {
    const companyIds = new Set(all('companies').map((c) => c.id));
    const owners = new Map<string, string[]>();
    for (const h of all('shareholdings')) owners.set(h.companyId, [...(owners.get(h.companyId) ?? []), h.ownerId]);
    const corporateOwners = (id: string) => (owners.get(id) ?? []).filter((o) => companyIds.has(o));
    // a company owned through four or more corporate levels
    const chainDepth = (id: string, seen = new Set<string>()): number =>
      seen.has(id) ? 0 : Math.max(0, ...corporateOwners(id).map((o) => 1 + chainDepth(o, new Set([...seen, id]))));
    expect(Math.max(...[...companyIds].map((id) => chainDepth(id)))).toBeGreaterThanOrEqual(4);
    expect([...companyIds].some((id) => corporateOwners(id).length >= 2)).toBe(true);
    const inCycle = (id: string) => {
      const stack = [...corporateOwners(id)];
      const seen = new Set<string>();
      while (stack.length > 0) {
        const next = stack.pop()!;
        if (next === id) return true;
        if (!seen.has(next)) stack.push(...corporateOwners((seen.add(next), next)));
      }
      return false;
    };
    expect([...companyIds].filter(inCycle).length).toBeGreaterThan(0);
    const agencyIds = new Set([...reference.agencies.map((a) => a.id), ...all('agencies').map((a) => a.id)]);
    expect(all('shareholdings').some((h) => agencyIds.has(h.ownerId))).toBe(true);
    const branches = all('branches');
    expect(branches.length).toBeGreaterThan(0);
    const branchIds = new Set(branches.map((b) => b.branchId));
    expect(all('shareholdings').filter((h) => branchIds.has(h.companyId))).toEqual([]);
    expect(all('companies').filter((c) => c.isBranch).length).toBe(branchIds.size);
    const representing = new Map<string, number>();
    for (const lr of all('legalRepresentatives')) representing.set(lr.personId, (representing.get(lr.personId) ?? 0) + 1);
    expect(Math.max(...representing.values())).toBeGreaterThanOrEqual(3);
  });

  it('links only to nodes that exist in the corpus or the reference data', () => {
    const ids = new Set([
      ...all('companies').map((c) => c.id),
      ...all('persons').map((p) => p.id),
      ...all('agencies').map((a) => a.id),
      ...reference.agencies.map((a) => a.id),
    ]);
    const lists = new Set(reference.lists.map((l) => l.id));
    const schemes = new Set(reference.gradeSchemes.map((g) => g.id));
    for (const h of all('shareholdings')) expect(ids.has(h.ownerId) && ids.has(h.companyId)).toBe(true);
    for (const r of [...all('legalRepresentatives'), ...all('officers')])
      expect(ids.has(r.personId) && ids.has(r.companyId)).toBe(true);
    for (const b of all('branches')) expect(ids.has(b.branchId) && ids.has(b.headOfficeId)).toBe(true);
    for (const l of all('listings')) {
      expect(lists.has(l.listId), l.listId).toBe(true);
      expect(ids.has(l.subjectId) && ids.has(l.decidedById!)).toBe(true);
    }
    for (const g of all('grades')) expect(ids.has(g.companyId) && schemes.has(g.schemeId)).toBe(true);
    for (const link of all('agencyLinks')) expect(ids.has(link.fromId) && ids.has(link.toId)).toBe(true);
  });

  it('dates every listing in order, with a status that matches the corpus date', () => {
    const statuses = new Set<string>();
    for (const l of all('listings')) {
      statuses.add(l.status);
      expect(l.from <= corpusAsOf, l.id).toBe(true);
      if (l.until) expect(l.from < l.until, l.id).toBe(true);
      if (l.endedOn) {
        expect(l.from <= l.endedOn && l.endedOn <= corpusAsOf, l.id).toBe(true);
        if (l.until) expect(l.endedOn < l.until, l.id).toBe(true);
        expect(['repaired', 'removed']).toContain(l.status);
      } else if (l.until && l.until <= corpusAsOf) expect(l.status, l.id).toBe('expired');
      else expect(l.status, l.id).toBe('active');
    }
    expect([...statuses].sort()).toEqual(['active', 'expired', 'removed', 'repaired']);
  });

  it('puts subjects on real blacklists and redlists, and grades A-grade taxpayers on the redlist', () => {
    const kinds = new Map(reference.lists.map((l) => [l.id, l.kind]));
    const used = new Set(all('listings').map((l) => kinds.get(l.listId)));
    expect(used).toEqual(new Set(['blacklist', 'redlist', 'watchlist', 'abnormal_operations']));
    const aGrades = all('grades').filter((g) => g.grade === 'A' && g.schemeId === 'g_tax_credit');
    expect(aGrades.length).toBeGreaterThan(0);
    const redlisted = new Set(
      all('listings')
        .filter((l) => l.listId === 'sat_a_grade_taxpayers')
        .map((l) => l.subjectId),
    );
    for (const grade of aGrades) expect(redlisted.has(grade.companyId), grade.companyId).toBe(true);
  });
});

describe('case numbers in the synthetic corpus', () => {
  const listings = [...generateCorpus({ companies: 2_000, seed: 42 })].flatMap((batch) => batch.rows.listings);
  const pair = ['spc_consumption_restriction', 'spc_dishonest_judgment_debtors'];

  it('name one case each (2k, seed 42): only a debtor’s listing and the consumption restriction ordered in the same enforcement case share one', () => {
    const byNumber = new Map<string, typeof listings>();
    for (const listing of listings) if (listing.caseNumber) byNumber.set(listing.caseNumber, [...(byNumber.get(listing.caseNumber) ?? []), listing]);
    expect(byNumber.size).toBeGreaterThan(100);
    const shared = [...byNumber.values()].filter((group) => group.length > 1);
    for (const group of shared) {
      expect(group.map((listing) => listing.listId).sort(), group[0]!.caseNumber!).toEqual(pair);
      expect(new Set(group.map((listing) => `${listing.subjectId} ${listing.from}`)).size, group[0]!.caseNumber!).toBe(1);
    }
  });

  it('never give two cases of one court and year the same number, across batches generated apart, nor the demo story’s', () => {
    const given = [0, 1, 5, 999].flatMap((batch) => {
      const numbers = new CaseNumbers(new Random(42, batch + 1), batch);
      return Array.from({ length: 150 }, () => numbers.next('spc_dishonest_judgment_debtors', '440305', '2023-03-15'));
    });
    expect(new Set(given).size).toBe(given.length);
    expect(given).not.toContain('（2022）粤03执1187号');
    expect(given.every((number) => /^（2022）粤03执\d+号$/.test(number!))).toBe(true);
  });
});
