import { OCCASION_KINDS } from '../../../api/src/domain/vocabulary';
import { rankBrokers } from '../../../api/src/graph/brokers';
import { buildLinkScoringContext } from '../../../api/src/graph/link-scoring';
import { suggestedLinks } from '../../../api/src/graph/link-suggestions';
import { filterGraph } from '../../../api/src/graph/subgraph-filter';
import { verticalGaps } from '../../../api/src/graph/vertical-gaps';
import { SEED_DIR } from '../../../graph-seed/src/ensure-seed';
import { graphFilesToData } from '../../../graph-seed/src/graph-files-data';
import { readGraphFolder } from '../../../graph-seed/src/read-graph-files';

/**
 * The seed map read with the event layer and national systems (issue 20): facts the documents state
 * about who acts and who only takes part, checked on the analyses' answers.
 */
const files = readGraphFolder(SEED_DIR);
const data = graphFilesToData(files);
const kindOf = new Map(data.actors.map((a) => [a.id, a.kind]));
const countryOf = new Map(
  data.actors.filter((a) => ['LOCAL', 'REGIONAL', 'NATIONAL'].includes(a.tier)).map((a) => [a.id, a.country]),
);

describe('the seed map with the event layer', () => {
  it('records academies, summits and consultation rounds as events, and taking part in them as participations', () => {
    for (const id of ['autumn-academy', 'global-mayoral-forum', 'global-civil-society-consultation-2016']) {
      expect(kindOf.get(id)).toBe('EVENT');
    }
    const academy = files.relations.filter((r) => r.target === 'autumn-academy');
    expect(academy.filter((r) => r.type === 'MEMBER_OF')).toEqual([]);
    expect(academy.filter((r) => r.type === 'PARTICIPATES_IN' && r.role === 'PARTICIPANT')).toHaveLength(28);
    const consultation = files.relations.filter((r) => r.target === 'global-civil-society-consultation-2016');
    expect(consultation).toHaveLength(76);
    expect(consultation.find((r) => r.source === 'jmdi')?.role).toBe('ORGANISER');
    expect(files.relations.filter((r) => r.type === 'CONSULTS' && r.source === 'jmdi')).toEqual([]);
  });

  it('keeps every relation the first reading had (recall not lower)', () => {
    expect(files.actors.length).toBeGreaterThanOrEqual(275);
    expect(files.relations.length).toBeGreaterThanOrEqual(267);
    for (const id of ['rel-undp-coordinates-jmdi', 'rel-european-union-funds-jmdi', 'rel-ch-sdc-funds-jmdi']) {
      expect(files.relations.map((r) => r.externalId)).toContain(id);
    }
  });

  it('puts no event in the top 10 brokers by default, the JMDI programme first on its acting ties', () => {
    const top = rankBrokers(filterGraph(data, {})).ranked.slice(0, 10);
    expect(top.filter((row) => OCCASION_KINDS.includes(kindOf.get(row.actorId)!))).toEqual([]);
    expect(top[0]?.actorId).toBe('jmdi');
    // Read as stored, the consultation and the academy were the two top brokers.
    const stored = rankBrokers(filterGraph(data, { eventLayer: 'INCLUDED' })).ranked.slice(0, 2);
    expect(stored.map((row) => row.actorId).sort()).toEqual([
      'autumn-academy',
      'global-civil-society-consultation-2016',
    ]);
  });

  it('keeps the JMDI’s acting ties in the organisation layer and drops its participations', () => {
    const layer = filterGraph(data, {});
    const jmdi = layer.relations.filter((r) => r.source === 'jmdi' || r.target === 'jmdi').map((r) => r.type);
    expect(jmdi).toEqual(expect.arrayContaining(['COORDINATES', 'FUNDS', 'PARTNERS_WITH']));
    expect(jmdi).not.toContain('PARTICIPATES_IN');
    expect(layer.actors.map((a) => a.id)).toContain('jmdi');
  });

  it('pairs no two countries’ domestic actors in a gap or a suggestion', () => {
    const layer = filterGraph(data, {});
    const context = buildLinkScoringContext(layer, { seed: 1 });
    const sameCountry = (a: string, b: string): boolean =>
      !countryOf.get(a) || !countryOf.get(b) || countryOf.get(a) === countryOf.get(b);
    for (const theme of ['protection', 'reception', 'integration-inclusion', 'diaspora-engagement']) {
      for (const pair of verticalGaps(layer, theme, {}, context).pairs) {
        expect(pair.countries).toHaveLength(1);
        for (const link of pair.suggestedLinks) expect(sameCountry(link.sourceId, link.targetId)).toBe(true);
      }
    }
    const withGap = suggestedLinks(layer, { top: 50 }, context).suggestions.filter((s) => s.fillsGaps.length > 0);
    expect(withGap.length).toBeGreaterThan(0);
    for (const s of withGap) expect(sameCountry(s.sourceId, s.targetId)).toBe(true);
  });
});
