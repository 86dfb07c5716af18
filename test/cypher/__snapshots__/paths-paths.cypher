// 1. params: from, to, asOf, hubDegree, first
MATCH (s:Node {id: $from}), (t:Node {id: $to})
MATCH p = SHORTEST 15 (s)((a)-[r:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-(b) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) AND (a = s OR COUNT { (a)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-() } <= $hubDegree) ){1,4}(t)
WITH p WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[..i])
RETURN {nodes: [n IN nodes(p) | {id: n.id, kind: [l IN labels(n) WHERE l <> 'Node'][0], name: coalesce(n.nameZh, n.nameEn, n.docNumber), nameEn: coalesce(n.nameEn, n.namePinyin), synthetic: coalesce(n.synthetic, false), activeListKinds: [(n)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]}], edges: [x IN relationships(p) | {type: type(x), from: startNode(x).id, to: endNode(x).id, fraction: x.fraction, role: x.role}], hops: length(p)} AS path
ORDER BY length(p)
LIMIT toInteger($first)

// 2. params: ids, asOf
UNWIND $ids AS id
  MATCH (n:Node {id: id}) WHERE n:Company OR n:Person OR n:Agency
  RETURN {id: n.id, kind: CASE WHEN n:Person THEN 'Person' WHEN n:Agency THEN 'Agency' ELSE 'Company' END, name: coalesce(n.nameZh, n.nameEn), nameEn: coalesce(n.nameEn, n.namePinyin), synthetic: coalesce(n.synthetic, false), activeListKinds: [(n)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]} AS party
