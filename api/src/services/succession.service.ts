import type { Viewer } from '../auth/viewer';
import type { Database, Tx } from '../db/run-query';
import type { ActorRecord } from '../domain/actor';
import type { RelationRecord } from '../domain/relation';
import type { SourceFields } from '../domain/source';
import { checkSourceFields } from '../domain/source';
import { checkAliveOn, checkRenameDate, checkSuccessionDate, previousPeriod } from '../domain/succession';
import { InputChecker } from '../domain/validation';
import type { SuccessionType } from '../domain/vocabulary';
import { lockActor, lockActors } from '../repositories/actor.repository';
import { writeActorPatch } from './actor.service';
import { createRelationIn } from './relation.service';
import { attachSource } from './source.service';
import { Steps } from './operation-steps';
import { assertVersion } from './versioned-write';

/** What a rename, merge or split wrote: its id (the id of its first change: revert it to undo all). */
export interface SuccessionResult {
  operationId: string;
  /** The actors it changed, as they are now. */
  actors: ActorRecord[];
  /** The succession relations it created. */
  relations: RelationRecord[];
}

const MAX_ACTORS = 20;

/**
 * Renames an actor from a date: the current name becomes a former name used until then, so answers
 * as of an earlier date show it (docs/adr/0024). One change, with history; revertChange undoes it.
 * BAD_USER_INPUT (name, on), CONFLICT (expectedVersion).
 */
export function renameActor(
  db: Database,
  viewer: Viewer,
  id: string,
  input: { name: string; on: string; expectedVersion?: number | null },
  evidence: SourceFields | null = null,
): Promise<SuccessionResult> {
  return db.writeTransaction(async (tx) => {
    const current = await lockActor(tx, viewer, id);
    assertVersion('Actor', current, input.expectedVersion);
    const name = input.name?.trim() ?? '';
    const check = new InputChecker();
    check.required(['name'], name);
    check.text(['name'], name, { min: 1, max: 300 });
    if (name === current.name) check.add(['name'], 'must differ from the current name');
    if (checkSuccessionDate(check, input.on, ['on'])) {
      checkAliveOn(check, current, input.on, ['on']);
      checkRenameDate(check, current, input.on, ['on']);
    }
    if (evidence) checkSourceFields(check, evidence, ['evidence']);
    check.throwIfAny();
    const steps = new Steps('RENAME');
    const actor = await writeActorPatch(
      tx,
      viewer,
      current,
      { name, formerNames: [...current.formerNames, current.name], renamedOn: [...current.renamedOn, input.on] },
      { action: 'UPDATE', ...steps.next() },
    );
    if (evidence)
      await attachSource(
        tx,
        viewer,
        { workspaceId: actor.workspaceId, subjectId: actor.id, subjectKind: 'ACTOR' },
        evidence,
      );
    return { operationId: steps.id, actors: [actor], relations: [] };
  });
}

/**
 * Merges actors into another from a date, in one transaction: each merged actor's lifespan ends the
 * period before `on` and a MERGED_INTO relation dated `on` links it to the absorbing actor, whose
 * ties from that date include theirs in every analysis. BAD_USER_INPUT (ids, into, on).
 */
export function mergeActors(
  db: Database,
  viewer: Viewer,
  input: { ids: readonly string[]; into: string; on: string },
  evidence: SourceFields | null = null,
): Promise<SuccessionResult> {
  return db.writeTransaction(async (tx) => {
    const { into, merged } = await lockParties(tx, viewer, input.into, input.ids, 'into', 'ids');
    const check = new InputChecker();
    checkParties(check, into, merged, 'ids');
    if (checkSuccessionDate(check, input.on, ['on'])) {
      checkAliveOn(check, into, input.on, ['into'], { strictlyAfterSince: false });
      merged.forEach((actor, i) => checkAliveOn(check, actor, input.on, ['ids', i]));
    }
    if (evidence) checkSourceFields(check, evidence, ['evidence']);
    check.throwIfAny();
    const steps = new Steps('MERGE');
    const actors: ActorRecord[] = [];
    const relations: RelationRecord[] = [];
    for (const actor of merged) {
      actors.push(
        await writeActorPatch(
          tx,
          viewer,
          actor,
          { until: previousPeriod(input.on) },
          { action: 'UPDATE', ...steps.next() },
        ),
      );
      relations.push(await succession(tx, viewer, 'MERGED_INTO', actor, into.id, input.on, evidence, steps));
    }
    return { operationId: steps.id, actors: [...actors, into], relations };
  });
}

