import { describe, expect, it } from 'vitest';
import { bearerList } from '../../web/src/i18n.ts';

// The trace table's bearer column (and its CSV) in the reader's punctuation: the Chinese view printed
// "郑海潮 (法定代表人, 主要负责人); 林志远 (…)" with English brackets, commas and semicolons.
const bearers = [
  { name: '深圳市曜澜汐贸易有限公司', roles: ['entity'] },
  { name: '郑海潮', roles: ['legal_representative', 'principal_responsible_person'] },
];

describe('who bears a measure, in words', () => {
  it('uses Chinese punctuation in the Chinese view', () => {
    expect(bearerList('zh', bearers)).toBe('深圳市曜澜汐贸易有限公司（主体本身）；郑海潮（法定代表人、主要负责人）');
  });

  it('and English punctuation in English', () => {
    expect(bearerList('en', [{ name: 'Zheng Haichao', roles: ['legal_representative', 'actual_controller'] }])).toBe('Zheng Haichao (legal representative, actual controller)');
  });
});
