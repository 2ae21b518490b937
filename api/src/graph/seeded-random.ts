/**
 * Mulberry32 (Tommy Ettinger, public domain): a 32-bit generator small enough to inline, good enough for
 * choosing Louvain move orders and betweenness pivots. Seeding it is what makes analytics reproducible
 * across runs and machines, which Math.random cannot give us.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
