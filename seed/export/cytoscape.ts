import { WholeSelectionExport, edgeLabel, nodeLabel } from './elements.ts';

/**
 * Cytoscape.js JSON (`cy.add(json.elements)` or `cytoscape({elements})`): `data` holds id, kind or
 * type, label and every property. Provenance `source` is renamed `provenance` because Cytoscape
 * reads an edge's `source` as its start node.
 */
export class CytoscapeExport extends WholeSelectionExport {
  protected render(): string {
    const rename = (props: Record<string, unknown>) => {
      const { source, ...rest } = props;
      return source === undefined ? rest : { ...rest, provenance: source };
    };
    const nodes = [...this.elements.nodes.values()].map((node) => ({ data: { ...rename(node.props), id: node.id, kind: node.kind, label: nodeLabel(node) } }));
    const edges = [...this.elements.edges.values()].map((edge) => ({
      data: { ...rename(edge.props), id: `${edge.type}:${edge.id}`, relId: edge.id, source: edge.from, target: edge.to, type: edge.type, label: edgeLabel(edge) },
    }));
    return JSON.stringify({ elements: { nodes, edges } }, null, 1) + '\n';
  }
}
