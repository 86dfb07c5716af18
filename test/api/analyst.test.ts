import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awaitNameSearch } from '../../graph/load/nameSearch.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createApiFixture, removeApiFixture, type ApiFixture } from './fixtures.ts';

let server: TestServer;
let fx: ApiFixture;

beforeAll(async () => {
  server = await startTestServer();
  fx = await createApiFixture(server.graph, 'api-q-');
});

afterAll(async () => {
  await removeApiFixture(server.graph, fx);
  await server.close();
});


type Hits = { search: Array<{ node: { id: string; __typename: string }; matchedField: string; highlight: string; score: number }> };
const search = `query ($text: String!, $kinds: [NodeKind!]) { search(text: $text, kinds: $kinds) { node { id __typename } matchedField highlight score } }`;

describe('search', () => {
  it('finds a company by a 2-character Chinese query inside its name, highlighted', async () => {
    const data = await server.data<Hits>(search, { text: '主体', kinds: ['Company'] });
    const hit = data.search.find((h) => h.node.id === fx.uscc);
    expect(hit).toMatchObject({ matchedField: 'nameZh', highlight: `测试<em>主体</em>公司${fx.prefix}` });
    expect(data.search.every((h) => h.node.__typename === 'Company')).toBe(true);
  });

  it('finds persons by pinyin and English names case-insensitively', async () => {
    const pinyin = await server.data<Hits>(search, { text: 'zhang san', kinds: ['Person'] });
    expect(pinyin.search[0]).toMatchObject({ node: { id: fx.id('p1') }, matchedField: 'namePinyin', highlight: 'Ceshi <em>Zhang</em> <em>San</em>' });
    const english = await server.data<Hits>(search, { text: 'test court' });
    expect(english.search.map((h) => h.node.id)).toContain(fx.id('agency'));
  });

  it('puts an exact USCC first and finds documents by number', async () => {
    const byUscc = await server.data<Hits>(search, { text: fx.uscc.toLowerCase() });
    expect(byUscc.search[0]).toMatchObject({ node: { id: fx.uscc }, matchedField: 'uscc', highlight: `<em>${fx.uscc}</em>` });
    const byNumber = await server.data<Hits>(search, { text: '测试〔2016〕141号' });
    expect(byNumber.search[0]).toMatchObject({ node: { id: fx.id('memo') }, matchedField: 'docNumber' });
  });

  it('one Chinese character falls back to a substring match', async () => {
    const data = await server.data<Hits>(search, { text: '犇', kinds: ['Person'] });
    expect(data.search.map((h) => h.node.id)).toContain(fx.id('p2'));
  });

  it('treats Lucene syntax as plain text', async () => {
    for (const text of ['主体 AND', '"主体', 'name:主体*', '(+-&|!{}[]^~?:\\/)']) {
      const result = await server.gql(search, { text });
      expect(result.errors, text).toBeUndefined();
    }
  });

  it('escapes HTML in highlights', async () => {
    await server.graph.write(`CREATE (:Node:Agency {id: $id, nameEn: 'Bureau <b>&</b> Test', source: 't', recordedAt: 't'})`, { id: fx.id('htmlAgency') });
    await awaitNameSearch(server.graph);
    const data = await server.data<Hits>(search, { text: 'bureau' });
    expect(data.search.find((h) => h.node.id === fx.id('htmlAgency'))?.highlight).toBe('<em>Bureau</em> &lt;b&gt;&amp;&lt;/b&gt; Test');
  });
});

