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
    // Workspace lookup and page, relations of all actors, sources of all actors, ends of all
    // relations, sources of all relations: each one statement.
    expect(queries.length).toBeLessThanOrEqual(6);
    expect(queries.filter((name) => name === 'relation.ofActors')).toHaveLength(1);
    expect(queries.filter((name) => name === 'actor.byIds')).toHaveLength(1);
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
});
