/**
 * A small seeded pseudo-random generator: mulberry32 (Tommy Ettinger, public domain), 32 bits of
 * state, good enough for synthetic data and fast. Every draw of the synthetic generator goes through
 * one instance, so a seed fixes the whole output; Math.random is never used.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Standard normal draw (Box–Muller). */
  normal(): number {
    const u = 1 - this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }

  /** Log-normal draw with the given median and log-scale spread. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Number of failures before the first success, with the given mean (geometric distribution). */
  geometric(mean: number): number {
    if (mean <= 0) return 0;
    const p = 1 / (1 + mean);
    return Math.floor(Math.log(1 - this.next()) / Math.log(1 - p));
  }

  /** Fisher–Yates shuffle in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/** A fixed discrete distribution, prepared once and drawn from many times. */
export class WeightedChoice<T> {
  private readonly values: readonly T[];
  private readonly cumulative: readonly number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('WeightedChoice needs at least one entry');
    let total = 0;
    this.values = entries.map(([value]) => value);
    this.cumulative = entries.map(([, weight]) => (total += weight));
  }

  /** From an object of weights keyed by the values. */
  static of<K extends string>(weights: Readonly<Partial<Record<K, number>>>): WeightedChoice<K> {
    return new WeightedChoice(Object.entries(weights) as [K, number][]);
  }

  draw(rng: SeededRandom): T {
    const r = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let i = 0;
    while (i < this.cumulative.length - 1 && r >= this.cumulative[i]!) i++;
    return this.values[i]!;
  }
}
