import { lineageOf } from '../../../web/src/features/panels/lineage';

type ActorRelationAnswer = Parameters<typeof lineageOf>[1][number];

const rel = (id: string, type: string, source: string, target: string, since: string | null) =>
  ({
    id,
    type,
    since,
    source: { id: source, name: `Name ${source}` },
    target: { id: target, name: `Name ${target}` },
  }) as unknown as ActorRelationAnswer;

describe('lineageOf', () => {
  it('reads each succession from the actor’s side, oldest first, ignoring other relations', () => {
    const lineage = lineageOf('x', [
      rel('r1', 'SUCCEEDS', 'x', 'old', '2015-02'), // x succeeds old
      rel('r2', 'SUCCEEDS', 'new', 'x', '2019-07'), // new succeeds x
      rel('r3', 'MERGED_INTO', 'small', 'x', '2012'), // small merged into x
      rel('r4', 'SPLIT_FROM', 'part', 'x', '2018'), // part split off x
      rel('r5', 'PARTNERS_WITH', 'x', 'friend', '2010'),
    ]);
    expect(lineage.predecessors.map((link) => [link.words, link.actorId, link.on])).toEqual([
      ['Absorbed', 'small', '2012'],
      ['Succeeds', 'old', '2015-02'],
    ]);
    expect(lineage.successors.map((link) => [link.words, link.actorId, link.on])).toEqual([
      ['Split off', 'part', '2018'],
      ['Succeeded by', 'new', '2019-07'],
    ]);
  });

  it('reads a merge and a split from the later actor', () => {
    const merged = lineageOf('small', [rel('r3', 'MERGED_INTO', 'small', 'x', '2012')]);
    expect(merged.successors).toMatchObject([{ words: 'Merged into', actorId: 'x', actorName: 'Name x' }]);
    const split = lineageOf('part', [rel('r4', 'SPLIT_FROM', 'part', 'x', '2018')]);
    expect(split.predecessors).toMatchObject([{ words: 'Split from', actorId: 'x' }]);
  });
});
