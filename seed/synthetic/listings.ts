import type { ListingRow } from '../../graph/load/index.ts';
import type { ListingStatus } from '../../graph/model.ts';
import { demoStoryRows } from './demoStory.ts';
import { cityOf } from './divisions.ts';
import type { BatchBuilder, SyntheticCompany } from './groups.ts';
import {
  aGradeRedlistId,
  consumptionRestrictionListId,
  listingProfiles,
  taxGradeDistribution,
  taxGradeScheme,
  taxGradeYears,
  type ListingProfile,
} from './listingProfiles.ts';
import { localAgency } from './localAgencies.ts';
import { addDays, addYears, dateBetween, type Random } from './random.ts';
import { corpusAsOf } from './rows.ts';

/**
 * Listings on the real lists and tax credit grades for one batch's companies and persons. Dates are
 * ordered (from < until; an early end falls between them) and nothing starts after the corpus date;
 * the status is the listing's state on that date. Listings are decided by the local office of the
 * list-holder in the subject's city.
 */

// prettier-ignore
const provinceAbbreviations: Record<string, string> = {
  '110000': '京', '120000': '津', '310000': '沪', '500000': '渝', '440000': '粤', '330000': '浙', '320000': '苏',
  '370000': '鲁', '350000': '闽', '420000': '鄂', '430000': '湘', '510000': '川', '610000': '陕', '340000': '皖',
  '410000': '豫', '130000': '冀', '210000': '辽', '220000': '吉', '230000': '黑', '360000': '赣', '450000': '桂',
  '460000': '琼', '520000': '黔', '530000': '云', '140000': '晋', '150000': '内', '620000': '甘', '630000': '青',
  '640000': '宁', '650000': '新', '540000': '藏',
};

export interface ListHolders {
  /** list id → id of the agency maintaining it (from the reference data). */
  maintainedBy: Map<string, string>;
}

export function addListingsAndGrades(builder: BatchBuilder, holders: ListHolders): void {
  let counter = 0;
  const nextId = (prefix: 'l' | 'g') => `${prefix}-s${builder.seed}-${builder.batch}-${counter++}`;
  const r = builder.random;
  const caseNumbers = new CaseNumbers(r, builder.batch);
  const companyProfiles = listingProfiles.filter((p) => p.subject === 'company');
  const personProfiles = listingProfiles.filter((p) => p.subject === 'person');

  const decider = (listId: string, division: string): string => {
    const maintainer = holders.maintainedBy.get(listId);
    if (!maintainer) throw new Error(`list ${listId} is not in the reference data`);
    const local = localAgency(maintainer, division);
    if (!local) return maintainer;
    builder.addAgency(local.agency, local.partOf);
    return local.agency.id;
  };

  const add = (subjectId: string, division: string, profile: ListingProfile, earliest: string): ListingRow | null => {
    const first = earliest > `${profile.fromYears[0]}-01-01` ? earliest : `${profile.fromYears[0]}-01-01`;
    const last = `${profile.fromYears[1]}-12-31` < corpusAsOf ? `${profile.fromYears[1]}-12-31` : corpusAsOf;
    if (first >= last) return null;
    const from = dateBetween(r, first, last);
    const until = profile.termYears === null ? null : addYears(from, profile.termYears);
    let endedOn: string | null = null;
    if (profile.earlyEnd && r.chance(profile.earlyEnd.share)) {
      const end = addDays(from, r.between(profile.earlyEnd.minDays, profile.earlyEnd.maxDays));
      if (end <= corpusAsOf && (until === null || end < until)) endedOn = end;
    }
    const status: ListingStatus = endedOn
      ? profile.earlyEnd!.status
      : until !== null && until <= corpusAsOf
        ? 'expired'
        : 'active';
    const listing: ListingRow = {
      id: nextId('l'),
      subjectId,
      listId: profile.listId,
      decidedById: decider(profile.listId, division),
      from,
      until,
      status,
      endedOn,
      reason: r.pick(profile.reasons),
      caseNumber: caseNumbers.next(profile.listId, division, from),
      synthetic: true,
      ...builder.provenanceProps,
    };
    builder.rows.listings.push(listing);
    return listing;
  };

  for (const company of builder.companies) {
    if (company.branch) continue;
    const division = company.row.divisionCode!;
    const section = company.row.industryCode!.charAt(0);
    for (const profile of companyProfiles) {
      const rate = profile.riskySections?.includes(section) ? profile.rate * 10 : profile.rate;
      if (!r.chance(rate)) continue;
      const listing = add(company.row.id, division, profile, company.row.established!);
      if (!listing) continue;
      if (listing.listId === 'spc_dishonest_judgment_debtors' && r.chance(0.7)) restrictConsumption(listing);
      if (listing.listId === 'samr_abnormal_operations' && listing.status === 'active') escalate(listing, division);
    }
    if (r.chance(0.35)) grade(company);
  }
  for (const person of builder.persons) {
    const division = builder.personDivision.get(person) ?? builder.companies[0]!.row.divisionCode!;
    for (const profile of personProfiles) if (r.chance(profile.rate)) add(person, division, profile, '2016-01-01');
  }

  /** A court that lists a debtor also restricts its consumption (same case, same start). */
  function restrictConsumption(debtor: ListingRow): void {
    builder.rows.listings.push({
      ...debtor,
      id: nextId('l'),
      listId: consumptionRestrictionListId,
      until: null,
      reason: '未按执行通知书指定的期间履行生效法律文书确定的给付义务',
    });
  }

  /** A firm still in the abnormal-operations directory after three years moves to the serious list. */
  function escalate(abnormal: ListingRow, division: string): void {
    const from = addYears(abnormal.from, 3);
    if (from > corpusAsOf) return;
    const until = addYears(from, 3);
    builder.rows.listings.push({
      ...abnormal,
      id: nextId('l'),
      listId: 'samr_serious_illegal_dishonest',
      decidedById: decider('samr_serious_illegal_dishonest', division),
      from,
      until,
      status: until <= corpusAsOf ? 'expired' : 'active',
      reason: '被列入经营异常名录届满3年仍未履行相关义务',
    });
  }

  /** Yearly tax credit grades; a major tax violation that year means D; an A puts the firm on the redlist the next April. */
  function grade(company: SyntheticCompany): void {
    const taxListings = builder.rows.listings.filter(
      (l) => l.subjectId === company.row.id && l.listId === 'sat_major_tax_violation',
    );
    for (const year of taxGradeYears) {
      if (company.row.established! > `${year}-12-31`) continue;
      const newcomer = company.row.established!.startsWith(String(year));
      const violation = taxListings.some((l) => l.from <= `${year}-12-31` && (!l.until || l.until > `${year}-01-01`));
      const value = violation ? 'D' : newcomer ? 'M' : r.weighted(taxGradeDistribution, ([, w]) => w)[0];
      builder.rows.grades.push({
        id: nextId('g'),
        companyId: company.row.id,
        schemeId: taxGradeScheme,
        grade: value,
        year,
        synthetic: true,
        ...builder.provenanceProps,
      });
      if (value !== 'A') continue;
      const from = `${year + 1}-04-${String(r.between(10, 25)).padStart(2, '0')}`;
      if (from > corpusAsOf) continue;
      const until = addYears(from, 1);
      builder.rows.listings.push({
        id: nextId('l'),
        subjectId: company.row.id,
        listId: aGradeRedlistId,
        decidedById: decider(aGradeRedlistId, company.row.divisionCode!),
        from,
        until,
        status: until <= corpusAsOf ? 'expired' : 'active',
        endedOn: null,
        reason: `${year}年度纳税信用评价A级`,
        caseNumber: null,
        synthetic: true,
        ...builder.provenanceProps,
      });
    }
  }
}

