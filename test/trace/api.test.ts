import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeFixtures } from '../support/graph.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { loadFixtureGraph, sanctionStory } from './fixtures.ts';

const prefix = 'trh-';
const { id, fixture } = sanctionStory(prefix);
const short = (value: string) => value.slice(prefix.length);

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await removeFixtures(server.graph, prefix);
  await loadFixtureGraph(server.graph, fixture);
});

afterAll(async () => {
  await removeFixtures(server.graph, prefix);
  await server.close();
});

const traceQuery = `
query Trace($subject: ID!, $asOf: Date) {
  sanctionTrace(subject: $subject, asOf: $asOf) {
    subject { __typename ... on Company { id nameZh } ... on Person { id } }
    asOf
    listings { listing { id from status } subject { ... on Company { id } } list { id listKind } decidedBy { id } }
    measures {
      measure { id nameZh polarity category bearerRoles }
      agencies { id nameEn }
      documents { id docNumber documentType }
      basisLevel belowLawOrRegulation conditional
      citations { document { id } docNumber title article }
      conditions { text code }
      bearers { party { __typename ... on Company { id } ... on Person { id } } roles ties { role relation officerRole share rule } }
    }
    chains { bearer { ... on Person { id } ... on Company { id } } measure { id } via { ... on Company { id } } listing { listing { id } } documents { docNumber } agencies { id }
      conditional rules { rule { id document { id } listId bearers origin confidence basis { article } } citations { docNumber article } conditionStatus edition { id } } }
    notApplicable { measure { id } list { id } reason endedBy { id } grounds since rules { id } }
    byAgency { agency { id } measures chains }
    byCategory { category measures chains }
    view { nodes { id kind label activeListKinds } edges { source type target share roles } truncated { nodeId } }
  }
}`;

interface TraceData {
  sanctionTrace: {
    subject: { __typename: string; id: string };
    listings: Array<{ listing: { id: string }; list: { id: string; listKind: string }; decidedBy: { id: string } | null }>;
    measures: Array<{
      measure: { id: string; polarity: string; category: string; bearerRoles: string[] };
      agencies: Array<{ id: string }>;
      documents: Array<{ id: string; docNumber: string; documentType: string }>;
      basisLevel: string;
      conditional: boolean;
      citations: Array<{ document: { id: string } | null; docNumber: string | null; title: string | null; article: string | null }>;
      conditions: Array<{ text: string; code: string | null }>;
      belowLawOrRegulation: boolean;
      bearers: Array<{ party: { __typename: string; id: string }; roles: string[]; ties: Array<{ relation: string; officerRole: string | null; share: number | null; rule: string | null }> }>;
    }>;
    chains: Array<{ bearer: { id: string }; measure: { id: string }; via: { id: string }; conditional: boolean; rules: Array<{ rule: { id: string; document: { id: string }; listId: string; bearers: string[]; origin: string }; citations: Array<{ docNumber: string; article: string }>; conditionStatus: string; edition: { id: string } | null }> }>;
    notApplicable: unknown[];
    byAgency: Array<{ agency: { id: string }; measures: number; chains: number }>;
    view: { nodes: Array<{ id: string; kind: string; activeListKinds: string[] | null }>; edges: Array<{ source: string; type: string; target: string }> };
  };
}

