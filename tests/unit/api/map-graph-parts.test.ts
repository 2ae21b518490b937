import { MAX_MAP_PARTS, mapGraphRanges, type IdRange } from '../../../api/src/repositories/map-graph-parts';
import { BadUserInputError } from '../../../api/src/errors';

const inRange = (id: string, { from, to }: IdRange) => id >= from && (to === null || id < to);

describe('mapGraphRanges', () => {
  it('gives the whole id space in two halves for one part', () => {
    expect(mapGraphRanges(0, 1)).toEqual([
      { from: '', to: '80' },
      { from: '80', to: null },
    ]);
  });

  it('splits four parts on two-digit hex prefixes', () => {
    expect(mapGraphRanges(0, 4)).toEqual([
      { from: '', to: '20' },
      { from: '20', to: '40' },
    ]);
    expect(mapGraphRanges(3, 4)).toEqual([
      { from: 'c0', to: 'e0' },
      { from: 'e0', to: null },
    ]);
  });

  it('puts every id, hex or not, in exactly one range of one part', () => {
    const ids = ['', '0', '00', '0fff', '1f', '20', '7fffffff', '80', 'c0ffee', 'ff', 'ffff', 'g', 'Z', '~~'];
    for (const parts of [1, 2, 4, 8, 64]) {
      const ranges = Array.from({ length: parts }, (_, part) => mapGraphRanges(part, parts)).flat();
      for (const id of ids)
        expect([id, parts, ranges.filter((range) => inRange(id, range)).length]).toEqual([id, parts, 1]);
    }
  });

  it('refuses a part count that is not a power of two up to the maximum, naming the field', () => {
    for (const parts of [0, 3, 128, 2.5, -4]) {
      expect(() => mapGraphRanges(0, parts)).toThrow(BadUserInputError);
      expect(() => mapGraphRanges(0, parts)).toThrow(`parts: must be a power of two from 1 to ${MAX_MAP_PARTS}`);
    }
  });

  it('refuses a part outside 0…parts − 1', () => {
    expect(() => mapGraphRanges(4, 4)).toThrow('part: must be from 0 to 3 (got 4)');
    expect(() => mapGraphRanges(-1, 4)).toThrow('part: must be from 0 to 3 (got -1)');
  });
});
