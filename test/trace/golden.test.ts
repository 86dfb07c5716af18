import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { QueryTimeoutError } from '../../graph/errors.ts';
import { sanctionTrace } from '../../graph/trace/sanctionTrace.ts';
import type { SanctionTrace } from '../../graph/trace/types.ts';
import { removeFixtures, testGraph } from '../support/graph.ts';
import { loadFixtureGraph } from './fixtures.ts';
import { goldenStory } from './golden.fixtures.ts';

// Golden traces: hand-built subjects on the reference graph's real lists (golden.fixtures.ts), traced
// with the real propagation rules (seed/reference/data/rules.json) at three dates: before the reform,
// under the 2021 basic list, under the 2024 one. Each line: measure | bearers (role in the company) |
// citations (document, article) | basis level, BL = the edition in force covers it, CONDITIONAL + codes.
// NA lines: what the reform ended (edition, since). Sources per list in the comments below.

const prefix = 'gold-';
let graph: Graph;

beforeAll(async () => {
  graph = await testGraph();
  await removeFixtures(graph, prefix);
  await loadFixtureGraph(graph, goldenStory(prefix));
  // The first trace plans its statements cold; on a loaded machine that alone may pass the read timeout.
  await sanctionTrace(graph, `${prefix}jd`, '2025-06-01').catch((error: unknown) => {
    if (!(error instanceof QueryTimeoutError)) throw error;
  });
});

afterAll(async () => {
  await removeFixtures(graph, prefix);
  await graph.close();
});

function summary(trace: SanctionTrace, subject: string): string[] {
  const who = (id: string) => (id === subject ? 'co' : id.slice(subject.length + 1));
  const lines = trace.measures.map((m) => {
    const bearers = m.bearers.map((b) => `${who(b.party.id)}:${b.roles.join('+')}`).join(' ');
    const citations = m.citations.map((c) => `${c.docNumber ?? c.title} ${c.article}`).join('; ');
    const flags = `${m.basisLevel}${m.inBasicList ? ' BL' : ''}${m.conditional ? ` CONDITIONAL ${m.conditions.map((c) => c.code).join(',')}` : ''}`;
    return `${m.measure.id} | ${bearers} | ${citations} | ${flags}`;
  });
  return [...lines, ...trace.notApplicable.map((n) => `NA ${n.measure.id} ${n.endedBy.id} ${n.since}`)];
}

async function golden(name: string, asOf: string): Promise<string[]> {
  const subject = `${prefix}${name}`;
  const trace = await sanctionTrace(graph, subject, asOf);
  if (!trace) throw new Error(`no trace for ${subject}`);
  return summary(trace, subject);
}

