import { analystResolvers } from './analyst.ts';
import { commonResolvers } from './common.ts';
import { companyResolvers } from './companies.ts';
import { creditFileResolvers } from './creditFile.ts';
import { entityResolvers } from './entities.ts';
import { exposureResolvers } from './exposure.ts';
import { lookupResolvers } from './lookups.ts';
import { mergeResolverMaps } from './merge.ts';
import { monitoringResolvers } from './monitoring.ts';
import { relationResolvers } from './relations.ts';
import { traceResolvers } from './trace.ts';

/**
 * Every capability's resolvers. A capability adds ONE import and ONE entry here; its SDL goes in its
 * own server/schema/<capability>.graphql (`extend type Query { … }`).
 */
export const resolvers = mergeResolverMaps([
  commonResolvers,
  analystResolvers,
  companyResolvers,
  creditFileResolvers,
  entityResolvers,
  exposureResolvers,
  lookupResolvers,
  monitoringResolvers,
  relationResolvers,
  traceResolvers,
]);
