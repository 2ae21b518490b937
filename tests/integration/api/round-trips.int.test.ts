import { createActor, createRelation, createSource, startMigratedTestApi } from '../../helpers/domain-fixture';
import type { TestApi } from '../../helpers/test-api';
import { createTestWorkspace, type TestWorkspace } from '../../helpers/workspace-fixture';

const NESTED = `query($ws: ID!, $first: Int) {
  actors(workspace: $ws, first: $first) {
    totalCount
    edges { node {
      name
      relations { type source { name } target { name } sources { quote } unsourced }
      sources { quote }
    } }
  }
}`;

interface NestedData {
  actors: {
    totalCount: number;
    edges: Array<{
      node: {
        name: string;
        relations: Array<{ source: { name: string }; target: { name: string }; sources: Array<{ quote: string }> }>;
        sources: Array<{ quote: string }>;
      };
    }>;
  };
}

/** Runs `work` a few at a time, so that setting up data does not take one round trip after another. */
async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>, size = 8): Promise<void> {
  for (let start = 0; start < items.length; start += size) {
    await Promise.all(items.slice(start, start + size).map(work));
  }
}

describe('round trips to the database per request', () => {
  let api: TestApi;
  let ws: TestWorkspace;

  /**
   * Adds `count` actors, each tied to the next two of the new ring (so each has two relations out
   * and two in), with one source per actor and per relation.
   */
  async function addRing(prefix: string, count: number): Promise<void> {
    const ids: string[] = [];
    await inBatches([...Array(count).keys()], async (i) => {
      const actor = await createActor(api, ws.id, { name: `${prefix} ${String(i).padStart(2, '0')}` });
      ids[i] = actor.id;
      await createSource(api, actor.id, { title: 'Directory', quote: `${prefix} ${i} exists.` });
    });
    const pairs = ids.flatMap((id, i) => [
      [id, ids[(i + 1) % count]!],
      [id, ids[(i + 2) % count]!],
    ]);
    await inBatches(pairs, async ([sourceId, targetId]) => {
      const relation = await createRelation(api, ws.id, { type: 'SUPPORTS', sourceId, targetId });
      await createSource(api, relation.id, { title: 'Report', quote: `${prefix} support.` });
    });
  }

  /** Runs the nested query in process and returns its data and the names of the statements it ran. */
  async function traced(first: number) {
    const { result, trace } = await api.db.trace(() =>
      api.server.apollo.executeOperation<NestedData>(
        { query: NESTED, variables: { ws: ws.id, first } },
        { contextValue: api.server.contextFor() },
      ),
    );
    if (result.body.kind !== 'single') throw new Error('expected a single result');
    expect(result.body.singleResult.errors).toBeUndefined();
    return { data: result.body.singleResult.data!, queries: trace.queries };
  }

  beforeAll(async () => {
    api = await startMigratedTestApi();
    ws = await createTestWorkspace(api, 'round-trips');
    await addRing('Alpha', 20);
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  it('answers 20 actors with relations, ends and sources in a handful of batched statements', async () => {
    const { data, queries } = await traced(20);
    expect(data.actors.edges).toHaveLength(20);
    for (const { node } of data.actors.edges) {
      expect(node.relations).toHaveLength(4);
      expect(node.sources).toHaveLength(1);
      for (const relation of node.relations) {
        expect(relation.source.name).toMatch(/^Alpha/);
        expect(relation.target.name).toMatch(/^Alpha/);
        expect(relation.sources).toEqual([{ quote: 'Alpha support.' }]);
      }
    }
    // The page (workspace lookup included), relations of all actors (with their ends), sources of
    // all actors, sources of all relations: each one statement.
    expect(queries.length).toBeLessThanOrEqual(4);
    expect(queries.filter((name) => name === 'relation.ofActors')).toHaveLength(1);
    // The ends came with the relations: no statement reads them again.
    expect(queries.filter((name) => name === 'actor.byIds')).toHaveLength(0);
    expect(queries.filter((name) => name.startsWith('source.')).length).toBeLessThanOrEqual(2);
  });

  it('runs the same statements when the data and the page double', async () => {
    const small = await traced(20);
    await addRing('Beta', 20);
    const large = await traced(40);
    expect(large.data.actors.totalCount).toBe(40);
    expect(large.data.actors.edges).toHaveLength(40);
    expect(large.data.actors.edges.every(({ node }) => node.relations.length === 4)).toBe(true);
    expect([...large.queries].sort()).toEqual([...small.queries].sort());
  });

  /** The statements one request runs, in process. */
  async function statementsOf(query: string, variables: Record<string, unknown>) {
    const { result, trace } = await api.db.trace(() =>
      api.server.apollo.executeOperation({ query, variables }, { contextValue: api.server.contextFor() }),
    );
    if (result.body.kind !== 'single') throw new Error('expected a single result');
    expect(result.body.singleResult.errors).toBeUndefined();
    return { data: result.body.singleResult.data as Record<string, unknown>, queries: trace.queries };
  }

  it('reads a page of actors without counting them when totalCount is not asked for', async () => {
    const without = await statementsOf(
      `query($ws: ID!) { actors(workspace: $ws, first: 5) { edges { node { name } } } }`,
      {
        ws: ws.id,
      },
    );
    expect(without.queries).toEqual(['actor.page.NAME_ASC']);
    const withTotal = await statementsOf(
      `query($ws: ID!) { actors(workspace: $ws, first: 5) { totalCount edges { node { name } } } }`,
      { ws: ws.id },
    );
    // The total is counted in the page's own statement, not in another one.
    expect(withTotal.queries).toEqual(['actor.page.NAME_ASC']);
    expect((withTotal.data.actors as { totalCount: number }).totalCount).toBeGreaterThanOrEqual(20);
  });

  it('reads a page of relations with both ends in one statement, workspace lookup included', async () => {
    const { data, queries } = await statementsOf(
      `query($ws: ID!) { relations(workspace: $ws, first: 5, filter: { types: [SUPPORTS] }) { totalCount edges { node { source { name } target { name } } } } }`,
      { ws: ws.id },
    );
    expect(queries).toEqual(['relation.page']);
    const edges = (data.relations as { edges: Array<{ node: { source: { name: string } } }> }).edges;
    expect(edges).toHaveLength(5);
    expect(edges.every((edge) => /^(Alpha|Beta)/.test(edge.node.source.name))).toBe(true);
  });

  // Reads by id first look up the record's workspace (one node read), whose role decides what the
  // viewer sees of the record and around it.
  // A signed-in reader's read is run a second time to make sure it did not overlap a commit
  // (Database.readSettled); an anonymous visitor's is read once, without the workspace lookup.
  it('reads one actor with its relations and their ends in one statement after its workspace', async () => {
    const list = await statementsOf(`query($ws: ID!) { actors(workspace: $ws, first: 1) { edges { node { id } } } }`, {
      ws: ws.id,
    });
    const id = (list.data.actors as { edges: Array<{ node: { id: string } }> }).edges[0]!.node.id;
    const { data, queries } = await statementsOf(
      `query($id: ID!) { actor(id: $id) { name relations { type source { name } target { name } } } }`,
      { id },
    );
    expect(queries).toEqual(['change.entityWorkspace', 'relation.ofActors', 'relation.ofActors']);
    expect((data.actor as { relations: unknown[] }).relations).toHaveLength(4);
  });

  it('reads a two-step neighbourhood with its actors in one statement after its workspace', async () => {
    const list = await statementsOf(`query($ws: ID!) { actors(workspace: $ws, first: 1) { edges { node { id } } } }`, {
      ws: ws.id,
    });
    const id = (list.data.actors as { edges: Array<{ node: { id: string } }> }).edges[0]!.node.id;
    const { data, queries } = await statementsOf(
      `query($id: ID!) { neighbourhood(actorId: $id, depth: 2) { nodes { distance hiddenNeighbours actor { name } } edges { id } } }`,
      { id },
    );
    expect(queries).toEqual(['change.entityWorkspace', 'neighbourhood.depth2']);
    const nodes = (data.neighbourhood as { nodes: Array<{ distance: number; actor: { name: string } }> }).nodes;
    // In a ring where each actor is tied to the next two and the previous two: 4 at one step, 4 at two.
    expect(nodes.filter((node) => node.distance === 1)).toHaveLength(4);
    expect(nodes.filter((node) => node.distance === 2)).toHaveLength(4);
    expect(nodes.every((node) => typeof node.actor.name === 'string')).toBe(true);
  });
});