describe('a company on the dishonest judgment-debtor list', () => {
  it('bears exactly these measures, on these bases, at 2018-06-01, 2022-06-01 and 2025-06-01', async () => {
    // Judgment debtor: 法释〔2015〕17号 arts 1 para 2, 3 (SPC high-consumption provisions as amended; bearers of art 3 para 2);
    // 中办发〔2016〕64号 §(七); 发改财金〔2016〕141号 (target clause unread: the company alone, propagation.json low);
    // from 2021-12-16 the 2021 basic list (research basic-lists.json) leaves out bond and financial-institution bars.
    expect(await golden('jd', '2018-06-01')).toEqual([
      "m_bond_issuance_restriction | co:entity | 发改财金〔2016〕141号 not captured | memorandum",
      "m_financial_institution_setup_restriction | co:entity | 发改财金〔2016〕141号 not captured | memorandum",
      "m_flight_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(1); 发改财金〔2016〕141号 not captured; 中办发〔2016〕64号 §(七)1–6 | judicial_interpretation",
      "m_gov_procurement_ban | co:entity | 发改财金〔2016〕141号 not captured | memorandum",
      "m_high_consumption_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 发改财金〔2016〕141号 not captured | judicial_interpretation",
      "m_honors_exclusion | co:entity | 发改财金〔2016〕141号 not captured | memorandum",
      "m_subsidy_restriction | co:entity | 发改财金〔2016〕141号 not captured | memorandum",
      "m_train_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(2); 发改财金〔2016〕141号 not captured; 中办发〔2016〕64号 §(七)1 | judicial_interpretation"
]);
    expect(await golden('jd', '2022-06-01')).toEqual([
      "m_flight_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(1) | judicial_interpretation",
      "m_gov_procurement_ban | co:entity | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_high_consumption_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 发改财金〔2016〕141号 not captured | judicial_interpretation BL",
      "m_honors_exclusion | co:entity | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_subsidy_restriction | co:entity | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_train_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(2) | judicial_interpretation",
      "NA m_bond_issuance_restriction pol_2021_basic_list 2021-12-16",
      "NA m_financial_institution_setup_restriction pol_2021_basic_list 2021-12-16"
]);
    expect(await golden('jd', '2025-06-01')).toEqual([
      "m_flight_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(1) | judicial_interpretation",
      "m_gov_procurement_ban | co:entity | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_high_consumption_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 发改财金〔2016〕141号 not captured | judicial_interpretation BL",
      "m_honors_exclusion | co:entity | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_subsidy_restriction | co:entity | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_train_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:actual_controller | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(2) | judicial_interpretation",
      "NA m_bond_issuance_restriction pol_2021_basic_list 2021-12-16",
      "NA m_financial_institution_setup_restriction pol_2021_basic_list 2021-12-16"
]);
  });
});

describe('a person on the dishonest judgment-debtor list', () => {
  it('bears exactly these measures, on these bases, at 2018-06-01, 2022-06-01 and 2025-06-01', async () => {
    // A listed person: 民事诉讼法 art 255 / 262 / 266 by text in force; 法释〔2015〕17号; Company Law 2018 art 146(1)(5) then
    // 2023 art 178(1)(5) from 2024-07-01 (personally listed); 141号's measures, less those the basic lists left out.
    expect(await golden('jdperson', '2018-06-01')).toEqual([
      "m_bond_issuance_restriction | co:individual | 发改财金〔2016〕141号 not captured | memorandum",
      "m_civil_service_restriction | co:individual | 发改财金〔2016〕141号 not captured | memorandum",
      "m_exit_restriction | co:individual | 民事诉讼法 255 | law",
      "m_financial_institution_setup_restriction | co:individual | 发改财金〔2016〕141号 not captured | memorandum",
      "m_flight_restriction | co:individual | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(1); 发改财金〔2016〕141号 not captured; 中办发〔2016〕64号 §(七)1–6 | judicial_interpretation",
      "m_gov_procurement_ban | co:individual | 发改财金〔2016〕141号 not captured | memorandum",
      "m_high_consumption_restriction | co:individual | 法释〔2015〕17号 1 para 2; 发改财金〔2016〕141号 not captured | judicial_interpretation",
      "m_honors_exclusion | co:individual | 发改财金〔2016〕141号 not captured | memorandum",
      "m_position_restriction | co:individual | 发改财金〔2016〕141号 not captured | memorandum",
      "m_subsidy_restriction | co:individual | 发改财金〔2016〕141号 not captured | memorandum",
      "m_train_restriction | co:individual | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(2); 发改财金〔2016〕141号 not captured; 中办发〔2016〕64号 §(七)1; 发改财金〔2018〕384号 一(二)5 | judicial_interpretation"
]);
    expect(await golden('jdperson', '2022-06-01')).toEqual([
      "m_exit_restriction | co:individual | 民事诉讼法 262 | law BL",
      "m_flight_restriction | co:individual | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(1) | judicial_interpretation",
      "m_gov_procurement_ban | co:individual | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_high_consumption_restriction | co:individual | 法释〔2015〕17号 1 para 2; 发改财金〔2016〕141号 not captured | judicial_interpretation BL",
      "m_honors_exclusion | co:individual | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_position_restriction | co:individual | 公司法 146(1)(5); 发改财金〔2016〕141号 not captured | law BL",
      "m_subsidy_restriction | co:individual | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_train_restriction | co:individual | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(2) | judicial_interpretation",
      "NA m_bond_issuance_restriction pol_2021_basic_list 2021-12-16",
      "NA m_civil_service_restriction pol_2021_basic_list 2021-12-16",
      "NA m_financial_institution_setup_restriction pol_2021_basic_list 2021-12-16"
]);
    expect(await golden('jdperson', '2025-06-01')).toEqual([
      "m_exit_restriction | co:individual | 民事诉讼法 266 | law BL",
      "m_flight_restriction | co:individual | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(1) | judicial_interpretation",
      "m_gov_procurement_ban | co:individual | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_high_consumption_restriction | co:individual | 法释〔2015〕17号 1 para 2; 发改财金〔2016〕141号 not captured | judicial_interpretation BL",
      "m_honors_exclusion | co:individual | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_position_restriction | co:individual | 公司法 178(1)(5); 178 para 2; 发改财金〔2016〕141号 not captured | law BL",
      "m_subsidy_restriction | co:individual | 发改财金〔2016〕141号 not captured | basic_list BL",
      "m_train_restriction | co:individual | 法释〔2015〕17号 1 para 2; 法释〔2015〕17号 3(1)(2) | judicial_interpretation",
      "NA m_bond_issuance_restriction pol_2021_basic_list 2021-12-16",
      "NA m_civil_service_restriction pol_2021_basic_list 2021-12-16",
      "NA m_financial_institution_setup_restriction pol_2021_basic_list 2021-12-16"
]);
  });
});

