import type { Viewer } from '../auth/viewer';
import { MAP_GRAPH } from '../db/queries/map-graph.queries';
import type { Database } from '../db/run-query';
import type { ActorKind, EngagementLevel, Mode, RelationType, Sector, Tier } from '../domain/vocabulary';
import { GRAPH_PARTS, readAnalyticsState } from './analytics.repository';

/** A workspace's actors as the map needs them, one list per field, the i-th entries forming one actor. */
export interface MapActorColumns {
  ids: string[];
  names: string[];
  kinds: ActorKind[];
  tiers: Tier[];
  sectors: Sector[];
  countries: (string | null)[];
  themes: string[][];
}

/** A workspace's relations as the map needs them, one list per field. */
export interface MapRelationColumns {
  ids: string[];
  types: RelationType[];
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
  unsourced: boolean[];
}

export interface MapGraphData {
  workspaceId: string;
  /** The data revision read before the graph: a write during the read gives the next read a newer one. */
  revision: string;
  actors: MapActorColumns;
  relations: MapRelationColumns;
}

function emptyActors(): MapActorColumns {
  return { ids: [], names: [], kinds: [], tiers: [], sectors: [], countries: [], themes: [] };
}

function emptyRelations(): MapRelationColumns {
  return {
    ids: [],
    types: [],
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
    unsourced: [],
  };
}

/**
 * Every actor and relation of a workspace the viewer may see, with the fields the map draws and filters
 * on, in columns. The workspace (id or slug) is checked first (NOT_FOUND, field `workspace`, when the
 * viewer may not see it); then the graph is read in parallel parts like the analytics graph.
 */
export async function loadMapGraph(db: Database, viewer: Viewer, workspaceKey: string): Promise<MapGraphData> {
  const state = await readAnalyticsState(db, viewer, workspaceKey);
  const visibilities = [...viewer.visibilities];
  const parts = await Promise.all(
    GRAPH_PARTS.map(({ from, to }) => db.read(MAP_GRAPH, { ws: state.workspaceId, visibilities, from, to })),
  );
  const actors = emptyActors();
  const relations = emptyRelations();
  for (const rows of parts) {
    for (const { actor, out } of rows) {
      const [id, name, kind, tier, sector, country, themes] = actor;
      actors.ids.push(id);
      actors.names.push(name);
      actors.kinds.push(kind as ActorKind);
      actors.tiers.push(tier as Tier);
      actors.sectors.push(sector as Sector);
      actors.countries.push(country);
      actors.themes.push(themes ?? []);
      for (const relation of out) {
        relations.ids.push(relation[0]);
        relations.types.push(relation[1] as RelationType);
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
        relations.unsourced.push(!relation[12]);
      }
    }
  }
  return { workspaceId: state.workspaceId, revision: state.revision, actors, relations };
}
