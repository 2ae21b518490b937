import { byIdScope, maySee, seesEverything, viewerIn, type Viewer } from '../auth/viewer';
import {
  ACTOR_CASCADED_RELATIONS,
  ACTOR_CREATE,
  ACTOR_LIVE_RELATIONS,
  ACTOR_LOCK,
  ACTOR_UPDATE,
  ACTORS_LOCK,
  ACTORS_BY_IDS,
  actorPageQuery,
  actorSearchQuery,
  givenActorFilters,
  type ActorFilterParams,
  type ActorNode,
  type ActorOrder,
  ACTOR_SEARCH_REVISION,
} from '../db/queries/actor.queries';
import { ACTOR_PROPERTIES, type Fields } from '../db/queries/projection';
import type { Database, Tx } from '../db/run-query';
import { ACTOR_LIST_FIELDS, type ActorRecord } from '../domain/actor';
import { endOf, startOf } from '../domain/partial-date';
import { actorSearchProps, planActorSearch } from '../domain/actor-search';
import { textWords } from '../domain/search-text';
import { InputChecker } from '../domain/validation';
import { BUILT_IN_THEMES, type ActorKind, type Sector, type Tier, type Visibility } from '../domain/vocabulary';
import { NotFoundError } from '../errors';
import { decodeCursor, pageSize, toPage, type Page } from './cursor';
import { requireWorkspace } from './workspace.repository';

const RECORD_FIELDS = ACTOR_PROPERTIES satisfies readonly (keyof ActorRecord)[];

/** Stored node → our record (drops search helpers and lock markers; fills absent lists). */
export function toActorRecord(node: ActorNode): ActorRecord {
  const out: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) out[field] = node[field] ?? null;
  for (const list of ACTOR_LIST_FIELDS) {
    out[list] = node[list] ?? [];
  }
  // Actors stored before alias languages existed have none: one untagged entry per alias.
  const languages = out.aliasLanguages as string[];
  out.aliasLanguages = (out.aliases as string[]).map((_, i) => languages[i] ?? '');
  return out as unknown as ActorRecord;
}

/** The properties stored for an actor: the record plus what search and ordering need. */
export function actorProps(record: ActorRecord): Record<string, unknown> {
  return {
    ...record,
    nameKey: record.name.toLowerCase(),
    // Day keys of the lifespan, for the as-of filter (see ACTOR_FILTER_PREDICATES.asOf).
    sinceKey: record.since ? startOf(record.since) : null,
    untilKey: record.until ? endOf(record.until) : null,
    ...actorSearchProps(record),
    searchRev: ACTOR_SEARCH_REVISION,
  };
}

export interface ActorFilter {
  tiers?: Tier[] | null;
  kinds?: ActorKind[] | null;
  sectors?: Sector[] | null;
  countries?: string[] | null;
  themes?: string[] | null;
  visibility?: Visibility | null;
  updatedSince?: string | null;
  externalIds?: string[] | null;
  hasNoRelations?: boolean | null;
  /** YYYY-MM-DD: only actors present that day (inside their lifespan). */
  asOf?: string | null;
  includeDeleted?: boolean | null;
}

export interface ListActorsArgs {
  workspace: string;
  filter?: ActorFilter | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
  orderBy?: ActorOrder | null;
  withTotal?: boolean;
  /** The properties to read for each actor (default all). */
  fields?: Fields;
}

function filterParams(workspace: string, viewer: Viewer, filter: ActorFilter | null | undefined): ActorFilterParams {
  const emptyToNull = <T>(values: T[] | null | undefined) => (values && values.length > 0 ? values : null);
  return {
    workspace,
    visibilities: [...viewer.visibilities],
    reader: viewer.readerId,
    includeDeleted: filter?.includeDeleted ?? false,
    tiers: emptyToNull(filter?.tiers),
    kinds: emptyToNull(filter?.kinds),
    sectors: emptyToNull(filter?.sectors),
    countries: emptyToNull(filter?.countries),
    themes: emptyToNull(filter?.themes),
    visibility: filter?.visibility ?? null,
    updatedSince: filter?.updatedSince ?? null,
    externalIds: emptyToNull(filter?.externalIds),
    hasNoRelations: filter?.hasNoRelations ?? null,
    asOf: filter?.asOf ?? null,
  };
}

/** Built-in themes are in every search plan; the statement adds the workspace's own ones. */
const BUILT_IN_THEME_IDS = BUILT_IN_THEMES.map((theme) => theme.id);

/**
 * An ISO 8601 timestamp as the UTC string timestamps are stored as (so that they compare as text),
 * or BAD_USER_INPUT at `field`; null stays null.
 */
function normaliseTimestamp(value: string | null | undefined, field: readonly string[]): string | null {
  if (value === undefined || value === null) return null;
  const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    new InputChecker()
      .add(field, `must be an ISO 8601 date or timestamp such as 2024-05-01T12:00:00Z (got "${value.slice(0, 50)}")`)
      .throwIfAny();
  }
  return new Date(ms).toISOString();
}

/**
 * A page of actors, filtered, searched and ordered; the total only when `withTotal` (the client
 * selected it). One statement, workspace lookup included.
 */
