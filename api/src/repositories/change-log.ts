import { randomUUID } from 'node:crypto';
import type { ChangeNode } from '../db/queries/change.queries';
import { CHANGES_CREATE, IMPORT_CHANGE_CREATE, type RevisionFlags } from '../db/queries/change.queries';
import { ANALYSED_ACTOR_FIELDS, ANALYSED_RELATION_FIELDS } from '../db/queries/analytics.queries';
import type { Tx } from '../db/run-query';
import type { Visibility } from '../domain/vocabulary';

export type EntityKind = 'ACTOR' | 'RELATION' | 'SOURCE' | 'WORKSPACE';
export type ChangeAction = 'CREATE' | 'UPDATE' | 'DELETE' | 'RESTORE' | 'REVERT' | 'IMPORT';

export interface ChangeInput {
  workspaceId: string;
  entityId: string;
  entityKind: EntityKind;
  action: ChangeAction;
  by: string;
  at: string;
  before: object | null;
  after: object | null;
  version: number | null;
  revertOf?: string | null;
  causeId?: string | null;
  /**
   * A change that is one step of a succession (rename, merge, split: see succession.service.ts): the
   * operation's kind and id, shared by every change it recorded, so that it is reverted as a whole.
   */
  operation?: ChangeOperation | null;
  operationId?: string | null;
  id?: string;
}

export type SuccessionOperation = 'RENAME' | 'MERGE' | 'SPLIT' | 'MERGE_DUPLICATES' | 'DISMISS_DUPLICATE';
/** What several changes were written as one step of: an operation on actors, or an import (ADR 0026). */
export type ChangeOperation = SuccessionOperation | 'IMPORT';

/** Turns change inputs into stored Change nodes (before/after as JSON text). */
export function toChangeNode(input: ChangeInput): ChangeNode {
  return {
    id: input.id ?? randomUUID(),
    workspaceId: input.workspaceId,
    entityId: input.entityId,
    entityKind: input.entityKind,
    action: input.action,
    at: input.at,
    by: input.by,
    before: input.before ? JSON.stringify(input.before) : null,
    after: input.after ? JSON.stringify(input.after) : null,
    version: input.version,
    revertOf: input.revertOf ?? null,
    causeId: input.causeId ?? null,
    operation: input.operation ?? null,
    operationId: input.operationId ?? null,
    priorVisibility: priorVisibility(input.before),
    analysed: changesAnalysedGraph(input),
  };
}

/** What decides whether a record is in a viewer's graph at all, besides the fields the analyses read. */
const MEMBERSHIP_FIELDS = ['visibility', 'readers', 'deletedAt', 'workspaceId'];
const ANALYSED_FIELDS: Partial<Record<EntityKind, ReadonlySet<string>>> = {
  ACTOR: new Set([...ANALYSED_ACTOR_FIELDS, ...MEMBERSHIP_FIELDS]),
  RELATION: new Set([...ANALYSED_RELATION_FIELDS, 'sourceId', ...MEMBERSHIP_FIELDS]),
};

/**
 * Whether a change can alter what an analysis computes: any change to a workspace; creating,
 * deleting or restoring an actor or relation; an update (or revert, or import over a record) whose
 * before/after diff touches a field the analytics graph reads or its membership. Sources, and edits
 * of descriptions, aliases, websites and the like, leave the graph as it was (see
 * ANALYSED_ACTOR_FIELDS), so analyses already computed stay valid.
 */
export function changesAnalysedGraph(input: Pick<ChangeInput, 'entityKind' | 'action' | 'before' | 'after'>): boolean {
  if (input.entityKind === 'WORKSPACE') return true;
  const fields = ANALYSED_FIELDS[input.entityKind];
  if (!fields) return false;
  const { before, after } = input;
  if (!before || !after || input.action === 'CREATE' || input.action === 'DELETE' || input.action === 'RESTORE') {
    return true;
  }
  return [...Object.keys(before), ...Object.keys(after)].some((field) => fields.has(field));
}

function priorVisibility(before: object | null): Visibility | null {
  const value = before && 'visibility' in before ? before.visibility : null;
  return value === 'PUBLIC' || value === 'WORKSPACE' || value === 'RESTRICTED' ? value : null;
}

