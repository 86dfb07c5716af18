import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createApiFixture, removeApiFixture, type ApiFixture } from './fixtures.ts';

let server: TestServer;
let fx: ApiFixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createApiFixture(server.graph, 'api-rel-');
});

afterAll(async () => {
  await removeApiFixture(server.graph, fx);
  await server.close();
});


describe('company relationships', () => {
  it('shareholders at a date, largest first, with provenance', async () => {
    const query = `query ($uscc: String!, $asOf: Date) { company(uscc: $uscc) { shareholders(asOf: $asOf) {
      totalCount nodes { fraction from shareholder { __typename ... on Company { id } ... on Person { id } } provenance { source } } } } }`;
    type Result = { company: { shareholders: { totalCount: number; nodes: Array<{ fraction: number; shareholder: { __typename: string; id: string } }> } } };
    const now = await server.data<Result>(query, { uscc: fx.uscc, asOf: '2024-06-01' });
    expect(now.company.shareholders.totalCount).toBe(2);
    expect(now.company.shareholders.nodes.map((s) => [s.shareholder.__typename, s.shareholder.id, s.fraction])).toEqual([
      ['Company', fx.id('holding'), 0.6],
      ['Person', fx.id('p1'), 0.4],
    ]);
    const before = await server.data<Result>(query, { uscc: fx.uscc, asOf: '2019-06-01' });
    expect(before.company.shareholders.nodes.map((s) => s.shareholder.id)).toEqual([fx.id('p1')]);
  });

  it('legal representative as of a date', async () => {
    const query = `query ($uscc: String!, $asOf: Date) { company(uscc: $uscc) { legalRepresentative(asOf: $asOf) { from until person { id nameZh } } } }`;
    type Result = { company: { legalRepresentative: { from: string; until: string | null; person: { id: string } } | null } };
    expect((await server.data<Result>(query, { uscc: fx.uscc, asOf: '2020-01-01' })).company.legalRepresentative).toMatchObject({ person: { id: fx.id('p1') }, from: '2019-01-01', until: null });
    expect((await server.data<Result>(query, { uscc: fx.uscc, asOf: '2015-01-01' })).company.legalRepresentative).toMatchObject({ person: { id: fx.id('p2') }, until: '2019-01-01' });
    expect((await server.data<Result>(query, { uscc: fx.uscc, asOf: '2000-01-01' })).company.legalRepresentative).toBeNull();
  });

  it('listings, active flags and blacklist status follow the date', async () => {
    const query = `query ($uscc: String!, $asOf: Date) { company(uscc: $uscc) {
      activeListKinds(asOf: $asOf)
      all: listings { totalCount nodes { id status active(asOf: $asOf) list { id listKind } decidedBy { id } subject { ... on Company { uscc } } } }
      active: listings(activeOnly: true, asOf: $asOf) { totalCount nodes { id } } } }`;
    type Result = {
      company: {
        activeListKinds: string[];
        all: { totalCount: number; nodes: Array<{ id: string; active: boolean; list: { id: string; listKind: string }; decidedBy: { id: string }; subject: { uscc: string } }> };
        active: { totalCount: number; nodes: Array<{ id: string }> };
      };
    };
    const during = await server.data<Result>(query, { uscc: fx.uscc, asOf: '2022-03-01' });
    expect(during.company).toMatchObject({ activeListKinds: ['blacklist'], active: { totalCount: 1, nodes: [{ id: fx.id('listing1') }] } });
    expect(during.company.all.nodes).toEqual([
      { id: fx.id('listing1'), status: 'expired', active: true, list: { id: fx.id('list'), listKind: 'blacklist' }, decidedBy: { id: fx.id('agency') }, subject: { uscc: fx.uscc } },
    ]);
    const after = await server.data<Result>(query, { uscc: fx.uscc, asOf: '2023-01-01' });
    expect(after.company).toMatchObject({ activeListKinds: [], all: { totalCount: 1, nodes: [{ active: false }] }, active: { totalCount: 0, nodes: [] } });
  });

  it('branches, head office and grades both ways', async () => {
    const data = await server.data<{ company: { branches: { nodes: Array<{ id: string; isBranch: boolean; headOffice: { uscc: string } }> }; grades: Array<{ grade: string; year: number; scheme: { id: string }; company: { uscc: string } }> } }>(
      `query ($uscc: String!) { company(uscc: $uscc) { branches { nodes { id isBranch headOffice { uscc } } } grades { grade year scheme { id } company { uscc } } } }`,
      { uscc: fx.uscc },
    );
    expect(data.company.branches.nodes).toEqual([{ id: fx.id('branch'), isBranch: true, headOffice: { uscc: fx.uscc } }]);
    expect(data.company.grades).toEqual([{ grade: 'A', year: 2023, scheme: { id: fx.id('scheme') }, company: { uscc: fx.uscc } }]);
  });

  it('pages with first/after and reports hasNextPage', async () => {
    type Page = { company: { shareholders: { edges: Array<{ cursor: string; node: { shareholder: { id: string } } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } } };
    const query = `query ($uscc: String!, $after: String) { company(uscc: $uscc) { shareholders(first: 1, after: $after) {
      edges { cursor node { shareholder { ... on Company { id } ... on Person { id } } } } pageInfo { hasNextPage endCursor } } } }`;
    const first = await server.data<Page>(query, { uscc: fx.uscc });
    expect(first.company.shareholders.edges.map((e) => e.node.shareholder.id)).toEqual([fx.id('holding')]);
    expect(first.company.shareholders.pageInfo.hasNextPage).toBe(true);
    const second = await server.data<Page>(query, { uscc: fx.uscc, after: first.company.shareholders.pageInfo.endCursor });
    expect(second.company.shareholders.edges.map((e) => e.node.shareholder.id)).toEqual([fx.id('p1')]);
    expect(second.company.shareholders.pageInfo.hasNextPage).toBe(false);
  });
});

describe('reverse directions', () => {
  it('person → roles in companies', async () => {
    const data = await server.data<{ person: { roles: { nodes: Array<{ role: string; fraction: number | null; company: { id: string } }> } } }>(
      `query ($id: ID!) { person(id: $id) { roles(asOf: "2024-01-01") { nodes { role fraction company { id } } } } }`,
      { id: fx.id('p1') },
    );
    const roles = data.person.roles.nodes.map((r) => `${r.role}@${r.company.id}`).sort();
    expect(roles).toEqual([`director@${fx.id('holding')}`, `legal_representative@${fx.uscc}`, `shareholder@${fx.uscc}`].sort());
  });

  it('agency → lists, documents signed and issued, measures, parent/children, listings decided', async () => {
    const data = await server.data<{ agency: Record<string, unknown> }>(
      `query ($id: ID!) { agency(id: $id) { parent { id children { id } } listsMaintained { id } documentsSigned { id } documentsIssued { id }
        measuresImplemented { id } listingsDecided { nodes { id } } provenance { confidence } } }`,
      { id: fx.id('agency') },
    );
    expect(data.agency).toEqual({
      parent: { id: fx.id('parentAgency'), children: [{ id: fx.id('agency') }] },
      listsMaintained: [{ id: fx.id('list') }],
      documentsSigned: [{ id: fx.id('memo') }],
      documentsIssued: [{ id: fx.id('doc') }],
      measuresImplemented: [{ id: fx.id('measure') }],
      listingsDecided: { nodes: [{ id: fx.id('listing1') }] },
      provenance: { confidence: 'high' },
    });
  });

  it('list → entries, maintaining agency, triggering memoranda, measures; document and measure links', async () => {
    const data = await server.data<{ creditList: Record<string, unknown>; document: Record<string, unknown>; measure: Record<string, unknown> }>(
      `query ($list: ID!, $memo: ID!, $measure: ID!) {
        creditList(id: $list) { listKind maintainedBy { id } establishedBy { id } legalBasis { id } triggeredDocuments { docNumber } triggeredMeasures { id }
          entries(activeOnly: true, asOf: "2022-01-01") { totalCount nodes { id } } }
        document(id: $memo) { documentType signatories { id } measures { id } triggeredBy { id } }
        measure(id: $measure) { bearerRoles legalBasisLevel implementingAgencies { id } definedIn { id } triggeredBy { id } } }`,
      { list: fx.id('list'), memo: fx.id('memo'), measure: fx.id('measure') },
    );
    expect(data.creditList).toEqual({
      listKind: 'blacklist',
      maintainedBy: [{ id: fx.id('agency') }],
      establishedBy: [{ id: fx.id('doc') }],
      legalBasis: [{ id: fx.id('doc') }],
      triggeredDocuments: [{ docNumber: '测试〔2016〕141号' }],
      triggeredMeasures: [{ id: fx.id('measure') }],
      entries: { totalCount: 1, nodes: [{ id: fx.id('listing1') }] },
    });
    expect(data.document).toEqual({ documentType: 'memorandum', signatories: [{ id: fx.id('agency') }], measures: [{ id: fx.id('measure') }], triggeredBy: [{ id: fx.id('list') }] });
    expect(data.measure).toEqual({
      bearerRoles: ['entity', 'legal_representative'],
      legalBasisLevel: 'judicial_interpretation',
      implementingAgencies: [{ id: fx.id('agency') }],
      definedIn: [{ id: fx.id('memo') }],
      triggeredBy: [{ id: fx.id('list') }],
    });
  });
});
