// 1. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:AMENDS]->(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 2. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:BRANCH_OF]->(m:Company)
  WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY coalesce(r.from, '') DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 3. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:DECIDED_BY]->(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 4. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:DEFINED_IN]->(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 5. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:DEFINES]->(m:Measure)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 6. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:ESTABLISHES]->(m:CreditList)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 7. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:GRADED]->(m:Grade)
  WHERE true
  WITH r, m ORDER BY coalesce(m.year, 0) DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 8. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:IMPLEMENTED_BY]->(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 9. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:IN_SCHEME]->(m:GradeScheme)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 10. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:ISSUED]->(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 11. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:ISSUED_BY]->(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 12. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:LEGAL_BASIS]->(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 13. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF|SHAREHOLDER_OF]->(m:Company)
  WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY coalesce(r.from, '') DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 14. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:LISTED]->(m:Listing)
  WHERE (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END)
  WITH r, m ORDER BY coalesce(m.from, '') DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 15. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:LISTED]->(m:Listing)
  WHERE true
  WITH r, m ORDER BY coalesce(m.from, '') DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 16. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:MAINTAINS]->(m:CreditList)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 17. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:ON_LIST]->(m:CreditList)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 18. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:OPERATED_BY]->(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 19. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:PART_OF]->(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 20. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:PUBLISHED_ON]->(m:Platform)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 21. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:SHAREHOLDER_OF]->(m:Company)
  WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY coalesce(r.fraction, -1.0) DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 22. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:SIGNED]->(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 23. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:SUCCEEDED_BY]->(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 24. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:SUPERSEDES]->(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 25. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:SUPERVISED_BY]->(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 26. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r:TRIGGERED_BY]->(m:CreditList)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 27. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:AMENDS]-(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 28. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:BRANCH_OF]-(m:Company)
  WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 29. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:DECIDED_BY]-(m:Listing)
  WHERE true
  WITH r, m ORDER BY coalesce(m.from, '') DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 30. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:DEFINED_IN]-(m:GradeScheme)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 31. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:DEFINES]-(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 32. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:ESTABLISHES]-(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 33. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:GRADED]-(m:Company)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 34. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:IMPLEMENTED_BY]-(m:Measure)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 35. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:IN_SCHEME]-(m:Grade)
  WHERE true
  WITH r, m ORDER BY coalesce(m.year, 0) DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 36. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:ISSUED]-(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 37. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:ISSUED_BY]-(m:GradeScheme)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 38. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:LEGAL_BASIS]-(m:CreditList)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 39. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:LEGAL_REPRESENTATIVE_OF]-(m:Person)
  WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY coalesce(r.from, '') DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 40. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:LISTED]-(m:Company|Person)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 41. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:MAINTAINS]-(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 42. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:OFFICER_OF]-(m:Person)
  WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 43. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:ON_LIST]-(m:Listing)
  WHERE (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END)
  WITH r, m ORDER BY coalesce(m.from, '') DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 44. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:ON_LIST]-(m:Listing)
  WHERE true
  WITH r, m ORDER BY coalesce(m.from, '') DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 45. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:OPERATED_BY]-(m:Platform)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 46. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:PART_OF]-(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 47. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:PUBLISHED_ON]-(m:CreditList)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 48. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:SHAREHOLDER_OF]-(m)
  WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY coalesce(r.fraction, -1.0) DESC, m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 49. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:SIGNED]-(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 50. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:SUCCEEDED_BY]-(m:Agency)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 51. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:SUPERSEDES]-(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 52. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:SUPERVISED_BY]-(m:Platform)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 53. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:TRIGGERED_BY]-(m:Measure)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 54. params: ids, asOf, offset, limitPlusOne
