import { randomUUID } from 'node:crypto';
import { computeTierLayout } from '../../../api/src/graph/tier-layout';
import type { Sector, Tier } from '../../../api/src/domain/vocabulary';
import { purgeWorkspace } from '../../../api/src/repositories/workspace.repository';
import {
  ANONYMOUS,
  createActor,
  createRelation,
  createSource,
  errorOf,
  startMigratedTestApi,
  type ActorData,
  type RelationData,
} from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const MAP_GRAPH = `query($ws: ID!) { mapGraph(workspace: $ws) {
  workspaceId revision
  actors { count ids names kinds tiers sectors countries themes since until shortNames }
  relations { count ids types sourceIds targetIds directed modes engagements themes since until amounts currencies
              confidences unsourced }
} }`;

interface Columns {
  count: number;
  ids: string[];
  names?: string[];
  [column: string]: unknown;
}
type IdEdges = { edges: Array<{ node: { id: string } }> };
interface MapGraphData {
  mapGraph: { workspaceId: string; revision: string; actors: Columns; relations: Columns };
}

/** Column lists → one record per row, so rows can be checked field by field. */
function rows(columns: Columns): Array<Record<string, unknown>> {
  const names = Object.keys(columns).filter((name) => name !== 'count');
  for (const name of names) expect((columns[name] as unknown[]).length).toBe(columns.count);
  return columns.ids.map((_, i) => Object.fromEntries(names.map((name) => [name, (columns[name] as unknown[])[i]])));
}

const PAGED = `query($ws: ID!) {
  actors(workspace: $ws, first: 500) { edges { node { id } } }
  relations(workspace: $ws, first: 500) { edges { node { id } } }
}`;

