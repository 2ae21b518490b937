/**
 * Analyses are weighed before they run (api/src/analytics/analytics-budget.ts): by their kind and
 * their map's size, aliases under other arguments multiplying the cost and identical ones sharing
 * it. Here the limit is lowered (ANALYTICS_MAX_COST=100) so that a small map shows the rule: one
 * full pass over a map under 1,000 elements weighs 46.
 */
import { analysisCost, ANALYSIS_COST_PER_1000 } from '../../../api/src/analytics/analytics-budget';
import { analyticsServiceFor } from '../../../api/src/analytics/analytics-service';
import { createActor, createRelation } from '../../helpers/domain-fixture';
import { startTestApi, type TestApi } from '../../helpers/test-api';
import { createTestWorkspace, dataOf, type TestWorkspace } from '../../helpers/workspace-fixture';

const FULL_PASS = `tierMatrix { tiers { count } } silos { componentCount } gaps(theme: "reception") { gapCount }
  coverage { cells { actorCount } } deliveryWithoutVoice { civilSocietyActorId } funding { dependentCount }
  brokers { actorCount } suggestedLinks { suggestions { score } } partners(actorId: $a) { candidates { actorId } }
  paths(from: $a, to: $b) { paths { length } } diff(from: "2015-01-01", to: "2020-01-01") { addedRelationIds }`;

