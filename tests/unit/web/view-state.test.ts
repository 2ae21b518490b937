import { DEFAULT_FUNDING, formatViewState, parseViewState } from '../../../web/src/lib/view-state';
import { sortAmong } from '../../../web/src/lib/sort-rows';

describe('the view state in the URL: pages, sections and invitations', () => {
  it('opens the map by default, and keeps page=map out of the URL', () => {
    const view = parseViewState('?workspace=harbour');
    expect(view.page).toBe('map');
    expect(view.section).toBeNull();
    expect(view.invitation).toBeNull();
    expect(formatViewState(view)).toBe('?workspace=harbour');
  });

  it('round-trips the workspace page with its section', () => {
    const search = '?page=workspaces&section=members&workspace=harbour';
    const view = parseViewState(search);
    expect(view).toMatchObject({ page: 'workspaces', section: 'members', workspace: 'harbour' });
    expect(formatViewState(view)).toBe(search);
  });

  it('drops a section on the map page and unknown pages or sections', () => {
    expect(formatViewState({ ...parseViewState('?workspace=w'), section: 'tokens' })).toBe('?workspace=w');
    expect(parseViewState('?page=admin&section=secrets')).toMatchObject({ page: 'map', section: null });
  });

  it('keeps an invitation link’s token (the accept path is /?invitation=…)', () => {
    const view = parseViewState('?invitation=tmi_abc-DEF_123');
    expect(view.invitation).toBe('tmi_abc-DEF_123');
    expect(formatViewState(view)).toContain('invitation=tmi_abc-DEF_123');
    expect(formatViewState({ ...view, invitation: null })).not.toContain('invitation');
  });
});

describe('the view state in the URL: the shared view (tab, zoom and pan, table filters)', () => {
  const full =
    '?workspace=harbour&lens=gaps&tiers=LOCAL,NATIONAL&themes=reception&countries=GR&types=FUNDS&asOf=2020-03' +
    '&actor=a1&tab=partners&gapTheme=reception&view=relations&q=Athens&tableType=FUNDS&zoom=1.25&center=-120.5,340';

  it('round-trips every part of a shared view', () => {
    const view = parseViewState(full);
    expect(view).toMatchObject({
      lens: 'gaps',
      filters: { tiers: ['LOCAL', 'NATIONAL'], themes: ['reception'], countries: ['GR'], types: ['FUNDS'] },
      asOf: '2020-03',
      actor: 'a1',
      tab: 'partners',
      view: 'relations',
      tableText: 'Athens',
      tableType: 'FUNDS',
      viewport: { zoom: 1.25, center: { x: -120.5, y: 340 } },
    });
    expect(parseViewState(formatViewState(view))).toEqual(view);
  });

  it('rounds the viewport so that links stay short', () => {
    const view = { ...parseViewState('?workspace=w'), viewport: { zoom: 0.123456789, center: { x: 1.26, y: -3.04 } } };
    expect(formatViewState(view)).toBe('?workspace=w&zoom=0.1235&center=1.3%2C-3');
  });

  it('keeps the tab out of the URL without an actor, and for the first tab', () => {
    const base = parseViewState('?workspace=w');
    expect(formatViewState({ ...base, tab: 'history' })).toBe('?workspace=w');
    expect(formatViewState({ ...base, actor: 'a', tab: 'facts' })).toBe('?workspace=w&actor=a');
  });

  it.each([
    ['zoom=abc&center=1,2', 'a zoom that is no number'],
    ['zoom=1e9&center=1,2', 'a zoom out of range'],
    ['zoom=0&center=1,2', 'a zero zoom'],
    ['zoom=1&center=1', 'a centre with one coordinate'],
    ['zoom=1&center=1,2,3', 'a centre with three coordinates'],
    ['zoom=1&center=NaN,2', 'a centre that is no number'],
    ['zoom=1&center=Infinity,2', 'an infinite centre'],
    ['zoom=1&center=5e9,2', 'a centre far off the map'],
    ['zoom=1', 'a zoom without a centre'],
    ['center=1,2', 'a centre without a zoom'],
  ])('ignores %s (%s): the map is fitted', (query) => {
    expect(parseViewState(`?workspace=w&${query}`).viewport).toBeNull();
  });

  it('drops filter values outside the vocabulary or of the wrong shape, keeping the good ones once', () => {
    const view = parseViewState(
      '?workspace=w&tiers=LOCAL,local,GALACTIC,LOCAL&kinds=NGO,<script>&themes=reception,Bad%20Theme,a--b' +
        '&countries=GR,gr,GRC,1&types=FUNDS,DROP%20TABLE&modes=COOPERATION,WAR&engagements=EMPOWER,,x&sectors=X',
    );
    expect(view.filters).toEqual({
      tiers: ['LOCAL'],
      kinds: ['NGO'],
      sectors: [],
      themes: ['reception'],
      countries: ['GR'],
      types: ['FUNDS'],
      modes: ['COOPERATION'],
      engagements: ['EMPOWER'],
    });
  });

  it('ignores an unknown tab, lens, view or table type, a bad date, and cuts an overlong table filter', () => {
    const view = parseViewState(
      `?workspace=w&actor=a&tab=secrets&lens=x&view=admin&tableType=HUGS&asOf=20.5&aggregateAbove=-3&q=${'x'.repeat(500)}`,
    );
    expect(view).toMatchObject({ tab: null, lens: 'ecosystem', view: 'map', tableType: null, asOf: null });
    expect(view.aggregateAbove).toBeNull();
    expect(view.tableText).toHaveLength(200);
  });

  it('reads a garbled query string without throwing', () => {
    for (const garbage of ['?%E0%A4%A', '?&&&=&=', '?zoom=%00&center=%2C', '?tiers=%2C%2C', '?' + '%'.repeat(20)])
      expect(() => parseViewState(garbage)).not.toThrow();
    expect(parseViewState('?&&&=&=')).toMatchObject({ workspace: 'seed-ecosystem', viewport: null, actor: null });
  });
});

