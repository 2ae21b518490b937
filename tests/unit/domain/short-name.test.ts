import { SHORT_NAME_MAX, shortNameOf } from '../../../api/src/domain/short-name';

describe('shortNameOf', () => {
  it('takes the shortest alias shorter than the name: an acronym, else a short form', () => {
    expect(shortNameOf('United States Agency for International Development', ['USAID'])).toBe('USAID');
    expect(shortNameOf('Social Change Initiative', ['The Social Change Initiative', 'SCI'])).toBe('SCI');
    expect(shortNameOf('Global Exchange on Migration and Diversity', ['Global Exchange'])).toBe('Global Exchange');
    // The first of two as short.
    expect(shortNameOf('International Organization for Migration', ['IOM', 'OIM'])).toBe('IOM');
  });

  it('has none when no alias is short enough, or shorter than the name', () => {
    expect(shortNameOf('Eurodiaconia', [])).toBeNull();
    expect(shortNameOf('Eurodiaconia', null)).toBeNull();
    expect(shortNameOf('Atlantic Philanthropies', ['The Atlantic Philanthropies'])).toBeNull();
    expect(shortNameOf('Autumn Academy', ['Autumn Academy 2018'])).toBeNull();
    expect(shortNameOf('IOM', ['IOM'])).toBeNull();
    expect(shortNameOf('A very long organisation name indeed', ['x'.repeat(SHORT_NAME_MAX + 1), ' ', 'A'])).toBeNull();
    // Blanks around an alias do not count.
    expect(shortNameOf('Convention of Scottish Local Authorities', ['  COSLA '])).toBe('COSLA');
  });
});
