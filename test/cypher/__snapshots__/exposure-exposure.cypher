// 1. params: frontier, asOf
UNWIND $frontier AS id
    MATCH (c:Node:Company {id: id})<-[r:SHAREHOLDER_OF]-(h)
    WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until) AND h.id <> c.id
    RETURN c.id AS from, h.id AS to, h.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction, {id: h.id, kind: CASE WHEN h:Person THEN 'Person' WHEN h:Agency THEN 'Agency' ELSE 'Company' END, name: coalesce(h.nameZh, h.nameEn), nameEn: coalesce(h.nameEn, h.namePinyin), synthetic: coalesce(h.synthetic, false), activeListKinds: [(h)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]} AS party
    ORDER BY from, to

// 2. params: ids, asOf
UNWIND $ids AS id
  MATCH (n:Node {id: id}) WHERE n:Company OR n:Person OR n:Agency
  RETURN {id: n.id, kind: CASE WHEN n:Person THEN 'Person' WHEN n:Agency THEN 'Agency' ELSE 'Company' END, name: coalesce(n.nameZh, n.nameEn), nameEn: coalesce(n.nameEn, n.namePinyin), synthetic: coalesce(n.synthetic, false), activeListKinds: [(n)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]} AS party

// 3. params: listIds
UNWIND $listIds AS listId
MATCH (d:PolicyDocument)-[r:PROPAGATES]->(m:Measure) WHERE r.list = listId
RETURN 'rule' AS part, {rule: properties(r), document: properties(d), measure: properties(m), agencies: [(m)-[:IMPLEMENTED_BY]->(ia:Agency) | properties(ia)]} AS value
UNION ALL
MATCH (list:CreditList) WHERE list.id IN $listIds
RETURN 'list' AS part, {list: properties(list), maintainedBy: [(list)<-[:MAINTAINS]-(ma:Agency) | ma.id]} AS value
UNION ALL
MATCH (e:PolicyDocument) WHERE e.type = 'basic_list' AND size($listIds) > 0
RETURN 'edition' AS part, {document: properties(e), covers: [(e)-[:DEFINES]->(cm:Measure) | cm.id]} AS value
UNION ALL
MATCH (:PolicyDocument)-[r:PROPAGATES]->() WHERE r.list IN $listIds
UNWIND r.basisDocuments AS cited
MATCH (cd:Node {id: cited})
RETURN DISTINCT 'cited' AS part, {document: properties(cd)} AS value
UNION ALL
RETURN 'stamp' AS part, {token: head(COLLECT { MATCH (stamp:ReferenceStamp) RETURN stamp.token })} AS value

// 4. params: subjects, asOf, maxHops, listKinds, hubDegree, hitCap, pathCap
UNWIND $subjects AS subject
MATCH (s:Node {id: subject}) WHERE s:Company OR s:Person OR s:Agency
CALL (s) {
  MATCH p = ALL SHORTEST (s)((a)-[r:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-(b) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) AND (a = s OR COUNT { (a)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-() } <= $hubDegree) ){1,3}(t)
  WITH s, t, p
  WHERE t <> s AND (EXISTS { MATCH (t)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind IN $listKinds AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END) } OR (length(p) < $maxHops AND COUNT { (t)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-() } > $hubDegree))
  WITH t, collect(p) AS paths
  WITH t, paths, length(head(paths)) AS hops
  ORDER BY hops, t.id
  LIMIT toInteger($hitCap) + 1
  RETURN collect({
    party: {id: t.id, kind: [l IN labels(t) WHERE l <> 'Node'][0], name: coalesce(t.nameZh, t.nameEn), nameEn: coalesce(t.nameEn, t.namePinyin), synthetic: coalesce(t.synthetic, false), activeListKinds: [(t)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]},
    hops: hops, pathCount: size(paths), degree: COUNT { (t)-[:SHAREHOLDER_OF|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF]-() },
    paths: [p IN paths[..toInteger($pathCap)] | {nodes: [n IN nodes(p) | {id: n.id, kind: [l IN labels(n) WHERE l <> 'Node'][0], name: coalesce(n.nameZh, n.nameEn, n.docNumber), nameEn: coalesce(n.nameEn, n.namePinyin), synthetic: coalesce(n.synthetic, false), activeListKinds: [(n)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]}], edges: [x IN relationships(p) | {type: type(x), from: startNode(x).id, to: endNode(x).id, fraction: x.fraction, role: x.role}], hops: length(p)}],
    listings: COLLECT { MATCH (t)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind IN $listKinds AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END)
                        RETURN {id: l.id, listId: cl.id, listName: coalesce(cl.nameZh, cl.nameEn), listNameEn: cl.nameEn, listKind: cl.kind, from: l.from, until: l.until, status: l.status, reason: l.reason, caseNumber: l.caseNumber, origin: coalesce(cl.origin, 'domestic'), authority: cl.authority, program: cl.program, sourceUrl: coalesce(l.sourceUrl, cl.sourceUrl)} AS listing ORDER BY listing.from, listing.id }
  }) AS found
}
RETURN {id: s.id, kind: CASE WHEN s:Person THEN 'Person' WHEN s:Agency THEN 'Agency' ELSE 'Company' END, name: coalesce(s.nameZh, s.nameEn), nameEn: coalesce(s.nameEn, s.namePinyin), synthetic: coalesce(s.synthetic, false), activeListKinds: [(s)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]} AS party,
       COLLECT { MATCH (s)-[:LISTED]->(l:Listing)-[:ON_LIST]->(cl:CreditList) WHERE cl.kind IN $listKinds AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END)
                 RETURN {id: l.id, listId: cl.id, listName: coalesce(cl.nameZh, cl.nameEn), listNameEn: cl.nameEn, listKind: cl.kind, from: l.from, until: l.until, status: l.status, reason: l.reason, caseNumber: l.caseNumber, origin: coalesce(cl.origin, 'domestic'), authority: cl.authority, program: cl.program, sourceUrl: coalesce(l.sourceUrl, cl.sourceUrl)} AS listing ORDER BY listing.from, listing.id } AS listings,
       found, head(COLLECT { MATCH (stamp:ReferenceStamp) RETURN stamp.token }) AS referenceStamp
