import { degreeStats } from '../../../graph-seed/src/degree-stats';

const actors = ['a', 'b', 'c', 'd', 'e'].map((externalId) => ({ externalId }));
const rel = (source: string, target: string) => ({ source, target });

describe('degreeStats', () => {
  it('counts each relation at both ends and bins degrees on a log2 scale', () => {
    // a: 4, b: 2, c: 1, d: 1, e: 0
    const stats = degreeStats({
      actors: actors as never,
      relations: [rel('a', 'b'), rel('a', 'c'), rel('a', 'd'), rel('b', 'a')] as never,
    });
    expect(stats).toMatchObject({ actors: 5, relations: 4, mean: 8 / 5, median: 1, max: 4, shareAtLeast10: 0 });
    expect(stats.histogram).toEqual([
      { from: 0, to: 0, actors: 1 },
      { from: 1, to: 1, actors: 2 },
      { from: 2, to: 3, actors: 1 },
      { from: 4, to: 7, actors: 1 },
    ]);
  });

  it('takes the mean of the middle pair as the median of an even count', () => {
    // a: 2, b: 1, c: 2, d: 1
    const stats = degreeStats({
      actors: actors.slice(0, 4) as never,
      relations: [rel('a', 'b'), rel('c', 'd'), rel('a', 'c')] as never,
    });
    expect(stats.median).toBe(1.5);
  });

  it('counts the share of actors with ten or more relations and ignores endpoints that are not actors', () => {
    const spokes = Array.from({ length: 10 }, (_, i) => ({ externalId: `x${i}` }));
    const stats = degreeStats({
      actors: [...actors, ...spokes] as never,
      relations: [...spokes.map((x) => rel('a', x.externalId)), rel('a', 'ghost')] as never,
    });
    expect(stats.actors).toBe(15);
    expect(stats.max).toBe(11);
    expect(stats.shareAtLeast10).toBeCloseTo(1 / 15);
  });
});
