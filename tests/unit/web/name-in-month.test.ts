import { buildMap } from '../../../web/src/lib/map-elements';
import { fromDatedNames, nameInMonth, withNameInMonth } from '../../../web/src/lib/name-in-month';
import { actor, mapInput } from './map-fixture';

// Renamed twice: "Office for Foreigners" until April 2014, "Migration Office" until 2019, then today's name.
const ministry = {
  name: 'Ministry of Migration',
  formerNames: ['Office for Foreigners', 'Migration Office'],
  renamedOn: ['2014-05-14', '2019'],
};

describe('nameInMonth', () => {
  it('gives the name in force at the end of the month, as the API’s nameOn reads a month', () => {
    expect(nameInMonth(ministry, '2010-01')).toBe('Office for Foreigners');
    expect(nameInMonth(ministry, '2014-04')).toBe('Office for Foreigners');
    // Renamed on 14 May: by the month's last day the new name is in force.
    expect(nameInMonth(ministry, '2014-05')).toBe('Migration Office');
    // A rename dated by its year alone takes effect in its first month.
    expect(nameInMonth(ministry, '2018-12')).toBe('Migration Office');
    expect(nameInMonth(ministry, '2019-01')).toBe('Ministry of Migration');
    expect(nameInMonth(ministry, '2030-06')).toBe('Ministry of Migration');
  });

  it('gives today’s name for all time, and for an actor never renamed', () => {
    expect(nameInMonth(ministry, null)).toBe('Ministry of Migration');
    expect(nameInMonth({ name: 'NGO', formerNames: [], renamedOn: [] }, '2000-01')).toBe('NGO');
    expect(nameInMonth({ name: 'Cached NGO' }, '2000-01')).toBe('Cached NGO');
  });

  it('keeps the actor itself when the name is today’s, and a renamed copy otherwise', () => {
    expect(withNameInMonth(ministry, '2020-01')).toBe(ministry);
    expect(withNameInMonth(ministry, '2013-01')).toEqual({ ...ministry, name: 'Office for Foreigners' });
    expect(ministry.name).toBe('Ministry of Migration');
  });

  it('reads the API’s dated names (the current one last, with no replacedOn)', () => {
    const names = [
      { name: 'Office for Foreigners', since: null, replacedOn: '2014-05-14' },
      { name: 'Migration Office', since: '2014-05-14', replacedOn: '2019' },
      { name: 'Ministry of Migration', since: '2019', replacedOn: null },
    ];
    expect(fromDatedNames(names)).toEqual({ formerNames: ministry.formerNames, renamedOn: ministry.renamedOn });
    expect(nameInMonth({ name: 'Ministry of Migration', ...fromDatedNames(names) }, '2016-03')).toBe(
      'Migration Office',
    );
  });
});

describe('map labels over time', () => {
  it('label an actor with the name of the month shown', () => {
    // Dated, so that it is in the picture of a month without a tie (see actorsInPicture).
    const renamed = { ...actor('m', 'NATIONAL', 'GOVERNMENT'), ...ministry, since: '2000' };
    const labelIn = (asOf: string | null) =>
      buildMap({ ...mapInput([renamed], []), asOf }).elements.find((element) => element.data.id === 'm')?.data.label;
    expect(labelIn('2012-06')).toBe('Office for Foreigners');
    expect(labelIn('2016-06')).toBe('Migration Office');
    expect(labelIn(null)).toBe('Ministry of Migration');
  });
});
