// 1. params: measure, agency
MATCH (m:Measure)
WHERE ($measure IS NULL OR m.id = $measure)
  AND ($agency IS NULL OR EXISTS { (m)-[:IMPLEMENTED_BY]->(:Agency {id: $agency}) })
RETURN {
  measure: properties(m),
  agencies: [(m)-[:IMPLEMENTED_BY]->(ia:Agency) | properties(ia)],
  documents: [(dd:PolicyDocument)-[:DEFINES]->(m) | {document: properties(dd)}]
} AS measure,
  COLLECT { MATCH (d:PolicyDocument)-[r:PROPAGATES]->(m) MATCH (l:CreditList {id: r.list})
            RETURN {rule: {
  rule: properties(r),
  document: {document: properties(d)},
  cited: COLLECT { MATCH (cd:Node:PolicyDocument) WHERE cd.id IN r.basisDocuments RETURN {document: properties(cd)} }
}, list: {list: properties(l), maintainedBy: [(l)<-[:MAINTAINS]-(ma:Agency) | ma.id]}} AS row ORDER BY r.ruleId } AS rules,
  COLLECT {
  MATCH (ed:PolicyDocument) WHERE ed.type = 'basic_list'
  RETURN {document: {document: properties(ed)}, covers: [(ed)-[:DEFINES]->(cm:Measure) | cm.id]} AS edition
} AS editions
ORDER BY m.id

// 2. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node

// 3. params: items, asOf
UNWIND $items AS item
RETURN item.key AS key, COUNT {
  MATCH (list:CreditList)<-[:ON_LIST]-(l:Listing)<-[:LISTED]-(x)
  WHERE list.id IN item.lists AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END)
  RETURN DISTINCT x
} AS subjects
