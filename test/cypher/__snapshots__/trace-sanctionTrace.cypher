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

// 3. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node

// 4. params: listIds
UNWIND $listIds AS listId
MATCH (d:PolicyDocument)-[r:PROPAGATES]->(m:Measure) WHERE r.list = listId
RETURN 'rule' AS part, {rule: properties(r), document: properties(d), measure: properties(m), agencies: [(m)-[:IMPLEMENTED_BY]->(ia:Agency) | properties(ia)]} AS value
UNION ALL
MATCH (list:CreditList) WHERE list.id IN $listIds
RETURN 'list' AS part, {list: properties(list), maintainedBy: [(list)<-[:MAINTAINS]-(ma:Agency) | ma.id]} AS value
UNION ALL
MATCH (e:PolicyDocument) WHERE e.type = 'basic_list'
RETURN 'edition' AS part, {document: properties(e), covers: [(e)-[:DEFINES]->(cm:Measure) | cm.id]} AS value
UNION ALL
MATCH (:PolicyDocument)-[r:PROPAGATES]->() WHERE r.list IN $listIds
UNWIND r.basisDocuments AS cited
MATCH (cd:Node {id: cited})
RETURN DISTINCT 'cited' AS part, {document: properties(cd)} AS value

// 5. params: subjects, asOf
UNWIND $subjects AS subject
MATCH (s:Node {id: subject})
WHERE s:Company OR s:Person
WITH s,
  COLLECT { MATCH (s)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF]->(c:Company) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) AND EXISTS { (c)-[:LISTED]->(al:Listing) WHERE (al.from <= $asOf AND $asOf < coalesce(al.until, '9999-12-31') AND CASE WHEN al.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(al.endedOn, al.until, al.from) ELSE true END) } RETURN DISTINCT c } AS roleCompanies,
  COLLECT { MATCH (s)-[:SHAREHOLDER_OF*1..6]->(c:Company) WITH DISTINCT c WHERE c <> s AND EXISTS { (c)-[:LISTED]->(al:Listing) WHERE (al.from <= $asOf AND $asOf < coalesce(al.until, '9999-12-31') AND CASE WHEN al.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(al.endedOn, al.until, al.from) ELSE true END) }
            RETURN c ORDER BY c.id } AS heldCompanies
UNWIND [s] + roleCompanies + heldCompanies[..25] AS party
WITH DISTINCT s, party, heldCompanies
RETURN s.id AS subjectId, CASE WHEN s:Person THEN 'Person' WHEN s:Agency THEN 'Agency' ELSE 'Company' END AS subjectKind, properties(s) AS subject,
  CASE WHEN party:Person THEN 'Person' WHEN party:Agency THEN 'Agency' ELSE 'Company' END AS kind, properties(party) AS party,
  party IN heldCompanies AS viaHolding, size(heldCompanies) - size(heldCompanies[..25]) AS heldCompaniesOmitted,
  COLLECT { MATCH (party)-[:LISTED]->(l:Listing)-[:ON_LIST]->(list:CreditList) WHERE (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END)
            RETURN {listing: properties(l), list: {list: properties(list), maintainedBy: [(list)<-[:MAINTAINS]-(ma:Agency) | ma.id]}, decidedBy: head([(l)-[:DECIDED_BY]->(da:Agency) | properties(da)])} AS row ORDER BY l.id } AS listings,
  COLLECT {
  MATCH (p:Person)-[r:LEGAL_REPRESENTATIVE_OF|OFFICER_OF]->(party) WHERE (coalesce(r.from, '') <= $asOf AND $asOf < coalesce(r.until, '9999-12-31')) AND (party = s OR p = s)
  RETURN {person: properties(p), relation: type(r), officerRole: r.role, from: r.from,
          activeListKinds: [(p)-[:LISTED]->(kl:Listing)-[:ON_LIST]->(kcl:CreditList) WHERE (kl.from <= $asOf AND $asOf < coalesce(kl.until, '9999-12-31') AND CASE WHEN kl.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(kl.endedOn, kl.until, kl.from) ELSE true END) | kcl.kind]} AS tie
  ORDER BY p.id, type(r), r.role } AS ties,
  CASE WHEN party:Company THEN COLLECT {
  MATCH (dh)-[sh:SHAREHOLDER_OF]->(party) WHERE (sh.from IS NULL OR sh.from <= $asOf) AND (sh.until IS NULL OR $asOf < sh.until) AND dh <> party
  RETURN {holder: properties(dh), kind: CASE WHEN dh:Person THEN 'Person' WHEN dh:Agency THEN 'Agency' ELSE 'Company' END, fraction: toFloat(sh.fraction)} AS holding
  ORDER BY dh.id } ELSE [] END AS directHolders
