/**
 * Reads return only the properties a client selected (see modules/common/selection.ts): these tests
 * prove that a selection never loses a field, whichever way it reaches the record (fragments, the
 * same actor through two paths with different selections, ends read with their relations).
 */
import {
  ACTOR_FIELDS,
  RELATION_FIELDS,
  createActor,
  createRelation,
  ANONYMOUS,
  startMigratedTestApi,
  type ActorData,
  type RelationData,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

describe('reads that return only the selected fields', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let city: ActorData;
  let ngo: ActorData;
  let relation: RelationData;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'selected-fields');
    city = await createActor(api, ws.id, {
      name: 'Selection City',
      kind: 'MUNICIPALITY',
      country: 'GR',
      city: 'Athens',
      description: 'A city office for migrant inclusion.',
      website: 'https://city.example.org',
      aliases: ['SelCity'],
      themes: ['reception'],
    });
    ngo = await createActor(api, ws.id, {
      name: 'Selection Aid',
      country: 'GR',
      description: 'An NGO running reception centres.',
      originCountries: ['SN'],
    });
    relation = await createRelation(api, ws.id, {
      type: 'CONTRACTS',
      sourceId: city.id,
      targetId: ngo.id,
      notes: 'Three-year reception contract.',
      strength: 4,
      themes: ['reception'],
    });
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('returns every field selected through a fragment in a page of actors', async () => {
    const answer = await api.gql<{ actors: { edges: Array<{ node: ActorData }> } }>(
      `query($ws: ID!) { actors(workspace: $ws) { edges { node { ...All } } } }
       fragment All on Actor { ${ACTOR_FIELDS} }`,
      { ws: ws.id },
    );
    const byId = new Map(dataOf(answer).actors.edges.map(({ node }) => [node.id, node]));
    expect(byId.get(city.id)).toEqual(city);
    expect(byId.get(ngo.id)).toEqual(ngo);
  });

  it('answers the same actor fully through a second path that selects more of it', async () => {
    const answer = await api.gql<{
      actors: { edges: Array<{ node: { id: string; name: string } }> };
      relations: { edges: Array<{ node: { source: { name: string }; target: { description: string } } }> };
      actor: { description: string; website: string; aliases: string[] };
    }>(
      `query($ws: ID!, $id: ID!) {
         actors(workspace: $ws) { edges { node { id name } } }
         relations(workspace: $ws) { edges { node { source { name } target { description } } } }
         actor(id: $id) { description website aliases }
       }`,
      { ws: ws.id, id: city.id },
    );
    const data = dataOf(answer);
    expect(data.actor).toEqual({ description: city.description, website: city.website, aliases: ['SelCity'] });
    expect(data.relations.edges[0]!.node).toEqual({
      source: { name: 'Selection City' },
      target: { description: 'An NGO running reception centres.' },
    });
  });

  it('reads relation ends with the relation and keeps every selected field of both', async () => {
    const answer = await api.gql<{
      actor: { relations: Array<RelationData & { source: ActorData; target: ActorData }> };
    }>(
      `query($id: ID!) { actor(id: $id) { relations { ${RELATION_FIELDS} source { ${ACTOR_FIELDS} } target { ...T } } } }
       fragment T on Actor { originCountries description }`,
      { id: ngo.id },
    );
    const [read] = dataOf(answer).actor.relations;
    const { source, target, ...fields } = read!;
    expect(fields).toEqual(relation);
    expect(source).toEqual(city);
    expect(target).toEqual({ originCountries: ['SN'], description: 'An NGO running reception centres.' });
  });

  it('returns the selected fields of a neighbourhood’s actors and relations', async () => {
    const answer = await api.gql<{
      neighbourhood: { nodes: Array<{ actor: ActorData }>; edges: Array<RelationData> };
    }>(
      `query($id: ID!) { neighbourhood(actorId: $id) { nodes { actor { ${ACTOR_FIELDS} } } edges { ${RELATION_FIELDS} } } }`,
      { id: city.id },
    );
    const { nodes, edges } = dataOf(answer).neighbourhood;
    expect(nodes.map((node) => node.actor).sort((a, b) => a.name.localeCompare(b.name))).toEqual([ngo, city]);
    expect(edges).toEqual([relation]);
  });

  it('answers an actor asked with its relations like actor(id) and relations apart: hidden is null, deleted has none', async () => {
    const QUERY = `query($id: ID!) { actor(id: $id) { name deletedAt relations { id } } }`;
    const hidden = await createActor(api, ws.id, { name: 'Selection Hidden', visibility: 'RESTRICTED' });
    await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: hidden.id, targetId: city.id });
    const asAnonymous = await api.gql<{ actor: unknown }>(QUERY, { id: hidden.id }, ANONYMOUS);
    expect(dataOf(asAnonymous).actor).toBeNull();
    const gone = await createActor(api, ws.id, { name: 'Selection Gone' });
    await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: gone.id, targetId: city.id });
    const before = dataOf(await api.gql<{ actor: { relations: unknown[] } }>(QUERY, { id: gone.id }));
    expect(before.actor.relations).toHaveLength(1);
    dataOf(await api.gql(`mutation($id: ID!) { deleteActor(id: $id) { id } }`, { id: gone.id }));
    const after = dataOf(
      await api.gql<{ actor: { name: string; deletedAt: string | null; relations: unknown[] } }>(QUERY, {
        id: gone.id,
      }),
    );
    expect(after.actor).toMatchObject({ name: 'Selection Gone', relations: [] });
    expect(after.actor.deletedAt).not.toBeNull();
    // The anonymous visitor sees the city's public relations only: not the one to the hidden actor.
    const seen = dataOf(
      await api.gql<{ actor: { relations: Array<{ id: string }> } }>(QUERY, { id: city.id }, ANONYMOUS),
    );
    expect(seen.actor.relations.map((r) => r.id)).toEqual([relation.id]);
  });
});
