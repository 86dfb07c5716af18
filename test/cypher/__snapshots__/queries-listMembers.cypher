// 1. params: list, asOf, statuses, text, offset, first, allStatuses
MATCH (list:CreditList {id: $list})
CALL (list) {
  MATCH (s)-[:LISTED]->(m:Listing)-[:ON_LIST]->(list) WHERE s:Company OR s:Person
  WITH CASE WHEN (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) THEN 'active' WHEN m.status IN ['repaired', 'removed'] THEN m.status WHEN m.from > $asOf THEN 'upcoming' ELSE 'expired' END AS status, count(*) AS n
  RETURN collect({status: status, count: n}) AS counted
}
CALL (list) {
  MATCH (s)-[:LISTED]->(m:Listing)-[:ON_LIST]->(list) WHERE s:Company OR s:Person
  WITH s, m, CASE WHEN (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) THEN 'active' WHEN m.status IN ['repaired', 'removed'] THEN m.status WHEN m.from > $asOf THEN 'upcoming' ELSE 'expired' END AS status WHERE (size($statuses) = 0 OR status IN $statuses) AND (toLower(coalesce(s.nameZh, s.nameEn, '')) CONTAINS $text OR toLower(coalesce(s.nameEn, s.namePinyin, '')) CONTAINS $text
       OR toLower(s.id) CONTAINS $text OR toLower(coalesce(m.caseNumber, '')) CONTAINS $text)
  WITH s, m, status
  ORDER BY m.from DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($first)
  CALL (m) { OPTIONAL MATCH (m)-[:DECIDED_BY]->(a:Agency) RETURN a LIMIT 1 }
  RETURN collect({listingId: m.id, subjectId: s.id, subjectKind: CASE WHEN s:Person THEN 'Person' ELSE 'Company' END,
    name: coalesce(s.nameZh, s.nameEn), nameEn: coalesce(s.nameEn, s.namePinyin), uscc: s.uscc, from: m.from, until: m.until,
    endedOn: m.endedOn, caseNumber: m.caseNumber, status: status, agencyId: a.id, agencyName: a.nameZh, agencyNameEn: a.nameEn}) AS page
}
CALL (list) {
  MATCH (s)-[:LISTED]->(m:Listing)-[:ON_LIST]->(list) WHERE s:Company OR s:Person
  WITH s, m, CASE WHEN (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) THEN 'active' WHEN m.status IN ['repaired', 'removed'] THEN m.status WHEN m.from > $asOf THEN 'upcoming' ELSE 'expired' END AS status WHERE (size($statuses) = 0 OR status IN $statuses) AND (toLower(coalesce(s.nameZh, s.nameEn, '')) CONTAINS $text OR toLower(coalesce(s.nameEn, s.namePinyin, '')) CONTAINS $text
       OR toLower(s.id) CONTAINS $text OR toLower(coalesce(m.caseNumber, '')) CONTAINS $text)
  RETURN count(*) AS matching
}
RETURN list.id AS id, coalesce(list.nameZh, list.nameEn) AS name, list.nameEn AS nameEn, list.kind AS listKind,
       reduce(n = 0, c IN counted | n + c.count) AS total, matching,
       [status IN $allStatuses | {status: status, count: coalesce(head([c IN counted WHERE c.status = status | c.count]), 0)}] AS counts, page
