import { InlineAnalyticsEngine } from '../../../api/src/analytics/analytics-engine';
import { normaliseFilter } from '../../../api/src/analytics/analytics-job';
import { AnalyticsService } from '../../../api/src/analytics/analytics-service';
import { ANONYMOUS, LOCAL_EDITOR } from '../../../api/src/auth/viewer';
import type {
  AnalyticsActorTuple,
  AnalyticsGraphRow,
  AnalyticsRelationTuple,
  AnalyticsStateRow,
} from '../../../api/src/db/queries/analytics.queries';
import { ANALYTICS_GRAPH } from '../../../api/src/db/queries/analytics.queries';
import type { Query } from '../../../api/src/db/query';
import type { Database } from '../../../api/src/db/run-query';
import { NotFoundError } from '../../../api/src/errors';
import {
  GRAPH_PARTS,
  loadAnalyticsGraph,
  readAnalyticsState,
} from '../../../api/src/repositories/analytics.repository';

const actor = (id: string, tier = 'LOCAL'): AnalyticsActorTuple => [
  id,
  `Actor ${id}`,
  'NGO',
  tier,
  'CIVIL_SOCIETY',
  'GR',
  null,
  ['reception'],
  null,
  null,
  null,
  null,
  null,
  null,
  null,
];
const relation = (id: string, target: string): AnalyticsRelationTuple => [
  id,
  'PARTNERS_WITH',
  target,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
  null,
];

/** Answers the two analytics queries from memory, and counts them. */
const isGraphRead = (name: string) => name === ANALYTICS_GRAPH.bounded.name || name === ANALYTICS_GRAPH.unbounded.name;

class FakeDatabase {
  state: AnalyticsStateRow | null = {
    workspaceId: 'ws1',
    dataRevision: 1,
    graphRevision: 1,
    themeIds: ['own-theme'],
  };
  /** Rows per visibility set: the public viewer sees one actor fewer. */
  rows: Record<'all' | 'public', AnalyticsGraphRow[]> = {
    all: [
      { actor: actor('a'), out: [relation('r1', 'b')] },
      { actor: actor('b', 'NATIONAL'), out: [relation('r2', 'c')] },
      { actor: actor('c'), out: [] },
    ],
    public: [
      { actor: actor('a'), out: [relation('r1', 'b')] },
      { actor: actor('b', 'NATIONAL'), out: [] },
    ],
  };
  readonly reads: Array<{ name: string; params: Record<string, unknown> }> = [];

  async read<P extends object, R>(query: Query<P, R>, params: P): Promise<R[]> {
    this.reads.push({ name: query.name, params: params as Record<string, unknown> });
    await new Promise((resolve) => setImmediate(resolve));
    if (query.name === 'analytics.state') return (this.state ? [this.state] : []) as R[];
    const { visibilities, from, to } = params as { visibilities: string[]; from: string; to: string | null };
    const rows = visibilities.length === 1 ? this.rows.public : this.rows.all;
    return rows.filter(({ actor: [id] }) => id >= from && (to === null || id < to)) as R[];
  }

  count(name: string): number {
    return this.reads.filter((read) => read.name === name).length;
  }

  /** Reads of the graph query, of either text (a bounded or the last, unbounded, id range). */
  get graphReads(): Array<{ name: string; params: Record<string, unknown> }> {
    return this.reads.filter((read) => isGraphRead(read.name));
  }

  /** Graph loads: each reads every part of GRAPH_PARTS once. */
  get graphLoads(): number {
    return this.graphReads.length / GRAPH_PARTS.length;
  }
}

