import { relaxInBands, type BandBox, type BandForceInput } from '../../../api/src/graph/band-forces';

/** Two bands 1,000 wide: band 0 with y in [0, 100], band 1 with y in [200, 300]. */
const BOXES: BandBox[] = [
  { minX: 0, maxX: 1000, minY: 0, maxY: 100 },
  { minX: 0, maxX: 1000, minY: 200, maxY: 300 },
];

/** Actors as [x, y, band] and relations as index pairs; returns the input, relaxed in place. */
function relax(actors: [number, number, number][], relations: [number, number][], iterations = 100): BandForceInput {
  const input: BandForceInput = {
    xs: Float64Array.from(actors.map(([x]) => x)),
    ys: Float64Array.from(actors.map(([, y]) => y)),
    band: Int32Array.from(actors.map(([, , band]) => band)),
    boxes: BOXES,
    ends: Int32Array.from(relations.flat()),
    distance: 40,
    iterations,
  };
  relaxInBands(input);
  return input;
}

const distance = ({ xs, ys }: BandForceInput, i: number, j: number) => Math.hypot(xs[i]! - xs[j]!, ys[i]! - ys[j]!);

describe('relaxInBands (the force step of the tier layout)', () => {
  it('draws two related actors of a band together, from opposite ends of the band', () => {
    // Twenty actors along the band in two staggered rows; the first and the last are related.
    const start = Array.from({ length: 20 }, (_, i): [number, number, number] => [25 + i * 50, i % 2 ? 70 : 30, 0]);
    const relaxed = relax(start, [[0, 19]]);
    expect(distance(relaxed, 0, 19)).toBeLessThan(100);
    expect(distance(relaxed, 0, 19)).toBeLessThan(distance(relaxed, 1, 18) / 4);
  });

  it('lines an actor up with its partner in another band along x only, each staying in its own band', () => {
    // Ten actors along each band; p (index 9) at the right of band 0 is related to r (index 10) at the
    // left of band 1.
    const start = [0, 1].flatMap((band) =>
      Array.from({ length: 10 }, (_, i): [number, number, number] => [50 + i * 100, band ? 250 : 50, band]),
    );
    const relaxed = relax(start, [[9, 10]]);
    expect(Math.abs(relaxed.xs[9]! - relaxed.xs[10]!)).toBeLessThan(100);
    relaxed.band.forEach((band, i) => {
      const box = BOXES[band]!;
      expect(relaxed.ys[i]).toBeGreaterThanOrEqual(box.minY);
      expect(relaxed.ys[i]).toBeLessThanOrEqual(box.maxY);
      expect(relaxed.xs[i]).toBeGreaterThanOrEqual(box.minX);
      expect(relaxed.xs[i]).toBeLessThanOrEqual(box.maxX);
    });
  });

  it('pushes apart actors of one band that sit on the same spot, the same way every time', () => {
    const crowd: [number, number, number][] = Array.from({ length: 6 }, () => [500, 50, 0]);
    const relaxed = relax(crowd, []);
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) expect(distance(relaxed, i, j)).toBeGreaterThan(20);
    const again = relax(crowd, []);
    expect([...again.xs]).toEqual([...relaxed.xs]);
    expect([...again.ys]).toEqual([...relaxed.ys]);
  });

  it("gathers a hub's partners in another band under it, and keeps them apart", () => {
    // A hub in the middle of band 0; sixty actors along band 1, every other one a partner of the hub.
    const row = Array.from({ length: 60 }, (_, i): [number, number, number] => [8 + i * 16.5, i % 2 ? 255 : 245, 1]);
    const partners = row.map((_, i) => i + 1).filter((i) => i % 2 === 1);
    const others = row.map((_, i) => i + 1).filter((i) => i % 2 === 0);
    const relaxed = relax(
      [[500, 50, 0], ...row],
      partners.map((i): [number, number] => [0, i]),
    );
    const fromHub = (ids: number[]) =>
      ids.reduce((sum, i) => sum + Math.abs(relaxed.xs[i]! - relaxed.xs[0]!), 0) / ids.length;
    expect(fromHub(partners)).toBeLessThan(fromHub(others) / 3);
    for (let i = 1; i <= 60; i++) for (let j = i + 1; j <= 60; j++) expect(distance(relaxed, i, j)).toBeGreaterThan(20);
  });

  it('does not push apart actors of different bands, even within reach of each other', () => {
    // Band 0 ends at y = 100 and band 1 starts at y = 120: the two actors are 40 apart, inside the
    // push's reach (80), and nothing else moves them.
    const boxes = [
      { minX: 0, maxX: 1000, minY: 0, maxY: 100 },
      { minX: 0, maxX: 1000, minY: 120, maxY: 300 },
    ];
    const input: BandForceInput = {
      xs: Float64Array.from([500, 500]),
      ys: Float64Array.from([90, 130]),
      band: Int32Array.from([0, 1]),
      boxes,
      ends: new Int32Array(0),
      distance: 40,
      iterations: 100,
    };
    relaxInBands(input);
    expect([...input.xs]).toEqual([500, 500]);
    expect([...input.ys]).toEqual([90, 130]);
  });

  it('refuses a distance that is not a positive number', () => {
    const input = (distance: number): BandForceInput => ({
      xs: Float64Array.from([1]),
      ys: Float64Array.from([1]),
      band: Int32Array.from([0]),
      boxes: BOXES,
      ends: new Int32Array(0),
      distance,
      iterations: 10,
    });
    expect(() => relaxInBands(input(0))).toThrow(RangeError);
    expect(() => relaxInBands(input(Number.NaN))).toThrow(RangeError);
  });

  it('leaves the positions alone with no iterations, and accepts an empty map', () => {
    const still = relax([[123, 45, 0]], [], 0);
    expect([...still.xs, ...still.ys]).toEqual([123, 45]);
    expect(() => relax([], [])).not.toThrow();
  });
});