/** Records changes inside the caller's transaction, so a write and its history commit together. */
export async function recordChanges(tx: Tx, changes: readonly ChangeInput[]): Promise<ChangeNode[]> {
  const nodes = changes.map(toChangeNode);
  if (nodes.length > 0) await tx.run(CHANGES_CREATE, { changes: nodes });
  return nodes;
}

/** Keeps only the fields that differ; used to store small before/after snapshots of updates. */
export function diffFields<T extends object>(
  before: T,
  after: T,
  fields: readonly (keyof T)[],
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null)) {
      b[field] = before[field];
      a[field] = after[field];
    }
  }
  return { before: b, after: a };
}

/** One record's part of an import batch's change (ADR 0026): what history shows for it, and its version after. */
export interface ImportEntry {
  before: object | null;
  after: object;
  version: number;
}

/** One record of an import batch, for the revisions the batch moves. */
export interface ImportedRecord {
  entry: ImportEntry;
  /** The record's own visibility after the batch. */
  visibility: Visibility;
  /** What the record reveals besides itself (a relation's actors), by their visibility. */
  around: readonly Visibility[];
}

/**
 * Records the one change of an import batch: action IMPORT, operation IMPORT with the import's id
 * (entityId and operationId), and each record's before/after/version in `records`; every record it
 * wrote lists the change in its importChanges, which is how an entity's history finds it. The
 * revisions move as CHANGES_CREATE would move them for one change per record.
 */
export async function recordImportBatch(
  tx: Tx,
  batch: {
    id: string;
    importId: string;
    number: number;
    workspaceId: string;
    entityKind: EntityKind;
    by: string;
    at: string;
    records: ReadonlyMap<string, ImportedRecord>;
  },
): Promise<void> {
  const entries: Record<string, ImportEntry> = {};
  let created = 0;
  for (const [id, record] of batch.records) {
    entries[id] = record.entry;
    if (record.entry.before === null) created += 1;
  }
  const flags = importRevisionFlags(batch.entityKind, batch.records.values());
  const change: ChangeNode = {
    id: batch.id,
    workspaceId: batch.workspaceId,
    entityId: batch.importId,
    entityKind: batch.entityKind,
    action: 'IMPORT',
    at: batch.at,
    by: batch.by,
    before: null,
    after: JSON.stringify({ created, updated: batch.records.size - created }),
    version: null,
    revertOf: null,
    causeId: null,
    operation: 'IMPORT',
    operationId: batch.importId,
    priorVisibility: null,
    records: JSON.stringify(entries),
    batch: batch.number,
  };
  await tx.run(IMPORT_CHANGE_CREATE, { change, ...flags });
}

/**
 * The revisions an import batch moves: those CHANGES_CREATE would move for one change per record
 * (who could see a record before or after, with what it reveals; whether an analysed field changed).
 */
export function importRevisionFlags(entityKind: EntityKind, records: Iterable<ImportedRecord>): RevisionFlags {
  const flags: RevisionFlags = {
    membersSee: false,
    publicSees: false,
    analysed: false,
    membersGraph: false,
    publicGraph: false,
  };
  for (const record of records) {
    const seen = visibilityChange(record);
    const analysed = changesAnalysedGraph({ entityKind, action: 'IMPORT', ...record.entry });
    flags.membersSee ||= seen.membersSee;
    flags.publicSees ||= seen.publicSees;
    flags.analysed ||= analysed;
    flags.membersGraph ||= analysed && seen.membersSee;
    flags.publicGraph ||= analysed && seen.publicSees;
  }
  return flags;
}

/** Whether members and the public could see the record before or after (as CHANGES_CREATE decides). */
function visibilityChange(record: ImportedRecord): { membersSee: boolean; publicSees: boolean } {
  const after = [record.visibility, ...record.around];
  const before = [priorVisibility(record.entry.before) ?? record.visibility, ...record.around];
  return {
    publicSees: before.every((v) => v === 'PUBLIC') || after.every((v) => v === 'PUBLIC'),
    membersSee: before.every((v) => v !== 'RESTRICTED') || after.every((v) => v !== 'RESTRICTED'),
  };
}