describe('AnalyticsService', () => {
  let db: FakeDatabase;
  let engine: InlineAnalyticsEngine;
  let service: AnalyticsService;
  const filter = normaliseFilter(null);

  beforeEach(() => {
    db = new FakeDatabase();
    engine = new InlineAnalyticsEngine();
    service = new AnalyticsService(db as unknown as Database, { engine, maxResults: 50 });
  });
  afterEach(() => service.close());

  it('loads the graph once per revision and serves repeated analyses from the cache', async () => {
    const first = await service.compute(await service.open(LOCAL_EDITOR, 'ws1'), filter, { kind: 'size' });
    const second = await service.compute(await service.open(LOCAL_EDITOR, 'ws1'), filter, { kind: 'size' });
    expect(first).toEqual({ actorCount: 3, relationCount: 2 });
    expect(second).toEqual(first);
    expect(db.count('analytics.state')).toBe(2);
    expect(db.graphLoads).toBe(1);
    expect(service.stats).toEqual({ graphLoads: 1, resultHits: 1, resultMisses: 1, responseHits: 0 });
  });

  it('shares one load and one computation between concurrent requests', async () => {
    const scope = await service.open(LOCAL_EDITOR, 'ws1');
    const results = await Promise.all([1, 2, 3].map(() => service.compute(scope, filter, { kind: 'tierMatrix' })));
    expect(results[1]).toBe(results[0]);
    expect(db.graphLoads).toBe(1);
    expect(service.stats.resultMisses).toBe(1);
  });

  it('keys results by filter and arguments', async () => {
    const scope = await service.open(LOCAL_EDITOR, 'ws1');
    await service.compute(scope, filter, { kind: 'coverage', byCountry: false });
    await service.compute(scope, filter, { kind: 'coverage', byCountry: true });
    await service.compute(scope, normaliseFilter({ types: ['FUNDS'] }), { kind: 'coverage', byCountry: false });
    await service.compute(scope, normaliseFilter({ types: ['FUNDS'] }), { kind: 'coverage', byCountry: false });
    expect(service.stats).toMatchObject({ graphLoads: 1, resultMisses: 3, resultHits: 1 });
  });

  it('reloads when the graph revision moves and drops what belonged to the older one', async () => {
    await service.compute(await service.open(LOCAL_EDITOR, 'ws1'), filter, { kind: 'size' });
    db.state = { ...(db.state as AnalyticsStateRow), dataRevision: 2, graphRevision: 2 };
    db.rows.all = db.rows.all.slice(0, 2);
    const scope = await service.open(LOCAL_EDITOR, 'ws1');
    expect(await service.compute(scope, filter, { kind: 'size' })).toEqual({ actorCount: 2, relationCount: 1 });
    expect(service.stats.graphLoads).toBe(2);
    expect(service.cacheSizes()).toMatchObject({ graphs: 1, results: 1 });
    expect(engine.has(scope.graphKey)).toBe(true);
  });

  it('keeps the graph and results when only the data revision moves (a write no analysis reads)', async () => {
    const before = await service.open(LOCAL_EDITOR, 'ws1');
    await service.compute(before, filter, { kind: 'size' });
    service.storeResponse([before], 'op', { answer: 1 });
    expect(service.cachedResponse([before], 'op')).toEqual({ answer: 1 });
    db.state = { ...(db.state as AnalyticsStateRow), dataRevision: 2 };
    const after = await service.open(LOCAL_EDITOR, 'ws1');
    expect(after.revision).toBe('all:2');
    expect(after.graphKey).toBe(before.graphKey);
    expect(await service.compute(after, filter, { kind: 'size' })).toEqual({ actorCount: 3, relationCount: 2 });
    expect(service.stats).toMatchObject({ graphLoads: 1, resultHits: 1, resultMisses: 1 });
    // A whole response carries the revision, so it is not served for the newer one.
    expect(service.cachedResponse([after], 'op')).toBeUndefined();
    expect(service.cachedResponse([before], 'op')).toBeUndefined();
  });

  it('reads the graph in parallel parts that together hold every actor exactly once', async () => {
    const ids = ['0a', '7f', '8', '80', 'ff', 'zz', ''];
    db.rows.all = ids.map((id) => ({ actor: actor(id), out: [] }));
    const graph = await loadAnalyticsGraph(db as unknown as Database, LOCAL_EDITOR, 'ws1');
    expect(graph.actors.map((a) => a.id).sort()).toEqual([...ids].sort());
    expect(db.graphReads.length).toBe(GRAPH_PARTS.length);
    expect(GRAPH_PARTS.length).toBeGreaterThan(1);
  });

  it('keeps one graph per set of visibilities, loaded with the viewer’s visibilities', async () => {
    const editor = await service.compute(await service.open(LOCAL_EDITOR, 'ws1'), filter, { kind: 'size' });
    const anonymous = await service.compute(await service.open(ANONYMOUS, 'ws1'), filter, { kind: 'size' });
    expect([editor.actorCount, anonymous.actorCount]).toEqual([3, 2]);
    const loads = db.graphReads.map((read) => read.params.visibilities);
    expect(loads).toEqual([
      ...GRAPH_PARTS.map(() => ['PUBLIC', 'WORKSPACE', 'RESTRICTED']),
      ...GRAPH_PARTS.map(() => ['PUBLIC']),
    ]);
    expect(service.cacheSizes().graphs).toBe(2);
  });

  it('forgets a workspace on invalidate, at the same revision', async () => {
    await service.compute(await service.open(LOCAL_EDITOR, 'ws1'), filter, { kind: 'size' });
    service.invalidate('ws1');
    expect(service.cacheSizes()).toMatchObject({ graphs: 0, results: 0 });
    await service.compute(await service.open(LOCAL_EDITOR, 'ws1'), filter, { kind: 'size' });
    expect(service.stats.graphLoads).toBe(2);
  });

  it('keeps a graph in the engine while a computation on it runs, though a newer revision arrived', async () => {
    // The engine lets the first run wait until a newer revision has been opened and loaded.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const waiting = new Promise<void>((resolve) => (entered = resolve));
    const run = engine.run.bind(engine);
    let gated = true;
    engine.run = async (key, runFilter, job) => {
      if (gated) {
        gated = false;
        entered();
        await released;
      }
      return run(key, runFilter, job);
    };
    const older = await service.open(LOCAL_EDITOR, 'ws1');
    const pending = service.compute(older, filter, { kind: 'size' });
    await waiting;
    db.state = { ...(db.state as AnalyticsStateRow), dataRevision: 2, graphRevision: 2 };
    const newer = await service.open(LOCAL_EDITOR, 'ws1');
    await service.compute(newer, filter, { kind: 'tierMatrix' });
    release();
    expect(await pending).toEqual({ actorCount: 3, relationCount: 2 });
    // One load per revision: the older graph was not dropped under its computation and reloaded.
    expect(service.stats.graphLoads).toBe(2);
    // Once the computation is done, the older graph leaves the engine.
    expect(engine.has(older.graphKey)).toBe(false);
    expect(engine.has(newer.graphKey)).toBe(true);
  });

  it('loads the graph again and retries once when the engine has lost it', async () => {
    const scope = await service.open(LOCAL_EDITOR, 'ws1');
    await service.compute(scope, filter, { kind: 'size' });
    engine.drop(scope.graphKey);
    expect(await service.compute(scope, filter, { kind: 'tierMatrix' })).toHaveProperty('tiers');
    expect(service.stats.graphLoads).toBe(2);
  });

  it('turns an actor id missing from the visible graph into NOT_FOUND naming the argument', async () => {
    const scope = await service.open(ANONYMOUS, 'ws1');
    const error = await service
      .compute(scope, filter, { kind: 'suggestedLinks', actorId: 'c', top: 5 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'actorId', id: 'c' });
    const paths = service.compute(scope, filter, {
      kind: 'paths',
      from: 'a',
      to: 'c',
      k: 1,
      types: null,
      modes: null,
      minConfidence: null,
      weighted: false,
    });
    await expect(paths).rejects.toMatchObject({ extensions: { field: 'to' } });
  });

  it('answers NOT_FOUND on workspace when the workspace is absent or hidden', async () => {
    db.state = null;
    await expect(service.open(LOCAL_EDITOR, 'nope')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND', field: 'workspace' },
    });
  });

  it('answers every analysis on a workspace without actors', async () => {
    db.rows = { all: [], public: [] };
    const scope = await service.open(LOCAL_EDITOR, 'ws1');
    const kinds = ['size', 'tierMatrix', 'silos', 'deliveryWithoutVoice'] as const;
    for (const kind of kinds) await expect(service.compute(scope, filter, { kind })).resolves.toBeDefined();
    await expect(service.compute(scope, filter, { kind: 'brokers', top: 5, actorId: null })).resolves.toMatchObject({
      actorCount: 0,
    });
    await expect(
      service.compute(scope, filter, { kind: 'gaps', theme: 'reception', suggestionsPerGap: 3 }),
    ).resolves.toMatchObject({ pairs: [] });
    await expect(service.compute(scope, filter, { kind: 'funding', dependenceThreshold: 0.5 })).resolves.toMatchObject({
      recipients: [],
    });
    await expect(
      service.compute(scope, filter, { kind: 'suggestedLinks', actorId: null, top: 5 }),
    ).resolves.toMatchObject({ suggestions: [] });
    await expect(service.compute(scope, filter, { kind: 'diff', from: '2015', to: '2020' })).resolves.toMatchObject({
      addedRelationIds: [],
    });
  });

  it('bounds the result cache', async () => {
    const small = new AnalyticsService(db as unknown as Database, {
      engine: new InlineAnalyticsEngine(),
      maxResults: 2,
    });
    const scope = await small.open(LOCAL_EDITOR, 'ws1');
    for (const kind of ['size', 'tierMatrix', 'silos'] as const) await small.compute(scope, filter, { kind });
    expect(small.cacheSizes().results).toBe(2);
    await small.close();
  });
});