describe('sanctionTrace over HTTP', () => {
  it('serves the trace with full node types, bearers, chains and the view', async () => {
    const { data, errors } = await server.gql<TraceData>(traceQuery, { subject: id('c1'), asOf: '2024-06-01' });
    expect(errors).toBeUndefined();
    const trace = data!.sanctionTrace;
    expect(trace.subject).toEqual({ __typename: 'Company', id: id('c1'), nameZh: 'c1有限公司' });
    expect(trace.listings).toEqual([
      { listing: { id: id('l1'), from: '2020-01-01', status: 'active' }, subject: { id: id('c1') }, list: { id: id('jd'), listKind: 'blacklist' }, decidedBy: { id: id('court') } },
    ]);
    expect(trace.measures.map((m) => short(m.measure.id))).toEqual(['board', 'consume', 'exit', 'finance', 'procure']);
    const consume = trace.measures.find((m) => m.measure.id === id('consume'))!;
    expect(consume.documents).toEqual([
      { id: id('opinion'), docNumber: '测〔2016〕opinion号', documentType: 'policy' },
      { id: id('basic'), docNumber: '测〔2024〕basic号', documentType: 'basic_list' },
      { id: id('mou'), docNumber: '测〔2016〕mou号', documentType: 'memorandum' },
    ]);
    expect(consume.citations).toEqual([
      { document: { id: id('mou') }, docNumber: '测〔2016〕mou号', title: null, article: '1' },
      { document: { id: id('opinion') }, docNumber: '测〔2016〕opinion号', title: null, article: '1' },
    ]);
    expect(consume).toMatchObject({ conditional: false, conditions: [] });
    const p1Consume = trace.chains.find((c) => c.bearer.id === id('p1') && c.measure.id === id('consume'))!;
    expect(p1Consume.rules.map((r) => [short(r.rule.document.id), short(r.rule.listId), r.rule.origin, r.conditionStatus, r.edition && short(r.edition.id)])).toEqual([
      ['mou', 'jd', 'researched', 'met', 'basic'],
      ['opinion', 'jd', 'researched', 'met', 'basic'],
    ]);
    expect(trace.notApplicable).toEqual([]);
    expect(consume.agencies.map((a) => short(a.id))).toEqual(['caac', 'rail']);
    expect(consume.bearers.map((b) => [short(b.party.id), b.party.__typename, b.roles])).toEqual([
      ['c1', 'Company', ['entity']],
      ['p1', 'Person', ['legal_representative']],
      ['p2', 'Person', ['principal_responsible_person']],
      ['p3', 'Person', ['principal_responsible_person']],
      ['p4', 'Person', ['directly_responsible_person']],
      ['p9', 'Person', ['actual_controller']],
    ]);
    expect(consume.bearers.find((b) => b.party.id === id('p2'))!.ties).toEqual([{ role: 'principal_responsible_person', relation: 'OFFICER_OF', officerRole: 'chair', share: null, rule: null }]);
    const finance = trace.measures.find((m) => m.measure.id === id('finance'))!;
    expect(finance.bearers.find((b) => b.party.id === id('h1'))!.ties).toEqual([
      { role: 'controlling_shareholder', relation: 'CONTROLLING_SHAREHOLDER', officerRole: null, share: 0.6, rule: 'majority' },
    ]);
    expect(trace.chains).toHaveLength(16);
    expect(trace.byAgency.find((a) => a.agency.id === id('samr'))).toEqual({ agency: { id: id('samr') }, measures: 1, chains: 5 });
    expect(trace.view.edges).toContainEqual({ source: id('p1'), type: 'BEARS', target: id('exit'), share: null, roles: ['legal_representative'] });
    expect(trace.view.nodes.find((n) => n.id === id('c1'))).toMatchObject({ kind: 'Company', activeListKinds: ['blacklist'] });
  });

  it('answers NOT_FOUND for an unknown subject and BAD_USER_INPUT naming a malformed argument', async () => {
    const unknown = await server.gql(traceQuery, { subject: id('nobody') });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', id: id('nobody') });
    const blank = await server.gql(traceQuery, { subject: '  ' });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'subject' });
    const badDate = await server.gql(traceQuery, { subject: id('c1'), asOf: '2024-02-30' });
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(badDate.errors?.[0]?.message).toContain('asOf');
  });
});

const obligationsQuery = `
query Obligations($agency: ID!, $asOf: Date, $first: Int, $after: String) {
  agencyObligations(agency: $agency, asOf: $asOf, first: $first, after: $after) {
    agency { id } asOf totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    nodes { measure { id } listedSubjects lists { list { id } documents { id } basisLevel belowLawOrRegulation } }
  }
}`;

