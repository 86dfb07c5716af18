import { listingActiveAt } from '../domain/validity.ts';

/** Cypher expression: the party kind of node variable `n` (companies, persons, agencies). */
export const partyKindOf = (n: string) => `CASE WHEN ${n}:Person THEN 'Person' WHEN ${n}:Agency THEN 'Agency' ELSE 'Company' END`;

/**
 * Cypher map entries (no braces) of what a canvas draws of party node `n` beyond its id, kind and
 * name (the drawn part of PartyRef in graph/model.ts): English or pinyin name, the synthetic mark and
 * the kinds of the lists it is actively on at `$asOf`. Every query that returns parties for a view
 * adds them, so the view is projected without another read.
 */
export const drawnPartyFields = (n: string) =>
  `nameEn: coalesce(${n}.nameEn, ${n}.namePinyin), synthetic: coalesce(${n}.synthetic, false), ` +
  `activeListKinds: [(${n})-[:LISTED]->(drawnListing:Listing)-[:ON_LIST]->(drawnList:CreditList) WHERE ${listingActiveAt('drawnListing')} | drawnList.kind]`;
