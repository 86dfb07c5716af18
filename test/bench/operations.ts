import {
  ExposureDocument,
  NeighborhoodDocument,
  NodeProfileDocument,
  OwnershipDocument,
  SanctionTraceDocument,
  SearchDocument,
} from '../../web/src/api/generated.ts';
import type { GraphqlRequest } from './httpLoad.ts';
import { operationHash } from '../../web/persistedOperations.ts';
import type { SubjectPools } from './pools.ts';

/** A GraphQL operation an analyst sends, with variables drawn from the corpus. */
export interface Operation {
  name: string;
  request: (pools: SubjectPools) => GraphqlRequest;
}

/**
 * The explorer's own documents (generated from web/src/api/operations.graphql), sent as the UI sends
 * them: by their persisted hash (the server's lean path; web/persistedOperations.ts).
 */
function explorer(document: { toString(): string }, variables: (pools: SubjectPools) => Record<string, unknown>): (pools: SubjectPools) => GraphqlRequest {
  const extensions = { persistedQuery: { version: 1 as const, sha256Hash: operationHash(document.toString()) } };
  return (pools) => ({ extensions, variables: variables(pools) });
}

const company = (pools: SubjectPools) => pools.random.pick(pools.companies).id;

export const operations: Record<'profile' | 'neighbourhood' | 'search' | 'trace' | 'exposure' | 'ownership', Operation> = {
  profile: { name: 'profile', request: explorer(NodeProfileDocument, (p) => ({ id: company(p), asOf: p.asOf })) },
  neighbourhood: { name: 'neighbourhood', request: explorer(NeighborhoodDocument, (p) => ({ id: company(p), hops: 1, asOf: p.asOf })) },
  search: { name: 'search', request: explorer(SearchDocument, (p) => ({ text: p.random.pick(p.searchTexts), first: 20 })) },
  trace: { name: 'trace', request: explorer(SanctionTraceDocument, (p) => ({ subject: p.random.pick(p.listed), asOf: p.asOf })) },
  exposure: { name: 'exposure', request: explorer(ExposureDocument, (p) => ({ subject: company(p), maxHops: 2, asOf: p.asOf })) },
  ownership: { name: 'ownership', request: explorer(OwnershipDocument, (p) => ({ company: p.random.pick(p.held), asOf: p.asOf })) },
};
