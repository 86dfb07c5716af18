import { describe, expect, it } from 'vitest';
import { belowLawMeasures, chainOf, selectedMeasure } from '../../web/src/modes/traceLogic.ts';

const listing = (id: string, list: string) => ({ listing: { id }, subject: { id: 'co' }, list: { id: list } });
const measure = (id: string, lists: string[], belowLawOrRegulation: boolean) => ({
  measure: { id },
  agencies: [{ id: `${id}-agency` }],
  lists: lists.map((list) => ({ id: list })),
  documents: [{ id: `${id}-doc` }],
  belowLawOrRegulation,
  bearers: [{ party: { id: 'co' } }, { party: { id: 'rep' } }],
});
const trace = {
  listings: [listing('l1', 'judgment_debtors'), listing('l2', 'tax')],
  measures: [measure('flight', ['judgment_debtors'], false), measure('bond', ['judgment_debtors', 'tax'], true)],
};

describe('sanction trace seen from one measure', () => {
  it('keeps only the listings on the lists that trigger the measure, and every node of its chain', () => {
    const chain = chainOf(trace, 'flight');
    expect(chain?.listings.map((entry) => entry.listing.id)).toEqual(['l1']);
    expect([...(chain?.nodeIds ?? [])].sort()).toEqual(['co', 'flight', 'flight-agency', 'flight-doc', 'judgment_debtors', 'l1', 'rep']);
    expect(chainOf(trace, 'bond')?.listings.map((entry) => entry.listing.id)).toEqual(['l1', 'l2']);
    expect(chainOf(trace, 'nothing')).toBeNull();
  });

  it('flags measures resting on less than law or regulation', () => {
    expect([...belowLawMeasures(trace.measures)]).toEqual(['bond']);
  });

  it('treats a click as picking a measure only when the node is one of the trace’s measures', () => {
    expect(selectedMeasure(trace.measures, 'bond')).toBe('bond');
    expect(selectedMeasure(trace.measures, 'co')).toBeNull();
    expect(selectedMeasure(trace.measures, null)).toBeNull();
  });
});
