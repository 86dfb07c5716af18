// 1. params: id, asOf
OPTIONAL MATCH (s:Node {id: $id}) WHERE s:Company OR s:Person
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
     RETURN s IS NOT NULL AS exists, s.id AS subjectId, records, abnormal, grades
