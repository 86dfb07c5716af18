// 1. params: ids
UNWIND $ids AS id
MATCH (n:Node {id: id})
OPTIONAL MATCH (n)-[r:PART_OF|SUCCEEDED_BY|MAINTAINS|ESTABLISHES|TRIGGERED_BY|DEFINES|IMPLEMENTED_BY|ISSUED|SIGNED|SUPERSEDES|AMENDS|LEGAL_BASIS|PUBLISHED_ON|OPERATED_BY|SUPERVISED_BY|ISSUED_BY|DEFINED_IN]-(m:Node)
RETURN id, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), outgoing: startNode(r) = n, node: {kind: [label IN labels(m) WHERE label <> 'Node'][0], props: properties(m)}} END) AS links
