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
}

/**
 * Records changes and moves the data revision of every workspace they touch, in the caller's
 * transaction. The revision (`w.dataRevision`, a counter) is what analytics caches are keyed by: a
 * write that commits moves it, one that rolls back does not, and the workspace node's write lock
 * orders concurrent increments, so none is lost.
 */
export const CHANGES_CREATE = defineQuery<{ changes: ChangeNode[] }, { created: number }>(
  'change.create',
  `UNWIND $changes AS change
   CREATE (c:Change) SET c = change
   WITH collect(DISTINCT change.workspaceId) AS workspaces, count(c) AS created
   CALL (workspaces) {
     UNWIND workspaces AS ws
     MATCH (w:Workspace {id: ws})
     SET w.dataRevision = coalesce(w.dataRevision, 0) + 1
   }
   RETURN created`,
);

/** History of one entity, newest first. */
export const CHANGE_HISTORY = defineQuery<{ ws: string; entityId: string; limit: number }, { change: ChangeNode }>(
  'change.history',
  `MATCH (c:Change {workspaceId: $ws, entityId: $entityId})
   WITH c ORDER BY c.at DESC, c.id DESC LIMIT $limit
   RETURN c {.*} AS change`,
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
export const ENTITY_WORKSPACE = defineQuery<{ id: string }, { workspaceId: string; visibility: Visibility }>(
  'change.entityWorkspace',
  `CALL {
     MATCH (a:Actor {id: $id}) RETURN a.workspaceId AS workspaceId, [a.visibility] AS visibilities
     UNION
     MATCH (s:Actor)-[r:RELATES {id: $id}]->(t:Actor)
     RETURN r.workspaceId AS workspaceId, [r.visibility, s.visibility, t.visibility] AS visibilities
     UNION
     MATCH (src:Source {id: $id})
     OPTIONAL MATCH (subject:Actor {id: src.subjectId})
     OPTIONAL MATCH (rs:Actor)-[rel:RELATES {id: src.subjectId}]->(rt:Actor)
     RETURN src.workspaceId AS workspaceId,
            [v IN [src.visibility, subject.visibility, rel.visibility, rs.visibility, rt.visibility] WHERE v IS NOT NULL]
              AS visibilities
   }
   RETURN workspaceId,
          CASE WHEN 'RESTRICTED' IN visibilities THEN 'RESTRICTED'
               WHEN 'WORKSPACE' IN visibilities THEN 'WORKSPACE'
               ELSE 'PUBLIC' END AS visibility
   LIMIT 1`,
);
