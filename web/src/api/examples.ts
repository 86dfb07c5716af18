/** GraphiQL's opening tabs: one runnable example per capability, against the demo corpus. */
import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

const tab = (query: string, variables: Record<string, unknown>): TabDefinition => ({ query: query.trim(), variables: JSON.stringify(variables, null, 2) });

export const exampleTabs: TabDefinition[] = [
  tab(
    `
# A memorandum of joint punishment: which list triggers it, who signed it, what it does.
query Memorandum($id: ID!) {
  document(id: $id) {
    label
    docNumber
    date
    triggeredBy { label }
    signatories { label }
    measures { label legalBasisLevel implementingAgencies { label } }
    provenance { source sourceUrl confidence }
  }
}`,
    { id: 'mou_2016_judgment_debtors' },
  ),
  tab(
    `
# A company profile with shareholders, officers and listings as of a date.
query Company($uscc: String!, $asOf: Date) {
  company(uscc: $uscc) {
    label
    uscc
    legalRepresentative(asOf: $asOf) { person { label } }
    shareholders(asOf: $asOf) { nodes { shareholder { ... on Node { label } } fraction } }
    officers(asOf: $asOf) { nodes { person { label } role } }
    listings(asOf: $asOf) { nodes { list { label } from until status active(asOf: $asOf) decidedBy { label } } }
    activeListKinds(asOf: $asOf)
  }
}`,
    { uscc: '91110000000000000X', asOf: null },
  ),
  tab(
    `
# Who implements a measure, and which lists trigger it.
query Measure($id: ID!) {
  measure(id: $id) {
    label
    bearerRoles
    legalBasisLevel
    implementingAgencies { label }
    triggeredBy { label maintainedBy { label } }
    definedIn { label docNumber }
  }
}`,
    { id: 'm_high_consumption_restriction' },
  ),
];
