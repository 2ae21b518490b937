import {
  checkAnalyticsFilter,
  checkDependenceThreshold,
  checkDiffDates,
  checkPartnerArgs,
  checkPathArgs,
  checkTheme,
  checkTop,
} from '../../../api/src/analytics/analytics-args';
import { BadUserInputError } from '../../../api/src/errors';

const THEMES = new Set(['reception', 'protection']);

function fieldOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof BadUserInputError) return error.extensions.field;
    throw error;
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('analytics argument checks', () => {
  it('normalises the filter so equal filters give equal cache keys', () => {
    const a = checkAnalyticsFilter(
      '2020-01-01',
      { themes: ['reception', 'protection', 'reception'], types: [] },
      THEMES,
    );
    const b = checkAnalyticsFilter('2020-01-01', { themes: ['protection', 'reception'] }, THEMES);
    expect(a).toEqual(b);
    expect(a).toEqual({
      asOf: '2020-01-01',
      themes: ['protection', 'reception'],
      types: null,
      modes: null,
      countries: null,
      minConfidence: null,
      eventLayer: 'EXCLUDED',
      crossBorder: null,
    });
  });

  it('names the field of each bad value', () => {
    expect(fieldOf(() => checkAnalyticsFilter('2020-02-30', null, THEMES))).toBe('asOf');
    expect(fieldOf(() => checkAnalyticsFilter(null, { themes: ['nope'] }, THEMES))).toBe('filter.themes.0');
    expect(fieldOf(() => checkAnalyticsFilter(null, { countries: ['GR', 'gr'] }, THEMES))).toBe('filter.countries.1');
    expect(fieldOf(() => checkAnalyticsFilter(null, { minConfidence: -0.1 }, THEMES))).toBe('filter.minConfidence');
    expect(fieldOf(() => checkTop(0, 20))).toBe('top');
    expect(fieldOf(() => checkTop(2.5, 20))).toBe('top');
    expect(fieldOf(() => checkTheme('nope', THEMES))).toBe('theme');
    expect(fieldOf(() => checkDependenceThreshold(-1))).toBe('dependenceThreshold');
    expect(fieldOf(() => checkPathArgs({ k: 11 }))).toBe('k');
    expect(fieldOf(() => checkPathArgs({ minConfidence: 2 }))).toBe('minConfidence');
    expect(fieldOf(() => checkPartnerArgs({ tiers: null, top: 501 }, THEMES))).toBe('top');
    expect(fieldOf(() => checkPartnerArgs({ corridor: { origin: 'SN', destination: 'sp' } }, THEMES))).toBe(
      'corridor.destination',
    );
    expect(fieldOf(() => checkPartnerArgs({ corridor: { origin: null } }, THEMES))).toBe('corridor');
    expect(fieldOf(() => checkDiffDates('2019-02', '2019-01-31'))).toBe('to');
    expect(fieldOf(() => checkDiffDates('yesterday', '2019'))).toBe('from');
  });

  it('reads a cross-border request as a corridor or every country, and the event layer as given', () => {
    const corridor = checkAnalyticsFilter(
      null,
      { crossBorder: { origin: 'SN', transit: ['MA'], destination: 'ES' }, eventLayer: 'PROJECTED' },
      THEMES,
    );
    expect(corridor).toMatchObject({ crossBorder: { countries: ['ES', 'MA', 'SN'] }, eventLayer: 'PROJECTED' });
    expect(checkAnalyticsFilter(null, { crossBorder: { everyCountry: true } }, THEMES).crossBorder).toEqual({
      countries: null,
    });
  });

  it('refuses a cross-border request that says neither where nor everywhere, or both, or a bad country', () => {
    expect(fieldOf(() => checkAnalyticsFilter(null, { crossBorder: {} }, THEMES))).toBe('filter.crossBorder');
    expect(fieldOf(() => checkAnalyticsFilter(null, { crossBorder: { origin: 'SN' } }, THEMES))).toBe(
      'filter.crossBorder',
    );
    expect(
      fieldOf(() =>
        checkAnalyticsFilter(null, { crossBorder: { origin: 'SN', destination: 'ES', everyCountry: true } }, THEMES),
      ),
    ).toBe('filter.crossBorder.everyCountry');
    expect(
      fieldOf(() => checkAnalyticsFilter(null, { crossBorder: { origin: 'XX', destination: 'ES' } }, THEMES)),
    ).toBe('filter.crossBorder.origin');
    expect(
      fieldOf(() =>
        checkAnalyticsFilter(null, { crossBorder: { origin: 'SN', transit: ['ma'], destination: 'ES' } }, THEMES),
      ),
    ).toBe('filter.crossBorder.transit.0');
  });

  it('keeps a corridor with one end open', () => {
    expect(checkPartnerArgs({ corridor: { origin: 'SN' } }, THEMES).corridor).toEqual({
      origin: 'SN',
      destination: null,
    });
  });

  it('fills in the defaults', () => {
    expect(checkTop(null, 20)).toBe(20);
    expect(checkDependenceThreshold(undefined)).toBe(0.5);
    expect(checkPathArgs({})).toEqual({ k: 3, types: null, modes: null, minConfidence: null, weighted: false });
    expect(checkPartnerArgs({}, THEMES)).toEqual({
      themes: null,
      countries: null,
      tiers: null,
      kinds: null,
      corridor: null,
      top: 20,
    });
    expect(() => checkDiffDates('2019', '2019-06')).not.toThrow();
  });
});
