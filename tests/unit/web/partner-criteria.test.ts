import {
  describePartnerCriteria,
  NO_CHOICE,
  partnerCriteria,
  partnerVariables,
} from '../../../web/src/features/panels/partner-criteria';
import { EMPTY_FILTERS } from '../../../web/src/lib/view-state';

const MAP = { ...EMPTY_FILTERS, countries: ['SN'], themes: ['reception'], types: ['FUNDS'] };

describe('partnerCriteria', () => {
  it('starts from the map’s themes and countries, with no corridor', () => {
    expect(partnerCriteria(NO_CHOICE, MAP)).toEqual({ themes: ['reception'], countries: ['SN'], corridor: null });
  });

  it('takes what was chosen over the map’s filters, an empty list meaning any', () => {
    const criteria = partnerCriteria({ countries: [], themes: ['protection'], origin: 'SN', destination: null }, MAP);
    expect(criteria).toEqual({ themes: ['protection'], countries: [], corridor: { origin: 'SN', destination: null } });
  });
});

describe('partnerVariables', () => {
  const scope = { workspace: 'seed-ecosystem', asOf: '2020-12', filters: MAP };

  it('passes themes, countries and corridor as criteria on the candidates, not as a cut of the graph', () => {
    const variables = partnerVariables(scope, {
      themes: ['reception'],
      countries: ['SN'],
      corridor: { origin: 'SN', destination: 'ES' },
    });
    expect(variables).toEqual({
      workspace: 'seed-ecosystem',
      asOf: '2020-12-31',
      // The relation facets still shape the graph the introductions run over.
      filter: { types: ['FUNDS'] },
      themes: ['reception'],
      countries: ['SN'],
      corridor: { origin: 'SN', destination: 'ES' },
    });
  });

  it('sends no criterion for an empty choice', () => {
    const variables = partnerVariables(
      { ...scope, filters: EMPTY_FILTERS },
      { themes: [], countries: [], corridor: null },
    );
    expect(variables).toMatchObject({ filter: null, themes: null, countries: null, corridor: null });
  });
});

describe('describePartnerCriteria', () => {
  const names = new Map([
    ['SN', 'Senegal'],
    ['ES', 'Spain'],
  ]);
  const country = (code: string) => names.get(code) ?? code;
  const theme = (id: string) => (id === 'reception' ? 'Reception' : id);

  it('says each criterion in words', () => {
    expect(
      describePartnerCriteria(
        { themes: ['reception'], countries: ['SN', 'ES'], corridor: { origin: 'SN', destination: null } },
        theme,
        country,
      ),
    ).toBe('based in Senegal or Spain, on Reception, in the corridor Senegal → anywhere');
    expect(describePartnerCriteria({ themes: [], countries: [], corridor: null }, theme, country)).toBe('');
  });
});
