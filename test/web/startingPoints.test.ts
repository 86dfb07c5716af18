import { describe, expect, it } from 'vitest';
import { demoStory } from '../../seed/synthetic/demoStory.ts';
import { demoSubjects } from '../../web/src/modes/startingPoints.ts';

describe('starting points', () => {
  it('name the demo story’s subjects by the ids the seed gives them', () => {
    const s = demoStory;
    expect(demoSubjects).toEqual({
      judgmentDebtor: s.judgmentDebtor,
      judgmentDebtorLegalRep: s.judgmentDebtorLegalRep,
      blacklistedParent: s.blacklistedParent,
      subsidiary: s.subsidiary,
      supplierTwoHopsBelow: s.supplierTwoHopsBelow,
      crossHoldingA: s.crossHoldingPair[0],
      redlistedATaxpayer: s.redlistedATaxpayer,
      repairedListingCompany: s.repairedListingCompany,
    });
  });
});
