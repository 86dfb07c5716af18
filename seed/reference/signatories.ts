/**
 * Every signatory of every memorandum as an Agency node with a `kind`, from the research file
 * seed/reference/research/signatories.json (a reviewed copy of /work/research/signatories.json): the
 * bodies the fact base has no agency for (party organs, people's organisations, the SOE, ministries)
 * become agencies; each memorandum's SIGNED links and printed names are replaced by the research's
 * full list where it read one. Agencies no memorandum names keep the kind `agencyKinds` gives them.
 */
import type { AgencyData, ReferenceData } from './data.ts';

// The fact base is untyped JSON read field by field; the builder checks what it reads.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Fact = Record<string, any>;

export const agencyKinds = ['government_agency', 'party_organ', 'peoples_organisation', 'soe', 'court', 'procuratorate', 'other'] as const;
export type AgencyKind = (typeof agencyKinds)[number];

/** Kinds of fact-base agencies that signed nothing the research read. */
const otherKinds: Record<string, AgencyKind> = {
  npc: 'other',
  shanghai_npc: 'other',
  xiamen_npc: 'other',
  cpc_general_office: 'party_organ',
  scopsr: 'party_organ',
  sc_joint_conference: 'other',
  dandong_credit: 'other',
  wuhu_credit_office: 'other',
  china_railway: 'soe',
};

/** Id of a body the fact base lacks: `sig_` + its English name, snake-cased. */
const newId = (body: Fact) =>
  `sig_${String(body.nameEn)
    .toLowerCase()
    .replace(/\(former\)/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '')}`;

export function withSignatories(data: ReferenceData, research: Fact): ReferenceData {
  const bodies = research.bodies as Fact[];
  const idOf = new Map<string, string>(bodies.map((b) => [String(b.nameZh), b.agencyId ?? newId(b)]));
  const kindOf = new Map<string, AgencyKind>(bodies.map((b) => [idOf.get(String(b.nameZh))!, b.kind]));
  const sourcesOf = (b: Fact) =>
    (research.memoranda as Fact[]).filter((m) => b.memoranda.includes(m.memorandumId)).flatMap((m) => (m.sources as Fact[]).slice(0, 1)).map((s) => ({ title: String(s.title), url: s.url ?? null }));
  const added: AgencyData[] = bodies
    .filter((b) => !b.agencyId)
    .map((b) => ({
      id: idOf.get(String(b.nameZh))!,
      nameZh: b.nameZh,
      nameEn: b.nameEn,
      abbreviation: b.abbreviation ?? null,
      level: 'national',
      region: null,
      role: `Signatory of ${b.memoranda.length} joint memoranda (${b.memoranda.join(', ')})`,
      notes: 'added as a memorandum signatory (seed/reference/research/signatories.json)',
      parent: null,
      successor: null,
      kind: b.kind,
      confidence: 'medium',
      sources: sourcesOf(b),
    }));
  const agencies = [...data.agencies.map((a) => ({ ...a, kind: kindOf.get(a.id) ?? otherKinds[a.id] ?? ('government_agency' as AgencyKind) })), ...added];
  const documents = data.documents.map((d) => {
    const memo = (research.memoranda as Fact[]).find((m) => m.memorandumId === d.id);
    if (!memo || !memo.listedCount) return d;
    const signatories = [...new Set((memo.signatories as Fact[]).map((s) => idOf.get(String(s.nameZh))!))].sort();
    const note = memo.note ? `signatories: ${memo.note}` : null;
    return {
      ...d,
      signatories,
      signatoriesZh: (memo.signatories as Fact[]).map((s) => String(s.nameZhAsPrinted ?? s.nameZh)),
      signatoryCount: memo.statedSignatoryCount ?? d.signatoryCount,
      notes: [d.notes, note].filter(Boolean).join(' | ') || null,
    };
  });
  return { ...data, agencies, documents };
}