describe('a company on the major tax violation list', () => {
  it('bears exactly these measures, on these bases, at 2018-06-01, 2022-06-01 and 2025-06-01', async () => {
    // Major tax violation: 发改财金〔2014〕3062号 part 一 (enterprise, legal representative, finance officer);
    // exit ban only where tax is owed: 税收征收管理法 art 44, 实施细则 art 74 (conditional); D grade: SAT 2014 No. 40 art 32, No. 41 art 8;
    // SAT Order 54 from 2022-02-01; the basic lists leave the D grade out.
    expect(await golden('tax', '2018-06-01')).toEqual([
      "m_exit_restriction | lr:legal_representative | 税收征收管理法 44; 税收征收管理法实施细则 74 | law CONDITIONAL tax_owed,tax_owed",
      "m_gov_procurement_ban | co:entity cfo:finance_officer lr:legal_representative | 发改财金〔2014〕3062号 一 (联合惩戒的对象) | memorandum",
      "m_tax_d_grade | co:entity | 国家税务总局公告2014年第40号 32; 国家税务总局公告2014年第41号 8 para 1 | departmental_rule"
]);
    expect(await golden('tax', '2022-06-01')).toEqual([
      "m_exit_restriction | lr:legal_representative | 税收征收管理法 44; 税收征收管理法实施细则 74 | law BL CONDITIONAL tax_owed,tax_owed",
      "m_gov_procurement_ban | co:entity cfo:finance_officer lr:legal_representative | 发改财金〔2014〕3062号 一 (联合惩戒的对象) | basic_list BL",
      "m_public_disclosure | co:entity | 国家税务总局令第54号 null | departmental_rule BL",
      "NA m_tax_d_grade pol_2021_basic_list 2021-12-16"
]);
    expect(await golden('tax', '2025-06-01')).toEqual([
      "m_exit_restriction | lr:legal_representative | 税收征收管理法 44; 税收征收管理法实施细则 74 | law BL CONDITIONAL tax_owed,tax_owed",
      "m_gov_procurement_ban | co:entity cfo:finance_officer lr:legal_representative | 发改财金〔2014〕3062号 一 (联合惩戒的对象) | basic_list BL",
      "m_public_disclosure | co:entity | 国家税务总局令第54号 null | departmental_rule BL",
      "NA m_tax_d_grade pol_2021_basic_list 2021-12-16"
]);
  });
});

