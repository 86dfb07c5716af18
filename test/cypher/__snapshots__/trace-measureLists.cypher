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
