import {
  analysisFilter,
  DEFAULT_ANALYSIS,
  readCrossBorder,
  writeCrossBorder,
} from '../../../web/src/lib/analysis-options';
import { analyticsVariables } from '../../../web/src/lib/analytics-variables';
import { EMPTY_FILTERS, formatViewState, parseViewState } from '../../../web/src/lib/view-state';

describe('the analysis options in the URL (event layer, cross-border reading, weighted ties, rank by)', () => {
  it('reads the defaults from a URL without them, and writes none of them back', () => {
    const view = parseViewState('?workspace=seed');
    expect(view.analysis).toEqual(DEFAULT_ANALYSIS);
    expect(formatViewState(view)).toBe('?workspace=seed');
  });

  it('round-trips every option', () => {
    const search = '?workspace=seed&lens=brokers&events=INCLUDED&xb=SN-MA-ES&weighted=1&rankBy=PAGE_RANK';
    const view = parseViewState(search);
    expect(view.analysis).toEqual({
      eventLayer: 'INCLUDED',
      crossBorder: { kind: 'CORRIDOR', countries: ['SN', 'MA', 'ES'] },
      weighted: true,
      rankBy: 'PAGE_RANK',
    });
    expect(formatViewState(view)).toBe(search);
    const every = parseViewState('?workspace=seed&events=PROJECTED&xb=every');
    expect(every.analysis).toMatchObject({ eventLayer: 'PROJECTED', crossBorder: { kind: 'EVERY_COUNTRY' } });
    expect(formatViewState(every)).toBe('?workspace=seed&events=PROJECTED&xb=every');
  });

  it('falls back to the defaults on unknown or malformed values', () => {
    const view = parseViewState('?workspace=seed&events=ALL&weighted=yes&rankBy=FAME&xb=GR');
    expect(view.analysis).toEqual(DEFAULT_ANALYSIS);
    for (const bad of ['GR', 'gr-es', 'GR-GR', 'GRC-ES', '', 'every-GR', 'A-B-C-D-E-F-G-H'.replace(/[A-H]/g, 'GR')])
      expect(readCrossBorder(bad)).toEqual({ kind: 'NATIONAL' });
    expect(readCrossBorder(null)).toEqual({ kind: 'NATIONAL' });
    expect(writeCrossBorder({ kind: 'NATIONAL' })).toBeNull();
  });

  it('turns the options into the analytics filter, leaving the defaults out', () => {
    expect(analysisFilter(DEFAULT_ANALYSIS)).toEqual({});
    expect(
      analysisFilter({ ...DEFAULT_ANALYSIS, eventLayer: 'INCLUDED', crossBorder: { kind: 'EVERY_COUNTRY' } }),
    ).toEqual({ eventLayer: 'INCLUDED', crossBorder: { everyCountry: true } });
    expect(analysisFilter({ ...DEFAULT_ANALYSIS, crossBorder: { kind: 'CORRIDOR', countries: ['SN', 'ES'] } })).toEqual(
      {
        crossBorder: { origin: 'SN', destination: 'ES' },
      },
    );
    expect(
      analysisFilter({ ...DEFAULT_ANALYSIS, crossBorder: { kind: 'CORRIDOR', countries: ['SN', 'MA', 'ES'] } }),
    ).toEqual({ crossBorder: { origin: 'SN', transit: ['MA'], destination: 'ES' } });
  });

  it('reaches every analytics query through the shared variables, with the map filters', () => {
    const scope = { workspace: 'seed', asOf: null, filters: { ...EMPTY_FILTERS, themes: ['reception'] } };
    expect(analyticsVariables(scope).filter).toEqual({ themes: ['reception'] });
    expect(analyticsVariables({ ...scope, analysis: { ...DEFAULT_ANALYSIS, eventLayer: 'PROJECTED' } }).filter).toEqual(
      { eventLayer: 'PROJECTED', themes: ['reception'] },
    );
    expect(analyticsVariables({ ...scope, filters: EMPTY_FILTERS, analysis: DEFAULT_ANALYSIS }).filter).toBeNull();
  });
});