describe('the analytics budget', () => {
  let api: TestApi;
  let ws: TestWorkspace;
  let a: string;
  let b: string;

  beforeAll(async () => {
    api = await startTestApi({ env: { ANALYTICS_MAX_COST: '100' } });
    ws = await createTestWorkspace(api, 'analytics-budget');
    a = (
      await createActor(api, ws.id, { name: 'City Office', tier: 'LOCAL', kind: 'MUNICIPALITY', themes: ['reception'] })
    ).id;
    b = (await createActor(api, ws.id, { name: 'Ministry', tier: 'NATIONAL', kind: 'MINISTRY' })).id;
    await createRelation(api, ws.id, { type: 'CONSULTS', sourceId: a, targetId: b });
  });
  afterAll(async () => {
    await ws.remove();
    await api.close();
  });

  const post = async (query: string, variables: Record<string, unknown>) => {
    const response = await fetch(`${api.origin}/graphql`, {
      method: 'POST',
      headers: { ...api.admin!.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: unknown; errors?: Array<{ extensions: Record<string, unknown> }> },
    };
  };

  it('answers one full pass of every analysis over a small map', async () => {
    const answer = await post(`query($ws: ID!, $a: ID!, $b: ID!) { analytics(workspace: $ws) { ${FULL_PASS} } }`, {
      ws: ws.id,
      a,
      b,
    });
    expect(answer.status).toBe(200);
    expect(dataOf(answer.body)).toHaveProperty('analytics.brokers.actorCount', 2);
  });

  it('counts identical aliases once: they share one computation', async () => {
    const aliases = Array.from({ length: 10 }, (_, i) => `x${i}: analytics(workspace: $ws) { ${FULL_PASS} }`);
    const answer = await post(`query($ws: ID!, $a: ID!, $b: ID!) { ${aliases.join(' ')} }`, { ws: ws.id, a, b });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });

  it('refuses aliases that multiply the work, before computing anything', async () => {
    const service = analyticsServiceFor(api.db);
    const before = { ...service.stats };
    // Three slices (three asOf dates): three full passes, 138 > 100.
    const aliases = ['2019-01-01', '2020-01-01', '2021-01-01'].map(
      (day, i) => `x${i}: analytics(workspace: $ws, asOf: "${day}") { ${FULL_PASS} }`,
    );
    const answer = await post(`query($ws: ID!, $a: ID!, $b: ID!) { ${aliases.join(' ')} }`, { ws: ws.id, a, b });
    expect(answer.status).toBe(400);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors).toHaveLength(1);
    const extensions = answer.body.errors![0]!.extensions;
    expect(extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 138, maxCost: 100 });
    expect(extensions.analyses).toHaveLength(33);
    expect(service.stats.resultMisses).toBe(before.resultMisses);
    expect(service.stats.graphLoads).toBe(before.graphLoads);
  });

  it('counts analyses reached through fragments and under other arguments', async () => {
    /** `slices` analytics fields (no filter, then one country each), all through fragments. */
    const throughFragments = (countries: string[]) => `query($ws: ID!) { ...Slices }
       fragment Slices on Query {
         all: analytics(workspace: $ws) { ...Heavy }
         ${countries.map((country) => `${country}: analytics(workspace: $ws, filter: { countries: ["${country}"] }) { ...Heavy }`).join('\n')}
       }
       fragment Heavy on Analytics {
         brokers { actorCount } b10: brokers(top: 10) { actorCount } gaps(theme: "reception") { gapCount }
         silos { componentCount } suggestedLinks { suggestions { score } }
       }`;
    // Per slice: brokers twice (two argument sets) 24, gaps 7, silos 5, suggestions 8 = 44; two slices 88.
    const answer = await post(throughFragments(['DE']), { ws: ws.id });
    expect(answer.body.errors).toBeUndefined();
    const refused = await post(throughFragments(['DE', 'FR']), { ws: ws.id });
    expect(refused.status).toBe(400);
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', cost: 132 });
  });

  it('does not count fields that compute nothing, nor other queries', async () => {
    const aliases = Array.from(
      { length: 20 },
      (_, i) => `x${i}: analytics(workspace: $ws, asOf: "20${10 + i}-01-01") { revision asOf actorCount }`,
    );
    const answer = await post(`query($ws: ID!) { ${aliases.join(' ')} }`, { ws: ws.id });
    expect(answer.body.errors).toBeUndefined();
  });

  it('runs one computation for concurrent identical requests, whoever sends them', async () => {
    // A new revision, so that nothing is cached yet.
    await createActor(api, ws.id, { name: 'Newcomer', tier: 'REGIONAL', kind: 'NGO' });
    const service = analyticsServiceFor(api.db);
    const before = { ...service.stats };
    const query = `query($ws: ID!) { analytics(workspace: $ws) { brokers { actorCount } silos { componentCount } } }`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(query, { ws: ws.id })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
    expect(service.stats.graphLoads - before.graphLoads).toBe(1);
    // Two analyses, each computed once; the other requests waited for them or found them cached.
    expect(service.stats.resultMisses - before.resultMisses).toBe(2);
  });

  it('weighs an analysis by the size of its map', () => {
    const brokers = { workspace: 'w', slice: '[]', field: 'brokers', args: '{}' };
    expect(analysisCost(brokers, 10)).toBe(ANALYSIS_COST_PER_1000.brokers);
    // The 10,000-actor, 40,000-relation map: 600 reference ms, as measured (BENCHMARKS.md).
    expect(analysisCost(brokers, 50_000)).toBe(600);
    expect(analysisCost(brokers, 500_000)).toBe(6000);
    expect(analysisCost({ ...brokers, field: 'suggestedLinks', args: '{"actorId":"x"}' }, 50_000)).toBe(50);
    expect(analysisCost({ ...brokers, field: 'suggestedLinks' }, 50_000)).toBe(400);
  });
  it('weighs a diff’s measure fields on top of the diff, only when one is selected', async () => {
    const diffs = (selection: string) =>
      ['2015', '2016', '2017'].map((from, i) => `d${i}: diff(from: "${from}", to: "2020") { ${selection} }`).join(' ');
    const query = (selection: string) => `query($ws: ID!) { analytics(workspace: $ws) { ${diffs(selection)} } }`;
    // Three record diffs: 3 × 2.
    const records = await post(query('addedRelationIds'), { ws: ws.id });
    expect(records.status).toBe(200);
    expect(records.body.errors).toBeUndefined();
    // With a measure field each also runs the measure diff: 3 × (2 + 40) > 100, refused before computing.
    const measures = await post(query('addedRelationIds brokerageChanges { actorId }'), { ws: ws.id });
    expect(measures.status).toBe(400);
    const extensions = measures.body.errors![0]!.extensions;
    expect(extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      cost: 3 * (ANALYSIS_COST_PER_1000.diff! + ANALYSIS_COST_PER_1000.diffMeasures!),
    });
    expect((extensions.analyses as Array<{ field: string }>).filter((a) => a.field === 'diffMeasures')).toHaveLength(3);
    // One diff with its measures fits.
    const one = await post(
      `query($ws: ID!) { analytics(workspace: $ws) { diff(from: "2015", to: "2020") { gapsClosed { theme } } } }`,
      { ws: ws.id },
    );
    expect(one.status).toBe(200);
    expect(one.body.errors).toBeUndefined();
  });
});
