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

// 3. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node

// 4. params: items, asOf
UNWIND $items AS item
RETURN item.key AS key, COUNT {
  MATCH (list:CreditList)<-[:ON_LIST]-(l:Listing)<-[:LISTED]-(x)
  WHERE list.id IN item.lists AND (l.from <= $asOf AND $asOf < coalesce(l.until, '9999-12-31') AND CASE WHEN l.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(l.endedOn, l.until, l.from) ELSE true END)
  RETURN DISTINCT x
} AS subjects

// 5. params: roots, asOf, levelCap
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
