// 1. params: roots, asOf, levelCap
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
