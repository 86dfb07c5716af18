// 1. params: frontier, asOf
UNWIND $frontier AS id
    MATCH (c:Node:Company {id: id})<-[r:SHAREHOLDER_OF]-(h)
    WHERE (r.from IS NULL OR r.from <= $asOf) AND (r.until IS NULL OR $asOf < r.until) AND h.id <> c.id
    RETURN c.id AS from, h.id AS to, h.id AS holder, c.id AS company, toFloat(r.fraction) AS fraction,
           CASE WHEN h:Person THEN 'Person' WHEN h:Agency THEN 'Agency' ELSE 'Company' END AS kind,
           coalesce(h.nameZh, h.nameEn) AS name
    ORDER BY from, to

// 2. params: ids
UNWIND $ids AS id
  MATCH (n:Node {id: id}) WHERE n:Company OR n:Person OR n:Agency
  RETURN id, CASE WHEN n:Person THEN 'Person' WHEN n:Agency THEN 'Agency' ELSE 'Company' END AS kind, coalesce(n.nameZh, n.nameEn) AS name
