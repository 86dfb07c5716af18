import type { AgencyRow, CompanyRow } from '../../graph/load/index.ts';
import { makeUscc, usccAlphabet } from '../../graph/domain/uscc.ts';
import type { OfficerRole } from '../../graph/model.ts';
import { cities, divisionName, type City } from './divisions.ts';
import { holdingIndustry, industries, type Industry } from './industries.ts';
import { brand, legalForm, personName, pinyinWord } from './names.ts';
import { dateBetween, type Random } from './random.ts';
import { corpusRecordedAt, type CorpusRows } from './rows.ts';

/**
 * Builds the companies, persons and their ties for one batch: corporate groups (a holding company
 * over subsidiaries up to six levels deep, with diamonds, cross-holdings and cycles, branches 分公司
 * that are not subsidiaries, state-owned groups under a SASAC), standalone firms, legal
 * representatives, officers, and directors shared across groups. Invariants kept here: a company's
 * direct shareholdings sum to at most 100 %, and nobody holds shares in itself.
 */

export interface SyntheticCompany {
  row: CompanyRow;
  city: City;
  industry: Industry;
  /** 0 = top of its group. */
  depth: number;
  branch: boolean;
  /** Persons who can serve as this company's representatives and officers. */
  staff: string[];
}

const space = 31 ** 5;
const statuses: Array<[string, number]> = [
  ['in_operation', 88],
  ['cancelled', 6],
  ['revoked', 4],
  ['liquidation', 1],
  ['moved_out', 1],
];
const capitals = [
  100_000, 500_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000, 10_000_000, 20_000_000, 50_000_000, 100_000_000, 500_000_000,
];
const roads = [
  '人民路',
  '建设路',
  '解放路',
  '中山路',
  '科技路',
  '创业路',
  '工业大道',
  '金融街',
  '滨江大道',
  '高新大道',
  '长江路',
  '和平路',
];
/** A generated batch's source title (the explorer words it in Chinese: web/src/i18n.ts sourceName). */
export const corpusSource = (seed: number) => `scs-graph synthetic corpus (seed ${seed}; fictitious)`;

export class BatchBuilder {
  readonly companies: SyntheticCompany[] = [];
  readonly persons: string[] = [];
  /** Directors who sit on boards across groups (drawn from earlier groups of the batch). */
  private readonly sharedDirectors: string[] = [];
  private readonly allocated = new Map<string, number>();
  /** company id → its shareholders so far (one holding per pair: a second stake would share its id). */
  private readonly holders = new Map<string, Set<string>>();
  private readonly agencyIds = new Set<string>();
  /** Division of the first company a person serves (where their own listings are decided). */
  readonly personDivision = new Map<string, string>();
  private personCounter = 0;
  private readonly provenance: { source: string; sourceUrl: null; recordedAt: string };

  constructor(
    readonly rows: CorpusRows,
    readonly random: Random,
    readonly seed: number,
    readonly batch: number,
    private nextIndex: number,
  ) {
    this.provenance = { source: corpusSource(seed), sourceUrl: null, recordedAt: corpusRecordedAt };
    for (const agency of rows.agencies) this.agencyIds.add(agency.id);
  }

  get provenanceProps(): { source: string; sourceUrl: null; recordedAt: string } {
    return this.provenance;
  }

