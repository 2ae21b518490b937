import { verticalGaps } from '../../../api/src/graph/vertical-gaps';
import { findTierGaps } from '../../../api/src/graph/tier-gaps';
import type { GraphData, GraphRelation } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, relation } from './graph-fixtures';

const reception = ['reception'];

describe('verticalGaps', () => {
  // Local and regional actors tied on reception; the national ministry tied to neither.
  const data: GraphData = frozen({
    actors: [
      actor('l1', { themes: reception }),
      actor('r1', { tier: 'REGIONAL', kind: 'REGIONAL_AUTHORITY', themes: reception }),
      actor('n1', { tier: 'NATIONAL', kind: 'MINISTRY', themes: reception }),
    ],
    relations: [relation('t1', 'PARTNERS_WITH', 'l1', 'r1', { themes: reception })],
  });
  const result = verticalGaps(data, 'reception');

  it('lists the tiers that have actors on the theme', () => {
    expect(result.tiersPresent).toEqual([
      { tier: 'LOCAL', actorIds: ['l1'] },
      { tier: 'REGIONAL', actorIds: ['r1'] },
      { tier: 'NATIONAL', actorIds: ['n1'] },
    ]);
  });

  it('reports a gap between adjacent tiers with no cooperative tie on the theme', () => {
    expect(result.pairs.map((p) => [p.lowerTier, p.upperTier, p.rule, p.isGap])).toEqual([
      ['LOCAL', 'REGIONAL', 'ADJACENT', false],
      ['REGIONAL', 'NATIONAL', 'ADJACENT', true],
    ]);
    expect(result.pairs[1]).toMatchObject({ lowerActorIds: ['r1'], upperActorIds: ['n1'], relationIds: [] });
  });

  it('reports no gap where a tie on the theme exists, and names that tie', () => {
    expect(result.pairs[0]).toMatchObject({ isGap: false, relationIds: ['t1'], suggestedLinks: [] });
  });

  it('suggests links across the gap with their score and reasons', () => {
    const [suggestion] = result.pairs[1]?.suggestedLinks ?? [];
    expect(suggestion).toMatchObject({ sourceId: 'r1', targetId: 'n1', sameCountry: true, bridgesCommunities: true });
    // Jaccard 1 × 0.2 + same country 0.15 + fills the gap 0.15 + bridging 0.1.
    expect(suggestion?.score).toBeCloseTo(0.6, 12);
    expect(suggestion?.reasons).toEqual([
      'both work on reception in Greece',
      'would link the regional and national tiers on reception in Greece',
      'would bridge two different communities',
    ]);
  });
});

describe('findTierGaps', () => {
  // Local and national actors on reception with no regional one; national tied to the EU level.
  const base = (relations: GraphRelation[]): GraphData =>
    frozen({
      actors: [
        actor('l1', { themes: reception }),
        actor('r2', { tier: 'REGIONAL', kind: 'REGIONAL_AUTHORITY', themes: ['protection'] }),
        actor('n1', { tier: 'NATIONAL', kind: 'MINISTRY', themes: ['reception', 'protection'] }),
        actor('s1', { tier: 'SUPRANATIONAL', kind: 'EU_BODY', themes: reception, country: null }),
      ],
      relations: [relation('t0', 'COORDINATES', 'n1', 's1', { themes: reception }), ...relations],
    });

  it('checks local ↔ national when no regional actor is on the theme', () => {
    const result = findTierGaps(base([]), 'reception');
    expect(result.tiersPresent.map((t) => t.tier)).toEqual(['LOCAL', 'NATIONAL', 'SUPRANATIONAL']);
    expect(result.pairs.map((p) => [p.lowerTier, p.upperTier, p.rule, p.isGap])).toEqual([
      ['LOCAL', 'NATIONAL', 'LOCAL_NATIONAL', true],
      ['NATIONAL', 'SUPRANATIONAL', 'ADJACENT', false],
    ]);
  });

  it('does not check local ↔ national when a regional actor is on the theme', () => {
    const result = findTierGaps(base([]), 'protection');
    expect(result.pairs.map((p) => [p.lowerTier, p.upperTier])).toEqual([['REGIONAL', 'NATIONAL']]);
  });

  it('counts an unthemed tie between two actors on the theme as on the theme', () => {
    const result = findTierGaps(base([relation('t1', 'PARTNERS_WITH', 'l1', 'n1')]), 'reception');
    expect(result.pairs[0]).toMatchObject({ rule: 'LOCAL_NATIONAL', isGap: false, relationIds: ['t1'] });
  });

  it('does not count a tie themed on another theme', () => {
    const result = findTierGaps(
      base([relation('t1', 'PARTNERS_WITH', 'l1', 'n1', { themes: ['protection'] })]),
      'reception',
    );
    expect(result.pairs[0]?.isGap).toBe(true);
  });

  it('does not count a challenge or a confrontational tie as closing a gap', () => {
    const result = findTierGaps(
      base([
        relation('t1', 'CHALLENGES', 'l1', 'n1', { directed: true, themes: reception }),
        relation('t2', 'ADVOCATES_TO', 'l1', 'n1', { directed: true, themes: reception, mode: 'CONFRONTATION' }),
      ]),
      'reception',
    );
    expect(result.pairs[0]?.isGap).toBe(true);
  });

  it('checks nothing when only one tier is on the theme', () => {
    expect(findTierGaps(base([]), 'labour-migration')).toEqual({
      theme: 'labour-migration',
      tiersPresent: [],
      pairs: [],
    });
  });
});

describe('verticalGaps suggestions', () => {
  it('never suggest a pair that is already related on another theme', () => {
    const data: GraphData = {
      actors: [
        actor('l1', { themes: reception }),
        actor('n1', { tier: 'NATIONAL', kind: 'MINISTRY', themes: reception }),
      ],
      relations: [relation('t1', 'PARTNERS_WITH', 'l1', 'n1', { themes: ['protection'] })],
    };
    const [gap] = verticalGaps(data, 'reception').pairs;
    expect(gap).toMatchObject({ isGap: true, suggestedLinks: [] });
  });
});
