import type { MapActor, MapRelation } from './domain';

/**
 * Bump when computeTierLayout changes, so that stored layouts of the old algorithm are recomputed.
 * 2: the force step inside bands.
 */
export const LAYOUT_VERSION = 2;

/** A 53-bit string hash (cyrb53, public domain): fast, well mixed, good enough for cache keys. */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const TWO_32 = 2 ** 32;

/** An order-independent 64-bit digest of many strings: two 32-bit sums, exact in floating point. */
function sumOfHashes(texts: Iterable<string>): string {
  let low = 0;
  let high = 0;
  for (const text of texts) {
    low = (low + (hash53(text) % TWO_32)) % TWO_32;
    high = (high + (hash53(text, 1) % TWO_32)) % TWO_32;
  }
  return `${high.toString(36)}.${low.toString(36)}`;
}

/**
 * The cache key of a workspace's layout: it changes whenever anything the layout reads changes (an
 * actor's id, tier, country, sector or name; a relation's ends) and not when the pages arrive in another
 * order, because the per-item hashes are summed.
 */
export function layoutKey(
  workspace: string,
  actors: readonly Pick<MapActor, 'id' | 'tier' | 'country' | 'sector' | 'name'>[],
  relations: readonly Pick<MapRelation, 'sourceId' | 'targetId'>[],
): string {
  const actorDigest = sumOfHashes(actors.map((a) => `${a.id}|${a.tier}|${a.country ?? ''}|${a.sector}|${a.name}`));
  const relationDigest = sumOfHashes(relations.map((r) => `${r.sourceId}|${r.targetId}`));
  return `v${LAYOUT_VERSION}:${workspace}:${actors.length}:${relations.length}:${actorDigest}:${relationDigest}`;
}
