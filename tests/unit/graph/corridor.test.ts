import { inCorridor } from '../../../api/src/graph/corridor';
import { actor } from './graph-fixtures';

describe('inCorridor', () => {
  const inSenegal = actor('sn', { country: 'SN' });
  const diasporaInSpain = actor('es-sn', { country: 'ES', originCountries: ['SN'] });
  const diasporaInFrance = actor('fr-sn', { country: 'FR', originCountries: ['SN', 'ML'] });
  const inSpain = actor('es', { country: 'ES' });
  const global = actor('un', { country: null });
  const all = [inSenegal, diasporaInSpain, diasporaInFrance, inSpain, global];
  const members = (origin: string | null, destination: string | null) =>
    all.filter((candidate) => inCorridor(candidate, { origin, destination })).map((candidate) => candidate.id);

  it('holds the origin side and the diaspora of the origin in the destination', () => {
    expect(members('SN', 'ES')).toEqual(['sn', 'es-sn']);
  });

  it('with the destination open, holds the origin side and its diaspora anywhere', () => {
    expect(members('SN', null)).toEqual(['sn', 'es-sn', 'fr-sn']);
  });

  it('with the origin open, holds the diaspora organisations based in the destination', () => {
    expect(members(null, 'ES')).toEqual(['es-sn']);
  });

  it('read the other way, holds other actors', () => {
    expect(members('ES', 'SN')).toEqual(['es-sn', 'es']);
  });

  it('holds everyone with both ends open', () => {
    expect(members(null, null)).toHaveLength(all.length);
  });
});
