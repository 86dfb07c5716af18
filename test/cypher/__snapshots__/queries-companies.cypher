// 1. params: f, asOf, after, limitPlusOne
MATCH (c:Company)
WHERE c.divisionCode STARTS WITH $f.divisionCodePrefix AND EXISTS { MATCH (c)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind = $f.listKind AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END) }
WITH c, coalesce(c.nameZh, c.nameEn, '') AS sortKey
ORDER BY sortKey ASC, c.id ASC
LIMIT toInteger($limitPlusOne)
RETURN sortKey, {kind: [label IN labels(c) WHERE label <> 'Node'][0], props: properties(c)} AS node

// 2. params: f, asOf
MATCH (c:Company) WHERE c.divisionCode STARTS WITH $f.divisionCodePrefix AND EXISTS { MATCH (c)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind = $f.listKind AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END) } RETURN count(c) AS total
