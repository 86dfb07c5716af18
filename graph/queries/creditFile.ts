import type { Graph } from '../driver.ts';
import { CreditSection } from '../model.ts';

/**
 * A company's (or person's) credit file as of a date, in NECIPS's sections: the CreditRecords
 * dated on or before it, plus the abnormal-operations entries (Listings on an `abnormal_operations`
 * list) and the grades of every scheme. As-of semantics (graph/model.ts CreditRecordNode): a
 * penalty is `published` while `publicUntil` >= asOf and `repaired` once a repair ENDing it is dated
 * <= asOf; a licence is `valid` from `validFrom` through `validUntil`.
 */

export interface CreditFileRecord {
  id: string;
  section: CreditSection;
  props: Record<string, unknown>;
  agency: { id: string; name: string; nameEn: string | null } | null;
  published: boolean | null;
  repaired: boolean | null;
  valid: boolean | null;
}

export interface CreditFileGrade {
  id: string;
  grade: string;
  year: number;
  schemeId: string;
  scheme: string;
  schemeEn: string | null;
  agency: string | null;
  source: string | null;
}

export interface CreditFileSection {
  section: CreditSection | 'abnormal_operations' | 'grade';
  count: number;
}

export interface CreditFile {
  subjectId: string;
  asOf: string;
  sections: CreditFileSection[];
  records: CreditFileRecord[];
  abnormal: Array<{ id: string; from: string; until: string | null; status: string; endedOn: string | null; reason: string | null; source: string | null }>;
  grades: CreditFileGrade[];
}

export async function creditFile(graph: Graph, subjectId: string, asOf: string): Promise<CreditFile | null> {
  const [row] = await graph.read<Omit<CreditFile, 'sections' | 'asOf'> & { exists: boolean }>(
    `OPTIONAL MATCH (s:Node {id: $id}) WHERE s:Company OR s:Person
     CALL (s) {
       OPTIONAL MATCH (s)-[:HAS_RECORD]->(r:CreditRecord) WHERE r.decidedOn <= $asOf
       OPTIONAL MATCH (r)-[:DECIDED_BY]->(a:Agency)
       WITH r, a ORDER BY r.section, r.decidedOn DESC, r.id
       RETURN collect(CASE WHEN r IS NULL THEN null ELSE {
         id: r.id, section: r.section, props: properties(r),
         agency: CASE WHEN a IS NULL THEN null ELSE {id: a.id, name: a.nameZh, nameEn: a.nameEn} END,
         published: CASE WHEN r.section = 'penalty' THEN coalesce(r.publicUntil >= $asOf, true) ELSE null END,
         repaired: CASE WHEN r.section = 'penalty' THEN EXISTS { (r)<-[:ENDS]-(x:CreditRecord) WHERE x.decidedOn <= $asOf } ELSE null END,
         valid: CASE WHEN r.section = 'licence' THEN coalesce(r.validFrom, r.decidedOn) <= $asOf AND (r.validUntil IS NULL OR r.validUntil >= $asOf) ELSE null END
       } END) AS records
     }
     CALL (s) {
       OPTIONAL MATCH (s)-[:LISTED]->(l:Listing)-[:ON_LIST]->(:CreditList {kind: 'abnormal_operations'}) WHERE l.from <= $asOf
       WITH l ORDER BY l.from DESC
       RETURN collect(CASE WHEN l IS NULL THEN null ELSE {id: l.id, from: l.from, until: l.until, status: l.status, endedOn: l.endedOn, reason: l.reason, source: l.source} END) AS abnormal
     }
     CALL (s) {
       OPTIONAL MATCH (s)-[:GRADED]->(g:Grade)-[:IN_SCHEME]->(gs:GradeScheme) WHERE g.year <= toInteger(substring($asOf, 0, 4))
       OPTIONAL MATCH (gs)-[:ISSUED_BY]->(ga:Agency)
       WITH g, gs, ga ORDER BY g.year DESC, gs.id
       RETURN collect(CASE WHEN g IS NULL THEN null ELSE {id: g.id, grade: g.grade, year: g.year, schemeId: gs.id, scheme: gs.nameZh, schemeEn: gs.nameEn, agency: ga.nameZh, source: g.source} END) AS grades
     }
     RETURN s IS NOT NULL AS exists, s.id AS subjectId, records, abnormal, grades`,
    { id: subjectId, asOf },
  );
  if (!row?.exists) return null;
  const count = (section: CreditSection) => row.records.filter((r) => r.section === section).length;
  return {
    subjectId: row.subjectId,
    asOf,
    records: row.records,
    abnormal: row.abnormal,
    grades: row.grades,
    sections: [
      ...CreditSection.map((section) => ({ section, count: count(section) })),
      { section: 'abnormal_operations' as const, count: row.abnormal.length },
      { section: 'grade' as const, count: row.grades.length },
    ],
  };
}
