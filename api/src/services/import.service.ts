import { createHash, randomUUID } from 'node:crypto';
import { viewerIn, type Viewer } from '../auth/viewer';
import type { ExistingRelationRow } from '../db/queries/import.queries';
import type { Database } from '../db/run-query';
import {
  ACTOR_EDITABLE_FIELDS,
  checkActorDates,
  alignActorAliases,
  checkActorFields,
  normaliseActorFields,
  unique,
  newActorRecord,
  type ActorFields,
  type ActorRecord,
} from '../domain/actor';
import {
  checkRelationFields,
  newRelationRecord,
  RELATION_EDITABLE_FIELDS,
  type RelationFields,
  type RelationRecord,
} from '../domain/relation';
import { checkSourceFields, newSourceRecord, type SourceFields, type SubjectKind } from '../domain/source';
import { InputChecker } from '../domain/validation';
import { sectorOf, SYMMETRIC_RELATION_TYPES, type ThemeDefinition } from '../domain/vocabulary';
import { checkTheme } from '../domain/workspace';
import { BadUserInputError, type FieldProblem } from '../errors';
import { diffFields } from '../repositories/change-log';
import { toRelationRecord } from '../repositories/relation-record';
import {
  ACTOR_BATCH,
  actorsByExternalIds,
  externalIdsOf,
  mergeSources,
  RELATION_BATCH,
  relationsByExternalIds,
  upsertThemes,
} from '../repositories/import.repository';
import { readIdentifierHolders } from '../repositories/identifier.repository';
import { requireWorkspace, workspaceThemes } from '../repositories/workspace.repository';
import { ACTORS } from './actor.service';
import { checkImportedIdentifiers, importedIdentifierKeys, type IdentifierHolder } from './import-identifiers';
import { RELATIONS } from './relation.service';
import { importVersioned, type ImportBatch } from './versioned-write';

export interface ImportActor extends ActorFields {
  externalId: string;
  sources?: SourceFields[];
}

export interface ImportRelation extends Omit<RelationFields, 'sourceId' | 'targetId'> {
  externalId: string;
  /** externalId of the source actor (in this import or already in the workspace). */
  source: string;
  /** externalId of the target actor. */
  target: string;
  sources?: SourceFields[];
}

export interface ImportPayload {
  themes?: ThemeDefinition[];
  actors: ImportActor[];
  relations: ImportRelation[];
}

export interface ImportResult {
  actorsCreated: number;
  actorsUpdated: number;
  actorsUnchanged: number;
  relationsCreated: number;
  relationsUpdated: number;
  relationsUnchanged: number;
  sourcesCreated: number;
  batches: number;
}

export interface ImportOptions {
  batchSize?: number;
  /** Prefix of the field paths in errors, e.g. ['input'] when the payload came as a GraphQL argument. */
  pathPrefix?: readonly (string | number)[];
  /** Batches written at once (default 1; file imports write 2, see ADR 0034). */
  parallel?: number;
  /** Called after each batch with the number of records written so far and the total. */
  onProgress?: (done: number, total: number) => void;
}

const MAX_LISTED_PROBLEMS = 500;

/** What an import found before writing: the workspace, the records it would touch, every problem. */
export interface PreparedImport {
  readonly workspaceId: string;
  readonly actorByExternal: Map<string, ActorRecord>;
  readonly relationByExternal: Map<string, ExistingRelationRow>;
  /** Every problem of the payload, each with its path (actors.3.country …); empty when it may be written. */
  readonly problems: readonly FieldProblem[];
}

/** What writing a row would do. */
export type RowOutcome = 'CREATE' | 'UPDATE' | 'UNCHANGED';

/**
 * Upserts a whole graph by externalId: validates everything first (every bad row is reported, with
 * its path, and nothing is written), then writes actors and relations in batches, one transaction
 * per batch. Re-importing the same data changes nothing; changed rows are updated, never duplicated.
 * Each batch records one Change (action IMPORT) holding every record it wrote (ADR 0026).
 */