/** Numbers per court (or office) and year that each batch may give: a block of its own, so batches generated apart never meet. */
const caseBlock = 200;
let demoCaseNumbers: ReadonlySet<string> | undefined;

/**
 * A case number names one case: two cases (two subjects, or one subject's two decisions) never get
 * the same number. Only the listings that stem from one case share it (a debtor's listing and the
 * consumption restriction the court orders in the same enforcement case: restrictConsumption).
 */
export class CaseNumbers {
  private readonly used = new Map<string, Set<number>>();

  constructor(
    private readonly r: Random,
    private readonly batch: number,
  ) {}

  next(listId: string, division: string, from: string): string | null {
    // One draw per listing, numbered or not, as before (the rest of the batch's stream stays as it was).
    const drawn = this.r.between(0, caseBlock - 1);
    const numbered = caseNumber(listId, division, from);
    if (!numbered) return null;
    demoCaseNumbers ??= new Set(demoStoryRows().listings.flatMap((listing) => (listing.caseNumber ? [listing.caseNumber] : [])));
    const key = numbered(0);
    const used = this.used.get(key) ?? new Set<number>();
    this.used.set(key, used);
    // A taken number moves on to the next free one (no second draw).
    for (let step = 0; step < caseBlock; step++) {
      const n = this.batch * caseBlock + 1 + ((drawn + step) % caseBlock);
      if (used.has(n) || demoCaseNumbers.has(numbered(n))) continue;
      used.add(n);
      return numbered(n);
    }
    throw new Error(`batch ${this.batch} has more than ${caseBlock} cases for ${key}`);
  }
}

/** A plausible case or decision number: court enforcement cases （2023）粤03执1187号, tax and market-regulation penalty decisions. */
function caseNumber(listId: string, division: string, from: string): ((n: number) => string) | null {
  const city = cityOf(division);
  const year = Number(from.slice(0, 4)) - (listId.startsWith('spc_') ? 1 : 0);
  const short = city.nameZh.replace(/市$/, '');
  if (listId.startsWith('spc_')) {
    const court = city.code === city.province ? '01' : city.code.slice(2, 4);
    return (n) => `（${year}）${provinceAbbreviations[city.province]}${court}执${n}号`;
  }
  if (listId === 'sat_major_tax_violation') return (n) => `${short}税稽罚〔${year}〕${n}号`;
  if (listId === 'samr_serious_illegal_dishonest') return (n) => `${short}市监处罚〔${year}〕${n}号`;
  return null;
}
