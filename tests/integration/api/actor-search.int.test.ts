import { createActor, errorOf, startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const SEARCH = `query($ws: ID!, $search: String, $filter: ActorFilter, $first: Int, $after: String, $orderBy: ActorOrder) {
  actors(workspace: $ws, search: $search, filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; name: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('actors(search)', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let other: TestWorkspace;

  const search = async (text: string, variables: Record<string, unknown> = {}): Promise<Page> =>
    dataOf(await api.gql<{ actors: Page }>(SEARCH, { ws: ws.id, search: text, ...variables })).actors;
  const namesFor = async (text: string, variables: Record<string, unknown> = {}) =>
    (await search(text, variables)).edges.map((edge) => edge.node.name).sort();

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'actor-search');
    other = await createTestWorkspace(api, 'actor-search-other');
    const actors: Array<Record<string, unknown>> = [
      { name: 'Refugee Legal Support', country: 'GR', description: 'Free legal aid on Lesvos.' },
      { name: 'Dakar Migrant Aid', country: 'SN', tier: 'LOCAL', description: 'Helps returnees and refugees.' },
      {
        name: 'Hellenic Ministry of Migration',
        kind: 'MINISTRY',
        tier: 'NATIONAL',
        country: 'GR',
        aliases: ['MoMA', 'Υπουργείο Μετανάστευσης'],
      },
      {
        name: 'UNHCR',
        kind: 'UN_AGENCY',
        tier: 'GLOBAL',
        aliases: ['Office of the High Commissioner'],
        description: 'Protects displaced people worldwide.',
      },
      {
        name: 'Senegalese Hometown Associations',
        kind: 'DIASPORA_ORGANISATION',
        country: 'FR',
        description: 'Federates village associations of the diaspora.',
      },
    ];
    for (const input of actors) await createActor(api, ws.id, input);
    const ghost = await createActor(api, ws.id, { name: 'Refugee Ghost Office' });
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: ghost.id }));
    // The same words in another workspace must never show up here.
    await createActor(api, other.id, { name: 'Refugee Council Elsewhere', description: 'legal aid' });
  });
  afterAll(async () => {
    await ws.remove();
    await other.remove();
    await api.close();
  });

  it.each<[string, string, string[]]>([
    ['a word of the name', 'migrant', ['Dakar Migrant Aid']],
    ['a word in any case', 'UNHCR', ['UNHCR']],
    ['a prefix', 'refu', ['Dakar Migrant Aid', 'Refugee Legal Support']],
    ['an alias', 'moma', ['Hellenic Ministry of Migration']],
    ['a word of an alias', 'commissioner', ['UNHCR']],
    ['a Greek alias by prefix', 'μεταν', ['Hellenic Ministry of Migration']],
    ['a word of the description', 'lesvos', ['Refugee Legal Support']],
    ['a description word by prefix', 'displ', ['UNHCR']],
    ['every word (all must match)', 'refugee legal', ['Refugee Legal Support']],
    ['words with punctuation around them', '  "Dakar",  (aid)! ', ['Dakar Migrant Aid']],
    ['a word no actor has', 'xylophone', []],
  ])('finds actors by %s', async (_label, text, expected) => {
    const page = await search(text);
    expect(page.edges.map((edge) => edge.node.name).sort()).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
  });

  it('combines search with filters', async () => {
    expect(await namesFor('refu', { filter: { countries: ['GR'] } })).toEqual(['Refugee Legal Support']);
    expect(await namesFor('migra', { filter: { kinds: ['MINISTRY'] } })).toEqual(['Hellenic Ministry of Migration']);
    expect(await namesFor('refu', { filter: { tiers: ['GLOBAL'] } })).toEqual([]);
  });

  it('finds deleted actors only with includeDeleted', async () => {
    expect(await namesFor('ghost')).toEqual([]);
    expect(await namesFor('ghost', { filter: { includeDeleted: true } })).toEqual(['Refugee Ghost Office']);
  });

  it('ranks a name match above a description match', async () => {
    const page = await search('refugee');
    expect(page.edges[0]?.node.name).toBe('Refugee Legal Support');
  });

  it('ignores orderBy with a search and orders by relevance', async () => {
    const relevance = await search('refu');
    const named = await search('refu', { orderBy: 'NAME_DESC' });
    expect(named.edges.map((edge) => edge.node.id)).toEqual(relevance.edges.map((edge) => edge.node.id));
  });

  it('pages through search results one at a time without repeats', async () => {
    const all = await search('a');
    expect(all.totalCount).toBeGreaterThanOrEqual(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 20; guard += 1) {
      const page: Page = await search('a', { first: 1, after });
      seen.push(...page.edges.map((edge) => edge.node.id));
      expect(page.totalCount).toBe(all.totalCount);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((edge) => edge.node.id));
  });

  it.each(['!!!', ' ... --- ', '*', '"', '()', '   '])('answers an empty page for the text %j', async (text) => {
    const page = await search(text);
    expect(page).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it('treats an empty search as no search', async () => {
    expect((await search('')).totalCount).toBe(5);
  });

  it.each([
    '"refugee',
    '(refugee',
    'refu*',
    'refugee~2',
    'refugee AND',
    'AND',
    'OR NOT',
    'name:refugee',
    'refugee^4',
    '[a TO z]',
    '{a TO z}',
    '+refugee -legal',
    'a && b || c',
    '/refu.*/',
    'c:\\windows\\',
    'what?',
    '!refugee',
  ])('does not fail on Lucene syntax in %j', async (text) => {
    const answer = await api.gql<{ actors: Page }>(SEARCH, { ws: ws.id, search: text });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.actors.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('still finds by the words inside Lucene syntax', async () => {
    expect(await namesFor('refu*')).toEqual(['Dakar Migrant Aid', 'Refugee Legal Support']);
    expect(await namesFor('name:unhcr')).toEqual([]);
    expect(await namesFor('legal lesvos')).toEqual(['Refugee Legal Support']);
  });

  it('refuses a search longer than 200 characters', async () => {
    const answer = await api.gql(SEARCH, { ws: ws.id, search: 'a'.repeat(201) });
    const error = errorOf(answer);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect(error.message).toContain('at most 200');
  });
});
