import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { buildLinkScoringContext, scoreLink } from '../../../api/src/graph/link-scoring';
import { suggestedLinks } from '../../../api/src/graph/link-suggestions';
import { EU_MEMBER_STATES, systemsOfActors, tierSystems } from '../../../api/src/graph/national-systems';
import { partners } from '../../../api/src/graph/partner-finder';
import { verticalGaps } from '../../../api/src/graph/vertical-gaps';
import { syntheticGraph } from '../analytics/synthetic-graph';
import { actor, frozen, relation } from './graph-fixtures';

/**
 * Two national systems on reception, checkable by hand. GR: the City of Athens (LOCAL) and the Greek
 * ministry (NATIONAL), not tied: a LOCAL–NATIONAL gap in GR. DE: Caritas Cologne (REGIONAL) and the
 * German ministry (NATIONAL), partners: no gap in DE. IOM (GLOBAL) partners the Greek ministry, so it
 * joins GR's system only; an EU agency without ties joins every member state's; a global network
 * without ties joins none. Read as one pool, Athens (LOCAL) and Cologne (REGIONAL) would make a
 * LOCAL–REGIONAL gap across two countries: the pairing the national rule forbids.
 */
const twoCountries: GraphData = frozen({
  actors: [
    actor('athens', { kind: 'MUNICIPALITY', themes: ['reception'] }),
    actor('gr-min', { kind: 'MINISTRY', tier: 'NATIONAL', themes: ['reception'] }),
    actor('cologne', { kind: 'FAITH_BASED_ORGANISATION', tier: 'REGIONAL', country: 'DE', themes: ['reception'] }),
    actor('de-min', { kind: 'MINISTRY', tier: 'NATIONAL', country: 'DE', themes: ['reception'] }),
    actor('iom', { kind: 'UN_AGENCY', tier: 'GLOBAL', country: null, themes: ['reception'] }),
    actor('euaa', { kind: 'EU_BODY', tier: 'SUPRANATIONAL', country: null, themes: ['reception'] }),
    actor('net', { kind: 'NETWORK', tier: 'GLOBAL', country: null, themes: ['reception'] }),
  ],
  relations: [relation('r1', 'PARTNERS_WITH', 'cologne', 'de-min'), relation('r2', 'PARTNERS_WITH', 'iom', 'gr-min')],
});

const homeOf: Record<string, string> = { athens: 'GR', 'gr-min': 'GR', cologne: 'DE', 'de-min': 'DE' };

describe('systemsOfActors', () => {
  it('puts domestic tiers in their country and supranational bodies where their ties or the EU put them', () => {
    const systems = systemsOfActors(twoCountries);
    expect(systems.get('athens')).toEqual(['GR']);
    expect(systems.get('cologne')).toEqual(['DE']);
    expect(systems.get('iom')).toEqual(['GR']);
    expect(systems.get('euaa')).toEqual([...EU_MEMBER_STATES].sort());
    expect(systems.get('net')).toBeUndefined();
  });

  it('lists one NATIONAL system per country unless a cross-border reading is asked for', () => {
    expect(tierSystems(twoCountries, null).map((s) => [s.kind, s.countries, s.actorIds])).toEqual([
      ['NATIONAL', ['DE'], ['cologne', 'de-min', 'euaa']],
      ['NATIONAL', ['GR'], ['athens', 'euaa', 'gr-min', 'iom']],
    ]);
    expect(tierSystems(twoCountries, { countries: null })[0]).toMatchObject({
      kind: 'POOLED',
      countries: ['DE', 'GR'],
    });
    expect(tierSystems(twoCountries, { countries: ['GR', 'DE'] })[0]).toMatchObject({
      kind: 'CORRIDOR',
      countries: ['DE', 'GR'],
    });
  });
});