export async function importGraph(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  payload: ImportPayload,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const prepared = await prepareImport(db, viewer, workspaceKey, payload, options.pathPrefix ?? []);
  if (prepared.problems.length > 0)
    throw new BadUserInputError(prepared.problems.slice(0, MAX_LISTED_PROBLEMS), prepared.problems.length);
  return writeImport(db, viewer, prepared, payload, options);
}

/**
 * Reads what an import would touch (its workspace, the actors and relations its externalIds name)
 * and validates the whole payload against it, writing nothing. Fails only when the workspace cannot
 * be imported into; problems with the data are answered in `problems`.
 */
export async function prepareImport(
  db: Database,
  viewer: Viewer,
  workspaceKey: string,
  payload: ImportPayload,
  pathPrefix: readonly (string | number)[] = [],
): Promise<PreparedImport> {
  const { workspace, themes, existingActors, existingRelations, holders } = await db.readTransaction(async (tx) => {
    const found = await requireWorkspace(tx, viewer, workspaceKey);
    // The ids the workspace uses, in one scan each; only the records this import names are read.
    const stored = await externalIdsOf(tx, found.id);
    const named = new Set<unknown>([
      ...payload.actors.map((a) => a.externalId),
      ...payload.relations.flatMap((r) => [r.source, r.target]),
    ]);
    const actors = await actorsByExternalIds(
      tx,
      found.id,
      [...stored.actors].filter((id) => named.has(id)),
    );
    const relationIds = new Set<unknown>(payload.relations.map((r) => r.externalId));
    const relations = await relationsByExternalIds(
      tx,
      found.id,
      [...stored.relations].filter((id) => relationIds.has(id)),
    );
    return {
      workspace: found,
      themes: await workspaceThemes(tx, found.id),
      existingActors: actors,
      existingRelations: relations,
      // Actors that already hold an identifier the payload gives (one identifier, one actor).
      holders: await readIdentifierHolders(
        tx,
        viewerIn(viewer, found.id),
        found.id,
        importedIdentifierKeys(payload.actors),
      ),
    };
  });
  const actorByExternal = new Map(existingActors.map((actor) => [actor.externalId!, actor]));
  const relationByExternal = new Map(existingRelations.map((row) => [String(row.relation.externalId), row]));
  const problems = validatePayload(
    payload,
    new Set([...themes.map((t) => t.id), ...(payload.themes ?? []).map((t) => t.id)]),
    actorByExternal,
    relationByExternal,
    holders,
    pathPrefix,
  );
  return { workspaceId: workspace.id, actorByExternal, relationByExternal, problems };
}

/** What writing each row of a valid, prepared payload would do (a dry run), in payload order. */
export function previewImport(
  prepared: PreparedImport,
  payload: ImportPayload,
): { actors: RowOutcome[]; relations: RowOutcome[] } {
  const outcome = (existing: unknown, changed: unknown): RowOutcome =>
    !existing ? 'CREATE' : changed ? 'UPDATE' : 'UNCHANGED';
  return {
    actors: payload.actors.map((row) => {
      const existing = prepared.actorByExternal.get(row.externalId);
      return outcome(existing, existing && changedActor(existing, row));
    }),
    relations: payload.relations.map((row) => {
      const existing = prepared.relationByExternal.get(row.externalId);
      return outcome(existing, existing && changedRelation(toRelationRecord(existing.relation), row));
    }),
  };
}

/** The actor as the row would leave it, or null when the row changes nothing. */
function changedActor(existing: ActorRecord, row: ImportActor): ActorRecord | null {
  const after: ActorRecord = { ...existing, ...definedFields(importedFields(row, existing), ACTOR_EDITABLE_FIELDS) };
  after.sector = sectorOf(after.kind);
  return Object.keys(diffFields(existing, after, ACTOR_EDITABLE_FIELDS).after).length > 0 ? after : null;
}

const NO_ALIASES = { aliases: [], aliasLanguages: [] };

/** A row's actor fields, alias languages aligned with the stored actor's (validated by validatePayload). */
function importedFields(row: ImportActor, existing: ActorRecord | null): ImportActor {
  return alignActorAliases(new InputChecker(), normaliseActorFields(row), existing ?? NO_ALIASES, []) as ImportActor;
}

