import { WholeSelectionExport, edgeLabel, nodeLabel } from './elements.ts';

/**
 * GraphML (Gephi, yEd, Cytoscape desktop, networkx): one `<key>` per property name and element
 * kind, typed boolean/double/string; lists are written as JSON text.
 */

type Target = 'node' | 'edge';

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

function typeOf(value: unknown): 'boolean' | 'double' | 'string' {
  return typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? 'double' : 'string';
}

const text = (value: unknown) => (Array.isArray(value) ? JSON.stringify(value) : String(value));

export class GraphmlExport extends WholeSelectionExport {
  protected render(): string {
    const nodes = [...this.elements.nodes.values()].map((n) => ({ id: n.id, data: { kind: n.kind, label: nodeLabel(n), ...n.props } }));
    const edges = [...this.elements.edges.values()].map((e) => ({ id: `${e.type}:${e.id}`, from: e.from, to: e.to, data: { type: e.type, label: edgeLabel(e), ...e.props } }));
    const keys = new Map<string, { target: Target; name: string; type: string }>();
    const keyOf = (target: Target, name: string, value: unknown) => {
      const id = `${target[0]}_${name}`;
      const type = typeOf(value);
      const existing = keys.get(id);
      // A property with mixed types across elements falls back to string.
      if (!existing) keys.set(id, { target, name, type });
      else if (existing.type !== type) existing.type = 'string';
      return id;
    };
    const dataXml = (target: Target, data: Record<string, unknown>) =>
      Object.entries(data)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([name, v]) => `<data key="${escapeXml(keyOf(target, name, v))}">${escapeXml(text(v))}</data>`)
        .join('');
    const body = [
      ...nodes.map((n) => `    <node id="${escapeXml(n.id)}">${dataXml('node', n.data)}</node>`),
      ...edges.map((e) => `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.from)}" target="${escapeXml(e.to)}">${dataXml('edge', e.data)}</edge>`),
    ];
    const keyXml = [...keys.entries()].map(([id, k]) => `  <key id="${escapeXml(id)}" for="${k.target}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"/>`);
    const xml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
      ...keyXml,
      '  <graph id="scs-graph" edgedefault="directed">',
      ...body,
      '  </graph>',
      '</graphml>',
    ];
    return xml.join('\n') + '\n';
  }
}
