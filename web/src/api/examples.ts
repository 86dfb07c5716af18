/**
 * The API's runnable examples, one per capability, against the demo corpus: the single source of
 * GraphiQL's opening tabs and of the API documentation's examples (test/api/examples.test.ts runs
 * every one on the demo data, so a renamed field or a bad code fails the tests, not the analyst).
 */

export interface ApiExample {
  /** What it shows, in English (GraphiQL shows it as the tab's first comment line). */
  title: string;
  query: string;
  variables: Record<string, unknown>;
}

const demo = { judgmentDebtor: '91440305MXDEM0015Q', legalRep: 'p-demo-01', supplier: '91440600MXDEM00668', subsidiary: '91440106MXDEM0058A' };

export const apiExamples: ApiExample[] = [
  {
    title: 'A memorandum of joint punishment: its signatories and the measures it defines',
    query: `query Memorandum($id: ID!) {
  document(id: $id) { docNumber documentType issued inForce signatories { abbreviation nameZh } measures { nameZh bearerRoles legalBasisLevel } }
}`,
    variables: { id: 'mou_2016_judgment_debtors' },
  },
  {
    title: 'A company with its legal representative, shareholders, officers and listings at a date',
    query: `query Company($uscc: String!, $asOf: Date) {
  company(uscc: $uscc) {
    nameZh nameEn status established divisionCode industryCode activeListKinds(asOf: $asOf)
    legalRepresentative(asOf: $asOf) { person { id nameZh } from }
    shareholders(asOf: $asOf) { totalCount nodes { fraction shareholder { ... on Person { id nameZh } ... on Company { uscc nameZh } } } }
    officers { nodes { role person { nameZh } } }
    listings { nodes { from until status caseNumber active(asOf: $asOf) list { nameZh listKind } decidedBy { nameZh } provenance { source } } }
  }
}`,
    variables: { uscc: demo.judgmentDebtor, asOf: '2024-01-01' },
  },
  {
    title: 'A measure: who bears it, who implements it, which lists trigger it, on what basis',
    query: `query Measure($id: ID!) {
  measure(id: $id) { nameZh nameEn bearerRoles legalBasisLevel implementingAgencies { nameZh } definedIn { docNumber } triggeredBy { nameZh } }
}`,
    variables: { id: 'm_high_consumption_restriction' },
  },
  {
    title: 'Sanction trace: every measure in force for a listed subject at a date, with bearers',
    query: `query Trace($subject: ID!, $asOf: Date) {
  sanctionTrace(subject: $subject, asOf: $asOf) {
    asOf
    measures { measure { id label } bearers { party { ... on Node { id label } } roles } }
  }
}`,
    variables: { subject: demo.judgmentDebtor, asOf: '2024-01-01' },
  },
  {
    title: 'Exposure: listed parties within three links of a supplier, with path and score',
    query: `query Exposure($subject: ID!) {
  exposure(subject: $subject, maxHops: 3) { asOf hits { party { id name } hops score paths { hops edges { type from to fraction role } } } }
}`,
    variables: { subject: demo.supplier },
  },
  {
    title: 'Actual controller by the chain of control, beside the largest integrated holder',
    query: `query Controller($company: ID!) {
  actualController(company: $company) {
    rule controller { party { id name } share }
    chain { holder { id name } company { id name } share rule }
    largestHolder { party { id name } share }
  }
}`,
    variables: { company: demo.supplier },
  },
  {
    title: 'Screening: one row per subject (a valid code, a bad check character, an unknown name)',
    query: `query Screen($subjects: [ID!]!) {
  screen(subjects: $subjects, maxHops: 2) { asOf rows { row input status reason problems { code position expected found } exposureHits } }
}`,
    variables: { subjects: [demo.supplier, '91440600MXDEM00669', '不存在的测试公司'] },
  },
  {
    title: 'A list’s members: active listings, newest first, with counts by status',
    query: `query Members($list: ID!) {
  listMembers(list: $list, statuses: [active], first: 10) { total matching counts { status count } members { subject { id name } from until status decidedBy { name } } }
}`,
    variables: { list: 'spc_dishonest_judgment_debtors' },
  },
  {
    title: 'Full-text search over names, document numbers and codes',
    query: `query Search($text: String!) {
  search(text: $text, kinds: [CreditList, PolicyDocument, Measure], first: 10) { score matchedField highlight node { id kind label } }
}`,
    variables: { text: '失信被执行人' },
  },
];
