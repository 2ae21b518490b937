import neo4j from 'neo4j-driver';
import { toPlain } from '../../../api/src/db/to-plain';

describe('toPlain', () => {
  it('turns driver integers into numbers, and unsafe ones into strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
  });

  it('turns temporal values into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2018, 5, 14))).toBe('2018-05-14');
    expect(toPlain(new neo4j.types.DateTime(2018, 5, 14, 10, 30, 0, 0, 0))).toBe('2018-05-14T10:30:00Z');
  });

  it('converts nested lists and maps, and undefined to null', () => {
    expect(toPlain({ a: [neo4j.int(1), { b: neo4j.int(2) }], c: undefined })).toEqual({ a: [1, { b: 2 }], c: null });
  });
});
