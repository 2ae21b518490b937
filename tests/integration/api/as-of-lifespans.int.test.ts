import { createActor, createRelation, errorOf, startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

/**
 * Reads as of a date are clipped to actors' lifespans (issue 21): an actor outside its lifespan is in
 * no answer as of that date, and its relations are left out with it — mapGraph, relations,
 * Actor.relations and neighbourhood, by the rule of the analytics' as-of view.
 */
describe('reads as of a date follow actors’ lifespans', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  /** A city office open from September 2015 to the end of 2020, tied (undated) to the NGO. */
  let office: string;
  let ngo: string;
  let partner: string;
  let officeTie: string;
  let partnerTie: string;
  let merged: string;
  let absorbing: string;
  let succession: string;

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'as-of-lifespans');
    office = (
      await createActor(api, ws.id, { name: 'Migrant office', kind: 'MUNICIPALITY', since: '2015-09', until: '2020' })
    ).id;
    ngo = (await createActor(api, ws.id, { name: 'Lifespan NGO' })).id;
    partner = (await createActor(api, ws.id, { name: 'Lifespan partner' })).id;
    officeTie = (await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: office, targetId: ngo })).id;
    partnerTie = (await createRelation(api, ws.id, { type: 'PARTNERS_WITH', sourceId: ngo, targetId: partner })).id;
    merged = (
      await createActor(api, ws.id, { name: 'Old ministry', kind: 'MINISTRY', tier: 'NATIONAL', since: '2010' })
    ).id;
    absorbing = (
      await createActor(api, ws.id, { name: 'New ministry', kind: 'MINISTRY', tier: 'NATIONAL', since: '2010' })
    ).id;
    const answer = await api.gql<{ mergeActors: { relations: Array<{ id: string; type: string }> } }>(
      'mutation($ids: [ID!]!, $into: ID!) { mergeActors(ids: $ids, into: $into, on: "2017-05") { relations { id type } } }',
      { ids: [merged], into: absorbing },
    );
    succession = dataOf(answer).mergeActors.relations.find((r) => r.type === 'MERGED_INTO')!.id;
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  interface MapAnswer {
    mapGraph: {
      asOf: string | null;
      actors: { ids: string[]; since: Array<string | null>; until: Array<string | null> };
      relations: { ids: string[]; types: string[]; isSuccession: boolean[] };
    };
  }
  const map = async (asOf: string | null) =>
    dataOf(
      await api.gql<MapAnswer>(
        `query($ws: ID!, $asOf: String) { mapGraph(workspace: $ws, asOf: $asOf) { asOf
           actors { ids since until } relations { ids types isSuccession } } }`,
        { ws: ws.id, asOf },
      ),
    ).mapGraph;

  it('leaves an actor outside its lifespan, and its ties, out of mapGraph as of a date', async () => {
    const before = await map('2012');
    expect(before.asOf).toBe('2012');
    expect(before.actors.ids).not.toContain(office);
    expect(before.actors.ids).toEqual(expect.arrayContaining([ngo, partner]));
    expect(before.relations.ids).not.toContain(officeTie);
    expect(before.relations.ids).toContain(partnerTie);
    // A partial date is a period: the office opened in September 2015, so it is there "in 2015".
    expect((await map('2015')).actors.ids).toContain(office);
    expect((await map('2015')).relations.ids).toContain(officeTie);
    expect((await map('2015-08')).actors.ids).not.toContain(office);
    const after = await map('2021-01-01');
    expect(after.actors.ids).not.toContain(office);
    expect(after.relations.ids).not.toContain(officeTie);
    // The merged ministry ends in April 2017.
    expect((await map('2018')).actors.ids).not.toContain(merged);
    expect((await map('2016')).actors.ids).toContain(merged);
  });

  it('answers every record without asOf, with each actor’s lifespan in columns', async () => {
    const whole = await map(null);
    expect(whole.asOf).toBeNull();
    const i = whole.actors.ids.indexOf(office);
    expect([whole.actors.since[i], whole.actors.until[i]]).toEqual(['2015-09', '2020']);
    expect(whole.relations.ids).toEqual(expect.arrayContaining([officeTie, partnerTie, succession]));
  });

  it('marks succession relations, so they are drawn as lineage and not as ties', async () => {
    const whole = await map(null);
    const flagOf = (id: string) => whole.relations.isSuccession[whole.relations.ids.indexOf(id)];
    expect(flagOf(succession)).toBe(true);
    expect(whole.relations.types[whole.relations.ids.indexOf(succession)]).toBe('MERGED_INTO');
    expect(flagOf(officeTie)).toBe(false);
    expect(flagOf(partnerTie)).toBe(false);
    expect(whole.relations.isSuccession).toHaveLength(whole.relations.ids.length);
  });

  it('refuses a bad asOf on mapGraph', async () => {
    const error = errorOf(
      await api.gql('query($ws: ID!) { mapGraph(workspace: $ws, asOf: "2019-13") { asOf } }', { ws: ws.id }),
    );
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('clips relations(filter: { asOf }) and Actor.relations to the ends’ lifespans', async () => {
    const listed = async (asOf: string) =>
      dataOf(
        await api.gql<{ relations: { totalCount: number; edges: Array<{ node: { id: string } }> } }>(
          'query($ws: ID!, $asOf: String) { relations(workspace: $ws, filter: { asOf: $asOf }, first: 100) { totalCount edges { node { id } } } }',
          { ws: ws.id, asOf },
        ),
      ).relations;
    const early = await listed('2012-06-01');
    expect(early.edges.map((e) => e.node.id)).not.toContain(officeTie);
    expect(early.edges.map((e) => e.node.id)).toContain(partnerTie);
    expect(early.totalCount).toBe(early.edges.length);
    expect((await listed('2018-06-01')).edges.map((e) => e.node.id)).toContain(officeTie);
    expect((await listed('2021-06-01')).edges.map((e) => e.node.id)).not.toContain(officeTie);

    const ofActor = async (id: string, asOf: string) =>
      dataOf(
        await api.gql<{ actor: { relations: Array<{ id: string }> } }>(
          'query($id: ID!, $asOf: String) { actor(id: $id) { relations(filter: { asOf: $asOf }) { id } } }',
          { id, asOf },
        ),
      ).actor.relations.map((r) => r.id);
    expect(await ofActor(ngo, '2012-06-01')).toEqual([partnerTie]);
    expect((await ofActor(ngo, '2018-06-01')).sort()).toEqual([officeTie, partnerTie].sort());
    expect(await ofActor(office, '2012-06-01')).toEqual([]);
  });

  it('never walks a neighbourhood to or from an actor outside its lifespan', async () => {
    const around = async (id: string, asOf: string) =>
      dataOf(
        await api.gql<{ neighbourhood: { nodes: Array<{ actor: { id: string } }>; edges: Array<{ id: string }> } }>(
          'query($id: ID!, $asOf: String) { neighbourhood(actorId: $id, depth: 2, filter: { asOf: $asOf }) { nodes { actor { id } } edges { id } } }',
          { id, asOf },
        ),
      ).neighbourhood;
    const early = await around(partner, '2012-06-01');
    expect(early.nodes.map((n) => n.actor.id).sort()).toEqual([ngo, partner].sort());
    expect(early.edges.map((e) => e.id)).toEqual([partnerTie]);
    const later = await around(partner, '2018-06-01');
    expect(later.nodes.map((n) => n.actor.id)).toContain(office);
    expect(later.edges.map((e) => e.id).sort()).toEqual([officeTie, partnerTie].sort());
    // The office itself before it opened: in no answer, so nothing around it either.
    expect(await around(office, '2012-06-01')).toEqual({ nodes: [], edges: [] });
  });
});