/** The relation as the row would leave it, or null when the row changes nothing. */
function changedRelation(before: RelationRecord, row: ImportRelation): RelationRecord | null {
  const after: RelationRecord = { ...before, ...definedFields(relationFields(row), RELATION_EDITABLE_FIELDS) };
  return Object.keys(diffFields(before, after, RELATION_EDITABLE_FIELDS).after).length > 0 ? after : null;
}

/** An actor as a relation's end: its id and visibility. */
interface ActorEnd {
  id: string;
  visibility: ActorRecord['visibility'];
}

const endOf = (actor: Readonly<ActorRecord>): ActorEnd => ({ id: actor.id, visibility: actor.visibility });

/** Writes a prepared payload that has no problems, in batches (one transaction each). */
export async function writeImport(
  db: Database,
  viewer: Viewer,
  prepared: PreparedImport,
  payload: ImportPayload,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const batchSize = options.batchSize ?? 500;
  const workspace = { id: prepared.workspaceId };
  const { actorByExternal, relationByExternal } = prepared;
  // What the relations need of each actor, by external id: its id, and its visibility for the
  // revisions. Not the whole records: at 100,000 actors those would be held through every relation batch.
  const actorEnds = new Map<string, ActorEnd>();
  for (const [externalId, actor] of actorByExternal) actorEnds.set(externalId, endOf(actor));
  if (payload.themes?.length) await upsertThemes(db, workspace.id, payload.themes);
  const result: ImportResult = {
    actorsCreated: 0,
    actorsUpdated: 0,
    actorsUnchanged: 0,
    relationsCreated: 0,
    relationsUpdated: 0,
    relationsUnchanged: 0,
    sourcesCreated: 0,
    batches: 0,
  };
  const total = payload.actors.length + payload.relations.length;
  let done = 0;
  // One change per batch (ADR 0026), all of them steps of this import.
  const importId = randomUUID();
  let batchNumber = 0;
  const nextBatch = (): ImportBatch => ({ importId, number: (batchNumber += 1), changeId: randomUUID() });

  // Two batches at once (ADR 0034): actor batches never touch the same records; relation batches
  // may lock the same actors, and a deadlock between them is retried (writeTransaction).
  const parallel = options.parallel ?? 1;
  await eachInParallel(chunks(payload.actors, batchSize), parallel, async (batch) => {
    const step = nextBatch();
    const outcome = await db.writeTransaction(async (tx) => {
      const now = new Date().toISOString();
      const creates: ActorRecord[] = [];
      const updates: Array<{ before: ActorRecord; after: ActorRecord }> = [];
      let unchanged = 0;
      for (const row of batch) {
        const existing = actorByExternal.get(row.externalId);
        if (!existing) {
          creates.push(newActorRecord(workspace.id, importedFields(row, null), viewer.id, now));
          continue;
        }
        const after = changedActor(existing, row);
        if (after) {
          updates.push({
            before: existing,
            after: { ...after, version: existing.version + 1, updatedAt: now, updatedBy: viewer.id },
          });
        } else {
          unchanged += 1;
        }
      }
      await importVersioned(tx, viewer, ACTORS, ACTOR_BATCH, step, { creates, updates }, now);
      const created = new Map(creates.map((record) => [record.externalId!, record]));
      const sourceRows = batch.flatMap((row) => {
        const actor = created.get(row.externalId) ?? actorByExternal.get(row.externalId)!;
        return (row.sources ?? []).map((source) =>
          sourceRow(workspace.id, actor.id, 'ACTOR', row.externalId, source, viewer.id, now),
        );
      });
      const sourcesCreated = await mergeSources(tx, workspace.id, sourceRows);
      return { creates, updates, unchanged, sourcesCreated };
    });
    // Only after the transaction committed: a retried transaction recomputes from scratch.
    for (const record of outcome.creates) actorEnds.set(record.externalId!, endOf(record));
    for (const { after } of outcome.updates) actorEnds.set(after.externalId!, endOf(after));
    result.actorsCreated += outcome.creates.length;
    result.actorsUpdated += outcome.updates.length;
    result.actorsUnchanged += outcome.unchanged;
    result.sourcesCreated += outcome.sourcesCreated;
    result.batches += 1;
    done += batch.length;
    options.onProgress?.(done, total);
  });

  // What a relation reveals besides itself: its actors, by their visibility (for the revisions).
  const actorVisibility = new Map([...actorEnds.values()].map((actor) => [actor.id, actor.visibility]));
  const ends = (record: RelationRecord) => [
    actorVisibility.get(record.sourceId) ?? 'RESTRICTED',
    actorVisibility.get(record.targetId) ?? 'RESTRICTED',
  ];
  await eachInParallel(chunks(payload.relations, batchSize), parallel, async (batch) => {
    const step = nextBatch();
    const outcome = await db.writeTransaction(async (tx) => {
      const now = new Date().toISOString();
      const creates: RelationRecord[] = [];
      const updates: Array<{ before: RelationRecord; after: RelationRecord }> = [];
      let unchanged = 0;
      for (const row of batch) {
        const existing = relationByExternal.get(row.externalId);
        const fields = relationFields(row);
        if (!existing) {
          creates.push(
            newRelationRecord(
              workspace.id,
              fields,
              actorEnds.get(row.source)!.id,
              actorEnds.get(row.target)!.id,
              row.externalId,
              viewer.id,
              now,
            ),
          );
          continue;
        }
        const before = toRelationRecord(existing.relation);
        const after = changedRelation(before, row);
        if (after) {
          updates.push({
            before,
            after: { ...after, version: before.version + 1, updatedAt: now, updatedBy: viewer.id },
          });
        } else {
          unchanged += 1;
        }
      }
      // No lock on the ends: RELATION_BATCH's create refuses (CONFLICT) an end deleted meanwhile.
      await importVersioned(tx, viewer, RELATIONS, RELATION_BATCH, step, { creates, updates }, now, ends);
      const ids = new Map([
        ...creates.map((r) => [r.externalId!, r.id] as const),
        ...updates.map((u) => [u.before.externalId!, u.before.id] as const),
      ]);
      const sourceRows = batch.flatMap((row) => {
        const id = ids.get(row.externalId) ?? relationByExternal.get(row.externalId)!.relation.id;
        return (row.sources ?? []).map((source) =>
          sourceRow(workspace.id, id, 'RELATION', row.externalId, source, viewer.id, now),
        );
      });
      const sourcesCreated = await mergeSources(tx, workspace.id, sourceRows);
      return { created: creates.length, updated: updates.length, unchanged, sourcesCreated };
    });
    result.relationsCreated += outcome.created;
    result.relationsUpdated += outcome.updated;
    result.relationsUnchanged += outcome.unchanged;
    result.sourcesCreated += outcome.sourcesCreated;
    result.batches += 1;
    done += batch.length;
    options.onProgress?.(done, total);
  });
  return result;
}