describe('companies', () => {
  type Page = { companies: { totalCount: number; nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  const query = `query ($filter: CompanyFilter, $first: Int, $after: String, $orderBy: CompanyOrder) {
    companies(filter: $filter, first: $first, after: $after, orderBy: $orderBy) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }`;

  it('filters by name, region, industry, status, legal form, established range', async () => {
    const data = await server.data<Page>(query, {
      filter: { nameContains: `主体公司${fx.prefix}`, divisionCodePrefix: '5425', industryCodePrefix: 'c', status: ['in_operation'], legalForm: ['llc'], established: { from: '2010-01-01', to: '2010-12-31' }, synthetic: true },
    });
    expect(data.companies).toMatchObject({ totalCount: 1, nodes: [{ id: fx.uscc }] });
    const none = await server.data<Page>(query, { filter: { nameContains: `主体公司${fx.prefix}`, established: { from: '2011-01-01' } } });
    expect(none.companies.totalCount).toBe(0);
  });

  it('filters by list, list kind and a listing active at a date', async () => {
    const base = { nameContains: '测试' };
    const onList = await server.data<Page>(query, { filter: { ...base, onList: [fx.id('list')] } });
    expect(onList.companies.nodes.map((n) => n.id)).toEqual([fx.uscc]);
    const active = await server.data<Page>(query, { filter: { ...base, listKind: 'blacklist', activeListingAsOf: '2022-06-01' } });
    expect(active.companies.nodes.map((n) => n.id)).toContain(fx.uscc);
    const expired = await server.data<Page>(query, { filter: { ...base, onList: [fx.id('list')], activeListingAsOf: '2024-06-01' } });
    expect(expired.companies.nodes.map((n) => n.id)).not.toContain(fx.uscc);
  });

  it('pages with keyset cursors without repeats', async () => {
    const filter = { nameContains: '测试' };
    const orderBy = { field: 'NAME', direction: 'DESC' };
    const first = await server.data<Page>(query, { filter, first: 2, orderBy });
    expect(first.companies.nodes).toHaveLength(2);
    expect(first.companies.pageInfo.hasNextPage).toBe(true);
    const second = await server.data<Page>(query, { filter, first: 2, orderBy, after: first.companies.pageInfo.endCursor });
    const all = await server.data<Page>(query, { filter, first: 4, orderBy });
    expect([...first.companies.nodes, ...second.companies.nodes]).toEqual(all.companies.nodes.slice(0, first.companies.nodes.length + second.companies.nodes.length));
  });
});

describe('neighborhood', () => {
  type View = { neighborhood: { nodes: Array<{ id: string; kind: string; label: string; activeListKinds: string[] | null }>; edges: Array<{ id: string; source: string; target: string; type: string; share: number | null; roles: string[] | null }>; truncated: Array<{ nodeId: string; shown: number; omitted: number }> } };
  const query = `query ($id: ID!, $hops: Int, $kinds: [NodeKind!], $perNode: Int, $skip: Int, $asOf: Date) {
    neighborhood(id: $id, hops: $hops, kinds: $kinds, perNode: $perNode, skip: $skip, asOf: $asOf) {
      nodes { id kind label activeListKinds } edges { id source target type share roles } truncated { nodeId shown omitted } } }`;

  it('returns the canvas shape, with shares and blacklist flags at the date', async () => {
    const data = await server.data<View>(query, { id: fx.uscc, asOf: '2022-01-01' });
    const view = data.neighborhood;
    expect(view.nodes.find((n) => n.id === fx.uscc)).toMatchObject({ kind: 'Company', activeListKinds: ['blacklist'] });
    expect(view.edges).toContainEqual({ id: `${fx.id('holding')}-SHAREHOLDER_OF-${fx.uscc}`, source: fx.id('holding'), target: fx.uscc, type: 'SHAREHOLDER_OF', share: 0.6, roles: null });
    expect(view.truncated).toEqual([]);
    // p2 stopped being legal representative in 2019: not a neighbour in 2022 (and p1 is)
    const ids = view.nodes.map((n) => n.id);
    expect(ids).toContain(fx.id('p1'));
    expect(ids).not.toContain(fx.id('p2'));
  });

  it('says whether a listing is in effect at the date (the canvas fades it when not); other kinds have no flag', async () => {
    const active = `query ($id: ID!, $asOf: Date) { neighborhood(id: $id, asOf: $asOf) { nodes { id active } } }`;
    type Active = { neighborhood: { nodes: Array<{ id: string; active: boolean | null }> } };
    const flag = async (asOf: string, id: string) => (await server.data<Active>(active, { id: fx.uscc, asOf })).neighborhood.nodes.find((n) => n.id === id)?.active;
    expect(await flag('2022-01-01', fx.id('listing1'))).toBe(true);
    expect(await flag('2024-01-01', fx.id('listing1'))).toBe(false);
    expect(await flag('2020-06-01', fx.id('listing1'))).toBe(false);
    expect(await flag('2022-01-01', fx.uscc)).toBeNull();
  });

  it('expands up to 3 hops and filters kinds', async () => {
    const two = await server.data<View>(query, { id: fx.id('p1'), hops: 2, kinds: ['Company', 'Person'] });
    const ids = two.neighborhood.nodes.map((n) => n.id).sort();
    expect(ids).toEqual([fx.id('branch'), fx.id('holding'), fx.id('p1'), fx.uscc].sort());
  });

  it('cuts hubs and says how many were left out; skip pages on', async () => {
    const cut = await server.data<View>(query, { id: fx.uscc, perNode: 2, asOf: '2024-01-01' });
    const hub = cut.neighborhood.truncated.find((t) => t.nodeId === fx.uscc);
    expect(hub?.shown).toBe(2);
    const total = hub!.shown + hub!.omitted;
    const full = await server.data<View>(query, { id: fx.uscc, asOf: '2024-01-01' });
    // shown/omitted count links (p1 is both shareholder and legal representative: two links)
    expect(full.neighborhood.edges.filter((e) => e.source === fx.uscc || e.target === fx.uscc)).toHaveLength(total);
    const next = await server.data<View>(query, { id: fx.uscc, perNode: 2, skip: 2, asOf: '2024-01-01' });
    const firstIds = new Set(cut.neighborhood.nodes.map((n) => n.id).filter((id) => id !== fx.uscc));
    expect(next.neighborhood.nodes.some((n) => firstIds.has(n.id))).toBe(false);
    expect(next.neighborhood.truncated.find((t) => t.nodeId === fx.uscc)?.omitted).toBe(total - 4);
  });
});

describe('stats', () => {
  it('counts by kind and relationship type, list sizes at a date', async () => {
    type Stats = { stats: { asOf: string; nodes: Array<{ kind: string; count: number }>; relationships: Array<{ type: string; count: number }>; lists: Array<{ list: { id: string }; entries: number; activeEntries: number }> } };
    const query = `query ($asOf: Date) { stats(asOf: $asOf) { asOf nodes { kind count } relationships { type count } lists { list { id } entries activeEntries } } }`;
    const during = await server.data<Stats>(query, { asOf: '2022-01-01' });
    expect(during.stats.asOf).toBe('2022-01-01');
    expect(during.stats.nodes.find((n) => n.kind === 'Listing')!.count).toBeGreaterThanOrEqual(1);
    expect(during.stats.relationships.find((r) => r.type === 'ON_LIST')!.count).toBeGreaterThanOrEqual(1);
    expect(during.stats.lists.find((l) => l.list.id === fx.id('list'))).toEqual({ list: { id: fx.id('list') }, entries: 1, activeEntries: 1 });
    const after = await server.data<Stats>(query, { asOf: '2024-01-01' });
    expect(after.stats.lists.find((l) => l.list.id === fx.id('list'))).toMatchObject({ entries: 1, activeEntries: 0 });
  });
});
