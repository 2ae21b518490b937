import { SECTORS, TIERS, type MapActor, type Sector, type Tier } from './domain';
import type { Point, TierLayout } from './tier-layout';

/** Above this many visible actors the map draws tier × sector groups instead of every actor. */
export const DEFAULT_AGGREGATE_ABOVE = 3000;

/** One aggregate: the visible actors of a tier and sector. */
export interface AggregateGroup {
  id: string;
  tier: Tier;
  sector: Sector;
  /** Every visible member, collapsed or not. */
  size: number;
  /** Members drawn inside the aggregate (not revealed, group not opened). */
  collapsed: number;
}

export interface AggregationPlan {
  /** Actor id → the id of the aggregate node it is drawn in. */
  collapsed: Map<string, string>;
  /** Every group with visible members, in tier then sector order. */
  groups: AggregateGroup[];
}

export const groupId = (tier: Tier, sector: Sector) => `group-${tier}-${sector}`;

/**
 * Which visible actors are drawn inside a tier × sector aggregate: all of them, except the revealed ones
 * (the focused actor, its neighbours, expanded neighbourhoods) and the members of opened groups.
 * Null when there are no more than `threshold` visible actors: then every actor is drawn.
 */
export function planAggregation(
  visible: Iterable<MapActor>,
  visibleCount: number,
  threshold: number,
  revealed: ReadonlySet<string>,
  openGroups: ReadonlySet<string>,
): AggregationPlan | null {
  if (visibleCount <= threshold) return null;
  const collapsed = new Map<string, string>();
  const groups = new Map<string, AggregateGroup>();
  for (const actor of visible) {
    const id = groupId(actor.tier, actor.sector);
    let group = groups.get(id);
    if (!group) {
      group = { id, tier: actor.tier, sector: actor.sector, size: 0, collapsed: 0 };
      groups.set(id, group);
    }
    group.size += 1;
    if (revealed.has(actor.id) || openGroups.has(id)) continue;
    group.collapsed += 1;
    collapsed.set(actor.id, id);
  }
  const order = (group: AggregateGroup) => TIERS.indexOf(group.tier) * SECTORS.length + SECTORS.indexOf(group.sector);
  return { collapsed, groups: [...groups.values()].sort((a, b) => order(a) - order(b)) };
}

/** Relations summed between the drawn ends (aggregates or actors), one entry per unordered pair. */
export class SummedEdges {
  private readonly sums = new Map<string, { source: string; target: string; count: number }>();

  add(a: string, b: string): void {
    const [source, target] = a < b ? [a, b] : [b, a];
    const key = `${source}|${target}`;
    const sum = this.sums.get(key);
    if (sum) sum.count += 1;
    else this.sums.set(key, { source, target, count: 1 });
  }

  entries(): { source: string; target: string; count: number }[] {
    return [...this.sums.values()];
  }
}

/** Where an aggregate sits: the middle of its tier band, one column per sector. */
export function aggregatePosition(layout: TierLayout, tier: Tier, sector: Sector): Point {
  const band = layout.bands.find((candidate) => candidate.tier === tier);
  const column = SECTORS.indexOf(sector);
  return {
    x: (layout.width * (column + 0.5)) / SECTORS.length,
    y: band ? band.top + band.height / 2 : 0,
  };
}

/** Diameter of an aggregate: area by members, at most the band's height and a column's width. */
export function aggregateSize(layout: TierLayout, group: AggregateGroup, largest: number): number {
  const band = layout.bands.find((candidate) => candidate.tier === group.tier);
  const most = Math.min((layout.width / SECTORS.length) * 0.7, (band?.height ?? 200) * 0.9);
  return Math.max(40, most * Math.sqrt(group.collapsed / Math.max(1, largest)));
}
