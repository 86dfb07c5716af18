import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';

// Every field of every reference type over the real reference graph (loaded by globalSetup): catches
// property names, enum values and types that drift between the loader and the schema.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

const provenance = 'provenance { source sourceUrl sourceId recordedAt confidence sourceTitles sourceUrls }';
const ref = `id kind label ${provenance}`;


describe('the reference graph through the API', () => {
  it('agency, list, document, measure, platform and grade scheme with every field', async () => {
    const data = await server.data<Record<string, Record<string, unknown>>>(`{
      agency(id: "ndrc") { ${ref} nameZh nameEn abbreviation level region divisionCode role notes synthetic
        parent { id } children { id } successors { id } predecessors { id } listsMaintained { id } documentsIssued { id }
        documentsSigned { id docNumber } measuresImplemented { id } platformsOperated { id } platformsSupervised { id } gradeSchemesIssued { id }
        holdings { totalCount } listingsDecided(first: 1) { nodes { id } } }
      creditList(id: "spc_dishonest_judgment_debtors") { ${ref} nameZh nameEn listKind subjectTypes entryCriteria termAndRemoval affectedPersons notes
        maintainedBy { id } establishedBy { id } legalBasis { id } triggeredDocuments { id docNumber } triggeredMeasures { id } publishedOn { id }
        entries(first: 2) { totalCount nodes { id status from until active subject { __typename } } } }
      document(id: "mou_2016_judgment_debtors") { ${ref} nameZh nameEn docNumber docNumberNote docNumberVerified documentType typeDetail summary dateText
        issued issuedPrecision effective repealed repealedNote signatoryCount signatoriesZh measureBasisCategories notes inForce(asOf: "2020-01-01")
        issuers { id } signatories { id } measures { id } establishesLists { id } triggeredBy { id } legalBasisOf { id }
        supersedes { id } supersededBy { id } amends { id } amendedBy { id } gradeSchemes { id } }
      measure(id: "m_high_consumption_restriction") { ${ref} nameZh nameEn polarity bearerRoles legalBasisLevel category description notes
        implementingAgencies { id } definedIn { id } triggeredBy { id } }
      credit: node(id: "credit_china") { ... on Platform { ${ref} nameZh nameEn url role launched operatorText notes operatedBy { id } supervisedBy { id } lists { id } } }
      tax: node(id: "g_tax_credit") { ... on GradeScheme { ${ref} nameZh nameEn notes levels { code nameZh meaning } issuedBy { id } definedIn { id } grades(first: 1) { totalCount } } }
    }`);
    expect(data.document).toMatchObject({ docNumber: '发改财金〔2016〕141号', documentType: 'memorandum', inForce: true });
    expect((data.document!.signatories as unknown[]).length).toBeGreaterThan(10);
    expect((data.measure!.implementingAgencies as Array<{ id: string }>).map((a) => a.id)).toEqual(expect.arrayContaining(['caac', 'china_railway']));
    expect((data.creditList!.triggeredDocuments as Array<{ id: string }>).map((d) => d.id)).toContain('mou_2016_judgment_debtors');
    expect((data.tax!.levels as Array<{ code: string }>).map((l) => l.code)).toContain('A');
    expect(data.agency!.provenance).toMatchObject({ confidence: 'high' });
  });

  it('companies of the demo corpus with every field', async () => {
    const data = await server.data<{ companies: { totalCount: number; nodes: Array<Record<string, unknown>> } }>(`{
      companies(filter: {synthetic: true, listKind: blacklist}, first: 5) { totalCount nodes { ${ref} uscc nameZh nameEn jurisdiction formerNames legalForm status
        registeredCapital established divisionCode industryCode address isBranch stateOwned synthetic activeListKinds
        legalRepresentative { from until person { id nameZh namePinyin nameEn synthetic roles { totalCount } } ${provenance} }
        shareholders { totalCount nodes { fraction fractionMin fractionMax subscribedCapital from until shareholder { __typename } } }
        holdings { totalCount } officers { nodes { role person { id } } } branches { totalCount } headOffice { id }
        listings { nodes { id from until status endedOn reason caseNumber synthetic active list { id } decidedBy { id } } }
        grades { grade year scheme { id } } } } }`);
    expect(data.companies.totalCount).toBeGreaterThan(0);
    expect(data.companies.nodes.length).toBeGreaterThan(0);
  });

  it('search finds the judgment-debtor list and memorandum in Chinese and English', async () => {
    const zh = await server.data<{ search: Array<{ node: { id: string } }> }>(`{ search(text: "失信被执行人") { node { id } highlight } }`);
    expect(zh.search.map((h) => h.node.id)).toContain('spc_dishonest_judgment_debtors');
    const en = await server.data<{ search: Array<{ node: { id: string } }> }>(`{ search(text: "judgment debtors", kinds: [CreditList, PolicyDocument]) { node { id } } }`);
    expect(en.search.map((h) => h.node.id)).toContain('spc_dishonest_judgment_debtors');
  });

  it('the neighbourhood of the judgment-debtor list and the stats', async () => {
    const data = await server.data<{ neighborhood: { nodes: Array<{ id: string; kind: string }> }; stats: { nodes: Array<{ kind: string; count: number }> } }>(
      `{ neighborhood(id: "spc_dishonest_judgment_debtors", kinds: [Agency, PolicyDocument, Measure, Platform]) { nodes { id kind } edges { id type } truncated { nodeId omitted } }
         stats { nodes { kind count } relationships { type count } lists { list { id } entries activeEntries } } }`,
    );
    expect(data.neighborhood.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['spc', 'mou_2016_judgment_debtors']));
    expect(data.stats.nodes.find((n) => n.kind === 'Agency')!.count).toBeGreaterThanOrEqual(50);
  });
});
