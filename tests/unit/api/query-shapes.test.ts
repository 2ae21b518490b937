import { defineQuery, QueryShapes } from '../../../api/src/db/query';

describe('QueryShapes', () => {
  interface Shape {
    fields: string[] | null;
  }
  const build = (shape: Shape) =>
    defineQuery<object, never>('test.shape', `RETURN ${shape.fields ? shape.fields.join(', ') : '*'}`);
  const widen = (): Shape => ({ fields: null });

  it('makes one text per shape and gives the same object back for an equal shape', () => {
    const shapes = new QueryShapes(build, widen);
    const first = shapes.get({ fields: ['a', 'b'] });
    expect(first.text).toBe('RETURN a, b');
    expect(shapes.get({ fields: ['a', 'b'] })).toBe(first);
  });

  it('widens new shapes once it holds its maximum, so the number of texts stays bounded', () => {
    const shapes = new QueryShapes(build, widen, 2);
    shapes.get({ fields: ['a'] });
    shapes.get({ fields: ['b'] });
    expect(shapes.get({ fields: ['c'] }).text).toBe('RETURN *');
    expect(shapes.get({ fields: ['a'] }).text).toBe('RETURN a');
  });
});
