import { adamicAdar } from '../../../api/src/graph/adamic-adar';
import { cooperativeNeighbours } from '../../../api/src/graph/analytics-graph';
import { linkCandidates } from '../../../api/src/graph/link-candidates';
import { buildLinkScoringContext, scoreLink } from '../../../api/src/graph/link-scoring';
import { suggestedLinks } from '../../../api/src/graph/link-suggestions';
import { silos } from '../../../api/src/graph/silos';
import { actor } from './graph-fixtures';
import { AA_A_B, AA_A_N1, linkNetwork, squash } from './link-fixture';

describe('link fixture', () => {
  it('has the communities the expected scores assume', () => {
    expect(silos(linkNetwork).communities.map((c) => c.actorIds)).toEqual([
      ['a', 'b', 'h1', 'h2'],
      ['n1', 'n2', 'n3'],
      ['d'],
    ]);
  });
});

describe('adamicAdar', () => {
  it('sums 1/ln(degree) over common neighbours, as networkx does', () => {
    const neighbours = cooperativeNeighbours(linkNetwork);
    expect(adamicAdar(neighbours, 'a', 'b')).toEqual({ value: AA_A_B, commonIds: ['h1', 'h2'] });
    expect(adamicAdar(neighbours, 'a', 'd')).toEqual({ value: 0, commonIds: [] });
  });
});

describe('scoreLink', () => {
  const context = buildLinkScoringContext(linkNetwork);

  it('combines every component with the documented weights', () => {
    const score = scoreLink(context, 'a', 'n1');
    expect(score).toMatchObject({
      commonPartnerIds: ['h2'],
      themeJaccard: 0.5,
      sharedThemes: ['reception'],
      sameCountry: true,
      corridors: [],
      fillsGaps: [{ theme: 'reception', lowerTier: 'LOCAL', upperTier: 'NATIONAL' }],
      bridgesCommunities: true,
    });
    expect(score.adamicAdar).toBeCloseTo(AA_A_N1, 12);
    expect(score.score).toBeCloseTo(0.3 * squash(AA_A_N1) + 0.2 * 0.5 + 0.15 + 0.15 + 0.1, 12);
  });

  it('recognises a corridor from either side', () => {
    expect(scoreLink(context, 'a', 'd').corridors).toEqual([{ diasporaActorId: 'd', country: 'GR' }]);
    expect(scoreLink(context, 'd', 'a').corridors).toEqual([{ diasporaActorId: 'd', country: 'GR' }]);
  });
});

describe('suggestedLinks for one actor', () => {
  const result = suggestedLinks(linkNetwork, { actorId: 'a' });

  it('ranks every unlinked actor by score', () => {
    expect(result.candidatePairs).toBe(5);
    expect(result.suggestions.map((s) => s.targetId)).toEqual(['n1', 'b', 'd', 'n2', 'n3']);
    expect(result.suggestions.map((s) => s.score)).toEqual([
      expect.closeTo(0.3 * squash(AA_A_N1) + 0.5, 12),
      expect.closeTo(0.3 * squash(AA_A_B) + 0.1 + 0.15, 12),
      expect.closeTo(0.1 + 0.1 + 0.1, 12),
      expect.closeTo(0.15 + 0.1, 12),
      expect.closeTo(0.15 + 0.1, 12),
    ]);
  });

  it('explains each suggestion in words', () => {
    const [n1, b, d] = result.suggestions;
    expect(n1?.reasons).toEqual([
      'both work on reception in Greece',
      '1 common partner: H2',
      'would link the local and national tiers on reception in Greece',
      'would bridge two different communities',
    ]);
    expect(b?.reasons).toEqual(['both work on reception in Greece', '2 common partners: H1 and H2']);
    expect(d?.reasons).toEqual([
      'both work on reception',
      'D has origins in Greece, where A is based',
      'would bridge two different communities',
    ]);
  });

  it('states the weights it used', () => {
    expect(result.weights).toEqual({
      adamicAdar: 0.3,
      themes: 0.2,
      geography: 0.15,
      corridor: 0.1,
      tierComplementarity: 0.15,
      bridging: 0.1,
    });
  });

  it('leaves out pairs whose only merit is bridging communities', () => {
    const strangers = {
      actors: [actor('x'), actor('y', { country: 'IT' })],
      relations: [],
    };
    expect(suggestedLinks(strangers, { actorId: 'x' }).suggestions).toEqual([]);
  });

  it('returns nothing for an unknown actor', () => {
    expect(suggestedLinks(linkNetwork, { actorId: 'nobody' }).suggestions).toEqual([]);
  });
});

describe('suggestedLinks workspace-wide', () => {
  it('ranks the bounded candidate pairs', () => {
    const result = suggestedLinks(linkNetwork, { top: 5 });
    expect(result.suggestions.map((s) => `${s.sourceId}-${s.targetId}`)).toEqual([
      'b-n1',
      'a-n1',
      'a-b',
      'b-d',
      'd-n1',
    ]);
    expect(result.suggestions[0]?.score).toBeCloseTo(0.3 * squash(AA_A_N1) + 0.2 + 0.15 + 0.15 + 0.1, 12);
    // d is a local organisation in DE and n1 a ministry in GR: the LOCAL–NATIONAL gap on reception is
    // GR's, so the pair scores for the theme, the corridor and bridging only (no tier complementarity).
    const dn1 = result.suggestions[4];
    expect(dn1?.score).toBeCloseTo(0.2 + 0.1 + 0.1, 12);
    expect(dn1?.fillsGaps).toEqual([]);
  });

  it('considers pairs at distance 2 and pairs sharing a theme and a place, never linked pairs', () => {
    const context = buildLinkScoringContext(linkNetwork);
    const flat = linkCandidates(context.index);
    const pairs = new Set<string>();
    for (let i = 0; i < flat.length; i += 2) {
      pairs.add(`${context.index.ids[flat[i] as number]}-${context.index.ids[flat[i + 1] as number]}`);
    }
    expect([...pairs].sort()).toEqual(['a-b', 'a-d', 'a-n1', 'b-d', 'b-n1', 'd-n1', 'h1-n1', 'h2-n2', 'h2-n3']);
  });

  it('keeps only the best pairs when bounded to one per actor', () => {
    const context = buildLinkScoringContext(linkNetwork);
    const flat = linkCandidates(context.index, { maxDistanceTwoPerActor: 1, perGroupPerTier: 0 });
    expect(flat.length / 2).toBeLessThanOrEqual(linkNetwork.actors.length);
  });
});
