import { exportTitle } from '../../../web/src/features/sharing/export-title';
import { EMPTY_FILTERS } from '../../../web/src/lib/view-state';

const base = {
  workspace: 'Seed ecosystem',
  lens: 'Gaps',
  filters: EMPTY_FILTERS,
  asOf: null,
  gapTheme: null,
  themeLabel: (id: string) => ({ reception: 'Reception' })[id] ?? id,
  exportedOn: '2026-12-07',
};

describe('exportTitle', () => {
  it('names the workspace and lens, says there is no filter, all dates and the day of the export', () => {
    expect(exportTitle(base)).toEqual({
      title: 'Seed ecosystem — Gaps lens',
      details: ['No filters: every actor and relation', 'All dates · exported from Tiermap on 2026-12-07'],
    });
  });

  it('writes the gap theme and every filter in words, themes by label, countries by code', () => {
    const { details } = exportTitle({
      ...base,
      gapTheme: 'reception',
      asOf: '2019-03',
      filters: {
        ...EMPTY_FILTERS,
        tiers: ['LOCAL', 'NATIONAL'],
        themes: ['reception'],
        countries: ['GR'],
        kinds: ['UN_AGENCY'],
      },
    });
    expect(details).toEqual([
      'Gaps on Reception',
      'Filters: Tier: Local, National; Kind: UN agency; Theme: Reception; Country: GR',
      'As of March 2019 · exported from Tiermap on 2026-12-07',
    ]);
  });
});
