import type { ElementDefinition } from 'cytoscape';
import { humanize, type MapActor, type MapRelation } from './domain';
import type { ExtraEdge, LensDecoration } from './lens-decoration';
import {
  aggregatePosition,
  aggregateSize,
  DEFAULT_AGGREGATE_ABOVE,
  planAggregation,
  SummedEdges,
  type AggregationPlan,
} from './map-aggregation';
import { SECTOR_COLOURS } from './palette';
import { isActiveInMonth, type AsOfMonth } from './as-of-month';
import { actorsInPicture } from './as-of-picture';
import { nameInMonth } from './name-in-month';
import { actorDiameter, relativeSizeByTies } from './actor-size';
import { provisionalPosition, type TierLayout } from './tier-layout';
import { wrapLabel } from '../map/label-text';
import type { Filters } from './view-state';
import { countryScope, relationInScope, type CountryScope } from './country-scope';

/** Actors and relations forced onto the map by expanding a neighbourhood, with its "+N more" counts. */
export interface Expansion {
  centerId: string;
  actors: MapActor[];
  relations: MapRelation[];
  hiddenNeighbours: ReadonlyMap<string, number>;
}

export interface MapInput {
  actors: readonly MapActor[];
  relations: readonly MapRelation[];
  layout: TierLayout;
  filters: Filters;
  /** The month shown: actors outside the picture then (see actorsInPicture) and inactive relations leave. */
  asOf: AsOfMonth | null;
  decoration: LensDecoration;
  expansions: readonly Expansion[];
  selectedId: string | null;
  /** A path to draw out (path finder): its actors are always shown, its relations even when filtered. */
  highlight?: PathHighlight | null;
  /** Aggregate above this many visible actors (default DEFAULT_AGGREGATE_ABOVE). */
  aggregateAbove?: number;
  /** Aggregates the user opened: their members are drawn one by one. */
  openGroups?: ReadonlySet<string>;
  /** The country scope of the filters, when the caller has it already (see `mapScope`). */
  scope?: CountryScope | null;
  /** What changed between two dates (the changes view): drawn in colour, ended records included. */
  timeChanges?: TimeChangeMarks | null;
}

/** The records a diff lists, by what happened to them; all of them are drawn whatever the as-of date. */
export interface TimeChangeMarks {
  addedActorIds: ReadonlySet<string>;
  endedActorIds: ReadonlySet<string>;
  addedRelationIds: ReadonlySet<string>;
  endedRelationIds: ReadonlySet<string>;
  changedRelationIds: ReadonlySet<string>;
  /** Actors renamed or succeeded between the dates. */
  changedActorIds: ReadonlySet<string>;
}

/** The class a record of a diff is drawn with (map-style.ts): added green, ended red and dashed, changed amber. */
function timeClass(marks: TimeChangeMarks | null, id: string, kind: 'actor' | 'relation'): string {
  if (!marks) return '';
  const [added, ended, changed] =
    kind === 'actor'
      ? [marks.addedActorIds, marks.endedActorIds, marks.changedActorIds]
      : [marks.addedRelationIds, marks.endedRelationIds, marks.changedRelationIds];
  return added.has(id) ? 'time-added' : ended.has(id) ? 'time-ended' : changed.has(id) ? 'time-changed' : '';
}

/** The actors and relations of a chosen path. */
export interface PathHighlight {
  actorIds: ReadonlySet<string>;
  relationIds: ReadonlySet<string>;
}

const matches = (wanted: readonly string[], value: string | null) =>
  wanted.length === 0 || (value !== null && wanted.includes(value));
const matchesAny = (wanted: readonly string[], values: readonly string[]) =>
  wanted.length === 0 || values.some((value) => wanted.includes(value));

/**
 * Whether an actor passes the actor facets of the filter. Countries are a scope, not a facet of the actor
 * alone: an actor passes when it is in `scope` (see `mapScope`), which is null when no country is chosen.
 */
export function actorMatches(actor: MapActor, filters: Filters, scope: CountryScope | null): boolean {
  return (
    matches(filters.tiers, actor.tier) &&
    matches(filters.kinds, actor.kind) &&
    matches(filters.sectors, actor.sector) &&
    (filters.countries.length === 0 || (scope?.ids.has(actor.id) ?? false)) &&
    matchesAny(filters.themes, actor.themes)
  );
}

/** Whether a relation passes the relation facets of the filter and is active in the as-of month. */
export function relationMatches(relation: MapRelation, filters: Filters, asOf: AsOfMonth | null): boolean {
  return (
    matches(filters.types, relation.type) &&
    matches(filters.modes, relation.mode) &&
    matches(filters.engagements, relation.engagement) &&
    matchesAny(filters.themes, relation.themes) &&
    (asOf === null || isActiveInMonth(relation.since, relation.until, asOf))
  );
}

