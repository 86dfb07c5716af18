/**
 * Column headings of GLEIF's golden-copy CSV files (the flattened LEI-CDF 3.1 level-1 records and
 * RR-CDF 2.1 level-2 relationship records), as published at
 * https://www.gleif.org/en/lei-data/gleif-golden-copy/download-the-golden-copy — only those read here;
 * the files carry many more, which are ignored. Repeated groups are numbered from 1.
 */

export const lei = {
  lei: 'LEI',
  legalName: 'Entity.LegalName',
  legalNameLang: 'Entity.LegalName.xmllang',
  otherName: (n: number) => `Entity.OtherEntityNames.OtherEntityName.${n}`,
  otherNameLang: (n: number) => `Entity.OtherEntityNames.OtherEntityName.${n}.xmllang`,
  otherNameType: (n: number) => `Entity.OtherEntityNames.OtherEntityName.${n}.type`,
  transliterated: (n: number) => `Entity.TransliteratedOtherEntityNames.TransliteratedOtherEntityName.${n}`,
  firstAddressLine: 'Entity.LegalAddress.FirstAddressLine',
  city: 'Entity.LegalAddress.City',
  region: 'Entity.LegalAddress.Region',
  country: 'Entity.LegalAddress.Country',
  registrationAuthority: 'Entity.RegistrationAuthority.RegistrationAuthorityID',
  registrationNumber: 'Entity.RegistrationAuthority.RegistrationAuthorityEntityID',
  jurisdiction: 'Entity.LegalJurisdiction',
  legalFormCode: 'Entity.LegalForm.EntityLegalFormCode',
  entityStatus: 'Entity.EntityStatus',
  creationDate: 'Entity.EntityCreationDate',
  registrationStatus: 'Registration.RegistrationStatus',
  lastUpdate: 'Registration.LastUpdateDate',
} as const;

export const rr = {
  child: 'Relationship.StartNode.NodeID',
  childType: 'Relationship.StartNode.NodeIDType',
  parent: 'Relationship.EndNode.NodeID',
  parentType: 'Relationship.EndNode.NodeIDType',
  type: 'Relationship.RelationshipType',
  status: 'Relationship.RelationshipStatus',
  periodStart: (n: number) => `Relationship.Period.${n}.startDate`,
  periodEnd: (n: number) => `Relationship.Period.${n}.endDate`,
  periodType: (n: number) => `Relationship.Period.${n}.periodType`,
  registrationStatus: 'Registration.RegistrationStatus',
} as const;

/** Numbered groups read (the golden copy has up to 5 other names and 5 periods). */
export const groupsRead = 5;

/** The relationship types imported, and the consolidation level each states. */
export const consolidationTypes: Record<string, 'direct' | 'ultimate'> = {
  IS_DIRECTLY_CONSOLIDATED_BY: 'direct',
  IS_ULTIMATELY_CONSOLIDATED_BY: 'ultimate',
};

/** A header is a level-1 file's when it has these, a level-2 file's when it has those. */
export const isLevel1 = (header: readonly string[]) => header.includes(lei.lei) && header.includes(lei.legalName);
export const isLevel2 = (header: readonly string[]) => header.includes(rr.child) && header.includes(rr.parent) && header.includes(rr.type);