/**
 * Runs `work` on each item, at most `limit` at once, started in order. After a failure no item is
 * started; the first failure is thrown once the items running beside it have settled.
 */
export async function eachInParallel<T>(
  items: Iterable<T>,
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  let failure: { error: unknown } | null = null;
  const lane = async () => {
    for (let next = iterator.next(); !next.done && !failure; next = iterator.next()) {
      await work(next.value).catch((error: unknown) => void (failure ??= { error }));
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limit) }, lane));
  if (failure) throw (failure as { error: unknown }).error;
}

/** Every problem of the payload, each with its path (actors.3.country, relations.7.target …). */
function validatePayload(
  payload: ImportPayload,
  knownThemes: ReadonlySet<string>,
  existingActors: ReadonlyMap<string, ActorRecord>,
  existingRelations: ReadonlyMap<string, ExistingRelationRow>,
  holders: readonly IdentifierHolder[],
  prefix: readonly (string | number)[],
): readonly FieldProblem[] {
  const check = new InputChecker();
  check.list([...prefix, 'themes'], payload.themes, 500, (path, theme) => checkTheme(check, theme, path));
  const actorIds = new Set<string>();
  payload.actors.forEach((actor, index) => {
    const at = [...prefix, 'actors', index];
    if (check.required([...at, 'externalId'], actor.externalId)) {
      if (actorIds.has(actor.externalId))
        check.add([...at, 'externalId'], `appears twice in this import: "${actor.externalId}"`);
      actorIds.add(actor.externalId);
    }
    const stored = existingActors.get(actor.externalId);
    const fields = alignActorAliases(check, normaliseActorFields(actor), stored ?? NO_ALIASES, at);
    checkActorFields(check, fields, at, { create: !existingActors.has(actor.externalId), knownThemes });
    checkActorDates(
      check,
      {
        since: fields.since !== undefined ? fields.since : (stored?.since ?? null),
        until: fields.until !== undefined ? fields.until : (stored?.until ?? null),
        formerNames: fields.formerNames ?? stored?.formerNames ?? [],
        renamedOn: fields.renamedOn ?? stored?.renamedOn ?? [],
      },
      at,
    );
    check.list([...at, 'sources'], actor.sources, 50, (path, source) => checkSourceFields(check, source, path));
  });
  checkImportedIdentifiers(check, payload.actors, existingActors, holders, prefix);
  const relationIds = new Set<string>();
  payload.relations.forEach((relation, index) => {
    const at = [...prefix, 'relations', index];
    if (check.required([...at, 'externalId'], relation.externalId)) {
      if (relationIds.has(relation.externalId))
        check.add([...at, 'externalId'], `appears twice in this import: "${relation.externalId}"`);
      relationIds.add(relation.externalId);
    }
    const existing = existingRelations.get(relation.externalId);
    for (const end of ['source', 'target'] as const) {
      const id = relation[end];
      if (check.required([...at, end], id) && !actorIds.has(id) && !existingActors.has(id)) {
        check.add([...at, end], `no actor with externalId "${id}" in this import or the workspace`);
      } else if (existingActors.get(id)?.deletedAt && !existing) {
        check.add([...at, end], `actor "${id}" is deleted; restore it first`);
      }
    }
    if (existing && (existing.sourceExternalId !== relation.source || existing.targetExternalId !== relation.target)) {
      check.add(
        [...at, 'source'],
        `relation "${relation.externalId}" already links ${existing.sourceExternalId} → ${existing.targetExternalId}; its ends cannot change`,
      );
    }
    const fields = relationFields(relation);
    checkRelationFields(check, { ...fields, sourceId: relation.source, targetId: relation.target }, at, {
      create: true,
      knownThemes,
    });
    check.list([...at, 'sources'], relation.sources, 50, (path, source) => checkSourceFields(check, source, path));
  });
  return check.found;
}

function relationFields(row: ImportRelation): RelationFields {
  const { source: _s, target: _t, sources: _src, ...fields } = row;
  return {
    ...fields,
    directed: fields.directed ?? !(fields.type && SYMMETRIC_RELATION_TYPES.includes(fields.type)),
    confidence: fields.confidence ?? 1,
    themes: unique(fields.themes ?? []),
  };
}

/** The fields a row sets (undefined means "not given"), limited to editable ones. */
function definedFields<T extends object>(fields: T, editable: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const field of editable) {
    if (fields[field] !== undefined) out[field] = fields[field];
  }
  return out;
}

function sourceRow(
  workspaceId: string,
  subjectId: string,
  subjectKind: SubjectKind,
  subjectExternalId: string,
  source: SourceFields,
  by: string,
  now: string,
) {
  const key = createHash('sha1')
    .update(
      JSON.stringify([
        subjectKind,
        subjectExternalId,
        source.document ?? null,
        source.quote ?? null,
        source.url ?? null,
        source.title ?? null,
      ]),
    )
    .digest('hex');
  return {
    key,
    props: newSourceRecord(randomUUID(), { workspaceId, subjectId, subjectKind }, source, by, now),
  };
}

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}