describe('verticalGaps by national system', () => {
  const result = verticalGaps(twoCountries, 'reception');

  it('names the country of every pair and never pairs two countries’ domestic actors', () => {
    for (const pair of result.pairs) {
      expect(pair.systemKind).toBe('NATIONAL');
      expect(pair.countries).toHaveLength(1);
      const country = pair.countries[0];
      for (const id of [...pair.lowerActorIds, ...pair.upperActorIds]) {
        if (homeOf[id]) expect(homeOf[id]).toBe(country);
      }
      for (const link of pair.suggestedLinks) {
        const ends = [homeOf[link.sourceId], homeOf[link.targetId]].filter(Boolean);
        expect(new Set(ends).size).toBeLessThanOrEqual(1);
      }
    }
    expect(result.pairs.some((p) => p.lowerTier === 'LOCAL' && p.upperTier === 'REGIONAL')).toBe(false);
  });

  it('finds GR’s local–national gap and suggests Athens–ministry with the country in the reason', () => {
    const gr = result.pairs.find((p) => p.countries[0] === 'GR' && p.lowerTier === 'LOCAL');
    expect(gr).toMatchObject({ upperTier: 'NATIONAL', rule: 'LOCAL_NATIONAL', isGap: true });
    expect(gr?.suggestedLinks[0]).toMatchObject({ sourceId: 'athens', targetId: 'gr-min' });
    expect(gr?.suggestedLinks[0]?.reasons).toContain('would link the local and national tiers on reception in Greece');
    const de = result.pairs.find((p) => p.countries[0] === 'DE' && p.lowerTier === 'REGIONAL');
    expect(de).toMatchObject({ upperTier: 'NATIONAL', isGap: false, relationIds: ['r1'] });
  });

  it('pairs tiers across borders only when asked, and says so', () => {
    const pooled = verticalGaps(twoCountries, 'reception', { crossBorder: { countries: null } });
    const localRegional = pooled.pairs.find((p) => p.lowerTier === 'LOCAL' && p.upperTier === 'REGIONAL');
    expect(localRegional).toMatchObject({ systemKind: 'POOLED', countries: ['DE', 'GR'], isGap: true });
    expect(localRegional?.suggestedLinks[0]).toMatchObject({ sourceId: 'athens', targetId: 'cologne' });
    expect(localRegional?.suggestedLinks[0]?.reasons).toContain(
      'would link the local and regional tiers on reception across borders',
    );
    const corridor = verticalGaps(twoCountries, 'reception', { crossBorder: { countries: ['GR', 'DE'] } });
    expect(corridor.pairs.every((p) => p.systemKind === 'CORRIDOR')).toBe(true);
    expect(corridor.pairs.find((p) => p.lowerTier === 'LOCAL')?.suggestedLinks[0]?.reasons).toContain(
      'would link the local and regional tiers on reception across Germany and Greece',
    );
  });
});

describe('tier complementarity in suggestions and partners', () => {
  it('gives Athens–Cologne no gap to fill by default, and the pooled gap when asked', () => {
    const national = scoreLink(buildLinkScoringContext(twoCountries), 'athens', 'cologne');
    expect(national.fillsGaps).toEqual([]);
    const pooled = scoreLink(
      buildLinkScoringContext(twoCountries, { crossBorder: { countries: null } }),
      'athens',
      'cologne',
    );
    expect(pooled.fillsGaps).toEqual([
      { theme: 'reception', lowerTier: 'LOCAL', upperTier: 'REGIONAL', systemKind: 'POOLED', countries: ['DE', 'GR'] },
    ]);
    expect(pooled.score).toBeCloseTo(national.score + 0.15, 12);
  });

  it('gives no partner candidate a tier reason across two countries', () => {
    const found = partners(twoCountries, 'athens', {});
    const cologne = found.candidates.find((c) => c.actorId === 'cologne');
    expect(cologne).toBeDefined();
    expect(cologne?.reasons.some((r) => r.startsWith('would link'))).toBe(false);
    const ministry = found.candidates.find((c) => c.actorId === 'gr-min');
    expect(ministry?.reasons).toContain('would link the local and national tiers on reception in Greece');
  });

  it('never fills a gap between two countries’ domestic actors on a generated map', () => {
    const data = syntheticGraph(400);
    const domestic = new Map(
      data.actors
        .filter((a) => a.country && ['LOCAL', 'REGIONAL', 'NATIONAL'].includes(a.tier))
        .map((a) => [a.id, a.country]),
    );
    const { suggestions } = suggestedLinks(data, { top: 200 });
    const withGap = suggestions.filter((s) => s.fillsGaps.length > 0);
    expect(withGap.length).toBeGreaterThan(0);
    for (const s of withGap) {
      const a = domestic.get(s.sourceId);
      const b = domestic.get(s.targetId);
      if (a && b) expect(a).toBe(b);
      for (const gap of s.fillsGaps) {
        expect(gap.systemKind).toBe('NATIONAL');
        if (a) expect(gap.countries).toEqual([a]);
        if (b) expect(gap.countries).toEqual([b]);
      }
    }
  });
});
