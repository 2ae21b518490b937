import { DIFF_SECTIONS, itemMarks, type TimeDiffAnswer } from '../../../web/src/features/time/diff-sections';

const relation = (id: string, source: string, target: string) => ({
  id,
  type: 'PARTNERS_WITH' as const,
  source: { id: source, name: `Actor ${source}` },
  target: { id: target, name: `Actor ${target}` },
});

const DIFF = {
  from: '2015-01-26',
  to: '2019-07-08',
  addedActorIds: ['n'],
  endedActorIds: ['o'],
  addedRelationIds: ['r1'],
  endedRelationIds: ['r2'],
  addedActors: [{ id: 'n', name: 'New office' }],
  endedActors: [{ id: 'o', name: 'Old office' }],
  addedRelations: [relation('r1', 'n', 'm')],
  endedRelations: [relation('r2', 'o', 'm')],
  changedRelations: [{ relationId: 'r3', field: 'mode', from: 'COOPERATION', to: 'CONFRONTATION' }],
  renamedActors: [{ actorId: 'm', fromActorId: 'm', fromName: 'Ministry A', toName: 'Ministry B' }],
  successions: [
    {
      id: 's1',
      kind: 'MERGED_INTO' as const,
      predecessor: 'o',
      successor: 'm',
      on: '2016-03',
      predecessorActor: { name: 'Old office' },
      successorActor: { name: 'Ministry B' },
    },
  ],
} as unknown as TimeDiffAnswer;

const context = {
  relationLabel: (id: string) => (id === 'r3' ? 'Actor x → Actor y' : 'A relation'),
  themeLabel: (id: string) => id,
  countryName: (code: string) => code,
};
const section = (id: string) => DIFF_SECTIONS.find((candidate) => candidate.id === id)!.items(DIFF, context);

describe('DIFF_SECTIONS', () => {
  it('lists each kind of change in its section, with its tone and what a click selects', () => {
    expect(section('actors-added')).toEqual([
      { key: 'n', text: 'New office', tone: 'added', target: { kind: 'actor', id: 'n' } },
    ]);
    expect(section('actors-ended')[0]).toMatchObject({ text: 'Old office', tone: 'ended' });
    expect(section('relations-added')[0]).toMatchObject({
      text: 'Actor n → Actor m (Partners with)',
      tone: 'added',
      target: { kind: 'relation', id: 'r1' },
    });
    expect(section('relations-ended')[0]).toMatchObject({ tone: 'ended', target: { kind: 'relation', id: 'r2' } });
    expect(section('tie-changes')[0]).toMatchObject({
      text: 'Actor x → Actor y: mode Cooperation → Confrontation',
      tone: 'changed',
      target: { kind: 'relation', id: 'r3' },
    });
    expect(section('renames')[0]).toMatchObject({
      text: 'Ministry A → Ministry B',
      target: { kind: 'actor', id: 'm' },
    });
    expect(section('successions')[0]).toMatchObject({
      text: 'Old office merged into Ministry B (2016-03)',
      target: { kind: 'actor', id: 'm' },
    });
  });

  it('has unique section ids', () => {
    expect(new Set(DIFF_SECTIONS.map((candidate) => candidate.id)).size).toBe(DIFF_SECTIONS.length);
  });
});

describe('itemMarks', () => {
  it('marks the records the map colours', () => {
    const marks = itemMarks(DIFF_SECTIONS.flatMap((candidate) => candidate.items(DIFF, context)));
    expect([...marks.addedActorIds]).toEqual(['n']);
    expect([...marks.endedActorIds]).toEqual(['o']);
    expect([...marks.addedRelationIds]).toEqual(['r1']);
    expect([...marks.endedRelationIds]).toEqual(['r2']);
    expect([...marks.changedRelationIds]).toEqual(['r3']);
    expect([...marks.changedActorIds].sort()).toEqual(['m', 'o']);
  });

  it('marks only the chosen section’s records', () => {
    const marks = itemMarks(section('relations-ended'));
    expect([...marks.endedRelationIds]).toEqual(['r2']);
    expect(
      [marks.addedActorIds, marks.endedActorIds, marks.changedActorIds, marks.addedRelationIds].map((set) => set.size),
    ).toEqual([0, 0, 0, 0]);
  });
});
