import { createActor, errorOf, startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const PAGE = `query($ws: ID!, $orderBy: ActorOrder, $first: Int, $after: String) {
  actors(workspace: $ws, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; name: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Names with repeats and mixed case, so that ties are broken by id and case does not matter. */
const NAMES = [
  'Caritas Hellas',
  'ActionAid',
  'zeitgeist Collective',
  'Metadrasi',
  'Same Name',
  'Arsis',
  'same name',
  'Praksis',
  'Solidarity Now',
  'HumanRights360',
  'Same Name',
  'Melissa Network',
  'Generation 2.0',
  'ANTIGONE',
  'Refugee Legal Support',
  'Mobile Info Team',
  'Hellenic Red Cross',
  'Diotima',
  'Symbiosis',
  'Velos Youth',
  'Faros',
  'Network for Children’s Rights',
  'Emfasis',
  'Klimaka',
  'Babel',
];

describe('actors pagination', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  const created: Array<{ id: string; name: string }> = [];

  const page = async (variables: Record<string, unknown>): Promise<Page> =>
    dataOf(await api.gql<{ actors: Page }>(PAGE, { ws: ws.id, ...variables })).actors;

  /** Every page of an order, `first` at a time, with the totals each page reported. */
  async function pageThrough(orderBy: string, first: number) {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard += 1) {
      const current: Page = await page({ orderBy, first, after });
      ids.push(...current.edges.map((edge) => edge.node.id));
      totals.push(current.totalCount);
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      if (!current.pageInfo.hasNextPage) break;
      expect(current.edges).toHaveLength(first);
      after = current.pageInfo.endCursor;
    }
    return { ids, totals };
  }

  const byNameThenId = (a: { id: string; name: string }, b: { id: string; name: string }) => {
    const ka = a.name.toLowerCase();
    const kb = b.name.toLowerCase();
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a.id < b.id ? -1 : 1;
  };

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'actor-pages');
    for (const name of NAMES) {
      const actor = await createActor(api, ws.id, { name });
      created.push({ id: actor.id, name: actor.name });
    }
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it.each([
    ['NAME_ASC', () => [...created].sort(byNameThenId)],
    ['NAME_DESC', () => [...created].sort(byNameThenId).reverse()],
    ['CREATED_ASC', () => created],
    ['UPDATED_DESC', () => [...created].reverse()],
  ])(
    'pages through all 25 actors by %s, four at a time: no duplicates, no gaps, a stable total',
    async (order, expected) => {
      const { ids, totals } = await pageThrough(order, 4);
      expect(ids).toHaveLength(25);
      expect(new Set(ids).size).toBe(25);
      expect(ids).toEqual(expected().map((actor) => actor.id));
      expect(totals).toHaveLength(7);
      expect(new Set(totals)).toEqual(new Set([25]));
    },
  );

  it('returns an empty page with the total for first: 0', async () => {
    const empty = await page({ first: 0 });
    expect(empty.edges).toEqual([]);
    expect(empty.totalCount).toBe(25);
    expect(empty.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
  });

  it('uses a page size of 50 by default and says when no page follows', async () => {
    const all = await page({});
    expect(all.edges).toHaveLength(25);
    expect(all.pageInfo.hasNextPage).toBe(false);
  });

  it('answers an empty page after the last cursor', async () => {
    const last = await page({ first: 25 });
    const after = await page({ first: 5, after: last.pageInfo.endCursor });
    expect(after.edges).toEqual([]);
    expect(after.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    expect(after.totalCount).toBe(25);
  });

  it.each([
    ['garbage', 'not-a-cursor'],
    ['valid base64 of the wrong JSON', Buffer.from('{"x":1}').toString('base64url')],
    ['valid base64 of a non-JSON text', Buffer.from('hello').toString('base64url')],
    ['an empty array', Buffer.from('[]').toString('base64url')],
  ])('refuses a bad cursor (%s) with BAD_USER_INPUT on after', async (_label, after) => {
    const answer = await api.gql(PAGE, { ws: ws.id, first: 2, after });
    const error = errorOf(answer);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(error.message).toContain('cursor');
  });
});

describe('actors pagination under concurrent inserts', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'actor-pages-inserts');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('neither repeats nor skips an actor of the original set when actors are added between pages', async () => {
    const originals = ['Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett', 'Kilo', 'Lima', 'Mike'];
    const originalIds = new Set<string>();
    for (const name of originals) originalIds.add((await createActor(api, ws.id, { name })).id);

    const first = dataOf(await api.gql<{ actors: Page }>(PAGE, { ws: ws.id, orderBy: 'NAME_ASC', first: 4 })).actors;
    expect(first.edges.map((edge) => edge.node.name)).toEqual(['Delta', 'Echo', 'Foxtrot', 'Golf']);

    // Before the cursor (sorted earlier), equal to the cursor's name, and after it.
    const inserted: Record<string, string> = {};
    for (const name of ['Alpha', 'Bravo', 'Golf', 'Hotel', 'Zulu', 'Echo']) {
      inserted[`${name}-new`] = (await createActor(api, ws.id, { name })).id;
    }

    const seen = first.edges.map((edge) => edge.node.id);
    let after = first.pageInfo.endCursor;
    for (let guard = 0; guard < 20 && after; guard += 1) {
      const next: Page = dataOf(
        await api.gql<{ actors: Page }>(PAGE, { ws: ws.id, orderBy: 'NAME_ASC', first: 4, after }),
      ).actors;
      expect(next.totalCount).toBe(16);
      seen.push(...next.edges.map((edge) => edge.node.id));
      after = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }

    const seenOriginals = seen.filter((id) => originalIds.has(id));
    expect(seenOriginals).toHaveLength(originals.length);
    expect(new Set(seenOriginals)).toEqual(originalIds);
    expect(new Set(seen).size).toBe(seen.length);
    // Inserts sorted before the cursor are not served on later pages; those after it are.
    expect(seen).not.toContain(inserted['Alpha-new']);
    expect(seen).not.toContain(inserted['Bravo-new']);
    expect(seen).not.toContain(inserted['Echo-new']);
    expect(seen).toContain(inserted['Hotel-new']);
    expect(seen).toContain(inserted['Zulu-new']);
  });
});
