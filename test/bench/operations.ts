import type { SubjectPools } from './pools.ts';
import type { GraphqlRequest } from './httpLoad.ts';

/** A GraphQL operation an analyst sends, with variables drawn from the corpus. */
export interface Operation {
  name: string;
  /** The request, or why the API cannot answer it yet. */
  request: ((pools: SubjectPools) => GraphqlRequest) | string;
}


export const operations: Record<'profile' | 'neighbourhood' | 'search' | 'trace' | 'exposure' | 'ownership', Operation> = {
  profile: { name: 'profile', request: 'the API has no company profile query yet' },
  neighbourhood: { name: 'neighbourhood', request: 'the API has no neighbourhood query yet' },
  search: { name: 'search', request: 'the API has no search query yet' },
  trace: { name: 'trace', request: 'the API has no sanction trace query yet' },
  exposure: { name: 'exposure', request: 'the API has no exposure query yet' },
  ownership: { name: 'ownership', request: 'the API has no ownership query yet' },
};

