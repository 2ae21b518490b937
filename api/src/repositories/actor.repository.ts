import { randomUUID } from 'node:crypto';
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
} from '../db/queries/actor.queries';
import { ACTOR_PROPERTIES, type Fields } from '../db/queries/projection';
import { RELATION_UPDATE } from '../db/queries/relation.queries';
import type { Database, Tx } from '../db/run-query';
import {
  ACTOR_EDITABLE_FIELDS,
  checkActorFields,
  newActorRecord,
  normaliseActorFields,
  type ActorFields,
  type ActorRecord,
} from '../domain/actor';
import { InputChecker } from '../domain/validation';
import { sectorOf, type ActorKind, type Sector, type Tier, type Visibility } from '../domain/vocabulary';
import { ConflictError, NotFoundError } from '../errors';
import { diffFields, recordChanges, type ChangeInput } from './change-log';
import { decodeCursor, pageSize, toPage, type Page } from './cursor';
import { toRelationRecord } from './relation-record';
import { knownThemeIds, requireWorkspace } from './workspace.repository';

const RECORD_FIELDS = ACTOR_PROPERTIES satisfies readonly (keyof ActorRecord)[];

/** Stored node → our record (drops search helpers and lock markers; fills absent lists). */
export function toActorRecord(node: ActorNode): ActorRecord {
  const out: Record<string, unknown> = {};
  for (const field of RECORD_FIELDS) out[field] = node[field] ?? null;
  for (const list of ['aliases', 'originCountries', 'themes', 'readers'] as const) out[list] = node[list] ?? [];
  return out as unknown as ActorRecord;
}

/** The properties stored for an actor: the record plus what search and ordering need. */
export function actorProps(record: ActorRecord): Record<string, unknown> {
  return { ...record, nameKey: record.name.toLowerCase(), aliasesText: record.aliases.join(' | ') };
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
  };
}

/**
 * Lucene query from user text: each word is escaped and matched as typed or as a prefix, all words
 * required, so "refugee coun" finds "Refugee Council". Returns null when nothing searchable is left.
 */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `(${word} OR ${word}*)`).join(' AND ');
}

const SEARCHED_FIELDS = ['name', 'aliasesText', 'description'] as const;

/**
 * The words of a Lucene query (toLuceneQuery) required in one of the searched fields. The search
 * statement adds the workspace as a required phrase on `workspaceId`: the index holds every
 * workspace, and this keeps the others' hits out of the index's answer.
 */
