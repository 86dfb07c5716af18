import type { CompanyRow, CreditRecordRow } from '../../graph/load/index.ts';
import type { CreditSection } from '../../graph/model.ts';
import { demoStory } from './demoStory.ts';
import type { BatchBuilder } from './groups.ts';
import { localAgency } from './localAgencies.ts';
import { addDays, addYears, dateBetween, Random } from './random.ts';
import { corpusAsOf } from './rows.ts';

/**
 * The credit files of a batch's companies (graph/model.ts CreditSection), from their own PRNG stream
 * so the rest of the corpus stays as it was. Plausible shapes, not statistics: every company files
 * annual reports (about 1 in 12 late); about 30 % hold a licence, 15 % had an inspection (two thirds
 * of them 双随机、一公开 random spot checks; 1 in 10 finds a problem), 6 % an administrative penalty
 * (a third later repaired, publicly shown for 3 years), 10 % a credit commitment, 3 % an honour.
 * The demo supplier gets a fixed file (a fine, a licence expiring soon after the corpus date).
 */

/** A stream number no other part of the generator uses. */
const creditStream = 100_000;

const penaltyKinds = [
  { kind: 'warning', weight: 40, basis: '《中华人民共和国行政处罚法》第九条' },
  { kind: 'fine', weight: 50, basis: '《中华人民共和国产品质量法》第五十条' },
  { kind: 'confiscation', weight: 5, basis: '《中华人民共和国行政处罚法》第九条' },
  { kind: 'suspension', weight: 5, basis: '《中华人民共和国行政处罚法》第九条' },
];
const penaltyFacts = ['未按规定公示年度报告信息', '销售不合格产品', '虚假宣传', '未取得许可从事经营活动', '广告违法'];
const licenceScopes = ['食品经营许可', '工业产品生产许可', '危险化学品经营许可', '道路运输经营许可', '排污许可'];
const commitments = ['信用承诺制办理行政许可', '证明事项告知承诺', '行业自律信用承诺'];
const honours = ['守合同重信用企业', '纳税信用A级纳税人（公示）', '省级专精特新中小企业'];

export function addCreditFiles(builder: BatchBuilder, companies: readonly CompanyRow[]): void {
  const r = new Random(builder.seed, creditStream + builder.batch);
  let counter = 0;
  const provenance = builder.provenanceProps;
  const add = (company: CompanyRow, section: CreditSection, record: Omit<CreditRecordRow, 'id' | 'subjectId' | 'section' | 'source' | 'sourceUrl' | 'recordedAt'>) => {
    const row: CreditRecordRow = { id: `cr-s${builder.seed}-${builder.batch}-${counter++}`, subjectId: company.id, section, synthetic: true, ...provenance, ...record };
    builder.rows.creditRecords.push(row);
    return row;
  };
  const samr = (company: CompanyRow) => {
    const local = localAgency('samr', company.divisionCode ?? '');
    if (!local) return 'samr';
    builder.addAgency(local.agency, local.partOf);
    return local.agency.id;
  };
  for (const company of companies) {
    if (company.isBranch || company.jurisdiction) continue;
    const established = company.established ?? '2015-01-01';
    const agency = samr(company);
    for (let year = Math.max(Number(established.slice(0, 4)), 2022); year <= 2025; year++) {
      const onTime = r.chance(11 / 12);
      const employees = Math.round(r.pareto(3, 1.3, 5_000));
      add(company, 'annual_report', {
        number: `${year}`,
        title: `${year}年度报告`,
        year,
        decidedOn: onTime ? dateBetween(r, `${year + 1}-01-01`, `${year + 1}-06-30`) : dateBetween(r, `${year + 1}-07-01`, `${year + 1}-12-31`),
        onTime,
        employees,
        insured: Math.round(employees * r.between(0.4, 1)),
      });
    }
    if (r.chance(0.3)) {
      const from = dateBetween(r, '2019-01-01', corpusAsOf);
      add(company, 'licence', { number: `JY${company.id.slice(2, 8)}${r.int(1e6)}`, title: r.pick(licenceScopes), decidedOn: from, validFrom: from, validUntil: addDays(addYears(from, 5), -1), agencyName: null, decidedById: agency });
    }
    if (r.chance(0.15)) {
      const roll = r.next();
      add(company, 'inspection', {
        title: r.chance(2 / 3) ? '双随机、一公开抽查' : '定向检查',
        recordKind: r.chance(2 / 3) ? 'random_spot_check' : 'targeted',
        decidedOn: dateBetween(r, '2021-01-01', corpusAsOf),
        result: roll < 0.85 ? 'no_problem' : roll < 0.95 ? 'problem_found' : 'not_found_at_address',
        decidedById: agency,
      });
    }
    if (r.chance(0.06)) {
      const { kind, basis } = r.weighted(penaltyKinds, (p) => p.weight);
      const decidedOn = dateBetween(r, '2020-01-01', corpusAsOf);
      const penalty = add(company, 'penalty', {
        number: `${company.divisionCode ?? ''}市监罚〔${decidedOn.slice(0, 4)}〕${r.int(900) + 100}号`,
        title: r.pick(penaltyFacts),
        recordKind: kind,
        amount: kind === 'fine' ? Math.round(r.pareto(1_000, 1.1, 500_000) / 100) * 100 : null,
        legalBasis: basis,
        decidedOn,
        // 市场监督管理行政处罚信息公示规定 (2021) art. 14: shown for three years from the decision.
        publicUntil: addYears(decidedOn, 3),
        decidedById: agency,
      });
      if (r.chance(1 / 3) && addYears(decidedOn, 1) < corpusAsOf) {
        add(company, 'repair', { title: `修复行政处罚 ${penalty.number}`, applicant: company.nameZh, decidedOn: dateBetween(r, addYears(decidedOn, 1), corpusAsOf), decidedById: agency, endsId: penalty.id });
      }
    }
    if (r.chance(0.1)) {
      add(company, 'commitment', { title: r.pick(commitments), decidedOn: dateBetween(r, '2020-01-01', corpusAsOf), result: r.chance(0.95) ? 'kept' : 'breached' });
    }
    if (r.chance(0.03)) add(company, 'honour', { title: r.pick(honours), decidedOn: dateBetween(r, '2019-01-01', corpusAsOf), year: Number(corpusAsOf.slice(0, 4)) - 1 });
    if (company.id === demoStory.supplierTwoHopsBelow) addDemoSupplierFile(company, add, agency);
  }
}

/** The demo supplier's fixed records: a fine, an inspection, and a licence that expires three weeks after the corpus date. */
function addDemoSupplierFile(company: CompanyRow, add: (c: CompanyRow, s: CreditSection, r: Omit<CreditRecordRow, 'id' | 'subjectId' | 'section' | 'source' | 'sourceUrl' | 'recordedAt'>) => unknown, agency: string): void {
  add(company, 'penalty', {
    number: '佛市监罚〔2025〕217号',
    title: '销售不合格产品（五金紧固件抗拉强度不合格）',
    recordKind: 'fine',
    amount: 48_000,
    legalBasis: '《中华人民共和国产品质量法》第四十九条',
    decidedOn: '2025-09-12',
    publicUntil: '2028-09-12',
    decidedById: agency,
  });
  add(company, 'inspection', { title: '双随机、一公开抽查', recordKind: 'random_spot_check', decidedOn: '2025-04-18', result: 'problem_found', decidedById: agency });
  add(company, 'licence', { number: 'XK16-204-06688', title: '工业产品生产许可', decidedOn: '2021-07-21', validFrom: '2021-07-21', validUntil: '2026-07-20', decidedById: agency });
}
