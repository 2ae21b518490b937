export interface LruCacheOptions<K, V> {
  /** Most entries kept. */
  maxEntries: number;
  /** Most total weight kept (e.g. bytes); unbounded unless given. */
  maxWeight?: number;
  /** Weight of an entry; 1 unless given. */
  weigh?: (value: V, key: K) => number;
  /** Called for every entry that leaves the cache: evicted, replaced, deleted or cleared. */
  onRemove?: (key: K, value: V) => void;
}

interface Entry<V> {
  value: V;
  weight: number;
}

/**
 * A least-recently-used cache bounded by entry count and by total weight. A Map keeps insertion
 * order, so re-inserting on every hit makes its first key the least recently used one.
 */
export class LruCache<K, V> {
  private readonly entries = new Map<K, Entry<V>>();
  private totalWeight = 0;

  constructor(private readonly options: Readonly<LruCacheOptions<K, V>>) {}

  get size(): number {
    return this.entries.size;
  }

  get weight(): number {
    return this.totalWeight;
  }

  /** The value, marking it most recently used. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry.value;
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /**
   * Stores a value as the most recently used and evicts the least recently used entries until both
   * bounds hold. A value heavier than maxWeight on its own is not stored; returns whether it was.
   */
  set(key: K, value: V): boolean {
    const weight = this.options.weigh ? this.options.weigh(value, key) : 1;
    this.delete(key);
    if (weight > (this.options.maxWeight ?? Infinity)) return false;
    this.entries.set(key, { value, weight });
    this.totalWeight += weight;
    this.evict();
    return true;
  }

  delete(key: K): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.totalWeight -= entry.weight;
    this.options.onRemove?.(key, entry.value);
    return true;
  }

  /** Deletes every entry the predicate selects; returns how many. */
  deleteWhere(predicate: (key: K, value: V) => boolean): number {
    let deleted = 0;
    for (const [key, entry] of [...this.entries]) {
      if (predicate(key, entry.value) && this.delete(key)) deleted += 1;
    }
    return deleted;
  }

  clear(): void {
    this.deleteWhere(() => true);
  }

  private evict(): void {
    const maxWeight = this.options.maxWeight ?? Infinity;
    while (this.entries.size > this.options.maxEntries || this.totalWeight > maxWeight) {
      const oldest = this.entries.keys().next();
      if (oldest.done) return;
      this.delete(oldest.value);
    }
  }
}
