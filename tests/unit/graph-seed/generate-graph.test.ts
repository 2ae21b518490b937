import { BUILT_IN_THEMES, TIERS, type Tier } from '../../../api/src/domain/vocabulary';
import { degreeStats } from '../../../graph-seed/src/degree-stats';
import { generateGraph } from '../../../graph-seed/src/generate-graph';
import { communityOf } from '../../../graph-seed/src/synthetic-actors';
import { FUNDER_KINDS, TIER_SHARES } from '../../../graph-seed/src/synthetic-vocabulary';
import { validateGraphFiles } from '../../../graph-seed/src/validate-graph-files';

const graph = generateGraph({ actors: 2000, seed: 42 });
const byId = new Map(graph.actors.map((a) => [a.externalId, a]));
const endpoints = (r: { source: string; target: string }) => [byId.get(r.source)!, byId.get(r.target)!] as const;

describe('generateGraph', () => {
  it('gives identical output for the same seed and different output for another seed', () => {
    const a = generateGraph({ actors: 300, seed: 7 });
    const b = generateGraph({ actors: 300, seed: 7 });
    const c = generateGraph({ actors: 300, seed: 8 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(JSON.stringify(c.relations)).not.toBe(JSON.stringify(a.relations));
    expect(c.actors.map((x) => x.name)).not.toEqual(a.actors.map((x) => x.name));
  });

  it.each([
    [100, 4],
    [2000, 4],
    [1000, 2.5],
    [500, 10],
  ])('makes exactly %i actors and actors × %d relations (±5%%)', (actors, relationsPerActor) => {
    const files = generateGraph({ actors, relationsPerActor, seed: 3 });
    expect(files.actors).toHaveLength(actors);
    expect(Math.abs(files.relations.length - actors * relationsPerActor)).toBeLessThanOrEqual(
      0.05 * actors * relationsPerActor,
    );
  });

  it('names the workspace after size and seed, public', () => {
    expect(graph.workspace).toMatchObject({ slug: 'generated-2000-42', visibility: 'PUBLIC' });
  });

  it('passes validateGraphFiles, every record carrying the synthetic title-only source', () => {
    expect(validateGraphFiles(graph, new Map())).toEqual([]);
    const sources = [...graph.actors, ...graph.relations].map((r) => r.sources);
    expect(
      sources.every((s) => s.length === 1 && s[0]!.title === 'Synthetic data' && s[0]!.document === undefined),
    ).toBe(true);
  });

  it('has no self-loops and never ties the same two actors twice', () => {
    const pairs = graph.relations.map((r) => [r.source, r.target].sort().join('~'));
    expect(graph.relations.filter((r) => r.source === r.target)).toEqual([]);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('keeps tier shares within a percentage point of the plan', () => {
    for (const tier of TIERS) {
      const share = graph.actors.filter((a) => a.tier === tier).length / graph.actors.length;
      expect(Math.abs(share - TIER_SHARES[tier])).toBeLessThan(0.01);
    }
  });

  it('gives kinds that fit the tier and no country above the national tier', () => {
    const tiersOf = (kind: string) => new Set(graph.actors.filter((a) => a.kind === kind).map((a) => a.tier));
    expect(tiersOf('MUNICIPALITY')).toEqual(new Set<Tier>(['LOCAL']));
    expect(tiersOf('MINISTRY')).toEqual(new Set<Tier>(['NATIONAL']));
    expect(tiersOf('UN_AGENCY')).toEqual(new Set<Tier>(['GLOBAL']));
    expect(tiersOf('EU_BODY')).toEqual(new Set<Tier>(['SUPRANATIONAL']));
    const international = graph.actors.filter((a) => a.tier === 'SUPRANATIONAL' || a.tier === 'GLOBAL');
    expect(international.every((a) => a.country === null)).toBe(true);
    const national = graph.actors.filter((a) => a.tier === 'NATIONAL');
    expect(new Set(national.map((a) => a.country)).size).toBe(12);
  });

  it('gives every actor one to three built-in themes, integration the most popular', () => {
    const builtIn = new Set(BUILT_IN_THEMES.map((t) => t.id));
    expect(graph.actors.every((a) => a.themes.length >= 1 && a.themes.length <= 3)).toBe(true);
    expect(graph.actors.every((a) => a.themes.every((t) => builtIn.has(t)))).toBe(true);
    const count = (theme: string) => graph.actors.filter((a) => a.themes.includes(theme)).length;
    expect(count('integration-inclusion')).toBeGreaterThan(3 * count('search-rescue'));
  });

  it('draws far denser ties inside communities than across them, most ties inside', () => {
    const sizes = new Map<string, number>();
    for (const a of graph.actors) sizes.set(communityOf(a), (sizes.get(communityOf(a)) ?? 0) + 1);
    const insidePairs = [...sizes.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
    const allPairs = (graph.actors.length * (graph.actors.length - 1)) / 2;
    const inside = graph.relations.filter((r) => {
      const [a, b] = endpoints(r);
      return communityOf(a) === communityOf(b);
    }).length;
    const densityInside = inside / insidePairs;
    const densityAcross = (graph.relations.length - inside) / (allPairs - insidePairs);
    expect(densityInside).toBeGreaterThan(10 * densityAcross);
    expect(inside / graph.relations.length).toBeGreaterThan(0.7);
  });

  it('has a heavy-tailed degree distribution', () => {
    const stats = degreeStats(graph);
    expect(stats.mean).toBeCloseTo(8, 1);
    expect(stats.median).toBeLessThan(stats.mean);
    expect(stats.max).toBeGreaterThan(10 * stats.median);
  });

  it('gives every FUNDS tie a funder, a positive amount and EUR or USD', () => {
    const funds = graph.relations.filter((r) => r.type === 'FUNDS');
    expect(funds.length).toBeGreaterThan(0.05 * graph.relations.length);
    for (const r of funds) {
      expect(FUNDER_KINDS.has(endpoints(r)[0].kind)).toBe(true);
      expect(r.amount).toBeGreaterThan(0);
      expect(['EUR', 'USD']).toContain(r.currency);
    }
    expect(graph.relations.filter((r) => r.type !== 'FUNDS' && r.amount !== null)).toEqual([]);
  });

  it('makes about 5% of ties adversarial', () => {
    const adversarial = graph.relations.filter((r) => r.type === 'CHALLENGES' || r.mode === 'CONFRONTATION').length;
    expect(adversarial / graph.relations.length).toBeGreaterThan(0.03);
    expect(adversarial / graph.relations.length).toBeLessThan(0.07);
  });

  it('dates ties from 2005 to 2024, about 15% of them ended', () => {
    const years = graph.relations.map((r) => Number(r.since!.slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2005);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    const ended = graph.relations.filter((r) => r.until !== null).length / graph.relations.length;
    expect(ended).toBeGreaterThan(0.12);
    expect(ended).toBeLessThan(0.18);
  });

  it('ties diaspora organisations to their countries of origin (corridors)', () => {
    const diaspora = graph.actors.filter((a) => a.kind === 'DIASPORA_ORGANISATION');
    expect(diaspora.length).toBeGreaterThan(0);
    expect(diaspora.every((a) => a.originCountries.length > 0)).toBe(true);
    const corridorTies = graph.relations.filter((r) => {
      const [a, b] = endpoints(r);
      return (
        (a.originCountries.length > 0 && b.country !== null && a.originCountries.includes(b.country)) ||
        (b.originCountries.length > 0 && a.country !== null && b.originCountries.includes(a.country))
      );
    });
    expect(corridorTies.length).toBeGreaterThan(20);
  });

  it('rejects sizes it cannot honour', () => {
    expect(() => generateGraph({ actors: 1, seed: 1 })).toThrow(RangeError);
    expect(() => generateGraph({ actors: 10, relationsPerActor: 4, seed: 1 })).toThrow(RangeError);
  });
});