describe('a company on the SAMR serious illegal and dishonest list', () => {
  it('bears exactly these measures, on these bases, at 2018-06-01, 2022-06-01 and 2025-06-01', async () => {
    // SAMR serious list: 国务院令第654号 art 17 para 2 (3-year bar, conditional on 3 years abnormal) and art 18 ('in accordance with law');
    // SAIC Order 83 art 13(2) until 2021-09-01; 发改财金〔2015〕2045号 part 一 (enterprise, legal representative, responsible shareholders).
    expect(await golden('samr', '2018-06-01')).toEqual([
      "m_bidding_disqualification | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_financial_risk_pricing | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一 | memorandum",
      "m_gov_procurement_ban | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_honors_exclusion | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_increased_inspection | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一 | memorandum",
      "m_land_supply_restriction | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_market_entry_ban | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一 | memorandum",
      "m_position_restriction | cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 国务院令第654号 17 para 2; 国家工商行政管理总局令第83号 13(2); 国家工商行政管理总局令第83号 15 | administrative_regulation"
]);
    expect(await golden('samr', '2022-06-01')).toEqual([
      "m_bidding_disqualification | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_financial_risk_pricing | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一 | basic_list BL",
      "m_gov_procurement_ban | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_honors_exclusion | co:entity | 国务院令第654号 18; 国家市场监督管理总局令第44号 null | administrative_regulation BL",
      "m_increased_inspection | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 国家市场监督管理总局令第44号 null | departmental_rule BL",
      "m_land_supply_restriction | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_market_entry_ban | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一 | basic_list BL",
      "m_position_restriction | cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 国务院令第654号 17 para 2 | administrative_regulation BL",
      "m_public_disclosure | co:entity | 国家市场监督管理总局令第44号 null | departmental_rule BL"
]);
    expect(await golden('samr', '2025-06-01')).toEqual([
      "m_bidding_disqualification | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_financial_risk_pricing | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一 | basic_list BL",
      "m_gov_procurement_ban | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_honors_exclusion | co:entity | 国务院令第654号 18; 国家市场监督管理总局令第44号 null | administrative_regulation BL",
      "m_increased_inspection | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 国家市场监督管理总局令第44号 null | departmental_rule BL",
      "m_land_supply_restriction | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_market_entry_ban | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一 | basic_list BL",
      "m_position_restriction | cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 国务院令第654号 17 para 2 | administrative_regulation BL",
      "m_public_disclosure | co:entity | 国家市场监督管理总局令第44号 null | departmental_rule BL"
]);
  });
});

describe('a company in the abnormal operations directory', () => {
  it('bears exactly these measures, on these bases, at 2018-06-01, 2022-06-01 and 2025-06-01', async () => {
    // Abnormal operations: 国务院令第654号 art 18; 发改财金〔2015〕2045号 parts 一, 二 (propagation.json, medium).
    expect(await golden('abn', '2018-06-01')).toEqual([
      "m_bidding_disqualification | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_financial_risk_pricing | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | memorandum",
      "m_gov_procurement_ban | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_honors_exclusion | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_increased_inspection | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | memorandum",
      "m_land_supply_restriction | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_market_entry_ban | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | memorandum",
      "m_position_restriction | cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | memorandum"
]);
    expect(await golden('abn', '2022-06-01')).toEqual([
      "m_bidding_disqualification | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_financial_risk_pricing | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | basic_list BL",
      "m_gov_procurement_ban | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_honors_exclusion | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_increased_inspection | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | basic_list BL",
      "m_land_supply_restriction | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_market_entry_ban | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | basic_list BL",
      "m_position_restriction | cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | basic_list BL"
]);
    expect(await golden('abn', '2025-06-01')).toEqual([
      "m_bidding_disqualification | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_financial_risk_pricing | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | basic_list BL",
      "m_gov_procurement_ban | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_honors_exclusion | co:entity | 国务院令第654号 18 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_increased_inspection | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | basic_list BL",
      "m_land_supply_restriction | co:entity | 国务院令第654号 18 | administrative_regulation CONDITIONAL per_other_law",
      "m_market_entry_ban | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | basic_list BL",
      "m_position_restriction | cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative owner:controlling_shareholder | 发改财金〔2015〕2045号 一; 二 | basic_list BL"
]);
  });
});