describe('the view state in the URL: the funding view’s tables and breakdown', () => {
  it('round-trips the sorts, the dependent filter and the breakdown', () => {
    const search =
      '?workspace=w&view=funding&funderSort=amount.desc&recipientSort=hhi.asc&dependent=1&breakdown=tier&breakdownFunder=eu';
    const view = parseViewState(search);
    expect(view.funding).toEqual({
      funderSort: { column: 'amount', descending: true },
      recipientSort: { column: 'hhi', descending: false },
      onlyDependent: true,
      breakdownBy: 'tier',
      breakdownFunder: 'eu',
    });
    expect(formatViewState(view)).toBe(search.replace(/,/g, '%2C'));
    expect(parseViewState(formatViewState(view))).toEqual(view);
  });

  it('reads garbled funding settings as the defaults, and writes them only for the funding view', () => {
    const view = parseViewState('?workspace=w&view=funding&funderSort=amount&recipientSort=DROP.desc&breakdown=sector');
    expect(view.funding).toEqual(DEFAULT_FUNDING);
    const onMap = { ...parseViewState('?workspace=w'), funding: { ...DEFAULT_FUNDING, onlyDependent: true } };
    expect(formatViewState(onMap)).toBe('?workspace=w');
  });
});

describe('sortAmong: a sort from a link, checked against a table’s columns', () => {
  const columns = ['name', 'amount'] as const;
  const fallback = { column: 'amount' as const, descending: true };
  it('keeps a sort on one of the columns and falls back otherwise', () => {
    expect(sortAmong({ column: 'name', descending: false }, columns, fallback)).toEqual({
      column: 'name',
      descending: false,
    });
    expect(sortAmong({ column: 'hhi', descending: false }, columns, fallback)).toBe(fallback);
    expect(sortAmong(null, columns, fallback)).toBe(fallback);
  });
});

describe('the view state in the URL: time', () => {
  it('keeps a month as the as-of date, and reads an old year-only link as the last month of that year', () => {
    expect(parseViewState('?workspace=w&asOf=2015-03').asOf).toBe('2015-03');
    expect(parseViewState('?workspace=w&asOf=2015').asOf).toBe('2015-12');
    expect(formatViewState({ ...parseViewState('?workspace=w'), asOf: '2015-03' })).toBe('?workspace=w&asOf=2015-03');
    expect(parseViewState('?workspace=w&asOf=2015-13').asOf).toBeNull();
  });

  it('round-trips the changes view between a period and a month', () => {
    const search = '?workspace=w&changes=1&changesFrom=period%3Ap-1&changesTo=2020-04';
    const view = parseViewState(search);
    expect(view).toMatchObject({
      changes: true,
      changesFrom: { kind: 'period', id: 'p-1' },
      changesTo: { kind: 'month', month: '2020-04' },
    });
    expect(formatViewState(view)).toBe(search);
  });

  it('drops malformed ends, and the ends of a closed changes view', () => {
    const view = parseViewState('?workspace=w&changes=1&changesFrom=period%3A%3Cscript%3E&changesTo=yesterday');
    expect(view).toMatchObject({ changes: true, changesFrom: null, changesTo: null });
    const closed = { ...view, changes: false, changesFrom: { kind: 'month' as const, month: '2019-01' } };
    expect(formatViewState(closed)).toBe('?workspace=w');
  });

  it('keeps the section that colours the map, and drops a malformed one or that of a closed view', () => {
    const search = '?workspace=w&changes=1&changesColour=brokers-gained';
    const view = parseViewState(search);
    expect(view.changesColour).toBe('brokers-gained');
    expect(formatViewState(view)).toBe(search);
    expect(parseViewState('?workspace=w&changes=1&changesColour=%3Cscript%3E').changesColour).toBeNull();
    expect(parseViewState('?workspace=w&changes=1&changesColour=Brokers').changesColour).toBeNull();
    expect(formatViewState({ ...view, changes: false })).toBe('?workspace=w');
  });
});
