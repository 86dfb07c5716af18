/**
 * The streamed check (seed/import/streamCheck.ts) against the whole-file check it stands for
 * (validate.ts `checkRecords`): on random records — duplicates, kind conflicts with the graph,
 * references ahead, behind and nowhere, shared list nodes, rejections cascading over several
 * rounds — the same problems on the same lines and the same records rejected. The graph is a stub
 * that knows a few ids.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { NodeKind, Rel } from '../../graph/model.ts';
import type { ImportRecord, ImportedNodeKind, ImportedRelType } from '../../seed/import/facts.ts';
import { error, formatProblem, type Problem } from '../../seed/import/problems.ts';
import { checkStream } from '../../seed/import/streamCheck.ts';
import { checkRecords } from '../../seed/import/validate.ts';
import { runs } from '../support/properties.ts';

const inGraph = new Map<string, NodeKind>([
  ['g-company', NodeKind.Company],
  ['g-person', NodeKind.Person],
  ['a', NodeKind.Company],
]);
const graph = {
  read: async (_query: string, params: { ids: string[] }) => params.ids.filter((id) => inGraph.has(id)).map((id) => ({ id, labels: ['Node', inGraph.get(id)!] })),
} as unknown as Graph;

const ownIds = ['a', 'b', 'c', 'd', 'e', 'f'];
const listIds = ['list-1', 'list-2'];
const ends = [...ownIds, ...listIds, 'g-company', 'g-person', 'nowhere'];

const node = fc.record({ kind: fc.constantFrom<ImportedNodeKind>(NodeKind.Company, NodeKind.Person, NodeKind.Listing), id: fc.constantFrom(...ownIds) });
const list = fc.record({ kind: fc.constant<ImportedNodeKind>(NodeKind.CreditList), id: fc.constantFrom(...listIds), shared: fc.constant(true) });
const rel = fc.record({
  type: fc.constantFrom<ImportedRelType>(Rel.SHAREHOLDER_OF, Rel.OFFICER_OF, Rel.LISTED, Rel.ON_LIST),
  id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'),
  from: fc.constantFrom(...ends),
  to: fc.constantFrom(...ends),
  fraction: fc.constantFrom(0.3, 0.6, null),
});
/** A record as drawn: its nodes and links, and whether it has an error of its own (a missing name, say). */
const record = fc.record({ nodes: fc.array(fc.oneof(node, list), { maxLength: 2 }), rels: fc.array(rel, { maxLength: 2 }), broken: fc.constantFrom(false, false, false, true) });
type Drawn = typeof record extends fc.Arbitrary<infer T> ? T : never;

function recordsOf(drawn: Drawn[]): ImportRecord[] {
  return drawn.map((d, index) => {
    const line = index * 2 + 2;
    return {
      line,
      kind: 'record',
      raw: `row ${line}`,
      nodes: d.nodes.map((n) => ({ kind: n.kind, id: n.id, props: {}, ...('shared' in n ? { shared: true } : {}) })),
      rels: d.rels.map((r) => ({ type: r.type, id: r.id, from: r.from, to: r.to, props: { fraction: r.fraction, from: '2020-01-01', until: null }, fromColumn: 'from', toColumn: 'to' })),
      problems: d.broken ? [error(line, 'name', 'missing')] : [],
    };
  });
}

const shown = (problems: Problem[]) => problems.map((p) => formatProblem('f', p)).sort();

describe('streamed check', () => {
  it('finds what the whole-file check finds, round by round', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 12 }), async (drawn) => {
        const whole = recordsOf(drawn);
        const checked = checkRecords(whole, [], inGraph);
        const streamed = await checkStream(graph, async function* () {
          yield* recordsOf(drawn);
        });
        expect(shown(streamed.problems)).toEqual(shown(whole.flatMap((r) => r.problems)));
        expect(streamed.rejected.map((r) => r.line).sort((a, b) => a - b)).toEqual(checked.rejected.map((r) => r.line));
        expect(streamed.rejected.map((r) => shown(r.problems))).toEqual(streamed.rejected.map((r) => shown(whole.find((w) => w.line === r.line)!.problems)));
        expect(streamed.accepted).toBe(checked.accepted.length);
      }),
      runs(400),
    );
  });
});