UNWIND $ids AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)<-[r:TRIGGERED_BY]-(m:PolicyDocument)
  WHERE true
  WITH r, m ORDER BY coalesce(m.nameZh, m.nameEn, m.id), m.id
  SKIP toInteger($offset) LIMIT toInteger($limitPlusOne)
  RETURN collect({relType: type(r), rel: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items

// 55. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:AMENDS]->(m:PolicyDocument) WHERE true } AS total

// 56. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:BRANCH_OF]->(m:Company) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS total

// 57. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:DECIDED_BY]->(m:Agency) WHERE true } AS total

// 58. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:DEFINED_IN]->(m:PolicyDocument) WHERE true } AS total

// 59. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:DEFINES]->(m:Measure) WHERE true } AS total

// 60. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:ESTABLISHES]->(m:CreditList) WHERE true } AS total

// 61. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:GRADED]->(m:Grade) WHERE true } AS total

// 62. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:IMPLEMENTED_BY]->(m:Agency) WHERE true } AS total

// 63. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:IN_SCHEME]->(m:GradeScheme) WHERE true } AS total

// 64. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:ISSUED]->(m:PolicyDocument) WHERE true } AS total

// 65. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:ISSUED_BY]->(m:Agency) WHERE true } AS total

// 66. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:LEGAL_BASIS]->(m:PolicyDocument) WHERE true } AS total

// 67. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF|SHAREHOLDER_OF]->(m:Company) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS total

// 68. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:LISTED]->(m:Listing) WHERE (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) } AS total

// 69. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:LISTED]->(m:Listing) WHERE true } AS total

// 70. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:MAINTAINS]->(m:CreditList) WHERE true } AS total

// 71. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:ON_LIST]->(m:CreditList) WHERE true } AS total

// 72. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:OPERATED_BY]->(m:Agency) WHERE true } AS total

// 73. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:PART_OF]->(m:Agency) WHERE true } AS total

// 74. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:PUBLISHED_ON]->(m:Platform) WHERE true } AS total

// 75. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:SHAREHOLDER_OF]->(m:Company) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS total

// 76. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:SIGNED]->(m:PolicyDocument) WHERE true } AS total

// 77. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:SUCCEEDED_BY]->(m:Agency) WHERE true } AS total

// 78. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:SUPERSEDES]->(m:PolicyDocument) WHERE true } AS total

// 79. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:SUPERVISED_BY]->(m:Agency) WHERE true } AS total

// 80. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)-[r:TRIGGERED_BY]->(m:CreditList) WHERE true } AS total

// 81. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:AMENDS]-(m:PolicyDocument) WHERE true } AS total

// 82. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:BRANCH_OF]-(m:Company) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS total

// 83. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:DECIDED_BY]-(m:Listing) WHERE true } AS total

// 84. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:DEFINED_IN]-(m:GradeScheme) WHERE true } AS total

// 85. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:DEFINES]-(m:PolicyDocument) WHERE true } AS total

// 86. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:ESTABLISHES]-(m:PolicyDocument) WHERE true } AS total

// 87. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:GRADED]-(m:Company) WHERE true } AS total

// 88. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:IMPLEMENTED_BY]-(m:Measure) WHERE true } AS total

// 89. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:IN_SCHEME]-(m:Grade) WHERE true } AS total

// 90. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:ISSUED]-(m:Agency) WHERE true } AS total

// 91. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:ISSUED_BY]-(m:GradeScheme) WHERE true } AS total

// 92. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:LEGAL_BASIS]-(m:CreditList) WHERE true } AS total

// 93. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:LEGAL_REPRESENTATIVE_OF]-(m:Person) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS total

// 94. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:LISTED]-(m:Company|Person) WHERE true } AS total

// 95. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:MAINTAINS]-(m:Agency) WHERE true } AS total

// 96. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:OFFICER_OF]-(m:Person) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS total

// 97. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:ON_LIST]-(m:Listing) WHERE (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) } AS total

// 98. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:ON_LIST]-(m:Listing) WHERE true } AS total

// 99. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:OPERATED_BY]-(m:Platform) WHERE true } AS total

// 100. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:PART_OF]-(m:Agency) WHERE true } AS total

// 101. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:PUBLISHED_ON]-(m:CreditList) WHERE true } AS total

// 102. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:SHAREHOLDER_OF]-(m) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS total

// 103. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:SIGNED]-(m:Agency) WHERE true } AS total

// 104. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:SUCCEEDED_BY]-(m:Agency) WHERE true } AS total

// 105. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:SUPERSEDES]-(m:PolicyDocument) WHERE true } AS total

// 106. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:SUPERVISED_BY]-(m:Platform) WHERE true } AS total

// 107. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:TRIGGERED_BY]-(m:Measure) WHERE true } AS total

// 108. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, COUNT { MATCH (n)<-[r:TRIGGERED_BY]-(m:PolicyDocument) WHERE true } AS total
