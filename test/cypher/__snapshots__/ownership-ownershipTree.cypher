// 1. params: frontier, asOf
UNWIND $frontier AS id
    MATCH (c:Node:Company {id: id})<-[r:SHAREHOLDER_OF]-(h)
    WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until) AND h.id <> c.id
    RETURN c.id AS from, h.id AS to, h.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction,
           CASE WHEN h:Person THEN 'Person' WHEN h:Agency THEN 'Agency' ELSE 'Company' END AS kind,
           coalesce(h.nameZh, h.nameEn) AS name
    ORDER BY from, to

// 2. params: frontier, asOf
UNWIND $frontier AS id
    MATCH (p:Node {id: id})-[r:SHAREHOLDER_OF]->(c:Company)
    WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until) AND p.id <> c.id
    RETURN p.id AS from, c.id AS to, p.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction,
           'Company' AS kind, coalesce(c.nameZh, c.nameEn) AS name
    ORDER BY from, to

// 3. params: ids
UNWIND $ids AS id
  MATCH (n:Node {id: id}) WHERE n:Company OR n:Person OR n:Agency
  RETURN id, CASE WHEN n:Person THEN 'Person' WHEN n:Agency THEN 'Agency' ELSE 'Company' END AS kind, coalesce(n.nameZh, n.nameEn) AS name

// 4. params: ids, asOf
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN id, [(n)-[:LISTED]->(m:Listing)-[:ON_LIST]->(l:CreditList) WHERE (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) | l.kind] AS kinds

// 5. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node
