/**
 * The offline GraphiQL at /graphiql: graphiql 5 from npm (Monaco editor, its workers bundled by
 * Vite), no CDN. Opens with one tab per capability so an analyst can run each at once.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import { graphqlHeaders } from './api/apiKey.ts';
import { apiExamples } from './api/examples.ts';

async function fetcher(params: unknown) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: graphqlHeaders(),
    body: JSON.stringify(params),
  });
  return response.json();
}

// One tab per example, its title as the first line, so the tab says what it shows.
const exampleTabs = apiExamples.map((example) => ({ query: `# ${example.title}\n${example.query}`, variables: JSON.stringify(example.variables, null, 2) }));

createRoot(document.getElementById('graphiql')!).render(
  <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility="variables" />,
);
