import type { CapacityProfile, GraphData } from '../../../api/src/graph/analytics-graph';
import { matchCapacity } from '../../../api/src/graph/capacity-match';
import { buildLinkScoringContext, scoreLink } from '../../../api/src/graph/link-scoring';
import { partners } from '../../../api/src/graph/partner-finder';
import { actor, frozen } from './graph-fixtures';

const profile = (p: Partial<CapacityProfile>): CapacityProfile => ({
  populations: [],
  services: [],
  languages: [],
  ...p,
});

/**
 * A seeker S (a local NGO in GR serving unaccompanied children with legal aid, in Greek and Arabic)
 * and candidates that differ only in their capacity profiles: C1 in GR serves the same children with
 * housing, C2 in DE has S's very profile, C3 in GR has none, C4 in GR offers legal aid in Arabic, D is
 * a diaspora organisation in ES with origins in SN working in Wolof, and T an NGO in SN working in
 * Wolof. No ties, no themes: every other part of the score is equal.
 */
const capacityGraph: GraphData = frozen({
  actors: [
    actor('s', {
      capacity: profile({ populations: ['UNACCOMPANIED_CHILDREN'], services: ['LEGAL_AID'], languages: ['ar', 'el'] }),
    }),
    actor('c1', { capacity: profile({ populations: ['UNACCOMPANIED_CHILDREN'], services: ['HOUSING'] }) }),
    actor('c2', {
      country: 'DE',
      capacity: profile({ populations: ['UNACCOMPANIED_CHILDREN'], services: ['LEGAL_AID'], languages: ['ar', 'el'] }),
    }),
    actor('c3'),
    actor('c4', { capacity: profile({ services: ['LEGAL_AID'], languages: ['ar'] }) }),
    actor('d', {
      kind: 'DIASPORA_ORGANISATION',
      country: 'ES',
      originCountries: ['SN'],
      capacity: profile({ populations: ['DIASPORA'], languages: ['wo', 'fr'] }),
    }),
    actor('t', { country: 'SN', capacity: profile({ populations: ['DIASPORA'], languages: ['wo'] }) }),
  ],
  relations: [],
});

describe('matchCapacity', () => {
  const context = buildLinkScoringContext(capacityGraph);
  const match = (a: string, b: string) => matchCapacity(context, scoreLink(context, a, b));

  it('finds the groups both serve in their country and the services each offers the other lacks', () => {
    expect(match('s', 'c1')).toEqual({
      sharedPopulations: ['UNACCOMPANIED_CHILDREN'],
      sharedServices: [],
      sharedLanguages: [],
      complementary: { sourceOnly: ['LEGAL_AID'], targetOnly: ['HOUSING'] },
      systemKind: 'NATIONAL',
      countries: ['GR'],
      score: 0.4 + 0.2,
    });
  });

  it('counts shared services and languages in one country', () => {
    expect(match('s', 'c4')).toMatchObject({
      sharedPopulations: [],
      sharedServices: ['LEGAL_AID'],
      sharedLanguages: ['ar'],
      complementary: null,
      score: 0.2 + 0.2,
    });
  });

  it('pairs nothing across two countries’ systems, even the very same profile', () => {
    expect(match('s', 'c2')).toBeNull();
  });

  it('counts a shared language along a corridor, but not the group served there', () => {
    expect(match('d', 't')).toMatchObject({
      sharedPopulations: [],
      sharedLanguages: ['wo'],
      systemKind: null,
      countries: [],
      score: 0.2,
    });
  });

  it('is null when either side has no profile', () => {
    expect(match('s', 'c3')).toBeNull();
    expect(match('c3', 's')).toBeNull();
  });
});

describe('partners with capacity profiles', () => {
  const result = partners(capacityGraph, 's');
  const candidate = (id: string) => result.candidates.find((c) => c.actorId === id);

  it('gives the reasons in plain words, the country named', () => {
    // Isolates sit in communities of their own, hence the bridging reason.
    expect(candidate('c1')?.reasons).toEqual([
      'both are based in Greece',
      'would bridge two different communities',
      'both serve unaccompanied children in Greece',
      'S offers legal aid and C1 housing to unaccompanied children in Greece: they could refer people to each other',
      'no introduction path over cooperative ties',
    ]);
    expect(candidate('c4')?.reasons).toEqual([
      'both are based in Greece',
      'would bridge two different communities',
      'both offer legal aid in Greece',
      'both work in Arabic',
      'no introduction path over cooperative ties',
    ]);
    expect(partners(capacityGraph, 'd').candidates.find((c) => c.actorId === 't')?.reasons).toContain(
      'both work in Wolof',
    );
  });

  it('gives no capacity reason when nothing is shared in one system', () => {
    for (const id of ['c2', 'c3']) {
      expect(candidate(id)?.capacity).toBeNull();
      expect(candidate(id)?.reasons.some((r) => /serve|offer|work in/.test(r))).toBe(false);
    }
  });

  it('adds 0.1 × the capacity fit to the score, so a fitting profile ranks above an equal stranger', () => {
    // c1 and c3 are equal but for c1's profile; c3 would come first by id without it.
    expect(candidate('c1')!.score - candidate('c3')!.score).toBeCloseTo(0.1 * 0.6, 12);
    expect(candidate('c4')!.score - candidate('c3')!.score).toBeCloseTo(0.1 * 0.4, 12);
    const order = result.candidates.map((c) => c.actorId);
    expect(order.indexOf('c1')).toBeLessThan(order.indexOf('c4'));
    expect(order.indexOf('c4')).toBeLessThan(order.indexOf('c3'));
    const withoutProfiles = frozen({
      actors: capacityGraph.actors.map(({ capacity: _dropped, ...rest }) => rest),
      relations: [],
    });
    const plain = partners(withoutProfiles, 's').candidates.map((c) => c.actorId);
    expect(plain.indexOf('c3')).toBeLessThan(plain.indexOf('c4'));
  });
});