  /** A group of `size` companies (branches included); size 1 is a standalone firm. */
  addGroup(size: number): void {
    const r = this.random;
    const home = r.weighted(cities, (c) => c.weight);
    const groupBrand = brand(r);
    const founders = Array.from({ length: r.between(1, 3) }, () => this.newPerson());
    const managers = [...founders, ...Array.from({ length: Math.floor(size / 3) }, () => this.newPerson())];
    const stateOwned = r.chance(size >= 5 ? 0.15 : 0.02);
    const big = size >= 4;
    const topIndustry = big ? holdingIndustry : r.weighted(industries, (i) => i.weight);
    const top = this.newCompany({
      brand: groupBrand,
      city: home,
      industry: topIndustry,
      nameWord: big ? (r.chance(0.5) ? ['投资控股集团', 'Investment Holding Group'] : ['集团', 'Group']) : undefined,
      depth: 0,
      established: dateBetween(r, big ? '1995-01-01' : '2000-01-01', big ? '2015-12-31' : '2025-12-31'),
      stateOwned,
      capitalFloor: big ? 50_000_000 : 0,
      staff: managers,
    });
    const members = [top];
    for (let i = 1; i < size; i++) {
      const heads = members.filter((m) => !m.branch && m.depth < 5);
      // Prefer the newest company now and then, which grows chains; otherwise spread the tree.
      const parent = r.chance(0.35) ? heads[heads.length - 1]! : r.pick(heads);
      if (r.chance(0.12)) members.push(this.newBranch(parent));
      else members.push(this.newSubsidiary(parent, groupBrand, home, stateOwned));
    }
    if (size >= 3 && r.chance(0.12)) this.crossHolding(members);
    if (big && r.chance(0.3) && this.sharedDirectors.length > 0) {
      for (const company of members.filter((m) => !m.branch).slice(0, 3)) {
        this.officer(r.pick(this.sharedDirectors), company, 'director');
      }
    }
    if (big && r.chance(0.5)) this.sharedDirectors.push(r.pick(managers));
    this.ownTheRest(top, members, founders, stateOwned);
    for (const member of members.slice(1)) if (!member.branch) this.ownTheRest(member, members, [], false);
  }

  private newCompany(spec: {
    brand: string;
    city: City;
    industry: Industry;
    nameWord?: [string, string];
    depth: number;
    established: string;
    stateOwned: boolean;
    capitalFloor: number;
    staff: string[];
  }): SyntheticCompany {
    const r = this.random;
    const division = spec.city.districts.length > 0 && r.chance(0.6) ? r.pick(spec.city.districts)[0] : spec.city.code;
    const [wordZh, wordEn] = spec.nameWord ?? r.pick(spec.industry.words);
    const form = legalForm(r, spec.depth === 0 ? 3 : 1);
    const name = divisionName(spec.city.code);
    const capital = Math.max(spec.capitalFloor, r.pick(capitals));
    const id = this.nextUscc(division);
    const formerNames = r.chance(0.08) ? [`${name.zh}${spec.brand}${r.pick(r.pick(industries).words)[0]}有限公司`] : [];
    const row: CompanyRow = {
      id,
      uscc: id,
      nameZh: `${name.zh}${spec.brand}${wordZh}${form.zh}`,
      nameEn: `${name.en} ${pinyinWord(spec.brand)} ${wordEn} ${form.en}`,
      formerNames,
      legalForm: form.form,
      status: r.weighted(statuses, ([, w]) => w)[0],
      registeredCapital: capital,
      established: spec.established,
      divisionCode: division,
      industryCode: spec.industry.code,
      address: `${divisionName(division).zh}${r.pick(roads)}${r.between(1, 999)}号`,
      isBranch: false,
      stateOwned: spec.stateOwned,
      synthetic: true,
      ...this.provenance,
    };
    const company: SyntheticCompany = {
      row,
      city: spec.city,
      industry: spec.industry,
      depth: spec.depth,
      branch: false,
      staff: spec.staff,
    };
    this.rows.companies.push(row);
    this.companies.push(company);
    this.appoint(company);
    return company;
  }

  private newSubsidiary(parent: SyntheticCompany, groupBrand: string, home: City, stateOwned: boolean): SyntheticCompany {
    const r = this.random;
    const fraction = r.chance(0.4) ? 1 : r.chance(0.6) ? round(r.between(51, 90) / 100) : round(r.between(20, 49) / 100);
    const child = this.newCompany({
      brand: groupBrand,
      city: r.chance(0.7) ? home : r.weighted(cities, (c) => c.weight),
      industry: r.weighted(industries, (i) => i.weight),
      depth: parent.depth + 1,
      established: dateBetween(r, laterOf(parent.row.established!, '2000-01-01'), '2025-12-31'),
      stateOwned: stateOwned && fraction >= 0.5 && parent.row.stateOwned === true,
      capitalFloor: 0,
      staff: parent.staff,
    });
    this.hold(parent.row.id, child, fraction, child.row.established!);
    return child;
  }

