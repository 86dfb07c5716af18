// 1. params: from, to, asOf, hubDegree, first
MATCH (s:Node {id: $from}), (t:Node {id: $to})
MATCH p = SHORTEST 15 (s)((a)-[r:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-(b) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) AND (a = s OR COUNT { (a)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-() } <= $hubDegree) ){1,4}(t)
WITH p WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[..i])
RETURN {nodes: [n IN nodes(p) | {id: n.id, kind: [l IN labels(n) WHERE l <> 'Node'][0], name: coalesce(n.nameZh, n.nameEn, n.docNumber)}], edges: [x IN relationships(p) | {type: type(x), from: startNode(x).id, to: endNode(x).id, fraction: x.fraction, role: x.role}], hops: length(p)} AS path
ORDER BY length(p)
LIMIT toInteger($first)

// 2. params: ids
UNWIND $ids AS id
  MATCH (n:Node {id: id}) WHERE n:Company OR n:Person OR n:Agency
  RETURN id, CASE WHEN n:Person THEN 'Person' WHEN n:Agency THEN 'Agency' ELSE 'Company' END AS kind, coalesce(n.nameZh, n.nameEn) AS name

// 3. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, [(n)-[:LISTED]->(m:Listing)-[:ON_LIST]->(l:CreditList) WHERE (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) | l.kind] AS kinds

// 4. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node
