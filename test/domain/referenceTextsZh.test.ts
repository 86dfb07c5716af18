import { describe, expect, it } from 'vitest';
import { readReferenceData, readTextsZh } from '../../seed/reference/data.ts';
import { referenceGraph } from '../../seed/reference/graph.ts';

// The reference graph's free texts (a list's entry criteria and term, a measure's description…) are
// the fact base's English; their Chinese lives in seed/reference/data/textsZh.json. The Chinese view
// showed the English: these hold the Chinese to the nodes and fields it belongs to.

const data = readReferenceData();
const textsZh = readTextsZh();
const graph = referenceGraph(data, textsZh);
const nodes = new Map<string, Record<string, unknown>>(
  [...graph.agencies, ...graph.platforms, ...graph.lists, ...graph.documents, ...graph.measures, ...graph.gradeSchemes].map((node) => [node.id, node as unknown as Record<string, unknown>]),
);

describe('the Chinese of the reference texts', () => {
  it('belongs to a node and to a field that has an English text, and says where it comes from', () => {
    const misplaced = Object.entries(textsZh).flatMap(([id, zh]) =>
      Object.keys(zh.texts)
        .filter((field) => typeof nodes.get(id)?.[field] !== 'string' || !nodes.get(id)?.[field])
        .map((field) => `${id}.${field}`),
    );
    expect(misplaced).toEqual([]);
    expect(new Set(Object.values(textsZh).map((zh) => zh.origin))).toEqual(new Set(['translation']));
  });

  it('becomes the node\'s …Zh properties, with the origin', () => {
    const list = nodes.get('spc_dishonest_judgment_debtors')!;
    expect(list.entryCriteriaZh).toMatch(/^被执行人未履行生效法律文书确定的义务/);
    expect(list.textsZhOrigin).toBe('translation');
  });

  it.each([
    ['agencies', graph.agencies, ['role', 'notes']],
    ['lists', graph.lists, ['entryCriteria', 'termAndRemoval', 'notes']],
    ['documents', graph.documents, ['summary', 'notes', 'docNumberNote']],
    ['measures', graph.measures, ['description', 'notes']],
    ['platforms', graph.platforms, ['role', 'notes']],
    ['grade schemes', graph.gradeSchemes, ['notes']],
  ] as const)('every text of the %s has its Chinese', (_, rows, fields) => {
    const missing = rows.flatMap((row) => {
      const node = row as unknown as Record<string, unknown>;
      return fields.filter((field) => node[field] && !node[`${field}Zh`]).map((field) => `${row.id}.${field}`);
    });
    expect(missing).toEqual([]);
  });
});