  private newBranch(head: SyntheticCompany): SyntheticCompany {
    const r = this.random;
    const city = r.weighted(cities, (c) => c.weight);
    const division = city.districts.length > 0 && r.chance(0.5) ? r.pick(city.districts)[0] : city.code;
    const place = divisionName(city.code);
    const id = this.nextUscc(division);
    const established = dateBetween(r, head.row.established!, '2025-12-31');
    const row: CompanyRow = {
      id,
      uscc: id,
      nameZh: `${head.row.nameZh}${place.zh.replace(/市$/, '')}分公司`,
      nameEn: `${head.row.nameEn} ${place.en} Branch`,
      formerNames: [],
      legalForm: 'branch',
      status: r.weighted(statuses, ([, w]) => w)[0],
      registeredCapital: null,
      established,
      divisionCode: division,
      industryCode: head.row.industryCode,
      address: `${divisionName(division).zh}${r.pick(roads)}${r.between(1, 999)}号`,
      isBranch: true,
      stateOwned: head.row.stateOwned,
      synthetic: true,
      ...this.provenance,
    };
    const branch: SyntheticCompany = { ...head, row, city, branch: true };
    this.rows.companies.push(row);
    this.companies.push(branch);
    this.rows.branches.push({ branchId: id, headOfficeId: head.row.id, from: established, until: null, ...this.provenance });
    // A branch has a person in charge (负责人), not a legal representative.
    this.officer(this.random.pick(head.staff), branch, 'general_manager');
    return branch;
  }

  /** A deep member takes a stake in one of its ancestors' companies: a cycle of ownership. */
  private crossHolding(members: SyntheticCompany[]): void {
    const r = this.random;
    const deep = members.filter((m) => !m.branch && m.depth >= 1);
    if (deep.length === 0) return;
    const holder = r.pick(deep);
    const targets = members.filter((m) => !m.branch && m.depth < holder.depth);
    if (targets.length === 0) return;
    const target = r.pick(targets);
    if (this.holders.get(target.row.id)?.has(holder.row.id)) return;
    this.hold(holder.row.id, target, round(r.between(5, 20) / 100), laterOf(holder.row.established!, target.row.established!));
  }

  /** Fills a company's unallocated shares: a SASAC for a state-owned top company, else persons (sometimes a sister company: a diamond). */
  private ownTheRest(company: SyntheticCompany, members: SyntheticCompany[], founders: string[], stateOwned: boolean): void {
    const r = this.random;
    let rest = round(1 - (this.allocated.get(company.row.id) ?? 0));
    if (rest <= 0) return;
    const from = company.row.established!;
    if (stateOwned) {
      this.hold(this.sasac(company.city), company, rest, from);
      return;
    }
    if (company.depth > 0 && rest >= 0.1 && r.chance(0.2)) {
      const holders = this.holders.get(company.row.id);
      const sisters = members.filter((m) => !m.branch && m.depth < company.depth && !holders?.has(m.row.id));
      if (sisters.length > 0) {
        const stake = round((rest * r.between(30, 100)) / 100);
        this.hold(r.pick(sisters).row.id, company, stake, from);
        rest = round(rest - stake);
      }
    }
    // Some companies disclose less than 100 % (undisclosed or rounding), as registry extracts do.
    if (r.chance(0.05)) rest = round(rest * 0.9);
    const holders = founders.length > 0 ? founders : Array.from({ length: r.between(1, 2) }, () => this.newPerson());
    const shares = split(r, rest, holders.length);
    holders.forEach((person, i) => {
      if (shares[i]! > 0) this.hold(person, company, shares[i]!, from);
    });
  }

  private hold(ownerId: string, company: SyntheticCompany, fraction: number, from: string): void {
    if (ownerId === company.row.id) throw new Error(`self-shareholding generated for ${ownerId}`);
    if (this.holders.get(company.row.id)?.has(ownerId)) throw new Error(`${ownerId} already holds ${company.row.id}`);
    const allocated = this.allocated.get(company.row.id) ?? 0;
    const stake = round(Math.min(fraction, 1 - allocated));
    if (stake <= 0) return;
    this.allocated.set(company.row.id, round(allocated + stake));
    this.holders.set(company.row.id, (this.holders.get(company.row.id) ?? new Set()).add(ownerId));
    const capital = company.row.registeredCapital ?? null;
    this.rows.shareholdings.push({
      ownerId,
      companyId: company.row.id,
      fraction: stake,
      subscribedCapital: capital === null ? null : Math.round(capital * stake),
      from,
      until: null,
      ...this.provenance,
    });
  }

