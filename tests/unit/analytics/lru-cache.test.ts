import { LruCache } from '../../../api/src/analytics/lru-cache';

describe('LruCache', () => {
  it('evicts the least recently used entry beyond maxEntries, counting a get as a use', () => {
    const removed: string[] = [];
    const cache = new LruCache<string, number>({ maxEntries: 2, onRemove: (key) => removed.push(key) });
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.has('b')).toBe(false);
    expect(cache.has('a')).toBe(true);
    expect(removed).toEqual(['b']);
  });

  it('keeps the total weight within maxWeight and refuses a value heavier than the bound', () => {
    const cache = new LruCache<string, string>({ maxEntries: 10, maxWeight: 10, weigh: (value) => value.length });
    cache.set('a', 'xxxx');
    cache.set('b', 'yyyy');
    cache.set('c', 'zzzz');
    expect(cache.has('a')).toBe(false);
    expect(cache.weight).toBe(8);
    expect(cache.set('huge', 'x'.repeat(11))).toBe(false);
    expect(cache.has('huge')).toBe(false);
    expect(cache.size).toBe(2);
  });

  it('replaces a value under the same key, telling onRemove about the old one', () => {
    const removed: Array<[string, number]> = [];
    const cache = new LruCache<string, number>({ maxEntries: 5, onRemove: (key, value) => removed.push([key, value]) });
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    expect(cache.size).toBe(1);
    expect(removed).toEqual([['a', 1]]);
  });

  it('deletes the entries a predicate selects, and clears', () => {
    const cache = new LruCache<string, number>({ maxEntries: 5 });
    for (const [key, value] of [
      ['ws1|a', 1],
      ['ws1|b', 2],
      ['ws2|a', 3],
    ] as const)
      cache.set(key, value);
    expect(cache.deleteWhere((key) => key.startsWith('ws1|'))).toBe(2);
    expect([cache.has('ws1|a'), cache.has('ws2|a')]).toEqual([false, true]);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(cache.weight).toBe(0);
  });
});
