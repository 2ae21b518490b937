import { emphasisRuns } from '../../../web/src/lib/emphasis';

describe('emphasisRuns', () => {
  it('turns the source documents’ **bold** and __bold__ into emphasised runs', () => {
    expect(emphasisRuns('Cities **must** be heard and __funded__ directly.')).toEqual([
      { text: 'Cities ', strong: false },
      { text: 'must', strong: true },
      { text: ' be heard and ', strong: false },
      { text: 'funded', strong: true },
      { text: ' directly.', strong: false },
    ]);
  });

  it('keeps a quote without markers as one plain run, and an empty one as none', () => {
    expect(emphasisRuns('No emphasis here.')).toEqual([{ text: 'No emphasis here.', strong: false }]);
    expect(emphasisRuns('')).toEqual([]);
  });

  it('leaves unmatched or empty markers as written, losing no character of the quote', () => {
    for (const text of ['a ** b', '2 ** 3 = 8', '**** four', 'open **bold without end', 'x__y']) {
      const runs = emphasisRuns(text);
      expect(runs.map((run) => run.text).join('')).toBe(text);
      expect(runs.every((run) => !run.strong)).toBe(true);
    }
  });

  it('emphasises a whole quote and text spanning lines', () => {
    expect(emphasisRuns('**All of it**')).toEqual([{ text: 'All of it', strong: true }]);
    expect(emphasisRuns('**two\nlines**')).toEqual([{ text: 'two\nlines', strong: true }]);
  });
});
