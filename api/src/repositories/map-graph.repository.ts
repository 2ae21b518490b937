import { BadUserInputError } from '../errors';
import { viewerIn, type Viewer } from '../auth/viewer';
import { MAP_ACTOR_COUNT, MAP_GRAPH, MAP_SOURCED_RELATIONS } from '../db/queries/map-graph.queries';
import type { Database } from '../db/run-query';
import type { ActorKind, EngagementLevel, Mode, RelationType, Sector, Tier } from '../domain/vocabulary';
import { isSuccessionType } from '../domain/vocabulary';
import { nameAsOf } from '../domain/dated-names';
import { shortNameOf } from '../domain/short-name';
import { InputChecker } from '../domain/validation';
import { isActiveOn } from '../graph/is-active-on';
import { readAnalyticsState } from './analytics.repository';
import { mapGraphRanges, readRanges } from './map-graph-parts';

/** A workspace's actors as the map needs them, one list per field, the i-th entries forming one actor. */
export interface MapActorColumns {
  ids: string[];
  names: string[];
  kinds: ActorKind[];
  tiers: Tier[];
  sectors: Sector[];
  countries: (string | null)[];
  themes: string[][];
  since: (string | null)[];
  until: (string | null)[];
  /** Names each actor carried before, oldest first; the i-th entry of `renamedOn` is the date it was replaced. */
  formerNames: string[][];
  renamedOn: string[][];
  /** A shorter name for a crowded map (shortNameOf), null when none; null too as of a date it carried another name. */
  shortNames: (string | null)[];
}

/** A workspace's relations as the map needs them, one list per field. */
export interface MapRelationColumns {
  ids: string[];
  types: RelationType[];
  isSuccession: boolean[];
  sourceIds: string[];
  targetIds: string[];
  directed: boolean[];
  modes: (Mode | null)[];
  engagements: (EngagementLevel | null)[];
  themes: string[][];
  since: (string | null)[];
  until: (string | null)[];
  amounts: (number | null)[];
  currencies: (string | null)[];
  confidences: number[];
}

export interface MapGraphData {
  workspaceId: string;
  /** The data revision read before the graph: a write during the read gives the next read a newer one. */
  revision: string;
  /** Which part of how many this is: 0 of 1 when it is the whole map. */
  part: number;
  parts: number;
  /** The date the map is as of, or null for every record. */
  asOf: string | null;
  actors: MapActorColumns;
  relations: MapRelationColumns;
}

function emptyActors(): MapActorColumns {
  return {
    ids: [],
    names: [],
    kinds: [],
    tiers: [],
    sectors: [],
    countries: [],
    themes: [],
    since: [],
    until: [],
    formerNames: [],
    renamedOn: [],
    shortNames: [],
  };
}

function emptyRelations(): MapRelationColumns {
  return {
    ids: [],
    types: [],
    isSuccession: [],
    sourceIds: [],
    targetIds: [],
    directed: [],
    modes: [],
    engagements: [],
    themes: [],
    since: [],
    until: [],
    amounts: [],
    currencies: [],
    confidences: [],
  };
}

/** Which share of the map to read (see mapGraphRanges), and up to what size to read it whole instead. */
export interface MapGraphPart {
  part: number;
  parts: number;
  /**
   * When set, a workspace with at most this many actors the viewer may see is read whole whatever
   * `part` and `parts` say (the answer then says part 0 of 1): one request serves a small map, and a
   * client learns which kind of map it has from the answer to its first request.
   */
  wholeUpTo?: number | null;
  /**
   * As of this (partial) date: only actors inside their lifespan, under the name they carried then,
   * and relations active then between two of them — the rule of the analytics' as-of view
   * (`isPresentOn`, `isActiveOn`, `nameOn`; a partial date is a period). Every record, under today's
   * names, when absent.
   */
  asOf?: string | null;
}

/**
 * The actors of a workspace the viewer may see — all of them, or part `part` of `parts` (by id, see
 * mapGraphRanges) — with their relations (each listed with its source actor's part), in columns, with
 * the fields the map draws and filters on. The part is checked first (BAD_USER_INPUT), then the
 * workspace (id or slug; NOT_FOUND, field `workspace`, when the viewer may not see it); the part is read
 * in two parallel transactions like the analytics graph. With `wholeUpTo`, the actors are counted first
 * and a map that small is read whole.
 */
