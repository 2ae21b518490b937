/**
 * What the read workloads of `npm run bench:api` ask for, chosen deterministically from a generated map
 * (the same seed gives the same choices): a tier and theme, a name prefix with a handful of hits, the
 * most frequent relation type, an actor with about 30 relations and an actor whose 2-hop neighbourhood
 * holds about 175 actors.
 */
import type { GraphFiles } from '../../graph-seed/src/graph-file.types';

export interface WorkloadPicks {
  tier: string;
  theme: string;
  /** Lower-case name prefix; every actor with a word (name, aliases, description) starting with it has a name starting with it. */
  prefix: string;
  prefixHits: number;
  /** The most frequent relation type of the map. */
  relationType: string;
  /** externalId of the actor with closest to 30 relations. */
  hub: string;
  hubDegree: number;
  /** The most frequent relation type among the hub's relations. */
  hubType: string;
  hubTypeCount: number;
  /** externalId of the actor whose 2-hop neighbourhood (itself included) is closest to 175 actors. */
  centre: string;
  centreReach: number;
}

const HUB_DEGREE = 30;
const CENTRE_REACH = 175;
const PREFIX_HITS = 10;
const PREFIX_LENGTHS = [3, 4, 5, 6];

const byCount = <K>(counts: Map<K, number>, tieKey: (k: K) => string): K => {
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || (tieKey(a[0]) < tieKey(b[0]) ? -1 : 1));
  return sorted[0]![0];
};

const closest = <T>(items: readonly T[], value: (item: T) => number, target: number, key: (item: T) => string): T =>
  [...items].sort(
    (a, b) => Math.abs(value(a) - target) - Math.abs(value(b) - target) || (key(a) < key(b) ? -1 : 1),
  )[0]!;

const words = (text: string | null | undefined): string[] =>
  (text ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);

/**
 * A prefix of the first word of some name such that the actors with any searched word starting with it
 * (what Tiermap's search finds) are exactly those whose name starts with it (what a name-prefix filter
 * finds), with a hit count close to PREFIX_HITS.
 */
function pickPrefix(files: GraphFiles): { prefix: string; hits: number } {
  const byName = new Map<string, number>();
  const byWord = new Map<string, number>();
  for (const actor of files.actors) {
    const nameKey = actor.name.toLowerCase();
    const prefixes = new Set<string>();
    for (const word of [...words(actor.name), ...actor.aliases.flatMap(words), ...words(actor.description)]) {
      for (const length of PREFIX_LENGTHS) if (word.length >= length) prefixes.add(word.slice(0, length));
    }
    for (const prefix of prefixes) byWord.set(prefix, (byWord.get(prefix) ?? 0) + 1);
    for (const length of PREFIX_LENGTHS) {
      const prefix = nameKey.slice(0, length);
      if (prefix.length === length && /^[\p{L}\p{N}]+$/u.test(prefix))
        byName.set(prefix, (byName.get(prefix) ?? 0) + 1);
    }
  }
  const equal = [...byName].filter(([prefix, count]) => byWord.get(prefix) === count);
  if (equal.length === 0) throw new Error('no name prefix finds the same actors by name and by word');
  const [prefix, hits] = closest(
    equal,
    ([, count]) => count,
    PREFIX_HITS,
    ([p]) => p,
  );
  return { prefix, hits };
}

/** Chooses the parameters of the read workloads for a generated map. */
export function pickWorkloads(files: GraphFiles): WorkloadPicks {
  const tiers = new Map<string, number>();
  for (const actor of files.actors) tiers.set(actor.tier, (tiers.get(actor.tier) ?? 0) + 1);
  const tier = byCount(tiers, String);
  const themes = new Map<string, number>();
  for (const actor of files.actors) {
    if (actor.tier === tier) for (const theme of actor.themes) themes.set(theme, (themes.get(theme) ?? 0) + 1);
  }
  const types = new Map<string, number>();
  const neighbours = new Map<string, Set<string>>();
  const degree = new Map<string, number>();
  for (const relation of files.relations) {
    types.set(relation.type, (types.get(relation.type) ?? 0) + 1);
    for (const [end, other] of [
      [relation.source, relation.target],
      [relation.target, relation.source],
    ] as const) {
      degree.set(end, (degree.get(end) ?? 0) + 1);
      if (!neighbours.has(end)) neighbours.set(end, new Set());
      neighbours.get(end)!.add(other);
    }
  }
  const ids = files.actors.map((actor) => actor.externalId);
  const hub = closest(ids, (id) => degree.get(id) ?? 0, HUB_DEGREE, String);
  const hubTypes = new Map<string, number>();
  for (const relation of files.relations) {
    if (relation.source === hub || relation.target === hub)
      hubTypes.set(relation.type, (hubTypes.get(relation.type) ?? 0) + 1);
  }
  const hubType = byCount(hubTypes, String);
  const reach = (id: string) => {
    const seen = new Set([id]);
    for (const first of neighbours.get(id) ?? []) {
      seen.add(first);
      for (const second of neighbours.get(first) ?? []) seen.add(second);
    }
    return seen.size;
  };
  const reaches = new Map(ids.map((id) => [id, reach(id)]));
  const centre = closest(ids, (id) => reaches.get(id)!, CENTRE_REACH, String);
  const { prefix, hits } = pickPrefix(files);
  return {
    tier,
    theme: byCount(themes, String),
    prefix,
    prefixHits: hits,
    relationType: byCount(types, String),
    hub,
    hubDegree: degree.get(hub) ?? 0,
    hubType,
    hubTypeCount: hubTypes.get(hubType) ?? 0,
    centre,
    centreReach: reaches.get(centre)!,
  };
}
