import { ACTOR_KINDS, isCooperative, KIND_SECTOR, SECTORS, sectorOf } from '../../../api/src/domain/vocabulary';

describe('vocabulary', () => {
  it('derives a known sector for every actor kind', () => {
    for (const kind of ACTOR_KINDS) {
      expect(SECTORS).toContain(KIND_SECTOR[kind]);
    }
    expect(sectorOf('MUNICIPALITY')).toBe('GOVERNMENT');
    expect(sectorOf('FOUNDATION')).toBe('PHILANTHROPY');
    expect(sectorOf('DIASPORA_ORGANISATION')).toBe('CIVIL_SOCIETY');
  });

  it('treats challenges and confrontational ties as non-cooperative', () => {
    expect(isCooperative('FUNDS', 'COOPERATION')).toBe(true);
    expect(isCooperative('PARTNERS_WITH', null)).toBe(true);
    expect(isCooperative('CHALLENGES', 'COOPERATION')).toBe(false);
    expect(isCooperative('ADVOCATES_TO', 'CONFRONTATION')).toBe(false);
  });
});
