import type { CompanyRow, ListingRow, PersonRow } from '../../graph/load/index.ts';
import { localAgency } from './localAgencies.ts';
import { pinyinWord } from './names.ts';
import { corpusRecordedAt, emptyRows, type CorpusRows } from './rows.ts';

/**
 * The demo story: a handful of hand-made, fictitious companies and persons with STABLE ids, loaded
 * with every synthetic corpus, so the docs, the trace, exposure, web and end-to-end tests can point
 * at them. USCCs are valid (both check characters) and use the subject-identifier prefix MX, which
 * the generator never uses (it uses MY…), and which real registrations (MA…) have not reached.
 */
export const demoStory = {
  /** On the dishonest judgment-debtor list (spc_dishonest_judgment_debtors), active since 2023-03-15. */
  judgmentDebtor: '91440305MXDEM0015Q',
  /** The judgment debtor's legal representative (郑海潮), who also represents the two companies below. */
  judgmentDebtorLegalRep: 'p-demo-01',
  /** Its controlling shareholder (90 %), i.e. the actual controller. */
  judgmentDebtorController: 'p-demo-02',
  otherCompaniesOfLegalRep: ['91440306MXDEM00232', '91441900MXDEM0031H'],
  /** On the major tax violation blacklist (sat_major_tax_violation), active since 2024-05-20. */
  blacklistedParent: '91440106MXDEM004XA',
  /** 70 % owned by the blacklisted parent. */
  subsidiary: '91440106MXDEM0058A',
  /** 60 % owned by the subsidiary: two ownership hops below the blacklisted parent (integrated 42 %). */
  supplierTwoHopsBelow: '91440600MXDEM00668',
  /** A holds 30 % of B and B holds 20 % of A. */
  crossHoldingPair: ['91330106MXDEM00745', '91330200MXDEM0082E'],
  /** Tax credit grade A (g_tax_credit) for 2023–2025 and on the A-grade taxpayer redlist. */
  redlistedATaxpayer: '91320505MXDEM0090W',
  /** Listed on the SAMR serious illegal and dishonest list 2022-06-10, repaired early on 2023-08-01. */
  repairedListingCompany: '91510100MXDEM0103Y',
  /** Listing ids: the judgment-debtor listing, the parent's tax listing, the repaired listing. */
  judgmentDebtorListing: 'l-demo-01',
  blacklistedParentListing: 'l-demo-03',
  repairedListing: 'l-demo-05',
} as const;

/** The demo story's source title (the explorer words it in Chinese: web/src/i18n.ts sourceName). */
export const demoStorySource = 'scs-graph demo story (fictitious)';
const provenance = { source: demoStorySource, sourceUrl: null, recordedAt: corpusRecordedAt };

function company(
  id: string,
  nameZh: string,
  nameEn: string,
  industryCode: string,
  established: string,
  registeredCapital: number,
): CompanyRow {
  return {
    id,
    uscc: id,
    nameZh,
    nameEn,
    legalForm: 'limited_liability_company',
    status: 'in_operation',
    registeredCapital,
    established,
    divisionCode: id.slice(2, 8),
    industryCode,
    isBranch: false,
    stateOwned: false,
    synthetic: true,
    ...provenance,
  };
}

function person(id: string, nameZh: string): PersonRow {
  const [surname, given] = [nameZh.slice(0, 1), nameZh.slice(1)];
  return { id, nameZh, namePinyin: `${pinyinWord(surname, true)} ${pinyinWord(given)}`, synthetic: true, ...provenance };
}

