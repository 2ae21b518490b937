import { startTestApi, type TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

interface Answer {
  neighbourhood: {
    centerId: string;
    truncated: number;
    nodes: Array<{
      actorId: string;
      distance: number;
      degree: number;
      hiddenNeighbours: number;
      actor: { name: string };
    }>;
    edges: Array<{ id: string; sourceId: string; targetId: string }>;
  };
}
const QUERY = `query($id: ID!, $depth: Int, $limit: Int, $filter: RelationFilter) {
  neighbourhood(actorId: $id, depth: $depth, limit: $limit, filter: $filter) {
    centerId truncated nodes { actorId distance degree hiddenNeighbours actor { name } } edges { id sourceId targetId }
  }
}`;

/**
 * A star of 6 around "hub", each spoke with 2 leaves of its own, plus one confrontational tie:
 * hub — s1..s6; si — li-a, li-b.
 */
describe('neighbourhood', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    ws = await createTestWorkspace(api, 'neighbourhood');
    const actors = [{ externalId: 'hub', name: 'Hub', kind: 'NETWORK', tier: 'NATIONAL' }];
    const relations: Array<Record<string, unknown>> = [];
    for (let i = 1; i <= 6; i += 1) {
      actors.push({ externalId: `s${i}`, name: `Spoke ${i}`, kind: 'NGO', tier: 'LOCAL' });
      relations.push({
        externalId: `hub-s${i}`,
        type: 'PARTNERS_WITH',
        source: 'hub',
        target: `s${i}`,
        ...(i === 6 ? { type: 'CHALLENGES', mode: 'CONFRONTATION' } : {}),
      });
      for (const leaf of ['a', 'b']) {
        actors.push({ externalId: `l${i}${leaf}`, name: `Leaf ${i}${leaf}`, kind: 'COMMUNITY_GROUP', tier: 'LOCAL' });
        relations.push({ externalId: `s${i}-l${i}${leaf}`, type: 'SUPPORTS', source: `s${i}`, target: `l${i}${leaf}` });
      }
    }
    dataOf(
      await api.gql(
        `mutation($ws: ID!, $input: ImportGraphInput!) { importGraph(workspace: $ws, input: $input) { actorsCreated } }`,
        { ws: ws.slug, input: { actors, relations } },
      ),
    );
    const list = dataOf(
      await api.gql<{ actors: { edges: Array<{ node: { id: string; externalId: string } }> } }>(
        `query($ws: ID!) { actors(workspace: $ws, first: 100) { edges { node { id externalId } } } }`,
        { ws: ws.slug },
      ),
    );
    for (const { node } of list.actors.edges) ids[node.externalId] = node.id;
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('returns the centre and its direct neighbours with the edges between them', async () => {
    const { neighbourhood } = dataOf(await api.gql<Answer>(QUERY, { id: ids.hub }));
    expect(neighbourhood.nodes).toHaveLength(7);
    expect(neighbourhood.edges).toHaveLength(6);
    expect(neighbourhood.truncated).toBe(0);
    const hub = neighbourhood.nodes.find((n) => n.actorId === ids.hub)!;
    expect(hub).toMatchObject({ distance: 0, degree: 6, hiddenNeighbours: 0, actor: { name: 'Hub' } });
    const spoke = neighbourhood.nodes.find((n) => n.actorId === ids.s1)!;
    // Spoke 1 has 3 relations; only the one to the hub is shown: "+2 more".
    expect(spoke).toMatchObject({ distance: 1, degree: 3, hiddenNeighbours: 2 });
  });

  it('goes two steps deep', async () => {
    const { neighbourhood } = dataOf(await api.gql<Answer>(QUERY, { id: ids.hub, depth: 2 }));
    expect(neighbourhood.nodes).toHaveLength(19);
    expect(neighbourhood.nodes.filter((n) => n.distance === 2)).toHaveLength(12);
    expect(neighbourhood.edges).toHaveLength(18);
  });

  it('truncates at the limit and says how many were left out', async () => {
    const { neighbourhood } = dataOf(await api.gql<Answer>(QUERY, { id: ids.hub, depth: 2, limit: 5 }));
    expect(neighbourhood.nodes).toHaveLength(5);
    // 2 spokes did not fit; the 8 leaves of the 4 kept spokes were found but not kept either.
    // (Leaves behind the dropped spokes are never explored, so truncated is a lower bound.)
    expect(neighbourhood.truncated).toBe(2 + 8);
    expect(neighbourhood.nodes.find((n) => n.actorId === ids.hub)!.hiddenNeighbours).toBe(2);
    // Every edge joins two returned actors.
    const shown = new Set(neighbourhood.nodes.map((n) => n.actorId));
    for (const edge of neighbourhood.edges) expect(shown.has(edge.sourceId) && shown.has(edge.targetId)).toBe(true);
  });

  it('follows only the relations the filter allows', async () => {
    const { neighbourhood } = dataOf(
      await api.gql<Answer>(QUERY, { id: ids.hub, filter: { types: ['PARTNERS_WITH'] } }),
    );
    expect(neighbourhood.nodes.map((n) => n.actor.name).sort()).toEqual([
      'Hub',
      'Spoke 1',
      'Spoke 2',
      'Spoke 3',
      'Spoke 4',
      'Spoke 5',
    ]);
  });

  it.each([
    [{ depth: 0 }, 'depth'],
    [{ depth: 4 }, 'depth'],
    [{ limit: 0 }, 'limit'],
    [{ limit: 2001 }, 'limit'],
    [{ filter: { asOf: '2018-13-01' } }, 'filter.asOf'],
  ])('refuses %j with BAD_USER_INPUT on %s', async (args, field) => {
    const answer = await api.gql(QUERY, { id: ids.hub, ...args });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('answers NOT_FOUND for an unknown actor', async () => {
    const answer = await api.gql(QUERY, { id: 'no-such-actor' });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'actorId' });
  });
});
