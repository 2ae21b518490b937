import { errorOf } from '../../helpers/domain-fixture';
import { startTestApi, type TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const IMPORT = `mutation($ws: ID!, $input: ImportGraphInput!, $batch: Int) {
  importGraph(workspace: $ws, input: $input, batchSize: $batch) {
    actorsCreated actorsUpdated actorsUnchanged relationsCreated relationsUpdated relationsUnchanged sourcesCreated batches
  }
}`;
const COUNTS = `query($ws: String!) { workspace(slug: $ws) { actorCount relationCount } }`;

const quote = (text: string) => ({ document: 'report.txt', quote: text });
const baseInput = () => ({
  themes: [
    { id: 'sea-rescue-coordination', label: 'Sea rescue coordination', description: 'Coordinating rescue at sea.' },
  ],
  actors: [
    {
      externalId: 'athens',
      name: 'City of Athens',
      kind: 'MUNICIPALITY',
      tier: 'LOCAL',
      country: 'GR',
      themes: ['reception'],
      sources: [quote('Athens coordinates reception.')],
    },
    {
      externalId: 'ministry',
      name: 'Ministry of Migration and Asylum',
      kind: 'MINISTRY',
      tier: 'NATIONAL',
      country: 'GR',
      sources: [quote('The ministry funds cities.')],
    },
    {
      externalId: 'unhcr',
      name: 'UNHCR',
      aliases: ['UN Refugee Agency'],
      kind: 'UN_AGENCY',
      tier: 'GLOBAL',
      themes: ['protection', 'sea-rescue-coordination'],
    },
  ],
  relations: [
    {
      externalId: 'r1',
      type: 'FUNDS',
      source: 'ministry',
      target: 'athens',
      amount: 250000,
      currency: 'EUR',
      since: '2018',
      themes: ['reception'],
      sources: [quote('The ministry funds cities.')],
    },
    { externalId: 'r2', type: 'PARTNERS_WITH', source: 'unhcr', target: 'athens', confidence: 0.8 },
  ],
});

describe('importGraph', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  beforeAll(async () => {
    api = await startTestApi();
    ws = await createTestWorkspace(api, 'import');
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('creates actors, relations, sources and workspace themes', async () => {
    const { importGraph } = dataOf(
      await api.gql<{ importGraph: Record<string, number> }>(IMPORT, { ws: ws.slug, input: baseInput(), batch: 2 }),
    );
    expect(importGraph).toEqual({
      actorsCreated: 3,
      actorsUpdated: 0,
      actorsUnchanged: 0,
      relationsCreated: 2,
      relationsUpdated: 0,
      relationsUnchanged: 0,
      sourcesCreated: 3,
      batches: 3,
    });
    expect(dataOf(await api.gql<{ workspace: Record<string, number> }>(COUNTS, { ws: ws.slug })).workspace).toEqual({
      actorCount: 3,
      relationCount: 2,
    });
    const relation = dataOf(
      await api.gql<{
        relations: {
          edges: Array<{
            node: { directed: boolean; type: string; source: { name: string }; sources: Array<{ quote: string }> };
          }>;
        };
      }>(
        `query($ws: ID!) { relations(workspace: $ws, filter: { types: [PARTNERS_WITH, FUNDS] }) { edges { node { type directed source { name } sources { quote } } } } }`,
        { ws: ws.slug },
      ),
    ).relations.edges.map((e) => e.node);
    expect(relation).toEqual(
      expect.arrayContaining([
        {
          type: 'FUNDS',
          directed: true,
          source: { name: 'Ministry of Migration and Asylum' },
          sources: [{ quote: 'The ministry funds cities.' }],
        },
        { type: 'PARTNERS_WITH', directed: false, source: { name: 'UNHCR' }, sources: [] },
      ]),
    );
  });

  it('is idempotent: the same import again changes nothing and duplicates nothing', async () => {
    const { importGraph } = dataOf(
      await api.gql<{ importGraph: Record<string, number> }>(IMPORT, { ws: ws.slug, input: baseInput() }),
    );
    expect(importGraph).toMatchObject({
      actorsCreated: 0,
      actorsUpdated: 0,
      actorsUnchanged: 3,
      relationsCreated: 0,
      relationsUpdated: 0,
      relationsUnchanged: 2,
      sourcesCreated: 0,
    });
    expect(dataOf(await api.gql<{ workspace: Record<string, number> }>(COUNTS, { ws: ws.slug })).workspace).toEqual({
      actorCount: 3,
      relationCount: 2,
    });
  });

  it('updates changed rows in place, bumping versions and recording IMPORT changes', async () => {
    const input = baseInput();
    input.actors[0]!.name = 'Municipality of Athens';
    input.relations[0]!.amount = 300000;
    const { importGraph } = dataOf(
      await api.gql<{ importGraph: Record<string, number> }>(IMPORT, { ws: ws.slug, input }),
    );
    expect(importGraph).toMatchObject({
      actorsUpdated: 1,
      actorsUnchanged: 2,
      relationsUpdated: 1,
      relationsUnchanged: 1,
    });
    const actors = dataOf(
      await api.gql<{ actors: { edges: Array<{ node: { id: string; name: string; version: number } }> } }>(
        `query($ws: ID!) { actors(workspace: $ws, filter: { externalIds: ["athens"] }) { edges { node { id name version } } } }`,
        { ws: ws.slug },
      ),
    ).actors.edges;
    expect(actors).toHaveLength(1);
    expect(actors[0]!.node).toMatchObject({ name: 'Municipality of Athens', version: 2 });
    const history = dataOf(
      await api.gql<{ history: Array<{ action: string; changedFields: string[] }> }>(
        `query($id: ID!) { history(entityId: $id) { action changedFields } }`,
        { id: actors[0]!.node.id },
      ),
    ).history;
    expect(history[0]).toEqual({ action: 'IMPORT', changedFields: ['name'] });
  });

  it('reports every bad row with its path and writes nothing', async () => {
    const input = baseInput();
    input.actors.push({ externalId: 'bad', name: '', kind: 'NGO', tier: 'LOCAL', country: 'XX' } as never);
    input.relations.push({ externalId: 'r3', type: 'FUNDS', source: 'ministry', target: 'nobody' } as never);
    input.relations.push({
      externalId: 'r4',
      type: 'SUPPORTS',
      source: 'athens',
      target: 'athens',
      confidence: 2,
    } as never);
    input.actors[1]!.name = 'Renamed ministry';
    const answer = await api.gql(IMPORT, { ws: ws.slug, input });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (answer.errors?.[0]?.extensions?.fields as Array<{ field: string }>).map((f) => f.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'input.actors.3.name',
        'input.actors.3.country',
        'input.relations.2.target',
        'input.relations.3.targetId',
        'input.relations.3.confidence',
      ]),
    );
    expect(dataOf(await api.gql<{ workspace: Record<string, number> }>(COUNTS, { ws: ws.slug })).workspace).toEqual({
      actorCount: 3,
      relationCount: 2,
    });
    const ministry = dataOf(
      await api.gql<{ actors: { edges: Array<{ node: { name: string } }> } }>(
        `query($ws: ID!) { actors(workspace: $ws, filter: { externalIds: ["ministry"] }) { edges { node { name } } } }`,
        { ws: ws.slug },
      ),
    );
    expect(ministry.actors.edges[0]!.node.name).toBe('Ministry of Migration and Asylum');
  });

  it('refuses to move an existing relation to other ends, and duplicate externalIds in one import', async () => {
    const input = baseInput();
    input.relations[1]!.target = 'ministry';
    input.actors.push({ ...input.actors[0]! });
    const answer = await api.gql(IMPORT, { ws: ws.slug, input });
    const fields = answer.errors?.[0]?.extensions?.fields as Array<{ field: string; reason: string }>;
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'input.actors.3.externalId', reason: 'appears twice in this import: "athens"' },
        expect.objectContaining({
          field: 'input.relations.1.source',
          reason: expect.stringContaining('its ends cannot change'),
        }),
      ]),
    );
  });

  it('resolves relation ends against actors already in the workspace', async () => {
    const { importGraph } = dataOf(
      await api.gql<{ importGraph: Record<string, number> }>(IMPORT, {
        ws: ws.slug,
        input: {
          actors: [],
          relations: [
            {
              externalId: 'r5',
              type: 'ADVOCATES_TO',
              source: 'unhcr',
              target: 'ministry',
              mode: 'COOPERATION',
              engagement: 'CONSULT',
            },
          ],
        },
      }),
    );
    expect(importGraph).toMatchObject({ relationsCreated: 1 });
  });

  it('refuses a new relation to an actor that was deleted, naming the row and the end', async () => {
    const input = {
      actors: [
        { externalId: 'del-a', name: 'Deleted A', kind: 'NGO', tier: 'LOCAL' },
        { externalId: 'del-b', name: 'Kept B', kind: 'NGO', tier: 'LOCAL' },
      ],
      relations: [],
    };
    dataOf(await api.gql(IMPORT, { ws: ws.slug, input, batch: null }));
    const { actors } = dataOf(
      await api.gql<{ actors: { edges: Array<{ node: { id: string } }> } }>(
        'query($ws: ID!) { actors(workspace: $ws, filter: { externalIds: ["del-a"] }) { edges { node { id } } } }',
        { ws: ws.slug },
      ),
    );
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: actors.edges[0]!.node.id }));
    const answer = await api.gql(IMPORT, {
      ws: ws.slug,
      input: { actors: [], relations: [{ externalId: 'del-tie', type: 'CONSULTS', source: 'del-b', target: 'del-a' }] },
      batch: null,
    });
    expect(errorOf(answer).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.relations.0.target' });
  });
});