export async function listActors(
  db: Database,
  requestViewer: Viewer,
  args: ListActorsArgs,
): Promise<Page<ActorRecord>> {
  const viewer = viewerIn(requestViewer, args.workspace);
  const size = pageSize(args.first);
  const cursor = args.after ? decodeCursor(args.after, 'after') : null;
  if (args.search && args.search.length > 200) {
    new InputChecker().add(['search'], `must have at most 200 characters (got ${args.search.length})`).throwIfAny();
  }
  const updatedSince = normaliseTimestamp(args.filter?.updatedSince, ['filter', 'updatedSince']);
  const dateCheck = new InputChecker();
  dateCheck.isoDate(['filter', 'asOf'], args.filter?.asOf);
  dateCheck.throwIfAny();
  const searching = args.search ? textWords(args.search).length > 0 : false;
  const order = args.orderBy ?? (searching ? 'RELEVANCE' : 'NAME_ASC');
  const withTotal = args.withTotal ?? true;
  if (args.search && !searching) {
    await db.readTransaction((tx) => requireWorkspace(tx, viewer, args.workspace));
    return { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
  }
  const filters = { ...filterParams(args.workspace, viewer, args.filter), updatedSince };
  const params = {
    ...filters,
    afterKey: cursor?.key ?? null,
    afterId: cursor?.id ?? null,
    limit: size + 1,
    withTotal,
  };
  const shape = {
    filters: givenActorFilters(filters),
    includeDeleted: filters.includeDeleted,
    allVisible: seesEverything(viewer),
    named: viewer.readerId !== null,
    withTotal,
    withCursor: cursor !== null,
    fields: args.fields ?? null,
  };
  // Search results come by relevance; the other orders apply to plain listing.
  const plan = searching ? planActorSearch(args.search!, BUILT_IN_THEMES) : null;
  const [row] = plan
    ? await db.read(actorSearchQuery(shape), { ...params, ...plan, builtInThemes: BUILT_IN_THEME_IDS })
    : await db.read(actorPageQuery({ ...shape, order: order === 'RELEVANCE' ? 'NAME_ASC' : order }), params);
  if (!row) throw new NotFoundError('Workspace', args.workspace).withField('workspace');
  return toPage(row.page, size, row.total, (entry) => ({
    node: toActorRecord(entry.actor),
    key: entry.key,
    id: entry.actor.id,
  }));
}

/** Actors by id in the order asked, null where missing or hidden (DataLoader batch function). */
export async function actorsByIds(
  db: Database,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Array<ActorRecord | null>> {
  const rows = await db.readSettled(ACTORS_BY_IDS, { ids: [...new Set(ids)], ...byIdScope(viewer) });
  const byId = new Map(
    rows
      .filter((row) =>
        maySee(viewer, row.actor.workspaceId as string, {
          visibility: row.actor.visibility as Visibility,
          readers: row.actor.readers as string[] | undefined,
        }),
      )
      .map((row) => [row.actor.id, toActorRecord(row.actor)]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/** Locks and reads an actor the viewer may see, or fails with NOT_FOUND. */
export async function lockActor(tx: Tx, viewer: Viewer, id: string, field = 'id'): Promise<ActorRecord> {
  const [row] = await tx.run(ACTOR_LOCK, { id });
  const actor = row ? toActorRecord(row.actor) : null;
  if (!actor || !viewer.visibilities.includes(actor.visibility)) throw new NotFoundError('Actor', id, field);
  return actor;
}

/**
 * Takes the write locks of several actors (each id once, in sorted order, so that writers locking
 * the same actors queue instead of deadlocking) and returns, by id, their workspace and deletion as
 * committed when the lock was granted. A relation write locks its ends this way before it checks
 * them: a delete of one of them (which holds that actor's lock, see deleteActor) then either
 * finishes first and is seen, or waits and sees the new relation; and identical writes run one
 * after the other, the later one seeing the earlier one's relation. Unknown ids are absent.
 */
export async function lockActors(
  tx: Tx,
  ids: readonly (string | null | undefined)[],
): Promise<Map<string, { id: string; workspaceId: string; deletedAt: string | null }>> {
  const sorted = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.length > 0))].sort();
  if (sorted.length === 0) return new Map();
  const rows = await tx.run(ACTORS_LOCK, { ids: sorted });
  return new Map(rows.map((row) => [row.id, row]));
}

/** Writes a new actor node. */
export async function insertActor(tx: Tx, record: ActorRecord): Promise<ActorRecord> {
  const [row] = await tx.run(ACTOR_CREATE, { props: actorProps(record) });
  return toActorRecord(row!.actor);
}

/** Writes `patch` over an actor still at `version` (bumping it); null when it moved. */
export async function updateActorRow(
  tx: Tx,
  id: string,
  version: number,
  patch: Record<string, unknown>,
): Promise<ActorRecord | null> {
  const [row] = await tx.run(ACTOR_UPDATE, { id, expectedVersion: version, patch });
  return row ? toActorRecord(row.actor) : null;
}

/** The change that deleted a (locked) actor, which marks the relations deleted with it. */
export async function deletingChange(tx: Tx, id: string): Promise<string | null> {
  const [row] = await tx.run(ACTOR_LOCK, { id });
  return (row?.actor.deletedByChange as string | undefined) ?? null;
}

/** An actor's live relations, locked (to delete them with it). */
export async function liveRelationsOf(tx: Tx, id: string) {
  return (await tx.run(ACTOR_LIVE_RELATIONS, { id })).map((row) => row.relation);
}

/** The relations deleted with an actor by change `changeId` whose other end is live, locked (to restore). */
export async function relationsDeletedWith(tx: Tx, id: string, changeId: string) {
  return (await tx.run(ACTOR_CASCADED_RELATIONS, { id, changeId })).map((row) => row.relation);
}
