import type { Visibility } from '../../domain/vocabulary';
import { defineQuery } from '../query';

/** A Change node as stored: before/after are JSON strings. */
export interface ChangeNode {
  id: string;
  workspaceId: string;
  entityId: string;
  entityKind: string;
  action: string;
  at: string;
  by: string;
  before: string | null;
  after: string | null;
  version: number | null;
  revertOf: string | null;
  causeId: string | null;
  /** The operation (RENAME, MERGE, SPLIT, or IMPORT for an import batch) the change was a step of, and its id. */
  operation?: string | null;
  operationId?: string | null;
  /** An import batch's change (operation IMPORT): JSON of entity id → { before, after, version }. */
  records?: string | null;
  /** An import batch's number in its import (its changes are reverted last batch first). */
  batch?: number | null;
  /** The entity's own visibility before this change, when the change altered it. */
  priorVisibility?: Visibility | null;
  /** Whether the change can alter an analysis (see changesAnalysedGraph); moves the graph revisions. Not stored. */
  analysed?: boolean;
}

/** Moves workspace `w`'s revisions by the flags membersSee, publicSees, analysed, membersGraph, publicGraph. */
const MOVE_REVISIONS = `SET w.dataRevision = coalesce(w.dataRevision, 0) + 1,
       w.membersRevision = coalesce(w.membersRevision, 0) + CASE WHEN membersSee THEN 1 ELSE 0 END,
       w.publicRevision = coalesce(w.publicRevision, 0) + CASE WHEN publicSees THEN 1 ELSE 0 END,
       w.dataGraphRevision = coalesce(w.dataGraphRevision, 0) + CASE WHEN analysed THEN 1 ELSE 0 END,
       w.membersGraphRevision = coalesce(w.membersGraphRevision, 0) + CASE WHEN membersGraph THEN 1 ELSE 0 END,
       w.publicGraphRevision = coalesce(w.publicGraphRevision, 0) + CASE WHEN publicGraph THEN 1 ELSE 0 END`;

/**
 * Records changes and moves the data revisions of every workspace they touch, in the caller's
 * transaction. Revisions (counters on the workspace) are what analytics and map caches are keyed
 * by; there is one per visibility class, and a change moves a class's counter only if the class
 * could see the entity before or after it (with what the entity reveals: a relation's actors, a
 * source's subject), so a revision never tells a viewer that something it may not see changed.
 * A write that commits moves them, one that rolls back does not, and the workspace node's write
 * lock orders concurrent increments, so none is lost. `priorVisibility` is the entity's own
 * visibility before the change when the change altered it. Each class also has a graph revision,
 * moved only by changes that can alter an analysis (`analysed`): the analytics caches are keyed by
 * it, so editing a description does not make every analysis compute again.
 */
export const CHANGES_CREATE = defineQuery<{ changes: ChangeNode[] }, { created: number }>(
  'change.create',
  `UNWIND $changes AS change
   CREATE (c:Change) SET c = change REMOVE c.analysed
   WITH change
   CALL (change) {
     OPTIONAL MATCH (a:Actor {id: change.entityId})
     OPTIONAL MATCH (s:Actor)-[r:RELATES {id: change.entityId}]->(t:Actor)
     OPTIONAL MATCH (src:Source {id: change.entityId})
     OPTIONAL MATCH (subject:Actor {id: src.subjectId})
     OPTIONAL MATCH (rs:Actor)-[rel:RELATES {id: src.subjectId}]->(rt:Actor)
     WITH coalesce(a.visibility, r.visibility, src.visibility, 'RESTRICTED') AS own,
          [v IN [s.visibility, t.visibility, subject.visibility, rel.visibility, rs.visibility, rt.visibility]
           WHERE v IS NOT NULL] AS around
     WITH [own] + around AS after, [coalesce(change.priorVisibility, own)] + around AS before
     RETURN all(v IN before WHERE v = 'PUBLIC') OR all(v IN after WHERE v = 'PUBLIC') AS publicSees,
            all(v IN before WHERE v <> 'RESTRICTED') OR all(v IN after WHERE v <> 'RESTRICTED') AS membersSee
   }
   WITH change.workspaceId AS ws, count(*) AS created,
        any(x IN collect(publicSees) WHERE x) AS publicSees, any(x IN collect(membersSee) WHERE x) AS membersSee,
        any(x IN collect(change.analysed) WHERE x) AS analysed,
        any(x IN collect(change.analysed AND publicSees) WHERE x) AS publicGraph,
        any(x IN collect(change.analysed AND membersSee) WHERE x) AS membersGraph
   MATCH (w:Workspace {id: ws})
   ${MOVE_REVISIONS}
   RETURN sum(created) AS created`,
);

