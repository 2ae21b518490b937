import { planAggregation, SummedEdges } from '../../../web/src/lib/map-aggregation';
import { buildMap } from '../../../web/src/lib/map-elements';
import { ACTORS, mapInput, RELATIONS } from './map-fixture';

const base = mapInput(ACTORS, RELATIONS);
const { layout } = base;
const ids = (elements: { data: { id?: string } }[]) => elements.map((element) => String(element.data.id));
const summed = (map: ReturnType<typeof buildMap>) =>
  Object.fromEntries(
    map.elements
      .filter((element) => element.classes === 'summed')
      .map((element) => [`${element.data.source}|${element.data.target}`, element.data.count]),
  );

describe('planAggregation', () => {
  it('does not aggregate at or below the threshold', () => {
    expect(planAggregation(ACTORS, ACTORS.length, 6, new Set(), new Set())).toBeNull();
  });

  it('groups the visible actors by tier and sector, in tier then sector order', () => {
    const plan = planAggregation(ACTORS, ACTORS.length, 5, new Set(), new Set())!;
    expect(plan.groups.map((group) => [group.id, group.size, group.collapsed])).toEqual([
      ['group-NATIONAL-GOVERNMENT', 1, 1],
      ['group-LOCAL-GOVERNMENT', 2, 2],
      ['group-LOCAL-CIVIL_SOCIETY', 3, 3],
    ]);
    expect(plan.collapsed.get('a')).toBe('group-LOCAL-CIVIL_SOCIETY');
  });

  it('leaves revealed actors and the members of opened groups out of the aggregates', () => {
    const plan = planAggregation(ACTORS, ACTORS.length, 5, new Set(['a']), new Set(['group-LOCAL-GOVERNMENT']))!;
    expect([...plan.collapsed.keys()].sort()).toEqual(['b', 'c', 'f']);
    expect(plan.groups.find((group) => group.id === 'group-LOCAL-CIVIL_SOCIETY')).toMatchObject({
      size: 3,
      collapsed: 2,
    });
  });
});

describe('SummedEdges', () => {
  it('sums relations per unordered pair', () => {
    const sums = new SummedEdges();
    sums.add('x', 'y');
    sums.add('y', 'x');
    sums.add('x', 'z');
    expect(sums.entries()).toEqual([
      { source: 'x', target: 'y', count: 2 },
      { source: 'x', target: 'z', count: 1 },
    ]);
  });
});

describe('buildMap with aggregation', () => {
  it('draws every actor below the threshold', () => {
    const map = buildMap({ ...base, aggregateAbove: 6 });
    expect(map.aggregation).toBeNull();
    expect(map.drawnActors).toBe(6);
  });

  it('draws aggregates sized by members and sums the relations between them, dropping ties inside a group', () => {
    const map = buildMap({ ...base, aggregateAbove: 2 });
    expect(map.drawnActors).toBe(0);
    const aggregates = map.elements.filter((element) => element.classes === 'aggregate');
    expect(Object.fromEntries(aggregates.map((element) => [element.data.id, element.data.members]))).toEqual({
      'group-NATIONAL-GOVERNMENT': 1,
      'group-LOCAL-GOVERNMENT': 2,
      'group-LOCAL-CIVIL_SOCIETY': 3,
    });
    // a–d, b–d, c–e are local CS ↔ local government; d–f and e–f local ↔ national government; a–b is inside.
    expect(summed(map)).toEqual({
      'group-LOCAL-CIVIL_SOCIETY|group-LOCAL-GOVERNMENT': 3,
      'group-LOCAL-GOVERNMENT|group-NATIONAL-GOVERNMENT': 2,
    });
  });

  it('reveals the focused actor and its neighbours, tying them to the aggregates the rest sits in', () => {
    const map = buildMap({ ...base, aggregateAbove: 2, selectedId: 'a' });
    const drawn = ids(map.elements.filter((element) => element.classes?.includes('actor')));
    expect(drawn.sort()).toEqual(['a', 'b', 'd']);
    expect(ids(map.elements)).toEqual(expect.arrayContaining(['r1', 'r2', 'r3']));
    // c–e stays between the two local groups; d–f joins d to the national group; e–f between groups.
    expect(summed(map)).toEqual({
      'group-LOCAL-CIVIL_SOCIETY|group-LOCAL-GOVERNMENT': 1,
      'd|group-NATIONAL-GOVERNMENT': 1,
      'group-LOCAL-GOVERNMENT|group-NATIONAL-GOVERNMENT': 1,
    });
  });

  it('draws the members of an opened group one by one', () => {
    const map = buildMap({ ...base, aggregateAbove: 2, openGroups: new Set(['group-LOCAL-CIVIL_SOCIETY']) });
    expect(ids(map.elements.filter((element) => element.classes?.includes('actor'))).sort()).toEqual(['a', 'b', 'c']);
    expect(ids(map.elements)).not.toContain('group-LOCAL-CIVIL_SOCIETY');
    expect(ids(map.elements)).toContain('r1');
  });
});

describe('buildMap with gap ghost edges', () => {
  it('gives each gap its own anchors, spread across the width, between its two bands', () => {
    const decoration = {
      legend: [],
      extraEdges: [
        { id: 'ghost-LOCAL-REGIONAL', source: 'tier-LOCAL', target: 'tier-REGIONAL', kind: 'ghost' as const },
        { id: 'ghost-REGIONAL-NATIONAL', source: 'tier-REGIONAL', target: 'tier-NATIONAL', kind: 'ghost' as const },
        { id: 'ghost-NATIONAL-GLOBAL', source: 'tier-NATIONAL', target: 'tier-GLOBAL', kind: 'ghost' as const },
      ],
    };
    const { elements } = buildMap({ ...base, decoration });
    const ghosts = elements.filter((element) => element.classes === 'ghost');
    expect(ghosts).toHaveLength(3);
    const anchor = (id: string) => elements.find((element) => element.data.id === id)!.position!;
    const xs = ghosts.map((ghost) => anchor(String(ghost.data.source)).x);
    expect(new Set(xs).size).toBe(3);
    for (const ghost of ghosts) {
      const [upper, lower] = [anchor(String(ghost.data.source)), anchor(String(ghost.data.target))];
      expect(upper.x).toBe(lower.x);
      expect(upper.y).toBeLessThan(lower.y);
    }
    const band = (tier: string) => layout.bands.find((candidate) => candidate.tier === tier)!;
    const local = anchor('ghost-LOCAL-REGIONAL-lower');
    expect(local.y).toBeGreaterThan(band('LOCAL').top);
    expect(local.y).toBeLessThan(band('LOCAL').top + band('LOCAL').height);
  });
});
