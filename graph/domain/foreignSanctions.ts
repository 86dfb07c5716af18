/**
 * Foreign sanctions beside the Chinese lists. A list imported from a foreign authority (OFAC, the EU,
 * the UK's OFSI, Ukraine's NSDC … as OpenSanctions publishes them in FollowTheMoney) is stored as a
 * CreditList of kind `blacklist` with `origin: 'foreign'`, its `authority` and `program`; China's own
 * lists (including its counter-sanctions: MFA, MOFCOM) have no origin or `origin: 'domestic'`.
 *
 * `foreignSanctionPolicy` is the list-kind policy of the `foreign_sanction` notion, written as one
 * row so it folds into a list-kind table (graph/domain/listKinds.ts) unchanged: stored as a
 * blacklist, counted as an exposure hit, shown beside the Chinese listings with its authority.
 */

export const listOrigins = ['domestic', 'foreign'] as const;
export type ListOrigin = (typeof listOrigins)[number];

export const foreignSanctionPolicy = {
  notion: 'foreign_sanction',
  /** CreditList.kind it is stored under (so every blacklist query sees it). */
  storedKind: 'blacklist',
  origin: 'foreign' as ListOrigin,
  /** Exposure and screening count an active foreign sanction as a hit, like a Chinese blacklisting. */
  countsAsExposureHit: true,
  /** Never scored by SCS joint-punishment measures: no Chinese memorandum is triggered by it. */
  triggersMemoranda: false,
} as const;

/** Authorities of the People's Republic (its counter-sanction lists are Chinese lists). */
const chineseAuthority = /(People's Republic of China|\bPRC\b|MOFCOM|Ministry of Commerce of China|Ministry of Foreign Affairs of China|Taiwan Affairs Office|中华人民共和国|商务部|外交部|国务院台湾事务办公室)/i;

/** The origin of a sanctions list from its authority's country (FtM `country`) and name. */
export function listOriginOf(authorityCountry: string | null, authority: string | null): ListOrigin {
  if (authorityCountry && /^(cn|chn)$/i.test(authorityCountry.trim())) return 'domestic';
  if (authority && chineseAuthority.test(authority)) return 'domestic';
  return 'foreign';
}