interface ObligationsData {
  agencyObligations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    nodes: Array<{ measure: { id: string }; listedSubjects: number; lists: Array<{ list: { id: string }; documents: Array<{ id: string }>; basisLevel: string }> }>;
  };
}

describe('agencyObligations, measureBearers and legalBasisAudit over HTTP', () => {
  it('pages an agency\'s obligations with cursors', async () => {
    const first = await server.gql<ObligationsData>(obligationsQuery, { agency: id('mof'), asOf: '2017-06-01', first: 1 });
    expect(first.errors).toBeUndefined();
    const page1 = first.data!.agencyObligations;
    expect(page1.nodes.map((n) => [short(n.measure.id), n.listedSubjects])).toEqual([['old', 1]]);
    expect(page1).toMatchObject({ totalCount: 2, pageInfo: { hasNextPage: true, hasPreviousPage: false } });
    const second = await server.gql<ObligationsData>(obligationsQuery, { agency: id('mof'), asOf: '2017-06-01', first: 1, after: page1.pageInfo.endCursor });
    const page2 = second.data!.agencyObligations;
    expect(page2.nodes.map((n) => short(n.measure.id))).toEqual(['procure']);
    expect(page2.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('rejects an unknown agency, a foreign cursor and an oversized page', async () => {
    expect((await server.gql(obligationsQuery, { agency: id('c1') })).errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', kind: 'agency' });
    expect((await server.gql(obligationsQuery, { agency: id('mof'), after: 'not-a-cursor' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    const bearers = await server.gql(`{ measureBearers(measure: "${id('consume')}", first: 101) { totalCount } }`);
    expect(bearers.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
  });

  it('says who bears a measure and why', async () => {
    const { data, errors } = await server.gql<{
      measureBearers: { totalCount: number; lists: Array<{ list: { id: string } }>; nodes: Array<{ subject: { id: string }; bearers: Array<{ party: { id: string }; roles: string[] }> }> };
    }>(
      `query($m: ID!) { measureBearers(measure: $m, asOf: "2024-06-01") {
        totalCount lists { list { id } }
        nodes { subject { ... on Company { id } ... on Person { id } } bearers { party { ... on Company { id } ... on Person { id } } roles } }
      } }`,
      { m: id('finance') },
    );
    expect(errors).toBeUndefined();
    expect(data!.measureBearers.lists.map((l) => short(l.list.id))).toEqual(['jd']);
    expect(data!.measureBearers.nodes.map((n) => [short(n.subject.id), n.bearers.map((b) => `${short(b.party.id)}:${b.roles.join('+')}`)])).toEqual([
      ['c1', ['c1:entity', 'h1:controlling_shareholder', 'p9:actual_controller']],
      ['p11', []],
    ]);
    expect((await server.gql(`{ measureBearers(measure: "${id('nothing')}") { totalCount } }`)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('audits the legal basis at a date', async () => {
    const { data, errors } = await server.gql<{
      legalBasisAudit: { lists: Array<{ list: { id: string }; problem: string }>; measures: Array<{ measure: { id: string }; list: { id: string } | null; problem: string; basisLevel: string | null }> };
    }>(`{ legalBasisAudit(asOf: "2024-06-01") { lists { list { id } problem } measures { measure { id } list { id } problem basisLevel } } }`);
    expect(errors).toBeUndefined();
    const mine = data!.legalBasisAudit.measures.filter((f) => f.measure.id.startsWith(prefix));
    expect(mine.find((f) => f.measure.id === id('old'))).toEqual({ measure: { id: id('old') }, list: { id: id('jd') }, problem: 'none_in_force', basisLevel: null });
    expect(mine.some((f) => f.measure.id === id('exit'))).toBe(false);
    expect(data!.legalBasisAudit.lists.filter((f) => f.list.id.startsWith(prefix)).map((f) => `${short(f.list.id)} ${f.problem}`)).toEqual(['other below_law_or_regulation', 'red no_document']);
  });
});
