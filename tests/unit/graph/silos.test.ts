import { silos } from '../../../api/src/graph/silos';
import { eiIndex } from '../../../api/src/graph/ei-index';
import type { GraphData } from '../../../api/src/graph/analytics-graph';
import { actor, frozen, partnerships } from './graph-fixtures';

// Two triangles joined by the bridge a3–b1, and an isolated UN agency.
const data: GraphData = frozen({
  actors: [
    actor('a1'),
    actor('a2'),
    actor('a3', { country: 'IT' }),
    actor('b1', { tier: 'NATIONAL', kind: 'MINISTRY', country: 'IT' }),
    actor('b2', { tier: 'NATIONAL', kind: 'MINISTRY', country: 'IT' }),
    actor('b3', { tier: 'REGIONAL', kind: 'REGIONAL_AUTHORITY', country: 'IT' }),
    actor('z', { tier: 'GLOBAL', kind: 'UN_AGENCY', country: null }),
  ],
  relations: partnerships('a1-a2', 'a2-a3', 'a1-a3', 'b1-b2', 'b2-b3', 'b1-b3', 'a3-b1'),
});

describe('silos', () => {
  const result = silos(data);

  it('finds the connected components of the cooperative graph, largest first', () => {
    expect(result.components).toEqual([
      { index: 0, size: 6, actorIds: ['a1', 'a2', 'a3', 'b1', 'b2', 'b3'] },
      { index: 1, size: 1, actorIds: ['z'] },
    ]);
  });

  it('finds the two triangles as Louvain communities with modularity 5/14', () => {
    expect(result.communities.map((c) => c.actorIds)).toEqual([['a1', 'a2', 'a3'], ['b1', 'b2', 'b3'], ['z']]);
    expect(result.modularity).toBeCloseTo(5 / 14, 12);
  });

  it('names the dominant tier, sector and country of a community with their shares', () => {
    const [a, b, z] = result.communities;
    expect(a?.dominantTier).toEqual({ value: 'LOCAL', share: 1 });
    expect(a?.dominantSector).toEqual({ value: 'CIVIL_SOCIETY', share: 1 });
    expect(a?.dominantCountry).toEqual({ value: 'GR', share: 2 / 3 });
    expect(b?.dominantTier).toEqual({ value: 'NATIONAL', share: 2 / 3 });
    expect(b?.dominantSector).toEqual({ value: 'GOVERNMENT', share: 1 });
    expect(z?.dominantCountry).toBeNull();
  });

  it('computes the E–I index of each community: (1 − 3)/4 for a triangle with one bridge, null without ties', () => {
    expect(result.communities.map((c) => [c.internalTies, c.externalTies, c.eiIndex])).toEqual([
      [3, 1, -0.5],
      [3, 1, -0.5],
      [0, 0, null],
    ]);
  });

  it('computes the E–I index of each tier present', () => {
    expect(result.tiers).toEqual([
      { group: 'LOCAL', size: 3, internalTies: 3, externalTies: 1, eiIndex: -0.5 },
      { group: 'REGIONAL', size: 1, internalTies: 0, externalTies: 2, eiIndex: 1 },
      { group: 'NATIONAL', size: 2, internalTies: 1, externalTies: 3, eiIndex: 0.5 },
      { group: 'GLOBAL', size: 1, internalTies: 0, externalTies: 0, eiIndex: null },
    ]);
  });

  it('computes the E–I index of each sector present', () => {
    expect(result.sectors.map((s) => [s.group, s.eiIndex])).toEqual([
      ['GOVERNMENT', -0.5],
      ['CIVIL_SOCIETY', -0.5],
      ['INTERNATIONAL', null],
    ]);
  });

  it('gives the same communities on every run and whatever the input order', () => {
    const reversed = { actors: [...data.actors].reverse(), relations: [...data.relations].reverse() };
    expect(silos(data)).toEqual(result);
    expect(silos(reversed).communities).toEqual(result.communities);
  });
});

describe('eiIndex', () => {
  it('counts a tie once however many relations back it', () => {
    const doubled = {
      ...data,
      relations: [...data.relations, ...partnerships('a3-b1').map((r) => ({ ...r, id: 'r8' }))],
    };
    const rows = eiIndex(doubled, (id) => id.slice(0, 1), ['a', 'b', 'z']);
    expect(rows.map((r) => r.eiIndex)).toEqual([-0.5, -0.5, null]);
  });
});
