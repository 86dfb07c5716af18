/**
 * Report-ready exports of the canvas: what the picture shows (mode and subject), as of which date,
 * from which sources, generated when and by what, and the legend of the kinds in it. The stamp is
 * drawn into the PNG and the SVG and also stored as PNG text (tEXt "Description") and as the JSON's
 * `meta`, so a file found later still says what it is.
 */
import type { Core } from 'cytoscape';
import type { GraphViewLike } from '../graph/elements.ts';
import { kindLooks, kindNames, type KindName } from '../graph/kinds.ts';
import { withoutLineBreaks } from '../graph/lineBreaks.ts';
import { completeView } from '../graph/windowFirst.ts';
import type { Lang } from '../state/route.ts';

export interface ReportContext {
  lang: Lang;
  /** "Sanction trace: 深圳市曜澜汐贸易有限公司" */
  title: string;
  asOf: string;
  view: GraphViewLike;
  /** ISO date-time of generation. */
  generatedAt: string;
}

export function stampLines(context: ReportContext): string[] {
  const zh = context.lang === 'zh';
  const synthetic = context.view.nodes.filter((node) => node.synthetic).length;
  const sources = zh
    ? `来源：scs-graph 参考数据（各节点出处见其详情）${synthetic ? `；其中 ${synthetic} 个节点为虚构演示数据` : ''}`
    : `Sources: scs-graph reference data (each node's source in its profile)${synthetic ? `; ${synthetic} nodes are fictitious demo data` : ''}`;
  return [
    context.title,
    zh ? `截至 ${context.asOf} · ${context.view.nodes.length} 个节点，${context.view.edges.length} 条关系` : `As of ${context.asOf} · ${context.view.nodes.length} nodes, ${context.view.edges.length} relationships`,
    sources,
    zh ? `生成于 ${context.generatedAt}（scs-graph）` : `Generated ${context.generatedAt} by scs-graph`,
  ];
}

/** The kinds present in the view, in the legend's order. */
export function legendKinds(view: GraphViewLike): KindName[] {
  const present = new Set(view.nodes.map((node) => node.kind));
  return kindNames.filter((kind) => present.has(kind));
}

