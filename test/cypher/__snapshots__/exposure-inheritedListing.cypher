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
