import { analyticsServiceFor } from '../../../api/src/analytics/analytics-service';
import { ANALYTICS_GRAPH, ANALYTICS_STATE } from '../../../api/src/db/queries/analytics.queries';
import { MAP_GRAPH } from '../../../api/src/db/queries/map-graph.queries';
import type { ActorRangeParams } from '../../../api/src/db/queries/actor-rows.queries';
import type { Query } from '../../../api/src/db/query';

import { dataOf } from '../../helpers/workspace-fixture';
import { buildAnalyticsFixture, type AnalyticsFixture } from './analytics-fixture';

interface Snapshot {
  revision: string;
  actorCount: number;
  deliveryWithoutVoice: Array<{ civilSocietyActorId: string }>;
}

describe('analytics caching and data revisions', () => {
  let fx: AnalyticsFixture;
  const selection = 'revision actorCount deliveryWithoutVoice { civilSocietyActorId }';
  const snapshot = async (anonymous = false): Promise<Snapshot> =>
    dataOf(await fx.analytics<Snapshot>(selection, { anonymous })).analytics;
  const stats = () => ({ ...analyticsServiceFor(fx.api.db).stats });

  beforeAll(async () => {
    fx = await buildAnalyticsFixture('analytics-cache');
  });
  afterAll(() => fx.close());

  it('serves a repeated request whole from the response cache, without loading or computing', async () => {
    const first = await snapshot();
    const before = stats();
    const second = await snapshot();
    const after = stats();
    expect(second).toEqual(first);
    expect(after.responseHits).toBe(before.responseHits + 1);
    expect(after.graphLoads).toBe(before.graphLoads);
    expect(after.resultMisses).toBe(before.resultMisses);
    expect(after.resultHits).toBe(before.resultHits);
  });

  it('answers another selection of the same analyses from the cached results', async () => {
    const first = await snapshot();
    const before = stats();
    const other = dataOf(
      await fx.analytics<Snapshot>('actorCount deliveryWithoutVoice { civilSocietyActorId }'),
    ).analytics;
    const after = stats();
    expect(other).toEqual({ actorCount: first.actorCount, deliveryWithoutVoice: first.deliveryWithoutVoice });
    expect(after.responseHits).toBe(before.responseHits);
    expect(after.resultMisses).toBe(before.resultMisses);
    expect(after.resultHits).toBeGreaterThan(before.resultHits);
  });

  it('never serves one viewer a response cached for another', async () => {
    await snapshot();
    await snapshot();
    const before = stats();
    await snapshot(true);
    expect(stats().responseHits).toBe(before.responseHits);
    await snapshot(true);
    expect(stats().responseHits).toBe(before.responseHits + 1);
  });

  it('caches only operations made of analytics fields alone', async () => {
    const query = `query($ws: ID!) { workspaces { id } analytics(workspace: $ws) { actorCount } }`;
    dataOf(await fx.api.gql(query, { ws: fx.workspace.id }));
    const before = stats();
    dataOf(await fx.api.gql(query, { ws: fx.workspace.id }));
    expect(stats().responseHits).toBe(before.responseHits);
  });

  it('sees a new relation at once: the revision moves and the graph is loaded again', async () => {
    const before = await snapshot();
    expect(before.deliveryWithoutVoice.map((row) => fx.keyOf(row.civilSocietyActorId))).toEqual(['A2']);
    const loads = stats().graphLoads;
    dataOf(
      await fx.api.gql(
        'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }',
        { ws: fx.workspace.id, input: { type: 'CONSULTS', sourceId: fx.actor.A1, targetId: fx.actor.A2 } },
      ),
    );
    const after = await snapshot();
    expect(after.revision).not.toBe(before.revision);
    // The municipality now consults the NGO: it has a voice.
    expect(after.deliveryWithoutVoice).toEqual([]);
    expect(stats().graphLoads).toBe(loads + 1);
  });

  it('keeps what it computed when a write changes nothing the analyses read (a description)', async () => {
    const version = async (key: keyof typeof fx.actor) =>
      dataOf(
        await fx.api.gql<{ actor: { version: number } }>('query($id: ID!) { actor(id: $id) { version } }', {
          id: fx.actor[key],
        }),
      ).actor.version;
    const update = async (key: keyof typeof fx.actor, input: Record<string, unknown>) =>
      dataOf(
        await fx.api.gql(
          'mutation($id: ID!, $v: Int!, $input: ActorPatch!) { updateActor(id: $id, input: $input, expectedVersion: $v) { id } }',
          { id: fx.actor[key], v: await version(key), input },
        ),
      );
    const before = await snapshot();
    const counts = stats();
    await update('A2', { description: 'Edited by the cache test', aliases: ['Cache test alias'] });
    const after = await snapshot();
    // The revision moves (it is what clients compare), the analyses are not loaded or computed again.
    expect(after.revision).not.toBe(before.revision);
    expect(after).toEqual({ ...before, revision: after.revision });
    expect(stats().graphLoads).toBe(counts.graphLoads);
    expect(stats().resultMisses).toBe(counts.resultMisses);
    // A field the analyses read (the tier) loads the graph again.
    await update('A2', { tier: 'NATIONAL' });
    await snapshot();
    expect(stats().graphLoads).toBe(counts.graphLoads + 1);
    await update('A2', { tier: 'LOCAL' });
    expect(await snapshot()).toMatchObject({ deliveryWithoutVoice: before.deliveryWithoutVoice });
  });

  it('keeps the revision when a write is refused, and moves it when themes are added', async () => {
    const before = await snapshot();
    const refused = await fx.api.gql(
      'mutation($id: ID!) { updateActor(id: $id, input: { name: "Renamed" }, expectedVersion: 999) { id } }',
      { id: fx.actor.A1 },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await snapshot()).revision).toBe(before.revision);
    dataOf(
      await fx.api.gql(
        'mutation($ws: String!, $themes: [ThemeInput!]!) { addThemes(workspace: $ws, themes: $themes) { id } }',
        {
          ws: fx.workspace.id,
          themes: [{ id: 'cache-test-theme', label: 'Cache test theme', description: 'Added by a test.' }],
        },
      ),
    );
    const counter = (revision: string) => Number(revision.split(':')[1]);
    expect(counter((await snapshot()).revision)).toBe(counter(before.revision) + 1);
  });

  it('sees an actor become restricted, for anonymous visitors only', async () => {
    const editorBefore = await snapshot();
    const anonymousBefore = await snapshot(true);
    const { actor } = dataOf(
      await fx.api.gql<{ actor: { version: number } }>('query($id: ID!) { actor(id: $id) { version } }', {
        id: fx.actor.A6,
      }),
    );
    dataOf(
      await fx.api.gql(
        'mutation($id: ID!, $v: Int!) { updateActor(id: $id, input: { visibility: RESTRICTED }, expectedVersion: $v) { id } }',
        { id: fx.actor.A6, v: actor.version },
      ),
    );
    expect((await snapshot()).actorCount).toBe(editorBefore.actorCount);
    expect((await snapshot(true)).actorCount).toBe(anonymousBefore.actorCount - 1);
  });

  it('forgets a workspace on invalidate(), even at the same revision', async () => {
    const before = await snapshot();
    const loads = stats().graphLoads;
    analyticsServiceFor(fx.api.db).invalidate(fx.workspace.id);
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(stats().graphLoads).toBe(loads + 1);
  });

  it('reads the revision and the graph from indexes', async () => {
    const state = await fx.api.db.explain(ANALYTICS_STATE, {
      key: fx.workspace.id,
      visibilities: ['PUBLIC'],
      revisionClass: 'public',
    });
    // The revision is a counter on the workspace node: the history is not read at all.
    expect(state.some((op) => op.details.includes('Change'))).toBe(false);
    const unwanted = (plan: typeof state) =>
      plan.filter((op) => ['Top', 'Sort', 'NodeByLabelScan', 'NodeIndexScan', 'AllNodesScan'].includes(op.operator));
    expect(unwanted(state)).toEqual([]);
    // The graph and the map are read in id ranges: each seeks its range of the (workspaceId, id) index
    // rather than every actor of the workspace.
    const ranged: Array<[Query<ActorRangeParams, unknown>, string | null]> = [
      [ANALYTICS_GRAPH.bounded, '8'],
      [ANALYTICS_GRAPH.unbounded, null],
      [MAP_GRAPH.bounded, '8'],
      [MAP_GRAPH.unbounded, null],
    ];
    for (const [query, to] of ranged) {
      const plan = await fx.api.db.explain(query, { ws: fx.workspace.id, visibilities: ['PUBLIC'], from: '4', to });
      const seek = plan.find((op) => op.operator.startsWith('NodeIndexSeek'));
      expect(seek?.details).toContain('Actor(workspaceId, id)');
      expect(seek?.details).toContain(to === null ? 'id >= $from' : 'id < $to');
      expect(unwanted(plan)).toEqual([]);
    }
  });

  it('leaves deleted relations and actors out of the graph it loads', async () => {
    const counts = async () =>
      dataOf(await fx.analytics<{ actorCount: number; relationCount: number }>('actorCount relationCount')).analytics;
    const before = await counts();
    dataOf(await fx.api.gql('mutation($id: ID!) { deleteRelation(id: $id) { id } }', { id: fx.relation.R11 }));
    expect(await counts()).toEqual({ actorCount: before.actorCount, relationCount: before.relationCount - 1 });
    // A8's live relations go with it: R3, R4 and R15.
    dataOf(await fx.api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: fx.actor.A8 }));
    expect(await counts()).toEqual({ actorCount: before.actorCount - 1, relationCount: before.relationCount - 4 });
  });

  it('answers NOT_FOUND once the workspace has been purged', async () => {
    await fx.workspace.remove();
    const answer = await fx.analytics('workspaceId');
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'workspace' });
  });
});