describe('analytics repository', () => {
  it('makes the revision of the viewer’s visibility class, and adds built-in themes', async () => {
    const db = new FakeDatabase();
    const state = await readAnalyticsState(db as unknown as Database, LOCAL_EDITOR, 'ws1');
    expect(state.revision).toBe('all:1');
    expect((await readAnalyticsState(db as unknown as Database, ANONYMOUS, 'ws1')).revision).toMatch(/^public:/);
    expect(state.themeIds.has('reception')).toBe(true);
    expect(state.themeIds.has('own-theme')).toBe(true);
    db.state = { workspaceId: 'ws1', dataRevision: 0, graphRevision: 0, themeIds: [] };
    expect((await readAnalyticsState(db as unknown as Database, LOCAL_EDITOR, 'ws1')).revision).toBe('all:0');
  });

  it('turns rows into analytics data with the defaults of absent properties', async () => {
    const data = await loadAnalyticsGraph(new FakeDatabase() as unknown as Database, LOCAL_EDITOR, 'ws1');
    expect(data.actors.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(data.actors[0]).toMatchObject({ originCountries: [], themes: ['reception'], tier: 'LOCAL' });
    expect(data.relations[0]).toEqual({
      id: 'r1',
      type: 'PARTNERS_WITH',
      source: 'a',
      target: 'b',
      directed: true,
      mode: null,
      engagement: null,
      formal: null,
      themes: [],
      since: null,
      until: null,
      amount: null,
      currency: null,
      confidence: 1,
      strength: null,
      role: null,
    });
  });

  it('drops relations whose target is not a loaded actor (deleted, or hidden from the viewer)', async () => {
    const db = new FakeDatabase();
    db.rows.all = [
      { actor: actor('a'), out: [relation('r1', 'b'), relation('r-hidden', 'hidden'), relation('r-gone', 'gone')] },
      { actor: actor('b'), out: [relation('r2', 'a')] },
    ];
    const data = await loadAnalyticsGraph(db as unknown as Database, LOCAL_EDITOR, 'ws1');
    expect(data.relations.map((r) => [r.id, r.source, r.target])).toEqual([
      ['r1', 'a', 'b'],
      ['r2', 'b', 'a'],
    ]);
  });
});
