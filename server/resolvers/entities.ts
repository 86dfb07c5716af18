import { divisionName } from '../../graph/domain/divisionNames.ts';
import { industryName, type Lang } from '../../graph/domain/industries.ts';
import { documentNodeInForce } from '../../graph/queries/listingFlags.ts';
import type { NodeRecord } from '../../graph/queries/nodeRecord.ts';
import { asOfDate } from '../args.ts';
import type { Context } from '../context.ts';
import { nodeFields } from './common.ts';
import type { ResolverMap } from './merge.ts';
import { properties, property } from './properties.ts';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const texts = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A scheme's grades are stored as parallel arrays (Neo4j has no lists of maps). */
function gradeLevels(scheme: NodeRecord) {
  const names = texts(scheme.props.levelNamesZh);
  const meanings = texts(scheme.props.levelMeanings);
  return texts(scheme.props.levels).map((code, index) => ({ code: String(code), nameZh: text(names[index]), meaning: text(meanings[index]) }));
}

/** Stored properties of each node kind (relationship fields live in relations.ts). */
export const entityResolvers: ResolverMap = {
  Company: {
    ...nodeFields,
    ...properties(['uscc', 'nameZh', 'nameEn', 'jurisdiction', 'legalForm', 'status', 'registeredCapital', 'established', 'divisionCode', 'industryCode', 'address'], {
      lists: ['formerNames'],
      flags: ['isBranch', 'stateOwned', 'synthetic'],
    }),
    divisionName: (company: NodeRecord, args: { language: Lang }) => divisionName(args.language, text(company.props.divisionCode)),
    industryName: (company: NodeRecord, args: { language: Lang }) => industryName(args.language, text(company.props.industryCode)),
  },
  Person: { ...nodeFields, ...properties(['nameZh', 'namePinyin', 'nameEn'], { flags: ['synthetic'] }) },
  Agency: { ...nodeFields, ...properties(['nameZh', 'nameEn', 'abbreviation', 'level', 'region', 'regionZh', 'divisionCode', 'role', 'roleZh', 'notes', 'notesZh'], { flags: ['synthetic'] }) },
  Platform: { ...nodeFields, ...properties(['nameZh', 'nameEn', 'url', 'role', 'launched', 'operatorText', 'roleZh', 'notesZh', 'notes']) },
  CreditList: {
    ...nodeFields,
    ...properties(['nameZh', 'nameEn', 'entryCriteria', 'entryCriteriaZh', 'termAndRemoval', 'termAndRemovalZh', 'notes', 'notesZh'], { lists: ['subjectTypes', 'affectedPersons'] }),
    listKind: property('kind'),
  },
  PolicyDocument: {
    ...nodeFields,
    ...properties(
      ['nameZh', 'nameEn', 'docNumber', 'docNumberNote', 'typeDetail', 'summary', 'dateText', 'issued', 'issuedPrecision', 'effective', 'repealed', 'repealedNote', 'signatoryCount', 'notes', 'summaryZh', 'notesZh', 'docNumberNoteZh', 'dateTextZh'],
      { lists: ['signatoriesZh', 'measureBasisCategories'], flags: ['docNumberVerified'] },
    ),
    documentType: property('type'),
    inForce: (document: NodeRecord, args: { asOf?: string | null }, context: Context) =>
      documentNodeInForce(document, asOfDate('asOf', args.asOf, context.asOfDefault)),
  },
  Measure: {
    ...nodeFields,
    ...properties(['nameZh', 'nameEn', 'polarity', 'legalBasisLevel', 'category', 'description', 'descriptionZh', 'notes', 'notesZh']),
    bearerRoles: property('appliesTo', []),
  },
  GradeScheme: { ...nodeFields, ...properties(['nameZh', 'nameEn', 'notes', 'notesZh']), levels: gradeLevels },
  Listing: { ...nodeFields, ...properties(['from', 'until', 'status', 'endedOn', 'reason', 'caseNumber'], { flags: ['synthetic'] }) },
  Grade: { ...nodeFields, ...properties(['grade', 'year'], { flags: ['synthetic'] }) },
};
