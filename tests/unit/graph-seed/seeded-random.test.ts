import { SeededRandom, WeightedChoice } from '../../../graph-seed/src/seeded-random';

/** bryc's reference mulberry32, transcribed as published, to cross-check the class. */
function referenceMulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    let t = (a += 0x6d2b79f5);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('SeededRandom', () => {
  it('produces the reference mulberry32 sequence for a seed', () => {
    const rng = new SeededRandom(42);
    const reference = referenceMulberry32(42);
    for (let i = 0; i < 1000; i++) expect(rng.next()).toBe(reference());
  });

  it('repeats itself for the same seed and differs for another', () => {
    const draw = (seed: number) =>
      Array.from(
        { length: 5 },
        (
          (rng) => () =>
            rng.next()
        )(new SeededRandom(seed)),
      );
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('draws integers inside the closed range and reaches both ends', () => {
    const rng = new SeededRandom(5);
    const seen = new Set(Array.from({ length: 2000 }, () => rng.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('matches the requested mean for geometric and median for log-normal draws', () => {
    const rng = new SeededRandom(9);
    const n = 20000;
    const geometric = Array.from({ length: n }, () => rng.geometric(3));
    expect(geometric.reduce((s, x) => s + x, 0) / n).toBeCloseTo(3, 0);
    const logNormal = Array.from({ length: n }, () => rng.logNormal(1000, 1)).sort((a, b) => a - b);
    expect(logNormal[n / 2]! / 1000).toBeGreaterThan(0.95);
    expect(logNormal[n / 2]! / 1000).toBeLessThan(1.05);
  });

  it('shuffles into a permutation', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const shuffled = new SeededRandom(3).shuffle([...items]);
    expect(shuffled).not.toEqual(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
  });
});

describe('WeightedChoice', () => {
  it('draws values in proportion to their weights', () => {
    const choice = WeightedChoice.of({ a: 1, b: 3, c: 0 });
    const rng = new SeededRandom(11);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20000; i++) counts[choice.draw(rng)] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.8);
    expect(counts.b / counts.a).toBeLessThan(3.2);
  });

  it('refuses an empty distribution', () => {
    expect(() => new WeightedChoice([])).toThrow(RangeError);
  });
});
