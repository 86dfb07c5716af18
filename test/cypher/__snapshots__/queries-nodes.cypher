// 1. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, {kind: [label IN labels(n) WHERE label <> 'Node'][0], props: properties(n)} AS node
