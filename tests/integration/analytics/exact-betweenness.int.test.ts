import { InlineAnalyticsEngine } from '../../../api/src/analytics/analytics-engine';
import { analyticsServiceFor } from '../../../api/src/analytics/analytics-service';
import { dataOf } from '../../helpers/workspace-fixture';
import { buildAnalyticsFixture, type AnalyticsFixture } from './analytics-fixture';

interface BrokersAnswer {
  brokers: {
    method: string;
    exactPending: boolean;
    pivots: number | null;
    errorBound: number | null;
    actorCount: number;
    actors: Array<{ actorId: string; betweenness: number; betweennessStandardError: number | null }>;
  };
}

const SELECTION =
  'brokers(top: 3) { method exactPending pivots errorBound actorCount actors { actorId betweenness betweennessStandardError } }';

/**
 * Exact betweenness summed in the background (api/src/analytics/background-betweenness.ts), on the
 * analytics fixture with the exact limit lowered to 3 actors, so its 9 actors are "large": the first
 * answer is sampled, and later ones are exact from the cache, as networkx computes them.
 */
describe('exact betweenness in the background', () => {
  let fx: AnalyticsFixture;
  const brokers = async (anonymous = false) =>
    dataOf(await fx.analytics<BrokersAnswer>(SELECTION, { anonymous })).analytics.brokers;
  /** Asks until the answer is no longer pending (the background run finished), at most ~5 s. */
  const settled = async (anonymous = false) => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const answer = await brokers(anonymous);
      if (!answer.exactPending) return answer;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('exact betweenness never arrived');
  };

  beforeAll(async () => {
    fx = await buildAnalyticsFixture('exact-betweenness');
    // The service is created on first use: these options hold for the whole test.
    analyticsServiceFor(fx.api.db, {
      engine: new InlineAnalyticsEngine({ betweennessExactLimit: 3, betweennessPivots: 2 }),
      // Two sources per part: the nine sources are summed in five parts.
      exactBetweenness: { workPerPart: 18 },
    });
  });
  afterAll(() => fx.close());

  it('answers sampled first, says exact values are coming, then serves them from the cache', async () => {
    const first = await brokers();
    expect(first).toMatchObject({ method: 'SAMPLED', exactPending: true, pivots: 2, actorCount: 9 });
    expect(first.errorBound).toBeGreaterThan(0);

    const exact = await settled();
    expect(exact).toMatchObject({ method: 'EXACT_FROM_CACHE', exactPending: false, pivots: null, errorBound: null });
    // networkx.betweenness_centrality(normalized=True) on the cooperative graph: 0.232142857… for both.
    // Tied, so ranked by id, however the parts' sums were added up.
    const tied = exact.actors.slice(0, 2).map((row) => row.actorId);
    expect(tied).toEqual([fx.actor.A1, fx.actor.A3].sort());
    expect(exact.actors[0]?.betweenness).toBeCloseTo(0.23214285714285712, 12);
    expect(exact.actors[1]?.betweenness).toBeCloseTo(0.23214285714285712, 12);
    expect(exact.actors[0]?.betweennessStandardError).toBeNull();
  });

  it('keeps one run per viewer class: an anonymous visitor gets its own exact values', async () => {
    const exact = await settled(true);
    expect(exact).toMatchObject({ method: 'EXACT_FROM_CACHE', actorCount: 8 });
    // Without the restricted shelter and tie, the ministry alone holds the network together.
    expect(fx.keyOf(exact.actors[0]?.actorId ?? '')).toBe('A3');
    expect(exact.actors[0]?.betweenness).toBeCloseTo(0.38095238095238093, 12);
  });

  it('starts again after a change and never serves the old exact values for the new graph', async () => {
    await settled();
    // A tie from the lonely forum to the NGO: A9 joins the graph and the ranking changes.
    dataOf(
      await fx.api.gql(
        'mutation($ws: ID!, $input: RelationInput!) { createRelation(workspace: $ws, input: $input) { id } }',
        { ws: fx.workspace.id, input: { type: 'PARTNERS_WITH', sourceId: fx.actor.A9, targetId: fx.actor.A2 } },
      ),
    );
    const after = await brokers();
    expect(after).toMatchObject({ method: 'SAMPLED', exactPending: true });
    const exact = await settled();
    expect(exact.method).toBe('EXACT_FROM_CACHE');
    // A2 now lies between A9 and everyone else. networkx on the new graph gives these three values.
    expect(exact.actors.map((row) => fx.keyOf(row.actorId))).toEqual(['A1', 'A2', 'A3']);
    [0.3571428571428571, 0.2857142857142857, 0.25].forEach((value, i) =>
      expect(exact.actors[i]?.betweenness).toBeCloseTo(value, 12),
    );
  });
});