  /** Legal representative, board, supervisor and managers of a new (non-branch) company. */
  private appoint(company: SyntheticCompany): void {
    const r = this.random;
    const representative = r.pick(company.staff);
    this.rows.legalRepresentatives.push({
      personId: representative,
      companyId: company.row.id,
      from: company.row.established,
      until: null,
      ...this.provenance,
    });
    const board = company.staff.length >= 3 && company.depth === 0;
    this.officer(representative, company, board ? 'chair' : 'director');
    if (board) {
      for (const director of company.staff.filter((p) => p !== representative).slice(0, 3))
        this.officer(director, company, 'director');
    }
    if (r.chance(0.7)) this.officer(representative, company, 'general_manager');
    const supervisor = company.staff.find((p) => p !== representative) ?? this.newPerson();
    this.officer(supervisor, company, 'supervisor');
    if (r.chance(0.3)) this.officer(this.newPerson(), company, 'finance_officer');
  }

  private officer(personId: string, company: SyntheticCompany, role: OfficerRole): void {
    if (!this.personDivision.has(personId)) this.personDivision.set(personId, company.row.divisionCode!);
    this.rows.officers.push({
      personId,
      companyId: company.row.id,
      role,
      from: company.row.established,
      until: null,
      ...this.provenance,
    });
  }

  private newPerson(): string {
    const id = `p-s${this.seed}-${this.batch}-${this.personCounter++}`;
    this.rows.persons.push({ id, ...personName(this.random), synthetic: true, ...this.provenance });
    this.persons.push(id);
    return id;
  }

  /** The provincial SASAC (synthetic node named after the real body); central groups go to the national one. */
  private sasac(city: City): string {
    if (this.random.chance(0.25)) return 'sasac';
    const id = `a-sasac-${city.province}`;
    if (!this.agencyIds.has(id)) {
      this.agencyIds.add(id);
      const agency: AgencyRow = {
        id,
        nameZh: `${city.provinceZh}人民政府国有资产监督管理委员会`,
        nameEn: `State-owned Assets Supervision and Administration Commission of the ${city.provinceEn} Government`,
        abbreviation: `${city.provinceEn} SASAC`,
        level: 'provincial',
        region: city.provinceEn,
        divisionCode: city.province,
        synthetic: true,
        confidence: 'low',
        sourceTitles: [this.provenance.source],
        // A synthetic source has no URL: no list (an empty string would stand for a link to nowhere).
        sourceUrls: [],
        ...this.provenance,
      };
      this.rows.agencies.push(agency);
    }
    return id;
  }

  /** Adds an agency row once per batch (local deciding offices). */
  addAgency(agency: AgencyRow, partOf: CorpusRows['agencyLinks'][number]): void {
    if (this.agencyIds.has(agency.id)) return;
    this.agencyIds.add(agency.id);
    this.rows.agencies.push(agency);
    this.rows.agencyLinks.push(partOf);
  }

  /**
   * A valid USCC for the next company: authority 9 (market regulation), category 1 (enterprise), the
   * division, and a subject identifier MY + seed character + the company's index scrambled over 31⁵.
   */
  private nextUscc(division: string): string {
    const index = this.nextIndex++;
    if (index >= space) throw new Error(`at most ${space} companies per seed`);
    let n = (index * 7919 + ((this.seed * 104_729) % space)) % space;
    let digits = '';
    for (let i = 0; i < 5; i++) {
      digits = usccAlphabet[n % 31]! + digits;
      n = Math.floor(n / 31);
    }
    const namespace = usccAlphabet[((this.seed % 31) + 31) % 31]!;
    return makeUscc({ authority: '9', category: '1', division, orgBody8: `MY${namespace}${digits}` });
  }
}

const round = (x: number) => Math.round(x * 10_000) / 10_000;
const laterOf = (a: string, b: string) => (a > b ? a : b);

/** Splits `total` into `n` random positive parts (rounded to 0.01 %) summing to at most `total`. */
function split(r: Random, total: number, n: number): number[] {
  if (n === 1) return [total];
  const weights = Array.from({ length: n }, () => 1 + r.int(9));
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w * 10_000) / sum) / 10_000);
  return parts;
}
