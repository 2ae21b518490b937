import {
  ACTOR_FIELDS,
  createActor,
  createRelation,
  errorOf,
  startMigratedTestApi,
  type ActorData,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const LIST = `query($ws: ID!, $filter: ActorFilter, $orderBy: ActorOrder, $first: Int, $after: String) {
  actors(workspace: $ws, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor }
  }
}`;

interface ListData {
  actors: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; name: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('createActor and actor(id)', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'actor-create', [
      { id: 'sahel-corridor', label: 'Sahel corridor', description: 'Mobility across the Sahel.' },
    ]);
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('stores every field, derives the sector and fills the audit fields', async () => {
    const input = {
      externalId: 'gr/ngo:001',
      name: '  Greek Council for Refugees ',
      aliases: ['GCR', ' Ελληνικό Συμβούλιο για τους Πρόσφυγες', 'GCR'],
      kind: 'NGO',
      tier: 'NATIONAL',
      country: 'GR',
      city: 'Athens',
      originCountries: ['SY', 'AF'],
      themes: ['reception', 'protection', 'sahel-corridor'],
      description: 'Legal and social support for refugees and asylum seekers.',
      website: 'https://www.gcr.gr',
      founded: '1989-05',
      visibility: 'WORKSPACE',
    };
    const before = Date.now();
    const created = await createActor(api, ws.slug, input);
    expect(created).toMatchObject({
      workspaceId: ws.id,
      externalId: 'gr/ngo:001',
      name: 'Greek Council for Refugees',
      aliases: ['GCR', 'Ελληνικό Συμβούλιο για τους Πρόσφυγες'],
      kind: 'NGO',
      tier: 'NATIONAL',
      sector: 'CIVIL_SOCIETY',
      country: 'GR',
      city: 'Athens',
      originCountries: ['SY', 'AF'],
      themes: ['reception', 'protection', 'sahel-corridor'],
      description: input.description,
      website: 'https://www.gcr.gr',
      founded: '1989-05',
      visibility: 'WORKSPACE',
      version: 1,
      createdBy: api.admin!.id,
      updatedBy: api.admin!.id,
      deletedAt: null,
    });
    expect(Date.parse(created.createdAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(created.updatedAt).toBe(created.createdAt);

    const read = await api.gql<{ actor: ActorData }>(`query($id: ID!) { actor(id: $id) { ${ACTOR_FIELDS} } }`, {
      id: created.id,
    });
    expect(dataOf(read).actor).toEqual(created);
  });

  it('fills defaults for the optional fields', async () => {
    const created = await createActor(api, ws.id, { name: 'Ministry of Migration and Asylum', kind: 'MINISTRY' });
    expect(created).toMatchObject({
      externalId: null,
      aliases: [],
      sector: 'GOVERNMENT',
      country: null,
      city: null,
      originCountries: [],
      themes: [],
      description: null,
      website: null,
      founded: null,
      visibility: 'PUBLIC',
    });
  });

  it('answers null for an unknown id', async () => {
    const read = await api.gql<{ actor: ActorData | null }>('query { actor(id: "no-such-actor") { id } }');
    expect(dataOf(read).actor).toBeNull();
  });

  it('refuses a second actor with the same externalId in the workspace', async () => {
    await createActor(api, ws.id, { name: 'First', externalId: 'dup-1' });
    const answer = await api.gql(
      'mutation($ws: ID!, $input: ActorInput!) { createActor(workspace: $ws, input: $input) { id } }',
      { ws: ws.id, input: { name: 'Second', kind: 'NGO', tier: 'LOCAL', externalId: 'dup-1' } },
    );
    expect(errorOf(answer).extensions?.code).toBe('CONFLICT');
  });
});

describe('actors(workspace, filter, orderBy)', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  const ids: Record<string, string> = {};
  let changedAt = '';

  const list = async (variables: Record<string, unknown>) =>
    dataOf(await api.gql<ListData>(LIST, { ws: ws.id, ...variables })).actors;
  const namesOf = async (filter: Record<string, unknown>) =>
    (await list({ filter })).edges.map((edge) => edge.node.name).sort();

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'actor-filters');
    const specs: Array<[string, Record<string, unknown>]> = [
      ['Athens', { kind: 'MUNICIPALITY', tier: 'LOCAL', country: 'GR', themes: ['reception'], externalId: 'ext-a' }],
      ['Hellenic Ministry', { kind: 'MINISTRY', tier: 'NATIONAL', country: 'GR', themes: ['reception', 'protection'] }],
      [
        'Senegalese Diaspora',
        {
          kind: 'DIASPORA_ORGANISATION',
          tier: 'NATIONAL',
          country: 'FR',
          originCountries: ['SN'],
          themes: ['diaspora-engagement'],
          visibility: 'WORKSPACE',
          externalId: 'ext-c',
        },
      ],
      ['UNHCR', { kind: 'UN_AGENCY', tier: 'GLOBAL', themes: ['protection'] }],
      ['Open Society', { kind: 'FOUNDATION', tier: 'GLOBAL', country: 'US', visibility: 'RESTRICTED' }],
      ['dakar Aid', { kind: 'NGO', tier: 'LOCAL', country: 'SN', themes: ['protection', 'reception'] }],
      ['Gone', { kind: 'NGO', tier: 'LOCAL', country: 'GR' }],
    ];
    for (const [name, input] of specs) ids[name] = (await createActor(api, ws.id, { name, ...input })).id;
    await createRelation(api, ws.id, { type: 'CONSULTS', sourceId: ids['Hellenic Ministry'], targetId: ids.Athens });
    await createRelation(api, ws.id, { type: 'FUNDS', sourceId: ids.UNHCR, targetId: ids['dakar Aid'] });
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: ids.Gone }));
    const updated = await api.gql<{ updateActor: { updatedAt: string } }>(
      'mutation($id: ID!) { updateActor(id: $id, expectedVersion: 1, input: { city: "Paris" }) { updatedAt } }',
      { id: ids['Senegalese Diaspora'] },
    );
    changedAt = dataOf(updated).updateActor.updatedAt;
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('lists live actors by name (case-insensitive) without a filter', async () => {
    const page = await list({});
    expect(page.totalCount).toBe(6);
    expect(page.edges.map((edge) => edge.node.name)).toEqual([
      'Athens',
      'dakar Aid',
      'Hellenic Ministry',
      'Open Society',
      'Senegalese Diaspora',
      'UNHCR',
    ]);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['one tier', { tiers: ['GLOBAL'] }, ['Open Society', 'UNHCR']],
    ['several tiers', { tiers: ['LOCAL', 'GLOBAL'] }, ['Athens', 'Open Society', 'UNHCR', 'dakar Aid']],
    ['kinds', { kinds: ['MINISTRY', 'UN_AGENCY'] }, ['Hellenic Ministry', 'UNHCR']],
    ['one sector', { sectors: ['GOVERNMENT'] }, ['Athens', 'Hellenic Ministry']],
    ['several sectors', { sectors: ['INTERNATIONAL', 'PHILANTHROPY'] }, ['Open Society', 'UNHCR']],
    ['one country (deleted actors excluded)', { countries: ['GR'] }, ['Athens', 'Hellenic Ministry']],
    ['several countries', { countries: ['SN', 'FR'] }, ['Senegalese Diaspora', 'dakar Aid']],
    ['themes', { themes: ['protection'] }, ['Hellenic Ministry', 'UNHCR', 'dakar Aid']],
    ['visibility RESTRICTED', { visibility: 'RESTRICTED' }, ['Open Society']],
    ['visibility WORKSPACE', { visibility: 'WORKSPACE' }, ['Senegalese Diaspora']],
    ['hasNoRelations: true', { hasNoRelations: true }, ['Open Society', 'Senegalese Diaspora']],
    ['hasNoRelations: false', { hasNoRelations: false }, ['Athens', 'Hellenic Ministry', 'UNHCR', 'dakar Aid']],
    ['externalIds', { externalIds: ['ext-a', 'ext-c', 'ext-none'] }, ['Athens', 'Senegalese Diaspora']],
    ['includeDeleted', { includeDeleted: true, countries: ['GR'] }, ['Athens', 'Gone', 'Hellenic Ministry']],
    ['several facets at once (all must hold)', { tiers: ['NATIONAL'], countries: ['GR'] }, ['Hellenic Ministry']],
    [
      'empty lists (ignored)',
      { tiers: [], countries: [] },
      ['Athens', 'Hellenic Ministry', 'Open Society', 'Senegalese Diaspora', 'UNHCR', 'dakar Aid'],
    ],
    ['a facet nothing matches', { kinds: ['TRADE_UNION'] }, []],
  ])('filters by %s', async (_label, filter, expected) => {
    expect(await namesOf(filter)).toEqual([...expected].sort());
    expect((await list({ filter })).totalCount).toBe(expected.length);
  });

  it('filters by updatedSince (at or after the timestamp)', async () => {
    expect(await namesOf({ updatedSince: changedAt })).toEqual(['Senegalese Diaspora']);
    expect(await namesOf({ updatedSince: '2000-01-01T00:00:00.000Z' })).toHaveLength(6);
    expect(await namesOf({ updatedSince: '2999-01-01T00:00:00.000Z' })).toEqual([]);
  });

  it('compares updatedSince as a point in time, whatever its offset or precision', async () => {
    // The same instant written two hours ahead with an offset, and a date alone.
    const plusTwo = new Date(Date.parse(changedAt) + 2 * 3600_000).toISOString().replace('Z', '+02:00');
    expect(await namesOf({ updatedSince: plusTwo })).toEqual(['Senegalese Diaspora']);
    expect(await namesOf({ updatedSince: '2000-01-01' })).toHaveLength(6);
  });

  it('counts a deleted actor with includeDeleted and marks it', async () => {
    const page = await api.gql<{ actors: { totalCount: number; edges: Array<{ node: ActorData }> } }>(
      `query($ws: ID!) { actors(workspace: $ws, filter: { includeDeleted: true }) { totalCount edges { node { ${ACTOR_FIELDS} } } } }`,
      { ws: ws.id },
    );
    const { actors } = dataOf(page);
    expect(actors.totalCount).toBe(7);
    expect(actors.edges.find((edge) => edge.node.name === 'Gone')?.node.deletedAt).not.toBeNull();
  });

  it.each<[string, string[]]>([
    ['NAME_ASC', ['Athens', 'dakar Aid', 'Hellenic Ministry', 'Open Society', 'Senegalese Diaspora', 'UNHCR']],
    ['NAME_DESC', ['UNHCR', 'Senegalese Diaspora', 'Open Society', 'Hellenic Ministry', 'dakar Aid', 'Athens']],
    ['CREATED_ASC', ['Athens', 'Hellenic Ministry', 'Senegalese Diaspora', 'UNHCR', 'Open Society', 'dakar Aid']],
    // The update of Senegalese Diaspora came last; the others in reverse order of creation.
    ['UPDATED_DESC', ['Senegalese Diaspora', 'dakar Aid', 'Open Society', 'UNHCR', 'Hellenic Ministry', 'Athens']],
    // RELEVANCE without a search has nothing to rank by and falls back to names.
    ['RELEVANCE', ['Athens', 'dakar Aid', 'Hellenic Ministry', 'Open Society', 'Senegalese Diaspora', 'UNHCR']],
  ])('orders by %s', async (orderBy, expected) => {
    const page = await list({ orderBy });
    expect(page.edges.map((edge) => edge.node.name)).toEqual(expected);
  });

  it.each(['NAME_ASC', 'NAME_DESC', 'CREATED_ASC', 'UPDATED_DESC'])(
    'pages through %s two at a time in the same order',
    async (orderBy) => {
      const all = (await list({ orderBy })).edges.map((edge) => edge.node.id);
      const paged: string[] = [];
      let after: string | null = null;
      for (let guard = 0; guard < 10; guard += 1) {
        const page: ListData['actors'] = await list({ orderBy, first: 2, after });
        paged.push(...page.edges.map((edge) => edge.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(paged).toEqual(all);
    },
  );

  it('answers NOT_FOUND for an unknown workspace', async () => {
    const answer = await api.gql(LIST, { ws: 'no-such-workspace' });
    expect(errorOf(answer).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'workspace' });
  });
});
