import type { Viewer } from '../auth/viewer';
import type { Database, Tx } from '../db/run-query';
import type { ActorRecord } from '../domain/actor';
import { duplicateCandidates, type DuplicatePair } from '../domain/duplicate-candidates';
import { mergedActorPatch } from '../domain/duplicate-merge';
import { RELATION_EDITABLE_FIELDS, type RelationFields, type RelationRecord } from '../domain/relation';
import { InputChecker } from '../domain/validation';
import { liveRelationsOf, lockActor, lockActors } from '../repositories/actor.repository';
import { duplicateCandidateActors } from '../repositories/identifier.repository';
import { toRelationRecord } from '../repositories/relation-record';
import { duplicatesOf } from '../repositories/relation.repository';
import { liveSourcesOf } from '../repositories/source.repository';
import { setActorDeleted, writeActorPatch } from './actor.service';
import { Steps } from './operation-steps';
import { createRelationIn } from './relation.service';
import { attachSource } from './source.service';

/** Pairs of actors the viewer may see that may be one organisation, best first (see duplicate-candidates.ts). */
export async function findDuplicates(
  db: Database,
  viewer: Viewer,
  workspaceId: string,
  first: number,
): Promise<DuplicatePair[]> {
  const actors = await duplicateCandidateActors(db, viewer, workspaceId);
  return duplicateCandidates(actors).slice(0, first);
}

/** What a duplicate merge wrote; revertChange(operationId) undoes all of it. */
export interface DuplicateMergeResult {
  operationId: string;
  kept: ActorRecord;
  merged: ActorRecord;
  /** The merged actor's ties, now on the kept actor (new relations with the same fields and evidence). */
  movedRelations: RelationRecord[];
  /** Ties that did not move: between the two, or identical to one the kept actor has (deleted with it). */
  droppedRelationIds: string[];
}

/**
 * Merges two records of one organisation, in one transaction of steps sharing an operation id:
 * the merged actor is soft-deleted (its history stays under its id, and its ties with it); each
 * of its ties is re-created on the kept actor with its evidence; its names become the kept
 * actor's aliases, identifiers are united, and facts the kept actor lacks are taken from it; its
 * evidence is copied to the kept actor. Unlike mergeActors (an institutional merge from a date,
 * docs/adr/0024) there is no date: the two were always one. BAD_USER_INPUT (keepId, mergeId).
 */
export function mergeDuplicates(
  db: Database,
  viewer: Viewer,
  input: { keepId: string; mergeId: string },
): Promise<DuplicateMergeResult> {
  return db.writeTransaction(async (tx) => {
    const { one: keep, other: merge } = await lockPair(tx, viewer, input.keepId, input.mergeId, ['keepId', 'mergeId']);
    const steps = new Steps('MERGE_DUPLICATES');
    const ties = (await liveRelationsOf(tx, merge.id)).map(toRelationRecord);
    const merged = await setActorDeleted(tx, viewer, merge, true, null, undefined, steps.next());
    const kept = await writeActorPatch(tx, viewer, keep, mergedActorPatch(keep, merge), {
      action: 'UPDATE',
      ...steps.next(),
    });
    const movedRelations: RelationRecord[] = [];
    const droppedRelationIds: string[] = [];
    for (const tie of ties) {
      const moved = await moveTie(tx, viewer, tie, merge.id, keep.id, steps);
      if (moved) movedRelations.push(moved);
      else droppedRelationIds.push(tie.id);
    }
    await copySources(tx, viewer, merge.id, keep.id, 'ACTOR', steps);
    return { operationId: steps.id, kept, merged, movedRelations, droppedRelationIds };
  });
}

/**
 * A tie of the merged actor re-created on the kept one (same fields, evidence copied), or null when
 * it joined the two or the kept actor already has an identical one.
 */
async function moveTie(
  tx: Tx,
  viewer: Viewer,
  tie: RelationRecord,
  fromId: string,
  toId: string,
  steps: Steps,
): Promise<RelationRecord | null> {
  const sourceId = tie.sourceId === fromId ? toId : tie.sourceId;
  const targetId = tie.targetId === fromId ? toId : tie.targetId;
  if (sourceId === targetId) return null;
  const moved: RelationRecord = { ...tie, sourceId, targetId };
  await lockActors(tx, [sourceId, targetId]);
  if ((await duplicatesOf(tx, moved)).length > 0) return null;
  const fields: RelationFields = { sourceId, targetId };
  for (const field of RELATION_EDITABLE_FIELDS) Object.assign(fields, { [field]: tie[field] });
  const created = await createRelationIn(tx, viewer, tie.workspaceId, fields, null, ['input'], steps.next());
  await copySources(tx, viewer, tie.id, created.id, 'RELATION', steps);
  return created;
}

/** Copies the live evidence of one record onto another, each copy a step of the operation. */
async function copySources(
  tx: Tx,
  viewer: Viewer,
  fromId: string,
  toId: string,
  subjectKind: 'ACTOR' | 'RELATION',
  steps: Steps,
): Promise<void> {
  for (const source of await liveSourcesOf(tx, viewer, [fromId])) {
    const { title, url, document, quote, page, accessed, visibility, readers } = source;
    await attachSource(
      tx,
      viewer,
      { workspaceId: source.workspaceId, subjectId: toId, subjectKind },
      { title, url, document, quote, page, accessed, visibility, readers },
      steps.next(),
    );
  }
}

/**
 * Says that two actors are not one organisation: each names the other in `notDuplicateOf`, so the
 * pair is no longer suggested. Two changes of one operation: revertChange(operationId) undoes it.
 */
export function dismissDuplicate(
  db: Database,
  viewer: Viewer,
  input: { aId: string; bId: string },
): Promise<{ operationId: string; actors: ActorRecord[] }> {
  return db.writeTransaction(async (tx) => {
    const { one: a, other: b } = await lockPair(tx, viewer, input.aId, input.bId, ['aId', 'bId']);
    const steps = new Steps('DISMISS_DUPLICATE');
    const actors: ActorRecord[] = [];
    for (const [actor, other] of [
      [a, b],
      [b, a],
    ] as const) {
      actors.push(
        actor.notDuplicateOf.includes(other.id)
          ? actor
          : await writeActorPatch(
              tx,
              viewer,
              actor,
              { notDuplicateOf: [...actor.notDuplicateOf, other.id] },
              { action: 'UPDATE', ...steps.next() },
            ),
      );
    }
    return { operationId: steps.id, actors };
  });
}

/** Locks and reads two different live actors of one workspace that the viewer may see. */
async function lockPair(
  tx: Tx,
  viewer: Viewer,
  oneId: string,
  otherId: string,
  [oneField, otherField]: [string, string],
): Promise<{ one: ActorRecord; other: ActorRecord }> {
  const check = new InputChecker();
  if (oneId === otherId) check.add([otherField], `must differ from ${oneField}`);
  check.throwIfAny();
  await lockActors(tx, [oneId, otherId]);
  const one = await lockActor(tx, viewer, oneId, oneField);
  const other = await lockActor(tx, viewer, otherId, otherField);
  if (other.workspaceId !== one.workspaceId) check.add([otherField], 'must be an actor of the same workspace');
  if (one.deletedAt) check.add([oneField], `actor ${oneId} is deleted`);
  if (other.deletedAt) check.add([otherField], `actor ${otherId} is deleted`);
  check.throwIfAny();
  return { one, other };
}
