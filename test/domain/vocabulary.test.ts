import { Kind, type EnumTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BearerRole, Confidence, DocumentType, LegalBasisLevel, ListingStatus, ListKind, nodeKinds, OfficerRole, PartyKind } from '../../graph/model.ts';
import { allVia } from '../../graph/paths/linkPattern.ts';
import { loadTypeDefs } from '../../server/schema/load.ts';
import { kindNames } from '../../web/src/graph/kinds.ts';

// The vocabulary has one source, graph/model.ts: the GraphQL enums and the web's tables must say the same.
const enums = new Map(
  loadTypeDefs()
    .flatMap((document) => document.definitions)
    .filter((definition): definition is EnumTypeDefinitionNode => definition.kind === Kind.ENUM_TYPE_DEFINITION)
    .map((definition) => [definition.name.value, (definition.values ?? []).map((value) => value.name.value)]),
);

describe('vocabulary', () => {
  it.each([
    ['NodeKind', nodeKinds],
    ['ListKind', ListKind],
    ['ListingStatus', ListingStatus],
    ['DocumentType', DocumentType],
    ['BearerRole', BearerRole],
    ['LegalBasisLevel', LegalBasisLevel],
    ['OfficerRoleKind', OfficerRole],
    ['Confidence', Confidence],
    ['LinkKind', allVia],
  ] as const)('GraphQL enum %s lists the model values in the model order', (name, values) => {
    expect(enums.get(name), `server/schema: enum ${name} differs from graph/model.ts`).toEqual([...values]);
  });

  it('the web knows every node kind of the model', () => {
    expect([...kindNames]).toEqual([...nodeKinds]);
  });

  it('parties are the node kinds that hold shares and roles', () => {
    expect(PartyKind.every((kind) => (nodeKinds as readonly string[]).includes(kind))).toBe(true);
  });
});