/** The JSON export: the API's GraphView shape (nodes, edges, truncated) with the stamp as `meta`. */
export function reportJson(context: ReportContext): string {
  const { view } = context;
  return JSON.stringify(
    { meta: { title: context.title, asOf: context.asOf, generatedAt: context.generatedAt, stamp: stampLines(context), generator: 'scs-graph' }, nodes: view.nodes, edges: view.edges, truncated: view.truncated },
    null,
    1,
  );
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

const headerHeight = 96;
const legendWidth = 190;

/** SVG of the drawn graph (node shapes as circles/rectangles in their kind's colour, edges as lines, labels) with stamp and legend. */
export function reportSvg(cy: Core, context: ReportContext): string {
  completeView(cy);
  const box = cy.elements().boundingBox({});
  const pad = 20;
  const width = Math.max(400, box.w + 2 * pad) + legendWidth;
  const height = Math.max(300, box.h + 2 * pad) + headerHeight;
  const x = (value: number) => value - box.x1 + pad;
  const y = (value: number) => value - box.y1 + pad + headerHeight;
  const parts: string[] = [];
  cy.edges(':visible').forEach((edge) => {
    const s = edge.source().position();
    const t = edge.target().position();
    parts.push(`<line x1="${x(s.x).toFixed(1)}" y1="${y(s.y).toFixed(1)}" x2="${x(t.x).toFixed(1)}" y2="${y(t.y).toFixed(1)}" stroke="#999" stroke-width="1"/>`);
  });
  cy.nodes(':visible').forEach((node) => {
    const p = node.position();
    const look = kindLooks[node.data('kind') as KindName];
    const colour = look?.colour ?? '#bbb';
    const w = node.width();
    const h = node.height();
    const shape = look?.shape === 'ellipse' ? `<ellipse cx="${x(p.x).toFixed(1)}" cy="${y(p.y).toFixed(1)}" rx="${(w / 2).toFixed(1)}" ry="${(h / 2).toFixed(1)}" fill="${colour}" stroke="#333"/>` : `<rect x="${(x(p.x) - w / 2).toFixed(1)}" y="${(y(p.y) - h / 2).toFixed(1)}" width="${w.toFixed(1)}" height="${h.toFixed(1)}" rx="4" fill="${colour}" stroke="#333"/>`;
    const label = withoutLineBreaks(String(node.data('label') ?? '')).split('\n')[0] ?? '';
    parts.push(`${shape}<text x="${x(p.x).toFixed(1)}" y="${(y(p.y) + h / 2 + 12).toFixed(1)}" font-size="11" text-anchor="middle">${escapeXml(label)}</text>`);
  });
  const stamp = stampLines(context)
    .map((line, index) => `<text class="stamp" x="12" y="${22 + index * 20}" font-size="${index === 0 ? 16 : 12}"${index === 0 ? ' font-weight="600"' : ''}>${escapeXml(line)}</text>`)
    .join('');
  const legend = legendKinds(context.view)
    .map((kind, index) => `<rect x="${width - legendWidth + 12}" y="${headerHeight + 14 + index * 20}" width="14" height="12" fill="${kindLooks[kind].colour}" stroke="#333"/><text x="${width - legendWidth + 32}" y="${headerHeight + 24 + index * 20}" font-size="12">${escapeXml(kindLooks[kind][context.lang])}</text>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width.toFixed(0)}" height="${height.toFixed(0)}" font-family="Noto Sans CJK SC, sans-serif">
<rect width="100%" height="100%" fill="#fff"/>
<g class="stamp">${stamp}</g>
<g class="graph">${parts.join('')}</g>
<g class="legend">${legend}</g>
</svg>`;
}

// PNG text chunk (ISO 8859-1 keyword; the stamp itself as UTF-8 in an iTXt chunk).
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** Inserts an iTXt chunk `keyword` = `text` (UTF-8) right after the PNG's IHDR chunk. */
export function withPngText(png: Uint8Array, keyword: string, text: string): Uint8Array {
  const encoder = new TextEncoder();
  const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(encoder.encode('iTXt'), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const ihdrEnd = 8 + 12 + 13;
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdrEnd), 0);
  out.set(chunk, ihdrEnd);
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
  return out;
}

/** The canvas picture with the stamp above it and the legend beside it, as PNG bytes with the stamp also as text. */
export async function reportPng(cy: Core, context: ReportContext, scale = 2): Promise<Uint8Array> {
  completeView(cy);
  const graph = await createImageBitmap(cy.png({ full: true, scale, output: 'blob', bg: '#ffffff', maxWidth: 12000, maxHeight: 12000 }) as unknown as Blob);
  const kinds = legendKinds(context.view);
  const header = headerHeight * scale;
  const side = legendWidth * scale;
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(graph.width, 600 * scale) + side;
  canvas.height = Math.max(graph.height, (kinds.length * 20 + 30) * scale) + header;
  const draw = canvas.getContext('2d')!;
  draw.fillStyle = '#fff';
  draw.fillRect(0, 0, canvas.width, canvas.height);
  draw.drawImage(graph, 0, header);
  draw.fillStyle = '#111';
  stampLines(context).forEach((line, index) => {
    draw.font = `${index === 0 ? '600 ' : ''}${(index === 0 ? 16 : 12) * scale}px "Noto Sans CJK SC", sans-serif`;
    draw.fillText(line, 12 * scale, (22 + index * 20) * scale);
  });
  const left = canvas.width - side + 12 * scale;
  kinds.forEach((kind, index) => {
    const top = header + (14 + index * 20) * scale;
    draw.fillStyle = kindLooks[kind].colour;
    draw.fillRect(left, top, 14 * scale, 12 * scale);
    draw.strokeRect(left, top, 14 * scale, 12 * scale);
    draw.fillStyle = '#111';
    draw.font = `${12 * scale}px "Noto Sans CJK SC", sans-serif`;
    draw.fillText(kindLooks[kind][context.lang], left + 20 * scale, top + 10 * scale);
  });
  const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((result) => (result ? resolve(result) : reject(new Error('PNG encoding failed'))), 'image/png'));
  return withPngText(new Uint8Array(await blob.arrayBuffer()), 'Description', stampLines(context).join('\n'));
}
