import { actorsInPicture } from '../../../web/src/lib/as-of-picture';
import { buildMap, type TimeChangeMarks } from '../../../web/src/lib/map-elements';
import { actor, mapInput, tie } from './map-fixture';

// a–b tied from 2016 on; c founded 2010, dissolved 2014 (no ties); d undated, tied to nobody;
// e–f tied throughout (undated); g succeeded a in 2018 (a succession, not a tie).
const ACTORS = [
  actor('a', 'LOCAL', 'CIVIL_SOCIETY'),
  actor('b', 'LOCAL', 'GOVERNMENT'),
  { ...actor('c', 'NATIONAL', 'GOVERNMENT'), since: '2010', until: '2014-06' },
  actor('d', 'LOCAL', 'CIVIL_SOCIETY'),
  actor('e', 'REGIONAL', 'GOVERNMENT'),
  actor('f', 'REGIONAL', 'CIVIL_SOCIETY'),
  { ...actor('g', 'LOCAL', 'CIVIL_SOCIETY'), since: '2018-03' },
];
const RELATIONS = [
  { ...tie('ab', 'a', 'b'), since: '2016' },
  tie('ef', 'e', 'f'),
  { ...tie('ga', 'g', 'a'), type: 'SUCCEEDS' as const, since: '2018-03' },
];
const base = mapInput(ACTORS, RELATIONS);
const { layout } = base;
const sorted = (ids: Iterable<string> | null) => [...(ids ?? [])].sort();
const nodes = (map: ReturnType<typeof buildMap>) =>
  map.elements.filter((element) => String(element.classes).includes('actor'));
const classesOf = (map: ReturnType<typeof buildMap>, id: string) =>
  String(map.elements.find((element) => element.data.id === id)?.classes ?? '');

describe('actorsInPicture', () => {
  it('keeps every actor for all time', () => {
    expect(actorsInPicture(ACTORS, RELATIONS, null)).toBeNull();
  });

  it('keeps actors inside a dated lifespan or with a tie active that month', () => {
    expect(sorted(actorsInPicture(ACTORS, RELATIONS, '2012-01'))).toEqual(['c', 'e', 'f']);
    expect(sorted(actorsInPicture(ACTORS, RELATIONS, '2015-01'))).toEqual(['e', 'f']);
    expect(sorted(actorsInPicture(ACTORS, RELATIONS, '2016-01'))).toEqual(['a', 'b', 'e', 'f']);
    // The succession from 2018 is no tie: g is there by its own lifespan.
    expect(sorted(actorsInPicture(ACTORS, RELATIONS, '2018-02'))).toEqual(['a', 'b', 'e', 'f']);
    expect(sorted(actorsInPicture(ACTORS, RELATIONS, '2018-03'))).toEqual(['a', 'b', 'e', 'f', 'g']);
  });
});

describe('buildMap over time', () => {
  it('draws the actors in the picture of the month at their laid-out positions', () => {
    const before = buildMap({ ...base, asOf: '2015-06' });
    const after = buildMap({ ...base, asOf: '2016-06' });
    expect(sorted(nodes(before).map((node) => String(node.data.id)))).toEqual(['e', 'f']);
    expect(sorted(nodes(after).map((node) => String(node.data.id)))).toEqual(['a', 'b', 'e', 'f']);
    expect(before.visibleCount).toBe(2);
    expect(after.visibleCount).toBe(4);
    // The layout is of all the actors, not of a month's: those in both months keep their place.
    for (const id of ['e', 'f']) {
      const at = (map: ReturnType<typeof buildMap>) => nodes(map).find((node) => node.data.id === id)?.position;
      expect(at(before)).toEqual(at(after));
      expect(at(before)).toEqual(layout.positions.get(id));
    }
  });

  it('draws a diff in colour, ended records included whatever the as-of month', () => {
    const marks: TimeChangeMarks = {
      addedActorIds: new Set(['a', 'b']),
      endedActorIds: new Set(['c']),
      addedRelationIds: new Set(['ab']),
      endedRelationIds: new Set(),
      changedRelationIds: new Set(['ef']),
      changedActorIds: new Set(['g']),
    };
    const map = buildMap({ ...base, asOf: '2012-01', timeChanges: marks });
    expect(classesOf(map, 'a')).toContain('time-added');
    expect(classesOf(map, 'c')).toContain('time-ended');
    expect(classesOf(map, 'g')).toContain('time-changed');
    expect(classesOf(map, 'ab')).toContain('time-added');
    expect(classesOf(map, 'ef')).toContain('time-changed');
    expect(classesOf(map, 'f')).not.toContain('time-');
    expect(buildMap({ ...base, asOf: '2012-01' }).elements.some((element) => element.data.id === 'ab')).toBe(false);
  });
});

describe('buildMap short names', () => {
  it('gives the labeller the short name under the current name only, with the badge line', () => {
    const renamed = {
      ...actor('r', 'NATIONAL', 'GOVERNMENT'),
      name: 'Reception Agency',
      since: '2010',
      shortName: 'RA',
      formerNames: ['Reception Directorate'],
      renamedOn: ['2020-01'],
    };
    const input = mapInput([...ACTORS, renamed], RELATIONS);
    const dataOf = (map: ReturnType<typeof buildMap>) => map.elements.find((element) => element.data.id === 'r')!.data;
    expect(dataOf(buildMap(input))).toMatchObject({ label: 'Reception Agency', short: 'RA' });
    expect(dataOf(buildMap({ ...input, asOf: '2021-01' }))).toMatchObject({ short: 'RA' });
    // In 2015 it carried its former name, which the acronym does not stand for.
    const before = dataOf(buildMap({ ...input, asOf: '2015-06' }));
    expect(before.label).toBe('Reception Directorate');
    expect(before.short).toBeUndefined();
    const badged = dataOf(
      buildMap({ ...input, decoration: { ...input.decoration, nodeBadge: new Map([['r', 'broker']]) } }),
    );
    expect(badged.short).toBe('RA\nbroker');
    expect(dataOf(buildMap(input)).short).toBe('RA');
    expect(buildMap(input).elements.find((element) => element.data.id === 'a')!.data.short).toBeUndefined();
  });
});
