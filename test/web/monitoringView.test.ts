import { describe, expect, it } from 'vitest';
import { changedParties, eventsView } from '../../web/src/modes/monitoringView.ts';

const watched = { id: 'c1', kind: 'Company', name: '甲公司', labelEn: 'Jia Co.' };
const officer = { id: 'p1', kind: 'Person', name: '张三', labelEn: 'Zhang San' };
const held = { id: 'c2', kind: 'Company', name: '乙公司', labelEn: null };

describe('the monitoring canvas', () => {
  it('draws each listed event as its path from the watched subject to the changed party, shared steps once', () => {
    const events = [
      { subject: held, path: { nodes: [watched, held], edges: [{ type: 'SHAREHOLDER_OF', from: 'c1', to: 'c2', fraction: 0.6, role: null }] } },
      { subject: held, path: { nodes: [watched, held], edges: [{ type: 'SHAREHOLDER_OF', from: 'c1', to: 'c2', fraction: 0.6, role: null }] } },
      { subject: officer, path: { nodes: [watched, officer], edges: [{ type: 'OFFICER_OF', from: 'p1', to: 'c1', fraction: null, role: 'director' }] } },
      { subject: watched, path: { nodes: [watched], edges: [] } },
    ];
    const view = eventsView(events);
    expect(view.nodes.map((node) => node.id).sort()).toEqual(['c1', 'c2', 'p1']);
    expect(view.nodes.find((node) => node.id === 'p1')).toMatchObject({ kind: 'Person', label: '张三', labelEn: 'Zhang San' });
    expect(view.edges).toEqual([
      { id: 'c1-SHAREHOLDER_OF-c2', source: 'c1', target: 'c2', type: 'SHAREHOLDER_OF', share: 0.6, roles: null },
      { id: 'p1-OFFICER_OF-c1-director', source: 'p1', target: 'c1', type: 'OFFICER_OF', share: null, roles: ['director'] },
    ]);
    expect(changedParties(events)).toEqual(new Set(['c2', 'p1', 'c1']));
  });
});