describe('a company on the customs dishonest list', () => {
  it('bears exactly these measures, on these bases, at 2018-06-01, 2022-06-01 and 2025-06-01', async () => {
    // Customs dishonest: 2017 customs memorandum (427号, number unverified): enterprise, legal representative, directors,
    // supervisors, senior managers; high consumption only where a court also listed the company (not here).
    expect(await golden('cus', '2018-06-01')).toEqual([
      "m_bond_issuance_restriction | co:entity cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured | memorandum",
      "m_customs_strict_control | co:entity cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured; 海关总署令第237号 null | departmental_rule",
      "m_exit_restriction | lr:legal_representative | 发改财金〔2017〕427号 not captured | memorandum",
      "m_financial_institution_setup_restriction | co:entity cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured | memorandum",
      "m_gov_procurement_ban | co:entity cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured | memorandum",
      "m_position_restriction | cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured | memorandum"
]);
    expect(await golden('cus', '2022-06-01')).toEqual([
      "m_exit_restriction | lr:legal_representative | 发改财金〔2017〕427号 not captured | basic_list BL",
      "m_gov_procurement_ban | co:entity cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured | basic_list BL",
      "m_position_restriction | cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured | basic_list BL",
      "NA m_bond_issuance_restriction pol_2021_basic_list 2021-12-16",
      "NA m_customs_strict_control pol_2021_basic_list 2021-12-16",
      "NA m_financial_institution_setup_restriction pol_2021_basic_list 2021-12-16"
]);
    expect(await golden('cus', '2025-06-01')).toEqual([
      "m_exit_restriction | lr:legal_representative | 发改财金〔2017〕427号 not captured | basic_list BL",
      "m_gov_procurement_ban | co:entity cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured | basic_list BL",
      "m_position_restriction | cfo:senior_manager chair:director dir:director gm:senior_manager lr:legal_representative sup:supervisor | 发改财金〔2017〕427号 not captured | basic_list BL",
      "NA m_bond_issuance_restriction pol_2021_basic_list 2021-12-16",
      "NA m_customs_strict_control pol_2021_basic_list 2021-12-16",
      "NA m_financial_institution_setup_restriction pol_2021_basic_list 2021-12-16"
]);
  });
});

describe('a company on the wage arrears list', () => {
  it('bears exactly these measures, on these bases, at 2018-06-01, 2022-06-01 and 2025-06-01', async () => {
    // Wage arrears: 保障农民工工资支付条例 art 48 (in force 2020-05-01; 'in accordance with law': conditional).
    expect(await golden('wage', '2018-06-01')).toEqual([]);
    expect(await golden('wage', '2022-06-01')).toEqual([
      "m_bidding_disqualification | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_flight_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation CONDITIONAL per_other_law",
      "m_gov_procurement_ban | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_honors_exclusion | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_subsidy_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation BL CONDITIONAL per_other_law"
]);
    expect(await golden('wage', '2025-06-01')).toEqual([
      "m_bidding_disqualification | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_flight_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation CONDITIONAL per_other_law",
      "m_gov_procurement_ban | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_honors_exclusion | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation BL CONDITIONAL per_other_law",
      "m_subsidy_restriction | co:entity cfo:directly_responsible_person chair:principal_responsible_person gm:principal_responsible_person lr:legal_representative | 保障农民工工资支付条例 48 | administrative_regulation BL CONDITIONAL per_other_law"
]);
  });
});
