import { diffSequences, diffSets, diffValues } from '../../bench/answer-diff';

describe('diffSets', () => {
  it('finds nothing when both sides hold the same values in any order', () => {
    expect(diffSets('actors', ['a', 'b'], ['b', 'a'])).toEqual([]);
  });

  it('names what only one side has, and repeats', () => {
    expect(diffSets('actors', ['a', 'b', 'b'], ['a', 'c'])).toEqual([
      'actors: only Tiermap has b',
      'actors: only the peer has c',
      'actors: Tiermap repeats values',
    ]);
  });
});

describe('diffSequences', () => {
  it('names the first position that differs, including a missing tail', () => {
    expect(diffSequences('page', ['a', 'b'], ['a', 'b'])).toEqual([]);
    expect(diffSequences('page', ['a', 'b'], ['b', 'a'])).toEqual(['page: position 0 is a in Tiermap, b in the peer']);
    expect(diffSequences('page', ['a', 'b'], ['a'])).toEqual([
      'page: position 1 is b in Tiermap, (absent) in the peer',
    ]);
  });
});

describe('diffValues', () => {
  it('reports unequal values only', () => {
    expect(diffValues('totalCount', 3, 3)).toEqual([]);
    expect(diffValues('totalCount', 3, 4)).toEqual(['totalCount: 3 in Tiermap, 4 in the peer']);
  });
});
