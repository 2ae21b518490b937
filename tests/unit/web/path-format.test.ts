import {
  formatPath,
  relationVerb,
  stepConnector,
  weakestConfidence,
  type Step,
} from '../../../web/src/features/paths/path-format';

const relation = (id: string, type: string, sourceId: string, targetId: string, directed = true, confidence = 1) => ({
  id,
  type,
  sourceId,
  targetId,
  directed,
  confidence,
});

describe('path formatting', () => {
  it('turns a relation type into a verb phrase', () => {
    expect(relationVerb('PARTNERS_WITH')).toBe('partners with');
    expect(relationVerb('FUNDS')).toBe('funds');
  });

  it('points the arrow along the path or against it, and leaves undirected ties without arrow', () => {
    expect(stepConnector({ fromId: 'a', toId: 'b', relations: [relation('r1', 'FUNDS', 'a', 'b')] })).toBe('—funds→');
    expect(stepConnector({ fromId: 'b', toId: 'c', relations: [relation('r2', 'COORDINATES', 'c', 'b')] })).toBe(
      '←coordinates—',
    );
    expect(
      stepConnector({ fromId: 'a', toId: 'b', relations: [relation('r3', 'PARTNERS_WITH', 'b', 'a', false)] }),
    ).toBe('—partners with—');
  });

  it('joins several relations between the same pair, alphabetically', () => {
    const step: Step = {
      fromId: 'a',
      toId: 'b',
      relations: [
        relation('r1', 'FUNDS', 'a', 'b'),
        relation('r2', 'CONSULTS', 'a', 'b'),
        relation('r3', 'ADVOCATES_TO', 'b', 'a'),
      ],
    };
    expect(stepConnector(step)).toBe('—consults / funds→ ←advocates to—');
  });

  it('writes a whole path as one chain', () => {
    const steps: Step[] = [
      { fromId: 'a', toId: 'b', relations: [relation('r1', 'FUNDS', 'a', 'b')] },
      { fromId: 'b', toId: 'c', relations: [relation('r2', 'PARTNERS_WITH', 'b', 'c', false)] },
    ];
    expect(formatPath(['A', 'B', 'C'], steps)).toBe('A —funds→ B —partners with— C');
  });

  it('rates a path by its weakest step, each step by its best relation', () => {
    const steps: Step[] = [
      {
        fromId: 'a',
        toId: 'b',
        relations: [relation('r1', 'FUNDS', 'a', 'b', true, 0.4), relation('r2', 'CONSULTS', 'a', 'b', true, 0.9)],
      },
      { fromId: 'b', toId: 'c', relations: [relation('r3', 'FUNDS', 'b', 'c', true, 0.6)] },
    ];
    expect(weakestConfidence(steps)).toBe(0.6);
    expect(weakestConfidence([])).toBe(1);
  });
});
