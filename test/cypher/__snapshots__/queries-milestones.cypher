// 1. params: reform, basicList
MATCH (d:PolicyDocument)
WHERE d.id = $reform OR d.type = $basicList
WITH d, coalesce(d.effective, d.issued) AS start
WHERE start IS NOT NULL
RETURN {kind: [label IN labels(d) WHERE label <> 'Node'][0], props: properties(d)} AS document
ORDER BY start, d.id
