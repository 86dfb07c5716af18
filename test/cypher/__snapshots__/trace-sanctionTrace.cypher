// 1. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node

// 2. params: listIds
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

// 3. params: roots, asOf, levelCap
UNWIND $roots AS id
    MATCH (root:Node {id: id}) WHERE root:Company OR root:Person OR root:Agency
    WITH collect(root) AS roots
    WITH roots, [party IN roots WHERE party:Company] AS level0
    CALL (level0) {
      UNWIND level0[..$levelCap] AS held
      MATCH (held)<-[r:SHAREHOLDER_OF]-(holder:Company)
      WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until)
      RETURN collect(DISTINCT holder) AS level1
    }
    CALL (level1) {
      UNWIND level1[..$levelCap] AS held
      MATCH (held)<-[r:SHAREHOLDER_OF]-(holder:Company)
      WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until)
      RETURN collect(DISTINCT holder) AS level2
    }
    CALL (level2) {
      UNWIND level2[..$levelCap] AS held
      MATCH (held)<-[r:SHAREHOLDER_OF]-(holder:Company)
      WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until)
      RETURN collect(DISTINCT holder) AS level3
    }
    CALL (level3) {
      UNWIND level3[..$levelCap] AS held
      MATCH (held)<-[r:SHAREHOLDER_OF]-(holder:Company)
      WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until)
      RETURN collect(DISTINCT holder) AS level4
    }
    CALL (level4) {
      UNWIND level4[..$levelCap] AS held
      MATCH (held)<-[r:SHAREHOLDER_OF]-(holder:Company)
      WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until)
      RETURN collect(DISTINCT holder) AS level5
    }
    CALL (level5) {
      UNWIND level5[..$levelCap] AS held
      MATCH (held)<-[r:SHAREHOLDER_OF]-(holder:Company)
      WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until)
      RETURN collect(DISTINCT holder) AS level6
    }
    CALL (level0, level1, level2, level3, level4, level5, level6) {
      UNWIND level0[..$levelCap] + level1[..$levelCap] + level2[..$levelCap] + level3[..$levelCap] + level4[..$levelCap] + level5[..$levelCap] + level6[..$levelCap] AS reached
      WITH DISTINCT reached AS c
      MATCH (c)<-[r:SHAREHOLDER_OF]-(h)
      WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until) AND h.id <> c.id
      WITH c, r, h ORDER BY c.id, h.id
      RETURN collect({from: c.id, to: h.id, holder: h.id, company: c.id, fraction: toFloat(r.fraction), party: {id: h.id, kind: CASE WHEN h:Person THEN 'Person' WHEN h:Agency THEN 'Agency' ELSE 'Company' END, name: coalesce(h.nameZh, h.nameEn), nameEn: coalesce(h.nameEn, h.namePinyin), synthetic: coalesce(h.synthetic, false), activeListKinds: [(h)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]}}) AS holdings
    }
    RETURN [party IN roots | {id: party.id, kind: CASE WHEN party:Person THEN 'Person' WHEN party:Agency THEN 'Agency' ELSE 'Company' END, name: coalesce(party.nameZh, party.nameEn), nameEn: coalesce(party.nameEn, party.namePinyin), synthetic: coalesce(party.synthetic, false), activeListKinds: [(party)-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE (drawnListing.from <= $asOf AND $asOf < coalesce(drawnListing.until, '9999-12-31') AND CASE WHEN drawnListing.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(drawnListing.endedOn, drawnListing.until, drawnListing.from) ELSE true END) | drawnList.kind]}] AS roots, holdings,
      any(level IN [level0, level1, level2, level3, level4, level5, level6] WHERE size(level) > $levelCap) AS overflow

// 4. params: subjects, asOf
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
  ORDER BY dh.id } ELSE [] END AS directHolders,
  head(COLLECT { MATCH (stamp:ReferenceStamp) RETURN stamp.token }) AS referenceStamp