/** The country scope of the filters over a map, tied by the relations the relation facets and as-of month keep. */
export function mapScope(
  actors: readonly MapActor[],
  relations: readonly MapRelation[],
  filters: Filters,
  asOf: AsOfMonth | null,
): CountryScope | null {
  return countryScope(actors, relations, filters.countries, (relation) => relationMatches(relation, filters, asOf));
}

function bandElements(layout: TierLayout): ElementDefinition[] {
  return layout.bands.flatMap((band, index) => [
    {
      group: 'nodes' as const,
      data: { id: `band-${band.tier}`, w: layout.width + 260, h: band.height },
      position: { x: layout.width / 2 - 110, y: band.top + band.height / 2 },
      classes: `band ${index % 2 ? 'band--odd' : 'band--even'}`,
      selectable: false,
      grabbable: false,
    },
    {
      group: 'nodes' as const,
      data: { id: `tier-${band.tier}`, label: humanize(band.tier) },
      position: { x: -200, y: band.top + band.height / 2 },
      classes: 'band-label',
      selectable: false,
      grabbable: false,
    },
  ]);
}

/** The gap a gap marker (one of its ghost edge's two diamonds) stands for: its ghost edge's id. */
export const gapOfAnchor = (anchorId: string): string => anchorId.replace(/-(upper|lower)$/, '');

/**
 * Ghost edges between tier bands (a lens's vertical gaps): each gets its own pair of anchors, one at the
 * bottom of the upper band and one at the top of the lower band, spread across the map's width so that
 * several gaps never overlap.
 */
function gapElements(layout: TierLayout, ghosts: readonly ExtraEdge[]): ElementDefinition[] {
  const bandOf = (id: string) => layout.bands.find((band) => `tier-${band.tier}` === id);
  const elements: ElementDefinition[] = [];
  ghosts.forEach((ghost, index) => {
    const [a, b] = [bandOf(ghost.source), bandOf(ghost.target)];
    if (!a || !b) return;
    const [upper, lower] = a.top < b.top ? [a, b] : [b, a];
    const x = (layout.width * (index + 1)) / (ghosts.length + 1);
    const anchor = (end: string, y: number): ElementDefinition => ({
      group: 'nodes',
      data: { id: `${ghost.id}-${end}` },
      position: { x, y },
      classes: 'gap-anchor',
      selectable: false,
      grabbable: false,
    });
    elements.push(anchor('upper', upper.top + upper.height - 30), anchor('lower', lower.top + 30), {
      group: 'edges',
      data: {
        id: ghost.id,
        source: `${ghost.id}-upper`,
        target: `${ghost.id}-lower`,
        label: ghost.label ?? '',
      },
      classes: ghost.kind,
    });
  });
  return elements;
}

/** Actors that stay drawn one by one while the map is aggregated. */
function revealedActors(
  input: MapInput,
  forced: ReadonlySet<string>,
  relations: ReadonlyMap<string, MapRelation>,
): Set<string> {
  const revealed = new Set(forced);
  if (input.selectedId) {
    for (const relation of relations.values()) {
      if (relation.sourceId === input.selectedId) revealed.add(relation.targetId);
      if (relation.targetId === input.selectedId) revealed.add(relation.sourceId);
    }
  }
  for (const extra of input.decoration.extraEdges ?? [])
    if (extra.kind === 'suggestion') revealed.add(extra.source).add(extra.target);
  return revealed;
}

/** What the map draws: its elements, the aggregation in force (if any) and how many actors pass the filters. */
export interface MapElements {
  elements: ElementDefinition[];
  aggregation: AggregationPlan | null;
  /** Actors that pass the filters (or are forced onto the map), drawn alone or inside an aggregate. */
  visibleCount: number;
  /** Actors drawn one by one. */
  drawnActors: number;
}

/**
 * The Cytoscape elements of the map: tier bands, the visible actors and relations, and lens extras.
 * Above `aggregateAbove` visible actors, actors are drawn as tier × sector aggregates with summed
 * relations, except those the user reached (focus, its neighbours, expansions, opened groups).
 */