describe('mapGraph', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  const hiddenSlug = `test-map-graph-members-${randomUUID().slice(0, 8)}`;
  let hiddenId = '';
  let open: ActorData;
  let partner: ActorData;
  let secret: ActorData;
  let gone: ActorData;
  let funds: RelationData;
  let unsourced: RelationData;
  let toSecret: RelationData;
  let restrictedTie: RelationData;
  let deletedTie: RelationData;

  const load = (options?: typeof ANONYMOUS) => api.gql<MapGraphData>(MAP_GRAPH, { ws: ws.slug }, options);

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'map-graph', [
      { id: 'sahel-corridor', label: 'Sahel corridor', description: 'Mobility across the Sahel.' },
    ]);
    open = await createActor(api, ws.id, {
      name: 'Open Shelter Alliance',
      aliases: ['The Open Shelter Alliance', 'OSA'],
      country: 'GR',
      themes: ['reception', 'sahel-corridor'],
      since: '2012-05',
      until: '2030',
    });
    partner = await createActor(api, ws.id, { name: 'Ministry of Migration', kind: 'MINISTRY', tier: 'NATIONAL' });
    secret = await createActor(api, ws.id, { name: 'Secret Shelter Network', visibility: 'RESTRICTED' });
    gone = await createActor(api, ws.id, { name: 'Gone Group' });
    funds = await createRelation(api, ws.id, {
      type: 'FUNDS',
      sourceId: partner.id,
      targetId: open.id,
      amount: 25000,
      currency: 'EUR',
      since: '2019-03',
      until: '2021',
      themes: ['reception'],
      confidence: 0.8,
    });
    unsourced = await createRelation(api, ws.id, {
      type: 'PARTNERS_WITH',
      sourceId: open.id,
      targetId: partner.id,
      mode: 'COOPERATION',
      engagement: 'COLLABORATE',
    });
    toSecret = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: open.id, targetId: secret.id });
    restrictedTie = await createRelation(api, ws.id, {
      type: 'CONSULTS',
      sourceId: partner.id,
      targetId: open.id,
      visibility: 'RESTRICTED',
    });
    await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId: open.id, targetId: gone.id });
    deletedTie = await createRelation(api, ws.id, { type: 'COORDINATES', sourceId: partner.id, targetId: open.id });
    await createSource(api, funds.id, { title: 'Grant report' });
    // A source only the editor may see: the tie is sourced for the editor, unsourced for a visitor.
    await createSource(api, restrictedTie.id, { title: 'Internal memo', visibility: 'RESTRICTED' });
    const deletedSource = await createSource(api, unsourced.id, { title: 'Withdrawn article' });
    dataOf(await api.gql('mutation($id: ID!) { deleteSource(id: $id) { id } }', { id: deletedSource.id }));
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: gone.id }));
    dataOf(await api.gql('mutation($id: ID!) { deleteRelation(id: $id) { id } }', { id: deletedTie.id }));
    hiddenId = dataOf(
      await api.gql<{ createWorkspace: { id: string } }>(
        'mutation($input: WorkspaceInput!) { createWorkspace(input: $input) { id } }',
        { input: { slug: hiddenSlug, title: 'Members only', visibility: 'WORKSPACE' } },
      ),
    ).createWorkspace.id;
  });
  afterAll(async () => {
    await ws.remove();
    if (hiddenId) await purgeWorkspace(api.db, hiddenId);
    await api.close();
  });

  it('gives every live actor with the fields the map needs, in aligned columns', async () => {
    const graph = dataOf(await load()).mapGraph;
    expect(graph.workspaceId).toBe(ws.id);
    const actors = rows(graph.actors);
    expect(actors.map((actor) => actor.names).sort()).toEqual([
      'Ministry of Migration',
      'Open Shelter Alliance',
      'Secret Shelter Network',
    ]);
    expect(actors.find((actor) => actor.ids === open.id)).toEqual({
      ids: open.id,
      names: 'Open Shelter Alliance',
      kinds: 'NGO',
      tiers: 'LOCAL',
      sectors: 'CIVIL_SOCIETY',
      countries: 'GR',
      themes: ['reception', 'sahel-corridor'],
      since: '2012-05',
      until: '2030',
      shortNames: 'OSA',
    });
    expect(actors.find((actor) => actor.ids === partner.id)).toMatchObject({
      kinds: 'MINISTRY',
      tiers: 'NATIONAL',
      sectors: 'GOVERNMENT',
      countries: null,
      themes: [],
      since: null,
      until: null,
      shortNames: null,
    });
  });

  it('gives a short name only under the name it belongs to: none as of a date the actor carried another', async () => {
    const renamed = await createActor(api, ws.id, {
      name: 'Reception Directorate',
      aliases: ['RD'],
      kind: 'NATIONAL_AGENCY',
      tier: 'NATIONAL',
      since: '2010',
    });
    dataOf(
      await api.gql(
        'mutation($id: ID!) { renameActor(id: $id, name: "Reception Agency", on: "2020-01") { operationId } }',
        {
          id: renamed.id,
        },
      ),
    );
    const asOf = (date: string | null) =>
      api.gql<{ mapGraph: { actors: Columns } }>(
        'query($ws: ID!, $asOf: String) { mapGraph(workspace: $ws, asOf: $asOf) { actors { count ids names shortNames } } }',
        { ws: ws.slug, asOf: date },
      );
    const today = rows(dataOf(await asOf(null)).mapGraph.actors).find((actor) => actor.ids === renamed.id);
    expect(today).toMatchObject({ names: 'Reception Agency', shortNames: 'RD' });
    const before = rows(dataOf(await asOf('2015')).mapGraph.actors).find((actor) => actor.ids === renamed.id);
    expect(before).toMatchObject({ names: 'Reception Directorate', shortNames: null });
    // The actor itself says the same.
    const actor = dataOf(
      await api.gql<{ actor: { shortName: string | null } }>('query($id: ID!) { actor(id: $id) { shortName } }', {
        id: renamed.id,
      }),
    ).actor;
    expect(actor.shortName).toBe('RD');
    dataOf(await api.gql('mutation($id: ID!) { deleteActor(id: $id) { id } }', { id: renamed.id }));
  });

  it('gives live relations between live actors, with their sources counted as the viewer sees them', async () => {
    const relations = rows(dataOf(await load()).mapGraph.relations);
    expect(relations.map((relation) => relation.ids).sort()).toEqual(
      [funds.id, unsourced.id, toSecret.id, restrictedTie.id].sort(),
    );
    expect(relations.find((relation) => relation.ids === funds.id)).toEqual({
      ids: funds.id,
      types: 'FUNDS',
      sourceIds: partner.id,
      targetIds: open.id,
      directed: true,
      modes: null,
      engagements: null,
      themes: ['reception'],
      since: '2019-03',
      until: '2021',
      amounts: 25000,
      currencies: 'EUR',
      confidences: 0.8,
      unsourced: false,
    });
    expect(relations.find((relation) => relation.ids === unsourced.id)).toMatchObject({
      directed: false,
      modes: 'COOPERATION',
      engagements: 'COLLABORATE',
      confidences: 1,
      unsourced: true,
    });
    expect(relations.find((relation) => relation.ids === restrictedTie.id)?.unsourced).toBe(false);
  });

  it('holds the same actors and relations as the paged actors and relations queries', async () => {
    const graph = dataOf(await load()).mapGraph;
    const paged = dataOf(
      await api.gql<{ actors: IdEdges; relations: IdEdges }>(PAGED, {
        ws: ws.id,
      }),
    );
    expect([...graph.actors.ids].sort()).toEqual(paged.actors.edges.map((edge) => edge.node.id).sort());
    expect([...graph.relations.ids].sort()).toEqual(paged.relations.edges.map((edge) => edge.node.id).sort());
  });

  it('shows an anonymous visitor no restricted actor, no tie to one and no restricted tie or source', async () => {
    const graph = dataOf(await load(ANONYMOUS)).mapGraph;
    expect([...(graph.actors.names ?? [])].sort()).toEqual(['Ministry of Migration', 'Open Shelter Alliance']);
    expect([...graph.relations.ids].sort()).toEqual([funds.id, unsourced.id].sort());
    expect(JSON.stringify(graph)).not.toContain(secret.id);
  });

  it('carries the revision the analytics report, and a newer one after a write', async () => {
    const before = dataOf(await load()).mapGraph.revision;
    const analytics = dataOf(
      await api.gql<{ analytics: { revision: string } }>('query($ws: ID!) { analytics(workspace: $ws) { revision } }', {
        ws: ws.id,
      }),
    );
    expect(analytics.analytics.revision).toBe(before);
    const added = await createActor(api, ws.id, { name: 'New Diaspora Forum' });
    const after = dataOf(await load()).mapGraph;
    expect(after.revision).not.toBe(before);
    expect(after.actors.ids).toContain(added.id);
  });

  it('splits into parts that together hold every actor and relation once', async () => {
    const whole = dataOf(await load()).mapGraph;
    const PART = `query($ws: ID!, $part: Int!, $parts: Int!) { mapGraph(workspace: $ws, part: $part, parts: $parts) {
      revision actors { ids } relations { ids sourceIds unsourced } } }`;
    type Part = { mapGraph: { revision: string; actors: Columns; relations: Columns } };
    const parts = await Promise.all(
      [0, 1, 2, 3].map(async (part) => dataOf(await api.gql<Part>(PART, { ws: ws.id, part, parts: 4 })).mapGraph),
    );
    expect(parts.flatMap((part) => part.actors.ids).sort()).toEqual([...whole.actors.ids].sort());
    expect(parts.flatMap((part) => part.relations.ids).sort()).toEqual([...whole.relations.ids].sort());
    for (const part of parts) {
      expect(part.revision).toBe(whole.revision);
      // A relation comes with its source actor's part.
      for (const source of part.relations.sourceIds as string[]) expect(part.actors.ids).toContain(source);
      expect((part.relations.unsourced as boolean[]).length).toBe(part.relations.ids.length);
    }
  });

  it('answers a map of at most `wholeUpTo` actors the viewer may see whole, and a bigger one in the part asked for', async () => {
    const whole = dataOf(await load()).mapGraph;
    const PART = `query($ws: ID!, $part: Int!, $wholeUpTo: Int) {
      mapGraph(workspace: $ws, part: $part, parts: 4, wholeUpTo: $wholeUpTo) {
        revision part parts actors { count ids } relations { ids } } }`;
    type Part = { mapGraph: { revision: string; part: number; parts: number; actors: Columns; relations: Columns } };
    const ask = (part: number, wholeUpTo: number | null, options?: typeof ANONYMOUS) =>
      api.gql<Part>(PART, { ws: ws.id, part, wholeUpTo }, options).then((result) => dataOf(result).mapGraph);
    // Whole at as many actors as the editor sees, whatever part was asked for.
    const small = await ask(2, whole.actors.count);
    expect(small).toMatchObject({ revision: whole.revision, part: 0, parts: 1 });
    expect([...small.actors.ids].sort()).toEqual([...whole.actors.ids].sort());
    expect([...small.relations.ids].sort()).toEqual([...whole.relations.ids].sort());
    // One fewer: the part asked for, as without `wholeUpTo`.
    const parts = await Promise.all([0, 1, 2, 3].map((part) => ask(part, whole.actors.count - 1)));
    expect(parts.map((part) => [part.part, part.parts])).toEqual([0, 1, 2, 3].map((part) => [part, 4]));
    expect(parts.flatMap((part) => part.actors.ids).sort()).toEqual([...whole.actors.ids].sort());
    // Only the actors the viewer may see are counted: an anonymous visitor sees fewer (no restricted one).
    const seen = dataOf(await load(ANONYMOUS)).mapGraph.actors.count;
    expect(seen).toBeLessThan(whole.actors.count);
    const anonymous = await ask(1, seen, ANONYMOUS);
    expect(anonymous.parts).toBe(1);
    expect(anonymous.actors.count).toBe(seen);
    // Without `wholeUpTo` (or with parts: 1) nothing changes.
    expect((await ask(1, null)).parts).toBe(4);
  });

  it("sends the client's tier layout with a whole map (per revision and viewer, the same when asked again), and none with a part", async () => {
    const LAID_OUT = `query($ws: ID!, $parts: Int!, $asOf: String) { mapGraph(workspace: $ws, parts: $parts, asOf: $asOf) {
      revision actors { ids names tiers sectors countries } relations { sourceIds targetIds }
      layout { xs ys width bands { tier top height } } } }`;
    type Laid = {
      mapGraph: {
        revision: string;
        actors: { ids: string[]; names: string[]; tiers: Tier[]; sectors: Sector[]; countries: (string | null)[] };
        relations: { sourceIds: string[]; targetIds: string[] };
        layout: {
          xs: number[];
          ys: number[];
          width: number;
          bands: Array<{ tier: Tier; top: number; height: number }>;
        } | null;
      };
    };
    const ask = (parts: number, options?: typeof ANONYMOUS, asOf: string | null = null) =>
      api.gql<Laid>(LAID_OUT, { ws: ws.id, parts, asOf }, options).then((result) => dataOf(result).mapGraph);
    const whole = await ask(1);
    const { actors, relations, layout } = whole;
    // What the web client's worker computes from the same answer, position for position.
    const expected = computeTierLayout(
      actors.ids.map((id, i) => ({
        id,
        name: actors.names[i]!,
        tier: actors.tiers[i]!,
        sector: actors.sectors[i]!,
        country: actors.countries[i] ?? null,
      })),
      relations.sourceIds.map((sourceId, i) => ({ sourceId, targetId: relations.targetIds[i]! })),
    );
    expect(layout).not.toBeNull();
    expect(layout!.xs).toHaveLength(actors.ids.length);
    expect(actors.ids.map((id, i) => ({ id, x: layout!.xs[i], y: layout!.ys[i] }))).toEqual(
      actors.ids.map((id) => ({ id, ...expected.positions.get(id)! })),
    );
    expect(layout!.bands).toEqual(expected.bands);
    expect(layout!.bands.map((band) => band.tier)).toEqual([
      'GLOBAL',
      'SUPRANATIONAL',
      'NATIONAL',
      'REGIONAL',
      'LOCAL',
    ]);
    expect(layout!.width).toBe(expected.width);
    // Asked again at the same revision: the same layout (from the cache).
    expect((await ask(1)).layout).toEqual(layout);
    // An anonymous visitor sees fewer actors: a layout of those, not the editor's.
    const anonymous = await ask(1, ANONYMOUS);
    expect(anonymous.layout!.xs).toHaveLength(anonymous.actors.ids.length);
    expect(anonymous.actors.ids.length).toBeLessThan(actors.ids.length);
    // As of a date: a layout of the actors present then.
    const then = await ask(1, undefined, '2011');
    expect(then.layout!.xs).toHaveLength(then.actors.ids.length);
    // A part of a map has none: the layout needs all of it.
    expect((await ask(4)).layout).toBeNull();
    // A bad date is refused as before, layout asked or not.
    const bad = errorOf(await api.gql(LAID_OUT, { ws: ws.id, parts: 1, asOf: '2011-13' }));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'asOf' });
  });

  it('refuses a bad part count or part with BAD_USER_INPUT on the argument', async () => {
    const PART = `query($part: Int!, $parts: Int!) { mapGraph(workspace: "${ws.slug}", part: $part, parts: $parts) { revision } }`;
    const three = errorOf(await api.gql(PART, { part: 0, parts: 3 }));
    expect(three.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parts' });
    expect(three.message).toBe('parts: must be a power of two from 1 to 64 (got 3)');
    const outside = errorOf(await api.gql(PART, { part: 4, parts: 4 }));
    expect(outside.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'part' });
    const negative = errorOf(
      await api.gql(`{ mapGraph(workspace: "${ws.slug}", part: 0, parts: 4, wholeUpTo: -1) { revision } }`),
    );
    expect(negative.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'wholeUpTo' });
  });

  it('answers NOT_FOUND on the workspace argument for an unknown or hidden workspace', async () => {
    const unknown = errorOf(await api.gql(MAP_GRAPH, { ws: 'no-such-workspace' }));
    expect(unknown.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'workspace' });
    expect(unknown.message).toContain('no-such-workspace');
    const hidden = errorOf(await api.gql(MAP_GRAPH, { ws: hiddenSlug }, ANONYMOUS));
    expect(hidden.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'workspace' });
    expect(dataOf(await api.gql<MapGraphData>(MAP_GRAPH, { ws: hiddenSlug })).mapGraph.actors.count).toBe(0);
  });
});
