// 1. params: query, kinds, limit, indexLimit
CALL db.index.fulltext.queryNodes('name_search', $query, {limit: toInteger($indexLimit)}) YIELD node AS n, score
WHERE $kinds IS NULL OR any(label IN labels(n) WHERE label IN $kinds)
RETURN {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node, score
ORDER BY score DESC, n.id
LIMIT toInteger($limit)
