import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../graph/config.ts';
import type { GraphqlRequest } from './httpLoad.ts';
import type { SubjectPools } from './pools.ts';

/** A GraphQL operation an analyst sends, with variables drawn from the corpus. */
export interface Operation {
  name: string;
  /** The request, or why the API cannot answer it yet. */
  request: ((pools: SubjectPools) => GraphqlRequest) | string;
}

/** The explorer's own documents: the bench sends exactly what the UI sends. */
const explorerDocument = fs.readFileSync(path.join(repoRoot, 'web', 'src', 'api', 'operations.graphql'), 'utf8');

/** One operation of the explorer's document, by name, with variables for a random subject. */
function explorer(operationName: string, variables: (pools: SubjectPools) => Record<string, unknown>): (pools: SubjectPools) => GraphqlRequest {
  if (!new RegExp(`^query ${operationName}\\b`, 'm').test(explorerDocument)) {
    throw new Error(`web/src/api/operations.graphql has no query ${operationName}`);
  }
  return (pools) => ({ query: explorerDocument, operationName, variables: variables(pools) });
}

const company = (pools: SubjectPools) => pools.random.pick(pools.companies).id;

export const operations: Record<'profile' | 'neighbourhood' | 'search' | 'trace' | 'exposure' | 'ownership', Operation> = {
  profile: { name: 'profile', request: explorer('NodeProfile', (p) => ({ id: company(p), asOf: p.asOf })) },
  neighbourhood: { name: 'neighbourhood', request: explorer('Neighborhood', (p) => ({ id: company(p), hops: 1, asOf: p.asOf })) },
  search: { name: 'search', request: explorer('Search', (p) => ({ text: p.random.pick(p.searchTexts), first: 20 })) },
  trace: { name: 'trace', request: explorer('SanctionTrace', (p) => ({ subject: p.random.pick(p.listed), asOf: p.asOf })) },
  exposure: { name: 'exposure', request: explorer('Exposure', (p) => ({ subject: company(p), maxHops: 2, asOf: p.asOf })) },
  ownership: { name: 'ownership', request: explorer('Ownership', (p) => ({ company: p.random.pick(p.held), asOf: p.asOf })) },
};