export function buildMap(input: MapInput): MapElements {
  const { decoration, layout } = input;
  const forced = new Set<string>(input.selectedId ? [input.selectedId] : []);
  const highlight = input.highlight ?? null;
  for (const id of highlight?.actorIds ?? []) forced.add(id);
  const marks = input.timeChanges ?? null;
  const markedRelations = new Set(
    [marks?.addedRelationIds, marks?.endedRelationIds, marks?.changedRelationIds].flatMap((set) => [...(set ?? [])]),
  );
  for (const set of [marks?.addedActorIds, marks?.endedActorIds, marks?.changedActorIds])
    for (const id of set ?? []) forced.add(id);
  const extraActors = new Map<string, MapActor>();
  const extraRelations = new Map<string, MapRelation>();
  const moreCount = new Map<string, number>();
  for (const expansion of input.expansions) {
    for (const actor of expansion.actors) {
      forced.add(actor.id);
      extraActors.set(actor.id, actor);
    }
    for (const relation of expansion.relations) extraRelations.set(relation.id, relation);
    for (const [id, count] of expansion.hiddenNeighbours) moreCount.set(id, count);
  }
  const actors = new Map(input.actors.map((actor) => [actor.id, actor]));
  for (const [id, actor] of extraActors) if (!actors.has(id)) actors.set(id, actor);
  const scope =
    input.scope !== undefined ? input.scope : mapScope(input.actors, input.relations, input.filters, input.asOf);
  const relations = new Map(input.relations.map((relation) => [relation.id, relation]));
  for (const id of markedRelations) {
    const relation = relations.get(id);
    if (relation) forced.add(relation.sourceId).add(relation.targetId);
  }
  const picture = actorsInPicture(input.actors, input.relations, input.asOf);
  const visible = new Set<string>();
  for (const actor of actors.values())
    if (
      forced.has(actor.id) ||
      (actorMatches(actor, input.filters, scope) &&
        (picture === null || picture.has(actor.id) || extraActors.has(actor.id)))
    )
      visible.add(actor.id);

  for (const [id, relation] of extraRelations) if (!relations.has(id)) relations.set(id, relation);
  const aggregation = planAggregation(
    [...visible].map((id) => actors.get(id)!),
    visible.size,
    input.aggregateAbove ?? DEFAULT_AGGREGATE_ABOVE,
    revealedActors(input, forced, relations),
    input.openGroups ?? new Set(),
  );
  const drawnAs = (id: string) => aggregation?.collapsed.get(id) ?? id;

  const edges: ElementDefinition[] = [];
  const sums = new SummedEdges();
  const degree = new Map<string, number>();
  for (const relation of relations.values()) {
    if (!visible.has(relation.sourceId) || !visible.has(relation.targetId)) continue;
    const onPath = highlight?.relationIds.has(relation.id) ?? false;
    const forcedOn = onPath || extraRelations.has(relation.id) || markedRelations.has(relation.id);
    if (!forcedOn && !(relationMatches(relation, input.filters, input.asOf) && relationInScope(scope, relation)))
      continue;
    if (!onPath && decoration.edgeFilter && !decoration.edgeFilter.has(relation.id)) continue;
    degree.set(relation.sourceId, (degree.get(relation.sourceId) ?? 0) + 1);
    degree.set(relation.targetId, (degree.get(relation.targetId) ?? 0) + 1);
    const [source, target] = [drawnAs(relation.sourceId), drawnAs(relation.targetId)];
    if (source !== relation.sourceId || target !== relation.targetId) {
      if (source !== target) sums.add(source, target);
      continue;
    }
    const focused = relation.sourceId === input.selectedId || relation.targetId === input.selectedId;
    edges.push({
      group: 'edges',
      data: {
        id: relation.id,
        source: relation.sourceId,
        target: relation.targetId,
        type: relation.type,
        width: decoration.edgeWidth?.get(relation.id) ?? 1,
      },
      classes: [
        relation.type === 'CHALLENGES' || relation.mode === 'CONFRONTATION' ? 'conflict' : '',
        focused ? 'focus-edge' : '',
        onPath ? 'path-edge' : '',
        timeClass(marks, relation.id, 'relation'),
      ].join(' '),
    });
  }
  const drawn = (id: string) => visible.has(id) && !aggregation?.collapsed.has(id);
  const ghosts = (decoration.extraEdges ?? []).filter((extra) => extra.kind === 'ghost');
  for (const extra of decoration.extraEdges ?? []) {
    if (extra.kind === 'ghost' || !drawn(extra.source) || !drawn(extra.target)) continue;
    edges.push({
      group: 'edges',
      data: { id: extra.id, source: extra.source, target: extra.target, label: extra.label ?? '' },
      classes: extra.kind,
    });
  }

  const neighbours = new Set<string>();
  if (input.selectedId) {
    for (const edge of edges) {
      if (edge.data.source === input.selectedId) neighbours.add(String(edge.data.target));
      if (edge.data.target === input.selectedId) neighbours.add(String(edge.data.source));
    }
  }
  const suggested = new Set<string>();
  for (const extra of decoration.extraEdges ?? [])
    if (extra.kind === 'suggestion') suggested.add(extra.source).add(extra.target);
  const nodes: ElementDefinition[] = [];
  for (const id of visible) {
    if (!drawn(id)) continue;
    const actor = actors.get(id)!;
    const position = layout.positions.get(id) ?? provisionalPosition(layout, actor.tier, id);
    const relative = decoration.nodeSize?.get(id) ?? relativeSizeByTies(degree.get(id) ?? 0);
    const badge = [decoration.nodeBadge?.get(id), moreCount.get(id) ? `+${moreCount.get(id)} more` : undefined]
      .filter(Boolean)
      .join(' · ');
    const colour = decoration.nodeColour?.get(id) ?? (decoration.greyOthers ? '#c4c8cf' : SECTOR_COLOURS[actor.sector]);
    const dim =
      input.selectedId !== null && id !== input.selectedId && !neighbours.has(id) && !highlight?.actorIds.has(id);
    // The name the actor carried in the month shown (its former name before a rename).
    const name = nameInMonth(actor, input.asOf);
    const label = badge ? `${name}\n${badge}` : name;
    // Its short name (an acronym, say) belongs to its current name only.
    const short = actor.shortName && name === actor.name ? actor.shortName : null;
    const size = actorDiameter(relative);
    nodes.push({
      group: 'nodes',
      data: {
        id,
        label,
        wrapped: wrapLabel(label),
        ...(short ? { short: badge ? `${short}\n${badge}` : short } : {}),
        colour,
        size,
        labelRank: labelRank(id, size, input, neighbours, suggested),
      },
      position: { ...position },
      classes: [
        'actor',
        decoration.ringed?.has(id) ? 'ringed' : '',
        id === input.selectedId ? 'focus' : '',
        dim ? 'dim' : '',
        badge ? 'badged' : '',
        highlight?.actorIds.has(id) ? 'on-path' : '',
        timeClass(marks, id, 'actor'),
      ].join(' '),
    });
  }
  const aggregates = aggregation ? aggregateElements(layout, aggregation, sums) : { nodes: [], edges: [] };
  // Nodes before the edges that reference them: Cytoscape adds elements in order.
  return {
    elements: [
      ...bandElements(layout),
      ...aggregates.nodes,
      ...nodes,
      ...aggregates.edges,
      ...edges,
      ...gapElements(layout, ghosts),
    ],
    aggregation,
    visibleCount: visible.size,
    drawnActors: nodes.length,
  };
}

