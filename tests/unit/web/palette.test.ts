import {
  contrastRatio,
  heatColours,
  MIN_TEXT_CONTRAST,
  relativeLuminance,
  TEXT_COLOUR,
} from '../../../web/src/lib/palette';

describe('contrastRatio', () => {
  it('matches the WCAG 2 definition on known pairs', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    // The pairs axe-core reported before: white on the old heatmap blue, the old warning orange on its tag.
    expect(contrastRatio('#ffffff', '#65aad0')).toBeCloseTo(2.56, 2);
    expect(contrastRatio('#b25c00', '#fff4e5')).toBeCloseTo(4.37, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('heatColours', () => {
  const values = Array.from({ length: 1001 }, (_, i) => i / 1000);

  it('gives every value on the scale a text colour that meets WCAG AA on its background', () => {
    const failing = values
      .map((value) => ({ value, ...heatColours(value) }))
      .filter(({ background, color }) => contrastRatio(background, color) < MIN_TEXT_CONTRAST);
    expect(failing).toEqual([]);
  });

  it('uses the page text colour on light cells and white on dark ones', () => {
    expect(heatColours(0)).toEqual({ background: '#e8f1f8', color: TEXT_COLOUR });
    expect(heatColours(1)).toEqual({ background: '#003a5c', color: '#ffffff' });
  });

  it('never gets lighter as the value grows', () => {
    const luminances = values.map((value) => relativeLuminance(heatColours(value).background));
    for (let i = 1; i < luminances.length; i++) expect(luminances[i]).toBeLessThanOrEqual(luminances[i - 1]! + 1e-12);
  });

  it('clamps values off the scale', () => {
    expect(heatColours(-3)).toEqual(heatColours(0));
    expect(heatColours(7)).toEqual(heatColours(1));
    expect(heatColours(Number.NaN)).toEqual(heatColours(0));
  });
});
