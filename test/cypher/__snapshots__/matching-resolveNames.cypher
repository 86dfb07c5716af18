// 1. params: queries
UNWIND $queries AS q
CALL (q) {
  MATCH (c:Company) WHERE c.nameKey = q.key
  RETURN c LIMIT 200
  UNION
  MATCH (c:Company) WHERE q.uscc IS NOT NULL AND c.uscc = q.uscc
  RETURN c
  UNION
  UNWIND CASE WHEN q.text = '' THEN [] ELSE [q.text] END AS text
  CALL db.index.fulltext.queryNodes('name_search', text, {limit: 20}) YIELD node
  WITH node WHERE node:Company
  RETURN node AS c
}
RETURN q.index AS query, c.id AS id, c.uscc AS uscc, c.nameZh AS nameZh, c.nameEn AS nameEn, coalesce(c.formerNames, []) AS formerNames
