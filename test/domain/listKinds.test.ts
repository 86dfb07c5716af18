import { describe, expect, it } from 'vitest';
import { exposureListKinds, inheritedListKinds, knownListKinds, listKindPolicy, policyOf } from '../../graph/domain/listKinds.ts';
import { ListKind } from '../../graph/model.ts';
import { listKindLooks } from '../../web/src/graph/kinds.ts';
import { listKindNames } from '../../web/src/i18n.ts';

// Every list kind of the model has a policy, a name in both languages and a look that agrees with the
// policy's tone, so a new kind cannot be forgotten in one of them. Policy sources: graph/domain/listKinds.ts.
describe('list kinds', () => {
  it.each(ListKind)('%s has a policy, a zh+en name and a look', (kind) => {
    const policy = listKindPolicy[kind];
    expect(policy, `graph/domain/listKinds.ts: no policy for ${kind}`).toBeDefined();
    expect(['punishment', 'incentive', 'warning']).toContain(policy.polarity);
    expect(['always', 'onRequest', 'never']).toContain(policy.exposureHit);
    const name = (listKindNames as Record<string, { zh: string; en: string } | undefined>)[kind];
    expect(name?.zh, `web/src/i18n.ts: no Chinese name for ${kind}`).toMatch(/\p{Script=Han}/u);
    expect(name?.en, `web/src/i18n.ts: no English name for ${kind}`).toMatch(/^[a-z][a-z ]+$/i);
    expect(Object.hasOwn(listKindLooks, kind), `web/src/graph/kinds.ts: no look (or null) for ${kind}`).toBe(true);
    const look = listKindLooks[kind as keyof typeof listKindLooks];
    expect(look?.tone ?? null, `web/src/graph/kinds.ts: the look of ${kind} must match the policy's`).toBe(policy.look);
  });

  it('has no policy, name or look for a kind the model does not know', () => {
    const known = new Set<string>(ListKind);
    expect(Object.keys(listKindPolicy).filter((kind) => !known.has(kind))).toEqual([]);
    expect(Object.keys(listKindNames).filter((kind) => !known.has(kind))).toEqual([]);
    expect(Object.keys(listKindLooks).filter((kind) => !known.has(kind))).toEqual([]);
  });

  it('marks each look with a class of its own', () => {
    const classes = Object.values(listKindLooks).flatMap((look) => (look ? [look.className] : []));
    expect(new Set(classes).size).toBe(classes.length);
  });

  it('derives the exposure, inheritance and API kinds from the table', () => {
    expect(exposureListKinds(false)).toEqual(['blacklist']);
    expect(exposureListKinds(true)).toEqual(['blacklist', 'redlist']);
    expect(inheritedListKinds).toEqual(['blacklist']);
    expect(knownListKinds(['redlist', 'unknown_kind', null, 'blacklist', 'redlist'])).toEqual(['blacklist', 'redlist']);
    expect(policyOf('unknown_kind')).toBeNull();
    expect(policyOf('redlist')?.scored).toBe(false);
  });
});
