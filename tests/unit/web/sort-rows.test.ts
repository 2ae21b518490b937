import { nextSort, sortRows } from '../../../web/src/lib/sort-rows';

type Row = { name: string; amount: number | null };
const rows: Row[] = [
  { name: 'b', amount: 10 },
  { name: 'a', amount: null },
  { name: 'c', amount: 2 },
  { name: 'd', amount: 10 },
];
const valueOf = (row: Row, column: 'name' | 'amount') => row[column];

describe('sortRows', () => {
  it('sorts numbers numerically and keeps the order of ties', () => {
    expect(sortRows(rows, { column: 'amount', descending: false }, valueOf).map((r) => r.name)).toEqual([
      'c',
      'b',
      'd',
      'a',
    ]);
  });

  it('puts empty values last in either direction', () => {
    expect(sortRows(rows, { column: 'amount', descending: true }, valueOf).map((r) => r.name)).toEqual([
      'b',
      'd',
      'c',
      'a',
    ]);
  });

  it('sorts text by locale and leaves the input untouched', () => {
    expect(sortRows(rows, { column: 'name', descending: true }, valueOf).map((r) => r.name)).toEqual([
      'd',
      'c',
      'b',
      'a',
    ]);
    expect(rows[0]!.name).toBe('b');
  });
});

describe('nextSort', () => {
  it('flips the direction of the same column and starts another column in its first direction', () => {
    expect(nextSort({ column: 'name', descending: false }, 'name')).toEqual({ column: 'name', descending: true });
    expect(nextSort({ column: 'name', descending: true }, 'amount', true)).toEqual({
      column: 'amount',
      descending: true,
    });
  });
});
