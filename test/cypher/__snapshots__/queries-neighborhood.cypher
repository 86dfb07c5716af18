// 1. params: frontier, withFrontier, skip, perNode, kinds, asOf
UNWIND $frontier AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Node)
  WHERE ($kinds IS NULL OR any(label IN labels(m) WHERE label IN $kinds)) AND (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY type(r), m.id
  SKIP toInteger($skip) LIMIT toInteger($perNode)
  RETURN collect({type: type(r), start: startNode(r).id, end: endNode(r).id, props: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m), activeKinds: CASE WHEN m:Company OR m:Person THEN [(m)-[:LISTED]->(mListing:Listing)-[:ON_LIST]->(mList:CreditList) WHERE (mListing.from <= $asOf AND $asOf < coalesce(mListing.until, '9999-12-31') AND CASE WHEN mListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(mListing.endedOn, mListing.until, mListing.from) ELSE true END) | mList.kind] END, listKind: head([(m:Listing)-[:ON_LIST]->(mList:CreditList) | mList.kind])}}) AS items
}
RETURN id, CASE WHEN $withFrontier THEN {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n), activeKinds: CASE WHEN n:Company OR n:Person THEN [(n)-[:LISTED]->(nListing:Listing)-[:ON_LIST]->(nList:CreditList) WHERE (nListing.from <= $asOf AND $asOf < coalesce(nListing.until, '9999-12-31') AND CASE WHEN nListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(nListing.endedOn, nListing.until, nListing.from) ELSE true END) | nList.kind] END, listKind: head([(n:Listing)-[:ON_LIST]->(nList:CreditList) | nList.kind])} END AS node, items, COUNT { MATCH (n)-[r]-(m:Node) WHERE ($kinds IS NULL OR any(label IN labels(m) WHERE label IN $kinds)) AND (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS degree
