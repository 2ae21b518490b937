/**
 * Structures derived from one `GraphData` (the usable relations, the actor index, the cooperative
 * neighbours, Louvain communities …), computed once per data object and shared by every analysis run
 * on it. Analyses treat `GraphData` as immutable (every entry point takes `Readonly<GraphData>`), and
 * the loaded graph keeps one data object per filter, so a data object's identity is its content.
 *
 * Entries live as long as the data object (a WeakMap), so dropping a graph frees them. What is
 * returned is shared: callers must not mutate it, which the readonly return types enforce.
 */
const caches = new WeakMap<object, Map<string, unknown>>();

/** `compute()` the first time `key` is asked of `data`, the same value every later time. */
export function derived<T>(data: object, key: string, compute: () => T): T {
  let cache = caches.get(data);
  if (!cache) {
    cache = new Map();
    caches.set(data, cache);
  }
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}