export function searchedFieldsQuery(words: string): string {
  return SEARCHED_FIELDS.map((field) => `${field}:(${words})`).join(' OR ');
}

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
  const words = args.search ? toLuceneQuery(args.search) : null;
  const order = args.orderBy ?? (words ? 'RELEVANCE' : 'NAME_ASC');
  const withTotal = args.withTotal ?? true;
  if (args.search && !words) {
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
  const [row] = words
    ? await db.read(actorSearchQuery(shape), { ...params, search: searchedFieldsQuery(words) })
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
  const rows = await db.read(ACTORS_BY_IDS, { ids: [...new Set(ids)], ...byIdScope(viewer) });
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

function assertVersion(
  entity: string,
  current: { id: string; version: number },
  expected: number | null | undefined,
): void {
  if (expected !== undefined && expected !== null && current.version !== expected) {
    throw new ConflictError(
      `${entity} ${current.id} has changed since version ${expected} (now at version ${current.version}); reload and try again`,
      {
        field: 'expectedVersion',
        currentVersion: current.version,
        expectedVersion: expected,
      },
    );
  }
}
export { assertVersion };

export async function createActor(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  input: ActorFields,
): Promise<ActorRecord> {
  const fields = normaliseActorFields(input);
  return db.writeTransaction(async (tx) => {
    const workspace = await requireWorkspace(tx, viewer, workspaceKey);
    const check = new InputChecker();
    checkActorFields(check, fields, ['input'], { create: true, knownThemes: await knownThemeIds(tx, workspace.id) });
    check.throwIfAny();
    const now = new Date().toISOString();
    const record = newActorRecord(workspace.id, fields, viewer.id, now);
    const [row] = await tx.run(ACTOR_CREATE, { props: actorProps(record) });
    await recordChanges(tx, [
      {
        workspaceId: workspace.id,
        entityId: record.id,
        entityKind: 'ACTOR',
        action: 'CREATE',
        by: viewer.id,
        at: now,
        before: null,
        after: record,
        version: 1,
      },
    ]);
    return toActorRecord(row!.actor);
  });
}

/** Applies a patch to a locked actor after checks; shared by update and revert. */
export async function writeActorPatch(
  tx: Tx,
  viewer: Viewer,
  current: ActorRecord,
  input: ActorFields,
  change: Pick<ChangeInput, 'action'> & Partial<ChangeInput>,
): Promise<ActorRecord> {
  const patch = normaliseActorFields(input);
  const check = new InputChecker();
  checkActorFields(check, patch, ['input'], {
    create: false,
    knownThemes: await knownThemeIds(tx, current.workspaceId),
  });
  check.throwIfAny();
  const now = new Date().toISOString();
  const next: ActorRecord = { ...current, ...(patch as Partial<ActorRecord>), updatedAt: now, updatedBy: viewer.id };
  if (patch.kind) next.sector = sectorOf(patch.kind);
  const [row] = await tx.run(ACTOR_UPDATE, {
    id: current.id,
    expectedVersion: current.version,
    patch: { ...actorProps(next), id: current.id, version: current.version },
  });
  if (!row) throw new ConflictError(`Actor ${current.id} was changed by someone else; reload and try again`);
  const updated = toActorRecord(row.actor);
  const diff = diffFields(current, updated, [...ACTOR_EDITABLE_FIELDS, 'sector']);
  await recordChanges(tx, [
    {
      workspaceId: current.workspaceId,
      entityId: current.id,
      entityKind: 'ACTOR',
      by: viewer.id,
      at: now,
      before: diff.before,
      after: diff.after,
      version: updated.version,
      ...change,
    },
  ]);
  return updated;
}

export async function updateActor(
  db: Database,
  viewer: Viewer,
  id: string,
  input: ActorFields,
  expectedVersion: number,
): Promise<ActorRecord> {
  return db.writeTransaction(async (tx) => {
    const current = await lockActor(tx, viewer, id);
    assertVersion('Actor', current, expectedVersion);
    return writeActorPatch(tx, viewer, current, input, { action: 'UPDATE' });
  });
}

/**
 * Soft-deletes an actor and, with it, its live relations (marked with this change, so that a
 * restore brings back exactly those). The actor's lock is held from the start, so a relation
 * created or restored at the same time (which locks its ends first, see lockActors) is either
 * seen and deleted here, or waits and then finds the actor deleted.
 */
export async function deleteActor(
  db: Database,
  viewer: Viewer,
  id: string,
  expectedVersion?: number | null,
  revertOf?: string,
): Promise<ActorRecord> {
  return db.writeTransaction(async (tx) =>
    setActorDeleted(tx, viewer, await lockActor(tx, viewer, id), true, expectedVersion, revertOf),
  );
}

export async function restoreActor(
  db: Database,
  viewer: Viewer,
  id: string,
  expectedVersion?: number | null,
  revertOf?: string,
): Promise<ActorRecord> {
  return db.writeTransaction(async (tx) =>
    setActorDeleted(tx, viewer, await lockActor(tx, viewer, id), false, expectedVersion, revertOf),
  );
}

/**
 * Deletes or restores an actor and the relations that go with it. `current` must have been read
 * under the actor's lock in this transaction (lockActor); the live relations are read after it.
 */
export async function setActorDeleted(
  tx: Tx,
  viewer: Viewer,
  current: ActorRecord,
  deleted: boolean,
  expectedVersion?: number | null,
  revertOf?: string,
): Promise<ActorRecord> {
  assertVersion('Actor', current, expectedVersion);
  if (deleted === (current.deletedAt !== null)) {
    throw new ConflictError(`Actor ${current.id} is ${deleted ? 'already deleted' : 'not deleted'}`, { field: 'id' });
  }
  const now = new Date().toISOString();
  const changeId = randomUUID();
  const stored = (await tx.run(ACTOR_LOCK, { id: current.id }))[0]!.actor;
  const [row] = await tx.run(ACTOR_UPDATE, {
    id: current.id,
    expectedVersion: current.version,
    patch: {
      deletedAt: deleted ? now : null,
      deletedByChange: deleted ? changeId : null,
      updatedAt: now,
      updatedBy: viewer.id,
    },
  });
  const updated = toActorRecord(row!.actor);
  const related = deleted
    ? await tx.run(ACTOR_LIVE_RELATIONS, { id: current.id })
    : await tx.run(ACTOR_CASCADED_RELATIONS, { id: current.id, changeId: String(stored.deletedByChange ?? '') });
  const changes: ChangeInput[] = [
    {
      id: changeId,
      workspaceId: current.workspaceId,
      entityId: current.id,
      entityKind: 'ACTOR',
      action: revertOf ? 'REVERT' : deleted ? 'DELETE' : 'RESTORE',
      by: viewer.id,
      at: now,
      before: { deletedAt: current.deletedAt },
      after: { deletedAt: updated.deletedAt, relations: related.map((r) => r.relation.id) },
      version: updated.version,
      revertOf: revertOf ?? null,
    },
  ];
  for (const { relation } of related) {
    const [rel] = await tx.run(RELATION_UPDATE, {
      id: relation.id,
      expectedVersion: relation.version,
      patch: {
        deletedAt: deleted ? now : null,
        deletedWith: deleted ? changeId : null,
        updatedAt: now,
        updatedBy: viewer.id,
      },
    });
    const record = toRelationRecord(rel!.relation);
    changes.push({
      workspaceId: current.workspaceId,
      entityId: relation.id,
      entityKind: 'RELATION',
      action: deleted ? 'DELETE' : 'RESTORE',
      by: viewer.id,
      at: now,
      before: { deletedAt: relation.deletedAt ?? null },
      after: { deletedAt: record.deletedAt },
      version: record.version,
      causeId: changeId,
    });
  }
  await recordChanges(tx, changes);
  return updated;
}
