import { TIERS } from '../../../web/src/lib/domain';
import { bandLayout, computeTierLayout, provisionalPosition } from '../../../web/src/lib/tier-layout';
import { ACTORS, RELATIONS } from './map-fixture';

describe('computeTierLayout (the layout worker computes this)', () => {
  const layout = computeTierLayout(ACTORS, RELATIONS);

  it('stacks one band per tier, global at the top and local at the bottom', () => {
    expect(layout.bands.map((band) => band.tier)).toEqual([...TIERS]);
    for (let i = 1; i < layout.bands.length; i++)
      expect(layout.bands[i]!.top).toBeGreaterThan(layout.bands[i - 1]!.top + layout.bands[i - 1]!.height);
  });

  it('places every actor inside its own tier band', () => {
    expect(layout.positions.size).toBe(ACTORS.length);
    for (const actor of ACTORS) {
      const band = layout.bands.find((candidate) => candidate.tier === actor.tier)!;
      const { y } = layout.positions.get(actor.id)!;
      expect(y).toBeGreaterThan(band.top);
      expect(y).toBeLessThan(band.top + band.height);
    }
  });

  it('relaxes the ordered rows by forces: related actors come closer than the rows put them', () => {
    // A bigger map: three bands of 60 actors in rows, and relations between far-apart actors.
    const actors = Array.from({ length: 180 }, (_, i) => ({
      id: `a${String(i).padStart(3, '0')}`,
      name: `Actor ${i}`,
      tier: TIERS[i % 3]!,
      sector: 'CIVIL_SOCIETY' as const,
      country: null,
    }));
    const relations = actors.slice(0, 90).map((actor, i) => ({ sourceId: actor.id, targetId: actors[179 - i]!.id }));
    const relaxed = computeTierLayout(actors, relations);
    // The rows put actors at y = band top + 15 + 58 · (row + ½); the force step moves them off those lines.
    const rowCentres = new Set(
      relaxed.bands.flatMap(({ top }) => Array.from({ length: 20 }, (_, row) => top + 44 + 58 * row)),
    );
    const offRows = actors.filter((actor) => !rowCentres.has(relaxed.positions.get(actor.id)!.y));
    expect(offRows.length).toBeGreaterThan(actors.length / 2);
    const span = (id: string, other: string) =>
      Math.abs(relaxed.positions.get(id)!.x - relaxed.positions.get(other)!.x);
    const related = relations.reduce((sum, r) => sum + span(r.sourceId, r.targetId), 0) / relations.length;
    const unrelated =
      actors.slice(0, 90).reduce((sum, actor, i) => sum + span(actor.id, actors[(i * 37 + 11) % 180]!.id), 0) / 90;
    expect(related).toBeLessThan(unrelated / 2);
  });

  it('stops after the rows when asked for no forces (a provisional layout of part of a map)', () => {
    const rows = computeTierLayout(ACTORS, RELATIONS, { forces: false });
    const centres = new Set(rows.bands.flatMap(({ top }) => [0, 1, 2].map((row) => top + 44 + 58 * row)));
    for (const actor of ACTORS) expect(centres.has(rows.positions.get(actor.id)!.y)).toBe(true);
    expect(rows.bands).toEqual(layout.bands);
  });

  it('is deterministic, whatever the order of its input', () => {
    const again = computeTierLayout([...ACTORS].reverse(), [...RELATIONS].reverse());
    expect([...again.positions].sort()).toEqual([...layout.positions].sort());
  });

  it('is deterministic on a bigger map with cliques (equal barycentres), whatever the order of its input', () => {
    // 300 actors in groups of four, every pair of a group related, across three tiers.
    const actors = Array.from({ length: 300 }, (_, i) => ({
      id: `q${(i * 7919) % 300}`,
      name: `Actor ${i % 13}`,
      tier: TIERS[Math.floor(i / 4) % 3]!,
      sector: 'CIVIL_SOCIETY' as const,
      country: null,
    }));
    const relations = actors.flatMap((actor, i) =>
      actors.slice(i + 1, i - (i % 4) + 4).map((other) => ({ sourceId: actor.id, targetId: other.id })),
    );
    const first = computeTierLayout(actors, relations);
    // Another order: actors and relations reversed and interleaved, each relation's ends swapped.
    const shuffle = <T>(items: readonly T[]) =>
      [...items.filter((_, i) => i % 2), ...items.filter((_, i) => !(i % 2))].reverse();
    const again = computeTierLayout(
      shuffle(actors),
      shuffle(relations).map(({ sourceId, targetId }) => ({ sourceId: targetId, targetId: sourceId })),
    );
    expect(again.positions.size).toBe(300);
    for (const [id, point] of first.positions) expect(again.positions.get(id)).toEqual(point);
  });

  it('leaves out an actor whose tier has no band (the map then draws it at a provisional spot)', () => {
    const stray = { ...ACTORS[0]!, id: 'stray', tier: 'PLANETARY' as unknown as (typeof TIERS)[number] };
    const withStray = computeTierLayout([...ACTORS, stray], [...RELATIONS, { sourceId: 'stray', targetId: 'a' }]);
    expect(withStray.positions.has('stray')).toBe(false);
    expect(withStray.positions.size).toBe(ACTORS.length);
  });

  it('puts an actor it does not know yet inside its band, at the same spot every time', () => {
    const band = layout.bands.find((candidate) => candidate.tier === 'REGIONAL')!;
    const spot = provisionalPosition(layout, 'REGIONAL', 'new-actor');
    expect(spot).toEqual(provisionalPosition(layout, 'REGIONAL', 'new-actor'));
    expect(spot.y).toBeGreaterThanOrEqual(band.top);
    expect(spot.y).toBeLessThanOrEqual(band.top + band.height);
    expect(spot.x).toBeGreaterThanOrEqual(0);
    expect(spot.x).toBeLessThanOrEqual(layout.width);
  });
});

describe('bandLayout', () => {
  it("gives computeTierLayout's bands and width, without positions, from the tiers alone", () => {
    for (const size of [0, 1, 40, 700, 5000]) {
      const actors = Array.from({ length: size }, (_, i) => ({
        id: `a${i}`,
        name: `Actor ${i}`,
        tier: TIERS[(i * 7) % (i % 3 === 0 ? TIERS.length : 2)]!,
        sector: 'CIVIL_SOCIETY' as const,
        country: null,
      }));
      const relations = actors.slice(1).map((actor, i) => ({ sourceId: actor.id, targetId: actors[i]!.id }));
      const full = computeTierLayout(actors, relations);
      const bands = bandLayout(actors);
      expect(bands.bands).toEqual(full.bands);
      expect(bands.width).toBe(full.width);
      expect(bands.positions.size).toBe(0);
    }
  });
});
