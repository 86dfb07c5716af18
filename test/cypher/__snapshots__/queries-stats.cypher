// 1. params: none
MATCH ()-[r:SHAREHOLDER_OF]->() RETURN 'SHAREHOLDER_OF' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:INDIRECT_OWNER_OF]->() RETURN 'INDIRECT_OWNER_OF' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:HAS_INTEREST_IN]->() RETURN 'HAS_INTEREST_IN' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:LEGAL_REPRESENTATIVE_OF]->() RETURN 'LEGAL_REPRESENTATIVE_OF' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:OFFICER_OF]->() RETURN 'OFFICER_OF' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:CONSOLIDATED_BY]->() RETURN 'CONSOLIDATED_BY' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:SAME_AS]->() RETURN 'SAME_AS' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:BRANCH_OF]->() RETURN 'BRANCH_OF' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:PART_OF]->() RETURN 'PART_OF' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:SUCCEEDED_BY]->() RETURN 'SUCCEEDED_BY' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:MAINTAINS]->() RETURN 'MAINTAINS' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:ESTABLISHES]->() RETURN 'ESTABLISHES' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:TRIGGERED_BY]->() RETURN 'TRIGGERED_BY' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:DEFINES]->() RETURN 'DEFINES' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:PROPAGATES]->() RETURN 'PROPAGATES' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:IMPLEMENTED_BY]->() RETURN 'IMPLEMENTED_BY' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:ISSUED]->() RETURN 'ISSUED' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:SIGNED]->() RETURN 'SIGNED' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:SUPERSEDES]->() RETURN 'SUPERSEDES' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:AMENDS]->() RETURN 'AMENDS' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:LEGAL_BASIS]->() RETURN 'LEGAL_BASIS' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:PUBLISHED_ON]->() RETURN 'PUBLISHED_ON' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:OPERATED_BY]->() RETURN 'OPERATED_BY' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:SUPERVISED_BY]->() RETURN 'SUPERVISED_BY' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:LISTED]->() RETURN 'LISTED' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:ON_LIST]->() RETURN 'ON_LIST' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:DECIDED_BY]->() RETURN 'DECIDED_BY' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:FAMILY_OF]->() RETURN 'FAMILY_OF' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:ASSOCIATE_OF]->() RETURN 'ASSOCIATE_OF' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:GRADED]->() RETURN 'GRADED' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:IN_SCHEME]->() RETURN 'IN_SCHEME' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:ISSUED_BY]->() RETURN 'ISSUED_BY' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:DEFINED_IN]->() RETURN 'DEFINED_IN' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:HAS_RECORD]->() RETURN 'HAS_RECORD' AS type, count(r) AS total
UNION ALL
MATCH ()-[r:ENDS]->() RETURN 'ENDS' AS type, count(r) AS total

// 2. params: asOf
MATCH (list:CreditList)
RETURN {kind: [label IN labels(list) WHERE label <> 'Node'][0], props: properties(list)} AS list,
  COUNT { (list)<-[:ON_LIST]-(:Listing) } AS entries,
  COUNT { MATCH (list)<-[:ON_LIST]-(m:Listing) WHERE (m.from <= $asOf AND $asOf < coalesce(m.until, '9999-12-31') AND CASE WHEN m.status IN ['expired', 'repaired', 'removed'] THEN $asOf < coalesce(m.endedOn, m.until, m.from) ELSE true END) } AS activeEntries
ORDER BY activeEntries DESC, list.id

// 3. params: none
MATCH (n:Company) RETURN 'Company' AS kind, count(n) AS total
UNION ALL
MATCH (n:Person) RETURN 'Person' AS kind, count(n) AS total
UNION ALL
MATCH (n:Agency) RETURN 'Agency' AS kind, count(n) AS total
UNION ALL
MATCH (n:Platform) RETURN 'Platform' AS kind, count(n) AS total
UNION ALL
MATCH (n:CreditList) RETURN 'CreditList' AS kind, count(n) AS total
UNION ALL
MATCH (n:PolicyDocument) RETURN 'PolicyDocument' AS kind, count(n) AS total
UNION ALL
MATCH (n:Measure) RETURN 'Measure' AS kind, count(n) AS total
UNION ALL
MATCH (n:GradeScheme) RETURN 'GradeScheme' AS kind, count(n) AS total
UNION ALL
MATCH (n:Listing) RETURN 'Listing' AS kind, count(n) AS total
UNION ALL
MATCH (n:Grade) RETURN 'Grade' AS kind, count(n) AS total
UNION ALL
MATCH (n:CreditRecord) RETURN 'CreditRecord' AS kind, count(n) AS total
