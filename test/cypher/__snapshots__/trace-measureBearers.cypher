// 1. params: lists, asOf, after, limit
MATCH (list:CreditList)<-[:ON_LIST]-(l:Listing)<-[:LISTED]-(x)
WHERE list.id IN $lists AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END) AND ($after IS NULL OR x.id > $after)
WITH x, collect({listing: properties(l), list: {list: properties(list), maintainedBy: [(list)<-[:MAINTAINS]-(ma:Agency) | ma.id]}, decidedBy: head([(l)-[:DECIDED_BY]->(da:Agency) | properties(da)])}) AS listings
ORDER BY x.id
LIMIT toInteger($limit)
RETURN CASE WHEN x:Person THEN 'Person' WHEN x:Agency THEN 'Agency' ELSE 'Company' END AS kind, properties(x) AS party, listings, COLLECT {
  MATCH (p:Person)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF]->(x) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) AND true
  RETURN {person: properties(p), relation: type(r), officerRole: r.role, from: r.from,
          activeListKinds: [(p)-[:LISTED]->(kl:Listing)-[:ON_LIST]->(kcl:CreditList) WHERE (kl.from <= $asOf AND $asOf < coalesce(kl.until, '9999-12-31') AND CASE WHEN kl.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(kl.endedOn, kl.until, kl.from) ELSE true END) | kcl.kind]} AS tie
  ORDER BY p.id, type(r), r.role } AS ties,
  CASE WHEN x:Company THEN COLLECT {
  MATCH (dh)-[sh:SHAREHOLDER_OF]->(x) WHERE (sh.from IS NULL OR sh.from <= $asOf) AND (sh.until IS NULL OR $asOf < sh.until) AND dh <> x
  RETURN {holder: properties(dh), kind: CASE WHEN dh:Person THEN 'Person' WHEN dh:Agency THEN 'Agency' ELSE 'Company' END, fraction: toFloat(sh.fraction)} AS holding
  ORDER BY dh.id } ELSE [] END AS directHolders

// 2. params: measure, agency
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

// 3. params: frontier, asOf
UNWIND $frontier AS id
    MATCH (c:Node:Company {id: id})<-[r:SHAREHOLDER_OF]-(h)
    WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until) AND h.id <> c.id
    RETURN c.id AS from, h.id AS to, h.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction, {id: h.id, kind: CASE WHEN h:Person THEN 'Person' WHEN h:Agency THEN 'Agency' ELSE 'Company' END, name: coalesce(h.nameZh, h.nameEn), nameEn: coalesce(h.nameEn, h.namePinyin), synthetic: coalesce(h.synthetic, false), activeListKinds: [(h)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]} AS party
    ORDER BY from, to

// 4. params: ids, asOf
UNWIND $ids AS id
  MATCH (n:Node {id: id}) WHERE n:Company OR n:Person OR n:Agency
  RETURN {id: n.id, kind: CASE WHEN n:Person THEN 'Person' WHEN n:Agency THEN 'Agency' ELSE 'Company' END, name: coalesce(n.nameZh, n.nameEn), nameEn: coalesce(n.nameEn, n.namePinyin), synthetic: coalesce(n.synthetic, false), activeListKinds: [(n)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]} AS party

// 5. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node

// 6. params: items, asOf
UNWIND $items AS item
RETURN item.key AS key, COUNT {
  MATCH (list:CreditList)<-[:ON_LIST]-(l:Listing)<-[:LISTED]-(x)
  WHERE list.id IN item.lists AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END)
  RETURN DISTINCT x
} AS subjects
