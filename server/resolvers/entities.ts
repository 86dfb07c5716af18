import { nodeFields } from './common.ts';
import type { ResolverMap } from './merge.ts';
import { properties, property } from './properties.ts';

/** Stored properties of each node kind (relationship fields live in relations.ts). */
export const entityResolvers: ResolverMap = {
  Company: {
    ...nodeFields,
    ...properties(['uscc', 'nameZh', 'nameEn', 'legalForm', 'status', 'registeredCapital', 'established', 'divisionCode', 'industryCode', 'address'], {
      lists: ['formerNames'],
      flags: ['isBranch', 'stateOwned', 'synthetic'],
    }),
  },
  Person: { ...nodeFields, ...properties(['nameZh', 'namePinyin'], { flags: ['synthetic'] }) },
  Agency: { ...nodeFields, ...properties(['nameZh', 'nameEn', 'abbreviation', 'level', 'role', 'jurisdiction', 'notes']) },
  Platform: { ...nodeFields, ...properties(['nameZh', 'nameEn', 'url', 'role', 'launched', 'notes']) },
  CreditList: {
    ...nodeFields,
    ...properties(['nameZh', 'nameEn', 'entryCriteria', 'durationAndRemoval', 'notes'], { lists: ['subjectTypes', 'affectedPersons'] }),
    listKind: property('kind'),
  },
  PolicyDocument: {
    ...nodeFields,
    ...properties(['nameZh', 'nameEn', 'docNumber', 'date', 'summary', 'signatoryCount', 'notes']),
    documentType: property('type'),
  },
  Measure: {
    ...nodeFields,
    ...properties(['nameZh', 'nameEn', 'polarity', 'legalBasisLevel', 'description', 'notes']),
    bearerRoles: property('appliesTo', []),
  },
  GradeScheme: { ...nodeFields, ...properties(['nameZh', 'nameEn', 'notes']) },
  Listing: { ...nodeFields, ...properties(['from', 'until', 'status', 'endedOn', 'reason', 'caseNumber'], { flags: ['synthetic'] }) },
  Grade: { ...nodeFields, ...properties(['grade', 'year'], { flags: ['synthetic'] }) },
};
