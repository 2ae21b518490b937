import type { GraphActor, GraphData } from './analytics-graph';
import { indexActors } from './analytics-graph';
import { connectedComponents } from './connected-components';
import type { GroupEiIndex } from './ei-index';
import { eiIndex } from './ei-index';
import type { LouvainOptions } from './louvain-communities';
import { louvainCommunities } from './louvain-communities';
import { SECTORS, TIERS } from '../domain/vocabulary';

export interface DominantValue {
  value: string;
  /** Fraction of the community's actors that have this value. */
  share: number;
}

export interface ComponentSummary {
  index: number;
  size: number;
  actorIds: string[];
}

export interface CommunitySummary {
  index: number;
  size: number;
  actorIds: string[];
  dominantTier: DominantValue;
  dominantSector: DominantValue;
  /** Null when no member has a country. */
  dominantCountry: DominantValue | null;
  internalTies: number;
  externalTies: number;
  eiIndex: number | null;
}

export interface SilosResult {
  /** Connected components of the cooperative graph, largest first. */
  components: ComponentSummary[];
  /** Louvain communities, largest first. */
  communities: CommunitySummary[];
  modularity: number;
  /** E–I index of each tier present, in tier order. */
  tiers: GroupEiIndex[];
  /** E–I index of each sector present, in sector order. */
  sectors: GroupEiIndex[];
}

/** The most frequent value; ties go to the earliest in `order` (tier order, sector order, alphabetical). */
function dominant(values: readonly (string | null)[], size: number, order?: readonly string[]): DominantValue | null {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  const rank = (value: string): number => (order ? order.indexOf(value) : 0);
  const best = [...counts.entries()].sort(
    ([a, ca], [b, cb]) => cb - ca || rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  )[0];
  return best ? { value: best[0], share: best[1] / size } : null;
}

/**
 * Silos (PRODUCT.md §4.2): connected components and Louvain communities (Blondel et al. 2008, seeded)
 * of the cooperative graph, each community with its dominant tier, sector and country, and the E–I
 * index (Krackhardt & Stern 1988) of every tier, sector and community — near −1 is a silo.
 */
export function silos(data: Readonly<GraphData>, options: Readonly<LouvainOptions> = {}): SilosResult {
  const actors = indexActors(data);
  const actorOf = (id: string): GraphActor => actors.get(id) as GraphActor;
  const communities = louvainCommunities(data, options);
  const communityEi = eiIndex(
    data,
    (id) => String(communities.communityOf.get(id) ?? -1),
    communities.members.map((_, index) => String(index)),
  );

  return {
    components: connectedComponents(data).map((actorIds, index) => ({ index, size: actorIds.length, actorIds })),
    communities: communities.members.map((actorIds, index): CommunitySummary => {
      const members = actorIds.map(actorOf);
      const ei = communityEi[index] as GroupEiIndex;
      return {
        index,
        size: actorIds.length,
        actorIds: [...actorIds],
        dominantTier: dominant(
          members.map((m) => m.tier),
          members.length,
          TIERS,
        ) as DominantValue,
        dominantSector: dominant(
          members.map((m) => m.sector),
          members.length,
          SECTORS,
        ) as DominantValue,
        dominantCountry: dominant(
          members.map((m) => m.country),
          members.length,
        ),
        internalTies: ei.internalTies,
        externalTies: ei.externalTies,
        eiIndex: ei.eiIndex,
      };
    }),
    modularity: communities.modularity,
    tiers: eiIndex(data, (id) => actors.get(id)?.tier ?? null, TIERS),
    sectors: eiIndex(data, (id) => actors.get(id)?.sector ?? null, SECTORS),
  };
}
