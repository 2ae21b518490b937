import { stepInDirection } from '../../../web/src/map/direction-step';
import { countryLabel, hoverContent, type HoverSources } from '../../../web/src/map/hover-content';
import { buildMap } from '../../../web/src/lib/map-elements';
import { computeTierLayout } from '../../../web/src/lib/tier-layout';
import { EMPTY_FILTERS } from '../../../web/src/lib/view-state';
import type { LensDecoration } from '../../../web/src/lib/lens-decoration';
import { ACTORS, RELATIONS } from './map-fixture';

describe('stepInDirection', () => {
  const points = [
    { id: 'centre', x: 0, y: 0 },
    { id: 'right-near-off', x: 30, y: 25 },
    { id: 'right-far-ahead', x: 50, y: 0 },
    { id: 'up', x: 0, y: -40 },
    { id: 'behind', x: -10, y: 0 },
  ];
  const from = points[0]!;

  it('goes to the point straight ahead rather than a nearer one off to the side', () => {
    expect(stepInDirection(from, points, 'right')?.id).toBe('right-far-ahead');
    expect(stepInDirection(from, points, 'up')?.id).toBe('up');
    expect(stepInDirection(from, points, 'left')?.id).toBe('behind');
  });

  it('answers null when nothing lies within 60° of the direction', () => {
    expect(stepInDirection({ id: 'x', x: 100, y: 0 }, points, 'right')).toBeNull();
  });
});

describe('hoverContent', () => {
  const decoration: LensDecoration = {
    legend: [],
    nodeFacts: new Map([['a', ['Betweenness 0.250 (rank 1 of 6)']]]),
    extraEdges: [
      {
        id: 'suggest-a-f',
        source: 'a',
        target: 'f',
        kind: 'suggestion',
        score: 0.5,
        reasons: ['Both work on reception.'],
      },
      {
        id: 'ghost-LOCAL-NATIONAL',
        source: 'tier-LOCAL',
        target: 'tier-NATIONAL',
        kind: 'ghost',
        label: 'gap: Local ↔ National',
        reasons: ['No tie.'],
      },
    ],
  };
  const sources: HoverSources = {
    actors: new Map(ACTORS.map((actor) => [actor.id, actor])),
    relations: new Map(RELATIONS.map((relation) => [relation.id, relation])),
    ties: new Map([['a', 2]]),
    decoration,
  };

  it("describes an actor: kind as words, tier, sector, country, relations and the lens's figures", () => {
    const card = hoverContent('actor', 'a', sources)!;
    expect(card.title).toBe('Actor a');
    expect(card.subtitle).toBe('NGO');
    expect(Object.fromEntries(card.facts)).toEqual({
      Tier: 'Local',
      Sector: 'Civil society',
      Country: 'Greece (GR)',
      Relations: '2',
      Themes: '1',
    });
    expect(card.reasons).toEqual(['Betweenness 0.250 (rank 1 of 6)']);
  });

  it('describes a relation by its ends and type, a suggested link and a gap by their reasons and their list', () => {
    expect(hoverContent('relation', 'r1', sources)).toMatchObject({
      title: 'Actor a — Actor b',
      subtitle: 'Partners with',
    });
    expect(hoverContent('suggestion', 'suggest-a-f', sources)).toMatchObject({
      title: 'Actor a — Actor f',
      subtitle: 'Suggested link',
      facts: [['Score', '0.50']],
      reasons: ['Both work on reception.'],
      hint: 'Click to find it in the list beside the map.',
    });
    expect(hoverContent('gap', 'ghost-LOCAL-NATIONAL', sources)).toMatchObject({
      title: 'Gap: Local ↔ National',
      reasons: ['No tie.'],
      hint: 'Click to find it in the list beside the map.',
    });
    expect(hoverContent('relation', 'r1', sources)?.hint).toBeUndefined();
    expect(hoverContent('actor', 'nobody', sources)).toBeNull();
    expect(hoverContent('aggregate', 'group-LOCAL-NGO', sources, 'Civil society\n1,204 actors')).toMatchObject({
      title: 'Civil society',
      subtitle: '1,204 actors',
    });
  });

  it('names a country from its ISO code, and keeps an unknown code as it is', () => {
    expect(countryLabel('DE')).toBe('Germany (DE)');
    expect(countryLabel('XX')).toBe('XX');
  });
});

describe('buildMap label ranks', () => {
  const layout = computeTierLayout(ACTORS, RELATIONS);
  const rankOf = (map: ReturnType<typeof buildMap>) =>
    new Map(
      map.elements
        .filter((e) => e.classes?.includes('actor'))
        .map((e) => [String(e.data.id), Number(e.data.labelRank)]),
    );
  const base = {
    actors: ACTORS,
    relations: RELATIONS,
    layout,
    filters: EMPTY_FILTERS,
    asOf: null,
    decoration: { legend: [] },
    expansions: [],
    selectedId: null,
  };

  it('ranks by size alone without a selection: the best-tied actor first', () => {
    const ranks = rankOf(buildMap(base));
    // d has three ties, the most.
    expect([...ranks].sort((x, y) => y[1] - x[1])[0]![0]).toBe('d');
    expect(Math.max(...ranks.values())).toBeLessThan(2000);
  });

  it('ranks the selection first, then its neighbours, then suggested ends and lens emphasis, then the rest', () => {
    const decoration: LensDecoration = {
      legend: [],
      greyOthers: true,
      nodeColour: new Map([['e', '#000000']]),
      extraEdges: [{ id: 's', source: 'c', target: 'f', kind: 'suggestion' }],
    };
    const ranks = rankOf(buildMap({ ...base, selectedId: 'a', decoration }));
    const level = (id: string) => Math.floor(ranks.get(id)! / 1000);
    expect(['a', 'b', 'd', 'c', 'f', 'e'].map(level)).toEqual([6, 4, 4, 3, 3, 2]);
  });
});