export async function loadMapGraph(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  { part, parts, wholeUpTo, asOf = null }: MapGraphPart = { part: 0, parts: 1 },
): Promise<MapGraphData> {
  let ranges = mapGraphRanges(part, parts);
  if (wholeUpTo != null && wholeUpTo < 0)
    throw new BadUserInputError([{ field: ['wholeUpTo'], reason: `must be 0 or more (got ${wholeUpTo})` }]);
  const check = new InputChecker();
  check.partialDate(['asOf'], asOf);
  check.throwIfAny();
  const present = (since: string | null, until: string | null): boolean =>
    asOf === null || isActiveOn({ since, until }, asOf);
  const state = await readAnalyticsState(db, viewer, workspaceKey);
  const visibilities = [...viewerIn(viewer, workspaceKey).visibilities];
  const scope = { ws: state.workspaceId, visibilities };
  if (wholeUpTo != null && parts > 1) {
    const [count] = await db.read(MAP_ACTOR_COUNT, scope);
    if ((count?.actors ?? 0) <= wholeUpTo) [ranges, part, parts] = [mapGraphRanges(0, 1), 0, 1];
  }
  const reads = await readRanges(db, MAP_GRAPH, ranges, scope);
  const actors = emptyActors();
  const relations = emptyRelations();
  for (const rows of reads) {
    for (const { actor, out } of rows) {
      const [id, name, kind, tier, sector, country, themes, since, until, formerNames, renamedOn, aliases] = actor;
      // As of a date, an actor outside its lifespan is left out with its relations.
      if (!present(since, until)) continue;
      actors.ids.push(id);
      const shown = asOf === null ? name : nameOnDate(name, formerNames ?? [], renamedOn ?? [], asOf);
      actors.names.push(shown);
      // An alias belongs to the current name: as of a date under a former name, there is none.
      actors.shortNames.push(shown === name ? shortNameOf(name, aliases) : null);
      actors.kinds.push(kind as ActorKind);
      actors.tiers.push(tier as Tier);
      actors.sectors.push(sector as Sector);
      actors.countries.push(country);
      actors.themes.push(themes ?? []);
      actors.since.push(since);
      actors.until.push(until);
      actors.formerNames.push(formerNames ?? []);
      actors.renamedOn.push(renamedOn ?? []);
      for (const relation of out) {
        if (!present(relation[7], relation[8]) || !present(relation[12], relation[13])) continue;
        relations.ids.push(relation[0]);
        relations.types.push(relation[1] as RelationType);
        relations.isSuccession.push(isSuccessionType(relation[1] as RelationType));
        relations.sourceIds.push(id);
        relations.targetIds.push(relation[2]);
        relations.directed.push(relation[3] ?? true);
        relations.modes.push(relation[4] as Mode | null);
        relations.engagements.push(relation[5] as EngagementLevel | null);
        relations.themes.push(relation[6] ?? []);
        relations.since.push(relation[7]);
        relations.until.push(relation[8]);
        relations.amounts.push(relation[9]);
        relations.currencies.push(relation[10]);
        relations.confidences.push(relation[11] ?? 1);
      }
    }
  }
  return { workspaceId: state.workspaceId, revision: state.revision, part, parts, asOf, actors, relations };
}

/** The name an actor carried on a date, from its stored former names and their dates (see nameAsOf). */
function nameOnDate(name: string, formerNames: readonly string[], renamedOn: readonly string[], date: string): string {
  if (formerNames.length === 0) return name;
  return nameAsOf(
    name,
    formerNames.map((former, i) => ({ name: former, replacedOn: renamedOn[i] ?? '' })),
    date,
  );
}

/** For each relation id: true when no live source the viewer may see supports it (Relation.unsourced). */
export async function unsourcedRelations(
  db: Database,
  viewer: Viewer,
  workspaceId: string,
  relationIds: readonly string[],
): Promise<boolean[]> {
  const [row] = await db.read(MAP_SOURCED_RELATIONS, {
    ws: workspaceId,
    visibilities: [...viewerIn(viewer, workspaceId).visibilities],
  });
  const sourced = new Set(row?.ids ?? []);
  return relationIds.map((id) => !sourced.has(id));
}
