// 1. params: none
MATCH (list:CreditList)
RETURN {list: properties(list), maintainedBy: [(list)<-[:MAINTAINS]-(ma:Agency) | ma.id]} AS list,
  [(d:PolicyDocument)-[:ESTABLISHES]->(list) | {
  document: properties(d),
  triggeredBy: [(d)-[:TRIGGERED_BY]->(dl:CreditList) | dl.id],
  regimeOf: [(d)-[:ESTABLISHES]->(:CreditList)<-[:MAINTAINS]-(ra:Agency) | ra.id] + [(d)<-[:LEGAL_BASIS]-(:CreditList)<-[:MAINTAINS]-(rb:Agency) | rb.id]
}] + [(list)-[:LEGAL_BASIS]->(d:PolicyDocument) | {
  document: properties(d),
  triggeredBy: [(d)-[:TRIGGERED_BY]->(dl:CreditList) | dl.id],
  regimeOf: [(d)-[:ESTABLISHES]->(:CreditList)<-[:MAINTAINS]-(ra:Agency) | ra.id] + [(d)<-[:LEGAL_BASIS]-(:CreditList)<-[:MAINTAINS]-(rb:Agency) | rb.id]
}] AS documents
ORDER BY list.id

// 2. params: measure, agency
MATCH (m:Measure)
WHERE ($measure IS NULL OR m.id = $measure)
  AND ($agency IS NULL OR EXISTS { (m)-[:IMPLEMENTED_BY]->(:Agency {id: $agency}) })
RETURN {
  measure: properties(m),
  triggeredBy: [(m)-[:TRIGGERED_BY]->(tl:CreditList) | tl.id],
  agencies: [(m)-[:IMPLEMENTED_BY]->(ia:Agency) | properties(ia)],
  documents: [(dd:PolicyDocument)-[:DEFINES]->(m) | {
  document: properties(dd),
  triggeredBy: [(dd)-[:TRIGGERED_BY]->(dl:CreditList) | dl.id],
  regimeOf: [(dd)-[:ESTABLISHES]->(:CreditList)<-[:MAINTAINS]-(ra:Agency) | ra.id] + [(dd)<-[:LEGAL_BASIS]-(:CreditList)<-[:MAINTAINS]-(rb:Agency) | rb.id]
}]
} AS measure,
  [(m)-[:TRIGGERED_BY]->(l:CreditList) | {list: properties(l), maintainedBy: [(l)<-[:MAINTAINS]-(ma:Agency) | ma.id]}] +
  [(m)<-[:DEFINES]-(:PolicyDocument)-[:TRIGGERED_BY]->(l:CreditList) | {list: properties(l), maintainedBy: [(l)<-[:MAINTAINS]-(ma:Agency) | ma.id]}] AS lists
ORDER BY m.id
