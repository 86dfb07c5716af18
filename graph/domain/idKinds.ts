import type { NodeKind } from '../model.ts';
import { validateUscc } from './uscc.ts';

/**
 * The kind an id's format names (graph/model.ts: a company's id is its USCC; synthetic
 * persons' ids start with `p-`), or undefined when the format says nothing certain. A hint for
 * reading ahead only: nothing may answer differently on it, since other ids (`ftm-…`, `bods-…`,
 * reference slugs) can be of any kind.
 */
export function kindHintOfId(id: string): NodeKind | undefined {
  if (id.startsWith('p-')) return 'Person';
  const uscc = validateUscc(id);
  return uscc.valid && uscc.normalized === id ? 'Company' : undefined;
}