/**
 * Which names the map shows first (map/label-placement.ts places them by this rank): the selection,
 * the actors of a chosen path, the selection's neighbours, the ends of suggested links, the actors a
 * lens brings out (its colours over grey, rings, badges), then the rest; by size within each level.
 */
function labelRank(
  id: string,
  size: number,
  input: MapInput,
  neighbours: ReadonlySet<string>,
  suggested: ReadonlySet<string>,
): number {
  const { decoration } = input;
  const level =
    id === input.selectedId
      ? 6
      : input.highlight?.actorIds.has(id)
        ? 5
        : neighbours.has(id)
          ? 4
          : suggested.has(id)
            ? 3
            : (decoration.greyOthers && decoration.nodeColour?.has(id)) ||
                decoration.ringed?.has(id) ||
                decoration.nodeBadge?.has(id)
              ? 2
              : 1;
  return level * 1000 + size;
}

/** The aggregate nodes (size by members) and the summed relations between what is drawn. */
function aggregateElements(
  layout: TierLayout,
  plan: AggregationPlan,
  sums: SummedEdges,
): { nodes: ElementDefinition[]; edges: ElementDefinition[] } {
  const shown = plan.groups.filter((group) => group.collapsed > 0);
  const largest = Math.max(1, ...shown.map((group) => group.collapsed));
  const scale = layout.width / 1500;
  const nodes: ElementDefinition[] = shown.map((group) => ({
    group: 'nodes',
    data: {
      id: group.id,
      label: `${humanize(group.sector)}\n${group.collapsed.toLocaleString('en')} actors`,
      colour: SECTOR_COLOURS[group.sector],
      size: aggregateSize(layout, group, largest),
      fontSize: Math.max(12, layout.width / 70),
      members: group.collapsed,
    },
    position: aggregatePosition(layout, group.tier, group.sector),
    classes: 'aggregate',
    grabbable: false,
  }));
  const edges: ElementDefinition[] = sums.entries().map((sum) => ({
    group: 'edges',
    data: {
      id: `sum-${sum.source}-${sum.target}`,
      source: sum.source,
      target: sum.target,
      count: sum.count,
      width: Math.max(1, (1 + Math.log2(sum.count)) * scale * 0.6),
    },
    classes: 'summed',
  }));
  return { nodes, edges };
}
