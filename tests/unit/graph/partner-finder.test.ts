import { partners } from '../../../api/src/graph/partner-finder';
import { linkNetwork, squash, AA_A_B, AA_A_N1 } from './link-fixture';

describe('partners', () => {
  const result = partners(linkNetwork, 'a');

  it('ranks unrelated actors by 0.7 × link score + 0.2 × proximity (no capacity profiles here)', () => {
    expect(result.candidates.map((c) => c.actorId)).toEqual(['n1', 'b', 'n2', 'n3', 'd']);
    expect(result.candidates.map((c) => c.score)).toEqual([
      expect.closeTo(0.7 * (0.3 * squash(AA_A_N1) + 0.5) + 0.2, 12),
      expect.closeTo(0.7 * (0.3 * squash(AA_A_B) + 0.25) + 0.2, 12),
      expect.closeTo(0.7 * 0.25 + 0.2 * 0.5, 12),
      expect.closeTo(0.7 * 0.25 + 0.2 * 0.5, 12),
      expect.closeTo(0.7 * 0.3, 12),
    ]);
  });

  it('gives each candidate its introduction path and intermediaries', () => {
    const [n1, b, n2, , d] = result.candidates;
    expect(n1).toMatchObject({
      distance: 2,
      introductionPath: ['a', 'h2', 'n1'],
      intermediaryIds: ['h2'],
      proximity: 1,
    });
    expect(b).toMatchObject({ distance: 2, introductionPath: ['a', 'h1', 'b'], intermediaryIds: ['h1'] });
    expect(n2).toMatchObject({ distance: 3, introductionPath: ['a', 'h2', 'n1', 'n2'], proximity: 0.5 });
    expect(d).toMatchObject({ distance: null, introductionPath: null, intermediaryIds: [], proximity: 0 });
  });

  it('explains each candidate, introduction included', () => {
    const [, b, n2, , d] = result.candidates;
    expect(b?.reasons).toEqual([
      'both work on reception in Greece',
      '2 common partners: H1 and H2',
      'can be introduced through H1',
    ]);
    expect(n2?.reasons).toEqual([
      'both are based in Greece',
      'would bridge two different communities',
      'can be introduced through H2 → N1',
    ]);
    expect(d?.reasons.at(-1)).toBe('no introduction path over cooperative ties');
  });

  it('filters candidates by theme, country, tier and kind', () => {
    const ids = (criteria: Parameters<typeof partners>[2]) =>
      partners(linkNetwork, 'a', criteria).candidates.map((c) => c.actorId);
    expect(ids({ tiers: ['NATIONAL'] })).toEqual(['n1', 'n2', 'n3']);
    expect(ids({ themes: ['reception'] })).toEqual(['n1', 'b', 'd']);
    expect(ids({ countries: ['DE'] })).toEqual(['d']);
    expect(ids({ kinds: ['DIASPORA_ORGANISATION'] })).toEqual(['d']);
    expect(ids({ top: 2 })).toEqual(['n1', 'b']);
  });

  it('filters candidates by diaspora corridor', () => {
    const ids = (criteria: Parameters<typeof partners>[2]) =>
      partners(linkNetwork, 'n1', criteria).candidates.map((c) => c.actorId);
    // d is the only actor with origins (GR) and is based in DE; everyone else is in GR.
    expect(ids({ corridor: { origin: null, destination: 'DE' } })).toEqual(['d']);
    expect(ids({ corridor: { origin: 'GR', destination: 'DE' } }).sort()).toEqual(ids({}).sort());
    expect(ids({ corridor: { origin: 'GR', destination: 'FR' } })).not.toContain('d');
    expect(ids({ corridor: { origin: 'DE', destination: 'GR' } })).toEqual(['d']);
  });

  it('returns no candidates for an unknown actor', () => {
    expect(partners(linkNetwork, 'nobody')).toEqual({ actorId: 'nobody', actorInGraph: false, candidates: [] });
    expect(result.actorInGraph).toBe(true);
  });
});
