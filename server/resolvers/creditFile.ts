import { creditFile, type CreditFileRecord } from '../../graph/queries/creditFile.ts';
import { englishLabel } from '../../graph/queries/nodeRecord.ts';
import { asOfDate, parseId } from '../args.ts';
import type { Context } from '../context.ts';
import { notFound } from '../errors.ts';
import { provenanceOf } from './common.ts';
import type { ResolverMap } from './merge.ts';

const recordFields = ['number', 'title', 'decidedOn', 'agencyName', 'legalBasis', 'recordKind', 'amount', 'result', 'publicUntil', 'validFrom', 'validUntil', 'year', 'onTime', 'employees', 'insured', 'applicant'] as const;

export const creditFileResolvers: ResolverMap = {
  Query: {
    creditFile: async (_: unknown, args: { subject: string; asOf?: string | null }, context: Context) => {
      const subject = parseId('subject', args.subject);
      const file = await creditFile(context.graph, subject, asOfDate('asOf', args.asOf, context.asOfDefault));
      if (!file) throw notFound('company or person', subject);
      return { ...file, subject: file.subjectId, records: file.records.map((record) => ({ ...record, kind: 'CreditRecord' })) };
    },
  },
  CreditRecord: {
    ...Object.fromEntries(recordFields.map((field) => [field, (record: CreditFileRecord) => record.props[field] ?? null])),
    section: (record: CreditFileRecord) => record.props.section,
    label: (record: CreditFileRecord) => String(record.props.title ?? record.props.number ?? record.id),
    labelEn: (record: CreditFileRecord) => englishLabel('CreditRecord', record.props),
    provenance: (record: CreditFileRecord) => provenanceOf(record.props),
    agency: (record: CreditFileRecord) => (record.agency ? { id: record.agency.id, kind: 'Agency', name: record.agency.name } : null),
    synthetic: (record: CreditFileRecord) => record.props.synthetic === true,
  },
};
