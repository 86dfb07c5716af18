import type { AgencyRow, ReferenceLinkRow } from '../../graph/load/index.ts';
import { Rel } from '../../graph/model.ts';
import { cityOf, divisionName } from './divisions.ts';
import { corpusRecordedAt } from './rows.ts';

/**
 * Local bodies that decide synthetic listings (a district court, a city tax bureau, a city market
 * regulator…), one per national list-holder and city, PART_OF the national agency in the list's line
 * of authority. They are named after real institutions but flagged `synthetic`: only the listings
 * they are linked to are invented.
 */
const templates: Record<string, { zh: (city: string) => string; en: (city: string) => string }> = {
  spc: { zh: (c) => `${c}中级人民法院`, en: (c) => `${c} Intermediate People's Court` },
  sat: { zh: (c) => `国家税务总局${c}税务局`, en: (c) => `${c} Municipal Tax Service, STA` },
  samr: { zh: (c) => `${c}市场监督管理局`, en: (c) => `${c} Administration for Market Regulation` },
  gacc: { zh: (c) => `${c.replace(/市$/, '')}海关`, en: (c) => `${c} Customs` },
  mohrss: { zh: (c) => `${c}人力资源和社会保障局`, en: (c) => `${c} Human Resources and Social Security Bureau` },
  mof: { zh: (c) => `${c}财政局`, en: (c) => `${c} Finance Bureau` },
  mem: { zh: (c) => `${c}应急管理局`, en: (c) => `${c} Emergency Management Bureau` },
  mee: { zh: (c) => `${c}生态环境局`, en: (c) => `${c} Ecology and Environment Bureau` },
  ndrc: { zh: (c) => `${c}发展和改革委员会`, en: (c) => `${c} Development and Reform Commission` },
  nbs: { zh: (c) => `${c}统计局`, en: (c) => `${c} Statistics Bureau` },
  mofcom: { zh: (c) => `${c}商务局`, en: (c) => `${c} Commerce Bureau` },
  mohurd: { zh: (c) => `${c}住房和城乡建设局`, en: (c) => `${c} Housing and Urban-Rural Development Bureau` },
};

/** The list-holder whose local office decides listings of a list maintained by `agencyId` (AQSIQ's lists went to SAMR). */
const deciderLine: Record<string, string> = { aqsiq: 'samr' };

/** The local offices' source title (the explorer words it in Chinese: web/src/i18n.ts sourceName). */
export const localAgencySource = 'scs-graph synthetic corpus (local office of a real agency, deciding synthetic listings)';

/** Id of the local office of `agencyId` for the city of `divisionCode`, or the national agency when it has none. */
export function localAgencyId(agencyId: string, divisionCode: string): string {
  const line = deciderLine[agencyId] ?? agencyId;
  return templates[line] ? `a-${line}-${cityOf(divisionCode).code}` : agencyId;
}

/** The local office's row and its PART_OF link to the national agency (null when the agency has no local offices). */
export function localAgency(agencyId: string, divisionCode: string): { agency: AgencyRow; partOf: ReferenceLinkRow } | null {
  const line = deciderLine[agencyId] ?? agencyId;
  const template = templates[line];
  if (!template) return null;
  const city = cityOf(divisionCode);
  const name = divisionName(city.code);
  const agency: AgencyRow = {
    id: localAgencyId(line, city.code),
    nameZh: template.zh(name.zh),
    nameEn: template.en(name.en),
    level: 'municipal',
    region: `${name.en}, ${city.provinceEn}`,
    divisionCode: city.code,
    synthetic: true,
    source: localAgencySource,
    sourceUrl: null,
    recordedAt: corpusRecordedAt,
    confidence: 'low',
    sourceTitles: [localAgencySource],
    // A synthetic source has no URL: no list (an empty string would stand for a link to nowhere).
    sourceUrls: [],
  };
  const partOf: ReferenceLinkRow = {
    type: Rel.PART_OF,
    fromId: agency.id,
    toId: line,
    props: { source: localAgencySource, sourceUrl: null, recordedAt: corpusRecordedAt, confidence: 'low' },
  };
  return { agency, partOf };
}