/**
 * The flags an import batch's change computed from its records (see import-change.ts): whether
 * members, the public, and the analyses of each could see a record of the batch change.
 */
export interface RevisionFlags {
  membersSee: boolean;
  publicSees: boolean;
  analysed: boolean;
  membersGraph: boolean;
  publicGraph: boolean;
}

/**
 * Records the one change of an import batch (ADR 0026) and moves the workspace's revisions as
 * CHANGES_CREATE does, from flags computed from the batch's records instead of read per change.
 */
export const IMPORT_CHANGE_CREATE = defineQuery<{ change: ChangeNode } & RevisionFlags, { id: string }>(
  'change.createImport',
  `CREATE (c:Change) SET c = $change
   WITH c, $membersSee AS membersSee, $publicSees AS publicSees, $analysed AS analysed,
        $membersGraph AS membersGraph, $publicGraph AS publicGraph
   MATCH (w:Workspace {id: c.workspaceId})
   ${MOVE_REVISIONS}
   RETURN c.id AS id`,
);

/**
 * History of one entity, newest first: its own changes and the import batches that wrote it (listed
 * on the record as importChanges, ADR 0026; the repository takes the entity's part of each).
 */
export const CHANGE_HISTORY = defineQuery<{ ws: string; entityId: string; limit: number }, { change: ChangeNode }>(
  'change.history',
  `CALL () {
     MATCH (c:Change {workspaceId: $ws, entityId: $entityId}) RETURN c
     UNION
     OPTIONAL MATCH (a:Actor {id: $entityId})
     OPTIONAL MATCH ()-[r:RELATES {id: $entityId}]->()
     UNWIND coalesce(a.importChanges, r.importChanges, []) AS changeId
     MATCH (c:Change {id: changeId})
     RETURN c
   }
   WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
   RETURN c {.*} AS change`,
);

/** The changes of one succession operation (each about a different record, so their order does not matter). */
export const CHANGES_OF_OPERATION = defineQuery<{ ws: string; operationId: string }, { change: ChangeNode }>(
  'change.ofOperation',
  `MATCH (c:Change {workspaceId: $ws, operationId: $operationId})
   RETURN c {.*} AS change ORDER BY c.at, c.id`,
);

export const CHANGE_BY_ID = defineQuery<{ id: string }, { change: ChangeNode }>(
  'change.byId',
  'MATCH (c:Change {id: $id}) RETURN c {.*} AS change',
);

/**
 * The workspace an entity (actor, relation or source) belongs to, and its effective visibility: the
 * most restrictive of the entity's own and that of what it reveals (a relation's actors, a source's
 * subject), so that a history never shows a record the viewer may not see.
 */
export const ENTITY_WORKSPACE = defineQuery<
  { id: string },
  {
    workspaceId: string;
    /** The entity and what it reveals, each with the users it names as readers (actors). */
    elements: Array<{ visibility: Visibility; readers: string[] | null }>;
    workspaceVisibility: Visibility;
    workspaceDeleted: boolean;
  }
>(
  'change.entityWorkspace',
  `CALL {
     MATCH (a:Actor {id: $id}) RETURN a.workspaceId AS workspaceId, [a] AS elements
     UNION
     MATCH (s:Actor)-[r:RELATES {id: $id}]->(t:Actor)
     RETURN r.workspaceId AS workspaceId, [r, s, t] AS elements
     UNION
     MATCH (src:Source {id: $id})
     OPTIONAL MATCH (subject:Actor {id: src.subjectId})
     OPTIONAL MATCH (rs:Actor)-[rel:RELATES {id: src.subjectId}]->(rt:Actor)
     RETURN src.workspaceId AS workspaceId, [e IN [src, subject, rel, rs, rt] WHERE e IS NOT NULL] AS elements
   }
   WITH workspaceId, elements LIMIT 1
   MATCH (w:Workspace {id: workspaceId})
   RETURN workspaceId,
          [e IN elements | {visibility: e.visibility, readers: e.readers}] AS elements,
          w.visibility AS workspaceVisibility, w.deletedAt IS NOT NULL AS workspaceDeleted`,
);
