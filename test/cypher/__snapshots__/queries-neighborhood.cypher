// 1. params: id
MATCH (n:Node {id: $id}) RETURN {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node

// 2. params: frontier, skip, perNode, kinds, asOf
UNWIND $frontier AS id
MATCH (n:Node {id: id})
CALL {
  WITH n
  MATCH (n)-[r]-(m:Node)
  WHERE ($kinds IS NULL OR any(label IN labels(m) WHERE label IN $kinds)) AND (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31'))
  WITH r, m ORDER BY type(r), m.id
  SKIP toInteger($skip) LIMIT toInteger($perNode)
  RETURN collect({type: type(r), start: startNode(r).id, end: endNode(r).id, props: properties(r), node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}}) AS items
}
RETURN id, items, COUNT { MATCH (n)-[r]-(m:Node) WHERE ($kinds IS NULL OR any(label IN labels(m) WHERE label IN $kinds)) AND (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) } AS degree

// 3. params: ids
UNWIND $ids AS id
MATCH (:Listing {id: id})-[:ON_LIST]->(l:CreditList)
RETURN id, l.kind AS kind

// 4. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, [(n)-[:LISTED]->(m:Listing)-[:ON_LIST]->(l:CreditList) WHERE (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) | l.kind] AS kinds
