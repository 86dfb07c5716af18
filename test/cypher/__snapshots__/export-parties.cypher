// 1. params: subject
MATCH (n:Node {id: $subject}) WHERE n:Company OR n:Person RETURN n.id AS id

// 2. params: after, limit
MATCH (n:Node) WHERE n.id > $after AND (n:Company OR n:Person)
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id LIMIT $limit

// 3. params: frontier
UNWIND $frontier AS id MATCH (:Node {id: id})-[:SHAREHOLDER_OF|INDIRECT_OWNER_OF|HAS_INTEREST_IN|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF|FAMILY_OF|ASSOCIATE_OF]-(b) WHERE b:Company OR b:Person RETURN DISTINCT b.id AS id

// 4. params: ids
UNWIND $ids AS id MATCH (a)-[r:SHAREHOLDER_OF|INDIRECT_OWNER_OF|HAS_INTEREST_IN|LEGAL_REPRESENTATIVE_OF|OFFICER_OF|BRANCH_OF|FAMILY_OF|ASSOCIATE_OF]->(b:Node {id: id})
     RETURN r.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props,
       CASE WHEN a:Agency THEN properties(a) END AS agency
     ORDER BY to, type, from, id

// 5. params: ids
UNWIND $ids AS id MATCH (n:Node {id: id}) WHERE n:Company OR n:Person
     RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY n.id

// 6. params: ids
UNWIND $ids AS id MATCH (s:Node {id: id})-[listed:LISTED]->(l:Listing)-[on:ON_LIST]->(cl:CreditList)
     OPTIONAL MATCH (l)-[decided:DECIDED_BY]->(a:Agency)
     RETURN s.id AS subject, properties(l) AS listing, cl.id AS listId, properties(cl) AS list, a.id AS agencyId, properties(a) AS agency,
       [x IN [[listed, s.id, l.id], [on, l.id, cl.id], [decided, l.id, a.id]] WHERE x[0] IS NOT NULL |
         {id: x[0].id, type: type(x[0]), from: x[1], to: x[2], props: properties(x[0])}] AS links
     ORDER BY subject, l.id