/**
 * Splits actors off another from a date, in one transaction: a SPLIT_FROM relation dated `on` from
 * each new part to the original, each part's lifespan starting on `on` unless it has a start, and
 * with `dissolve` the original's lifespan ending the period before. A split moves no tie: which part
 * takes which is for the editor to say. BAD_USER_INPUT (from, into, on).
 */
export function splitActor(
  db: Database,
  viewer: Viewer,
  input: { from: string; into: readonly string[]; on: string; dissolve?: boolean | null },
  evidence: SourceFields | null = null,
): Promise<SuccessionResult> {
  return db.writeTransaction(async (tx) => {
    const { into: original, merged: parts } = await lockParties(tx, viewer, input.from, input.into, 'from', 'into');
    const check = new InputChecker();
    checkParties(check, original, parts, 'into');
    if (checkSuccessionDate(check, input.on, ['on'])) {
      checkAliveOn(check, original, input.on, ['from']);
      parts.forEach((part, i) => checkAliveOn(check, part, input.on, ['into', i], { strictlyAfterSince: false }));
    }
    if (evidence) checkSourceFields(check, evidence, ['evidence']);
    check.throwIfAny();
    const steps = new Steps('SPLIT');
    const actors: ActorRecord[] = [];
    const relations: RelationRecord[] = [];
    for (const part of parts) {
      relations.push(await succession(tx, viewer, 'SPLIT_FROM', part, original.id, input.on, evidence, steps));
      actors.push(
        part.since
          ? part
          : await writeActorPatch(tx, viewer, part, { since: input.on }, { action: 'UPDATE', ...steps.next() }),
      );
    }
    const after = input.dissolve
      ? await writeActorPatch(
          tx,
          viewer,
          original,
          { until: previousPeriod(input.on) },
          { action: 'UPDATE', ...steps.next() },
        )
      : original;
    return { operationId: steps.id, actors: [after, ...actors], relations };
  });
}

/**
 * Locks the actors of a merge or split (sorted, see lockActors) and reads them: the one and the
 * many, each the viewer may see (NOT_FOUND at its field otherwise).
 */
async function lockParties(
  tx: Tx,
  viewer: Viewer,
  oneId: string,
  manyIds: readonly string[],
  oneField: string,
  manyField: string,
): Promise<{ into: ActorRecord; merged: ActorRecord[] }> {
  const check = new InputChecker();
  if (manyIds.length === 0) check.add([manyField], 'must name at least one actor');
  if (manyIds.length > MAX_ACTORS)
    check.add([manyField], `must name at most ${MAX_ACTORS} actors (got ${manyIds.length})`);
  if (new Set(manyIds).size !== manyIds.length) check.add([manyField], 'must not name an actor twice');
  manyIds.forEach((id, i) => {
    if (id === oneId) check.add([manyField, i], `must differ from ${oneField}`);
  });
  check.throwIfAny();
  await lockActors(tx, [oneId, ...manyIds]);
  const into = await lockActor(tx, viewer, oneId, oneField);
  const merged: ActorRecord[] = [];
  for (const [i, id] of manyIds.entries()) merged.push(await lockActor(tx, viewer, id, `${manyField}.${i}`));
  return { into, merged };
}

/** The many must be in the one's workspace. */
function checkParties(check: InputChecker, one: ActorRecord, many: readonly ActorRecord[], manyField: string): void {
  many.forEach((actor, i) => {
    if (actor.workspaceId !== one.workspaceId) check.add([manyField, i], 'must be an actor of the same workspace');
  });
}

/** Writes one succession relation (from `source` to `target`) as a step of the operation, with the evidence given. */
function succession(
  tx: Tx,
  viewer: Viewer,
  type: SuccessionType,
  source: ActorRecord,
  targetId: string,
  on: string,
  evidence: SourceFields | null,
  steps: Steps,
): Promise<RelationRecord> {
  return createRelationIn(
    tx,
    viewer,
    source.workspaceId,
    { type, sourceId: source.id, targetId, since: on, directed: true },
    evidence,
    ['input'],
    steps.next(),
  );
}
