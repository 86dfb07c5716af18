/**
 * What the layout worker (workerLayout.ts) is sent: only what sizes the nodes. fcose in draft quality
 * needs each node's outer size and the edges' ends, not labels, colours or the edges' looks, so the
 * canvas's stylesheet is cut to its size properties and the elements to the data those rules select
 * on. Styling every element with the whole stylesheet and building it from full data was a third of
 * the worker's time on a 10k view (BENCHMARKS.md, "Large views (session 12…)").
 */
import type { StylesheetJson } from 'cytoscape';
import type { LayoutJob } from './workerLayout.ts';

/** The properties a node's layout dimensions (outer width and height, nothing when not displayed) come from. */
const sizeProperties = new Set(['width', 'height', 'border-width', 'padding', 'display']);

type Rule = { selector: string; style: Record<string, unknown> };

/** The stylesheet's rules cut to the properties that size a node; rules left with none are dropped. */
export function sizingStyle(style: StylesheetJson): StylesheetJson {
  const rules: Rule[] = [];
  for (const rule of style as Rule[]) {
    const kept = Object.entries(rule.style).filter(([property]) => sizeProperties.has(property));
    if (kept.length) rules.push({ selector: rule.selector, style: Object.fromEntries(kept) });
  }
  return rules as StylesheetJson;
}

/** The data fields `style`'s selectors and mappers read (`node[kind = "Company"]`, `data(diameter)`). */
export function fieldsRead(style: StylesheetJson): Set<string> {
  const fields = new Set<string>();
  for (const rule of style as Rule[]) {
    for (const match of rule.selector.matchAll(/\[\s*[!?^]*\s*([\w-]+)/g)) fields.add(match[1]!);
    for (const value of Object.values(rule.style)) for (const match of String(value).matchAll(/data\(\s*([\w-]+)\s*\)/g)) fields.add(match[1]!);
  }
  return fields;
}

/**
 * Whether the layout's positions depend on the nodes' sizes. fcose in draft quality is its spectral
 * step alone: sizes only centre its result (by less than a node's size), so a draft needs no
 * stylesheet, and the worker builds its Cytoscape unstyled. Styling 10k elements, and the bounding
 * box fcose then takes of them (edges between nodes not yet placed), were a third of the worker's
 * time on a 10k view (BENCHMARKS.md, session 13). Packing components would read `display`, but
 * needs cytoscape-layout-utilities, which the worker does not register.
 */
export function readsSizes(options: LayoutJob['options']): boolean {
  return options.quality !== 'draft';
}

/** The job as the worker gets it: the sizing rules (none for a draft), and each element with its id, ends, classes and the fields those rules read. */
export function sizingJob(job: LayoutJob): LayoutJob {
  const sized = readsSizes(job.options);
  const style = sized ? sizingStyle(job.style) : [];
  const fields = fieldsRead(style);
  const elements = job.elements.map(({ group, data, classes }) => {
    const kept: LayoutJob['elements'][number]['data'] = { id: data.id };
    if (group === 'edges') Object.assign(kept, { source: data.source, target: data.target });
    for (const field of fields) if (field in data) kept[field] = data[field];
    return classes && sized ? { group, data: kept, classes } : { group, data: kept };
  });
  return { ...job, style, elements };
}
