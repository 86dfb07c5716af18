import { ListKind } from '../model.ts';

/**
 * What each kind of credit list does outside the sanction trace, in one table. Every site that
 * decides (exposure hits, score, ownership inheritance) or flags (canvas marks, the API's
 * `activeListKinds`) list-kind behaviour reads it; a new kind is a row here, a name in the web's
 * i18n and a look in web/src/graph/kinds.ts (test/domain/listKinds.test.ts fails on a missing one).
 *
 * Sources: joint punishment for the dishonest and joint incentives for the trustworthy, 国发〔2016〕33号
 * (fact base `pol_2016_guiding_opinions_33`); the abnormal-operations directory is a warning that
 * becomes the serious list after three years (fact base `samr_abnormal_operations`, SAIC 2014 measures).
 * Which kinds count for exposure, score and inheritance is scs-graph's own choice (docs/exposure-ownership.md).
 */
export interface ListKindPolicy {
  /** What a listing on it means for the listed party. */
  polarity: 'punishment' | 'incentive' | 'warning';
  /** Whether a listed party is an exposure hit: always, only when incentives are asked for (`includeRedlist`), or never. */
  exposureHit: 'always' | 'onRequest' | 'never';
  /** Whether its listings weigh in the exposure score (unscored kinds are reported with severity `none`). */
  scored: boolean;
  /** Whether ownership by parties listed on it counts toward the ownership-inherited listing (50 %-rule style). */
  inheritedByOwnership: boolean;
  /** How the canvas marks a party actively listed on it (the web draws each tone), or not at all. */
  look: 'warning' | 'credit' | null;
}

export const listKindPolicy: Record<ListKind, ListKindPolicy> = {
  blacklist: { polarity: 'punishment', exposureHit: 'always', scored: true, inheritedByOwnership: true, look: 'warning' },
  redlist: { polarity: 'incentive', exposureHit: 'onRequest', scored: false, inheritedByOwnership: false, look: 'credit' },
  watchlist: { polarity: 'warning', exposureHit: 'never', scored: false, inheritedByOwnership: false, look: null },
  abnormal_operations: { polarity: 'warning', exposureHit: 'never', scored: false, inheritedByOwnership: false, look: null },
};

/** The policy of a kind as stored on a CreditList (`kind`); null for a kind the model does not know. */
export function policyOf(kind: string | null | undefined): ListKindPolicy | null {
  return kind != null && Object.hasOwn(listKindPolicy, kind) ? listKindPolicy[kind as ListKind] : null;
}

/** The kinds whose listed parties are exposure hits (with `includeIncentives`: the on-request ones too). */
export function exposureListKinds(includeIncentives: boolean): ListKind[] {
  return ListKind.filter((kind) => listKindPolicy[kind].exposureHit === 'always' || (includeIncentives && listKindPolicy[kind].exposureHit === 'onRequest'));
}

/** The kinds whose listed owners pass their listing on by ownership. */
export const inheritedListKinds: readonly ListKind[] = ListKind.filter((kind) => listKindPolicy[kind].inheritedByOwnership);

/** The known kinds among `kinds`, in model order (what the API returns as `activeListKinds`). */
export function knownListKinds(kinds: Iterable<string | null | undefined>): ListKind[] {
  const found = new Set(kinds);
  return ListKind.filter((kind) => found.has(kind));
}