/** The story's rows (fixed; no randomness). */
export function demoStoryRows(): CorpusRows {
  const s = demoStory;
  const rows = emptyRows();
  const [otherA, otherB] = s.otherCompaniesOfLegalRep;
  const [crossA, crossB] = s.crossHoldingPair;
  rows.companies.push(
    company(s.judgmentDebtor, '深圳市曜澜汐贸易有限公司', 'Shenzhen Yaolanxi Trading Co., Ltd.', 'F51', '2015-04-08', 5_000_000),
    company(otherA, '深圳市曜澜汐物流有限公司', 'Shenzhen Yaolanxi Logistics Co., Ltd.', 'G58', '2017-09-21', 2_000_000),
    company(
      otherB,
      '东莞市汐禾曜电子科技有限公司',
      'Dongguan Xiheyao Electronic Technology Co., Ltd.',
      'C39',
      '2019-03-02',
      3_000_000,
    ),
    company(
      s.blacklistedParent,
      '广州市禾峻昇投资控股集团有限公司',
      'Guangzhou Hejunsheng Investment Holding Group Co., Ltd.',
      'J69',
      '2009-11-16',
      100_000_000,
    ),
    company(
      s.subsidiary,
      '广州市禾峻昇实业有限公司',
      'Guangzhou Hejunsheng Industrial Co., Ltd.',
      'L72',
      '2012-06-05',
      30_000_000,
    ),
    company(
      s.supplierTwoHopsBelow,
      '佛山市禾峻昇五金制品有限公司',
      'Foshan Hejunsheng Hardware Products Co., Ltd.',
      'C33',
      '2016-08-30',
      10_000_000,
    ),
    company(crossA, '杭州市沣屹晟科技有限公司', 'Hangzhou Fengyisheng Technology Co., Ltd.', 'I65', '2014-02-11', 20_000_000),
    company(crossB, '宁波市屹沣晟新材料有限公司', 'Ningbo Yifengsheng New Materials Co., Ltd.', 'C26', '2015-07-19', 15_000_000),
    company(
      s.redlistedATaxpayer,
      '苏州市琪翊珩精密机械有限公司',
      'Suzhou Qiyiheng Precision Machinery Co., Ltd.',
      'C34',
      '2011-05-27',
      50_000_000,
    ),
    company(
      s.repairedListingCompany,
      '成都市璟翊昀餐饮管理有限公司',
      'Chengdu Jingyiyun Catering Management Co., Ltd.',
      'H62',
      '2018-10-09',
      1_000_000,
    ),
  );
  rows.persons.push(
    person(s.judgmentDebtorLegalRep, '郑海潮'),
    person(s.judgmentDebtorController, '林志远'),
    person('p-demo-03', '邓睿哲'),
    person('p-demo-04', '邓佳怡'),
    person('p-demo-05', '宋博文'),
    person('p-demo-06', '许思彤'),
    person('p-demo-07', '韩浩然'),
    person('p-demo-08', '钟晓丹'),
    person('p-demo-09', '周明轩'),
  );

  const hold = (ownerId: string, companyId: string, fraction: number, capital: number, from: string) =>
    rows.shareholdings.push({
      ownerId,
      companyId,
      fraction,
      subscribedCapital: Math.round(capital * fraction),
      from,
      until: null,
      ...provenance,
    });
  const represent = (personId: string, companyId: string, from: string) =>
    rows.legalRepresentatives.push({ personId, companyId, from, until: null, ...provenance });
  const officer = (
    personId: string,
    companyId: string,
    role: 'chair' | 'director' | 'supervisor' | 'general_manager',
    from: string,
  ) => rows.officers.push({ personId, companyId, role, from, until: null, ...provenance });

  // The judgment debtor, its legal representative's two other companies, and its controller.
  hold(s.judgmentDebtorController, s.judgmentDebtor, 0.9, 5_000_000, '2015-04-08');
  hold(s.judgmentDebtorLegalRep, s.judgmentDebtor, 0.1, 5_000_000, '2015-04-08');
  hold(s.judgmentDebtorLegalRep, otherA, 1, 2_000_000, '2017-09-21');
  hold(s.judgmentDebtorController, otherB, 0.6, 3_000_000, '2019-03-02');
  hold('p-demo-09', otherB, 0.4, 3_000_000, '2019-03-02');
  for (const [id, from] of [
    [s.judgmentDebtor, '2015-04-08'],
    [otherA, '2017-09-21'],
    [otherB, '2019-03-02'],
  ] as const) {
    represent(s.judgmentDebtorLegalRep, id, from);
    officer(s.judgmentDebtorLegalRep, id, 'general_manager', from);
  }
  officer(s.judgmentDebtorController, s.judgmentDebtor, 'chair', '2015-04-08');
  officer('p-demo-09', s.judgmentDebtor, 'supervisor', '2015-04-08');

  // The blacklisted parent → subsidiary (70 %) → supplier (60 %).
  hold('p-demo-03', s.blacklistedParent, 0.8, 100_000_000, '2009-11-16');
  hold('p-demo-04', s.blacklistedParent, 0.2, 100_000_000, '2009-11-16');
  hold(s.blacklistedParent, s.subsidiary, 0.7, 30_000_000, '2012-06-05');
  hold('p-demo-05', s.subsidiary, 0.3, 30_000_000, '2012-06-05');
  hold(s.subsidiary, s.supplierTwoHopsBelow, 0.6, 10_000_000, '2016-08-30');
  hold('p-demo-06', s.supplierTwoHopsBelow, 0.4, 10_000_000, '2016-08-30');
  represent('p-demo-03', s.blacklistedParent, '2009-11-16');
  officer('p-demo-03', s.blacklistedParent, 'chair', '2009-11-16');
  officer('p-demo-04', s.blacklistedParent, 'director', '2009-11-16');
  represent('p-demo-05', s.subsidiary, '2012-06-05');
  officer('p-demo-03', s.subsidiary, 'director', '2012-06-05');
  represent('p-demo-06', s.supplierTwoHopsBelow, '2016-08-30');

  // The cross-holding pair: A 30 % of B, B 20 % of A.
  hold(crossB, crossA, 0.2, 20_000_000, '2016-01-12');
  hold('p-demo-07', crossA, 0.8, 20_000_000, '2014-02-11');
  hold(crossA, crossB, 0.3, 15_000_000, '2015-07-19');
  hold('p-demo-08', crossB, 0.7, 15_000_000, '2015-07-19');
  represent('p-demo-07', crossA, '2014-02-11');
  represent('p-demo-08', crossB, '2015-07-19');
  officer('p-demo-07', crossB, 'director', '2015-07-19');

  // The A-grade taxpayer and the repaired company.
  hold('p-demo-09', s.redlistedATaxpayer, 1, 50_000_000, '2011-05-27');
  represent('p-demo-09', s.redlistedATaxpayer, '2011-05-27');
  hold('p-demo-08', s.repairedListingCompany, 1, 1_000_000, '2018-10-09');
  represent('p-demo-08', s.repairedListingCompany, '2018-10-09');

  const decider = (nationalId: string, companyId: string) => {
    const local = localAgency(nationalId, companyId.slice(2, 8))!;
    if (!rows.agencies.some((a) => a.id === local.agency.id)) {
      rows.agencies.push(local.agency);
      rows.agencyLinks.push(local.partOf);
    }
    return local.agency.id;
  };
  const listing = (
    row: Omit<ListingRow, 'synthetic' | 'source' | 'sourceUrl' | 'recordedAt' | 'decidedById'>,
    nationalId: string,
  ) => rows.listings.push({ ...row, decidedById: decider(nationalId, row.subjectId), synthetic: true, ...provenance });

  listing(
    {
      id: s.judgmentDebtorListing,
      subjectId: s.judgmentDebtor,
      listId: 'spc_dishonest_judgment_debtors',
      from: '2023-03-15',
      until: null,
      status: 'active',
      endedOn: null,
      reason: '有履行能力而拒不履行生效法律文书确定义务',
      caseNumber: '（2022）粤03执1187号',
    },
    'spc',
  );
  listing(
    {
      id: 'l-demo-02',
      subjectId: s.judgmentDebtor,
      listId: 'spc_consumption_restriction',
      from: '2023-03-15',
      until: null,
      status: 'active',
      endedOn: null,
      reason: '未按执行通知书指定的期间履行生效法律文书确定的给付义务',
      caseNumber: '（2022）粤03执1187号',
    },
    'spc',
  );
  listing(
    {
      id: s.blacklistedParentListing,
      subjectId: s.blacklistedParent,
      listId: 'sat_major_tax_violation',
      from: '2024-05-20',
      until: '2027-05-20',
      status: 'active',
      endedOn: null,
      reason: '虚开增值税专用发票',
      caseNumber: '穗税稽罚〔2024〕117号',
    },
    'sat',
  );
  listing(
    {
      id: 'l-demo-04',
      subjectId: s.redlistedATaxpayer,
      listId: 'sat_a_grade_taxpayers',
      from: '2026-04-20',
      until: '2027-04-20',
      status: 'active',
      endedOn: null,
      reason: '2025年度纳税信用评价A级',
      caseNumber: null,
    },
    'sat',
  );
  listing(
    {
      id: s.repairedListing,
      subjectId: s.repairedListingCompany,
      listId: 'samr_serious_illegal_dishonest',
      from: '2022-06-10',
      until: '2025-06-10',
      status: 'repaired',
      endedOn: '2023-08-01',
      reason: '因食品安全违法行为受到较重行政处罚',
      caseNumber: '成市监处罚〔2022〕356号',
    },
    'samr',
  );
  for (const year of [2023, 2024, 2025]) {
    rows.grades.push({
      id: `g-demo-${year}`,
      companyId: s.redlistedATaxpayer,
      schemeId: 'g_tax_credit',
      grade: 'A',
      year,
      synthetic: true,
      ...provenance,
    });
  }
  return rows;
}
