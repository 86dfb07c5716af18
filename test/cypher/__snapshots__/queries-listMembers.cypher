// 1. params: list, asOf, statuses, text, offset, first, allStatuses
MATCH (list:CreditList {id: $list})
CALL (list) {
  MATCH (s)-[:LISTED]->(m:Listing)-[:ON_LIST]->(list) WHERE s:Company OR s:Person
  OPTIONAL MATCH (m)-[:DECIDED_BY]->(a:Agency)
  WITH s, m, head(collect(a)) AS a
  RETURN m.id AS listingId, s.id AS subjectId, CASE WHEN s:Person THEN 'Person' ELSE 'Company' END AS subjectKind,
         coalesce(s.nameZh, s.nameEn) AS name, coalesce(s.nameEn, s.namePinyin) AS nameEn, s.uscc AS uscc,
         m.from AS from, m.until AS until, m.endedOn AS endedOn, m.caseNumber AS caseNumber, CASE WHEN (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) THEN 'active' WHEN m.status IN ['repaired', 'removed'] THEN m.status WHEN m.from > $asOf THEN 'upcoming' ELSE 'expired' END AS status,
         a.id AS agencyId, a.nameZh AS agencyName, a.nameEn AS agencyNameEn
}
WITH list, collect({listingId: listingId, subjectId: subjectId, subjectKind: subjectKind, name: name, nameEn: nameEn, uscc: uscc, from: from,
  until: until, endedOn: endedOn, caseNumber: caseNumber, status: status, agencyId: agencyId, agencyName: agencyName, agencyNameEn: agencyNameEn}) AS rows
WITH list, rows, [row IN rows WHERE (size($statuses) = 0 OR row.status IN $statuses)
  AND ($text = '' OR toLower(coalesce(row.name, '')) CONTAINS $text OR toLower(coalesce(row.nameEn, '')) CONTAINS $text
       OR toLower(row.subjectId) CONTAINS $text OR toLower(coalesce(row.caseNumber, '')) CONTAINS $text)] AS matching
CALL (matching) {
  UNWIND matching AS row
  WITH row, row.name AS name, row.subjectId AS subjectId, row.from AS from, row.until AS until, row.status AS status, row.agencyName AS agencyName
  ORDER BY from DESC, row.listingId
  SKIP toInteger($offset) LIMIT toInteger($first)
  RETURN collect(row) AS page
}
RETURN list.id AS id, coalesce(list.nameZh, list.nameEn) AS name, list.nameEn AS nameEn, list.kind AS listKind, size(rows) AS total, size(matching) AS matching,
       [status IN $allStatuses | {status: status, count: size([row IN rows WHERE row.status = status])}] AS counts, page
