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

export const CHANGES_CREATE = defineQuery<{ changes: ChangeNode[] }, { created: number }>(
  'change.create',
  'UNWIND $changes AS change CREATE (c:Change) SET c = change RETURN count(c) AS created',
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

/** The workspace an entity (actor, relation or source) belongs to. */
export const ENTITY_WORKSPACE = defineQuery<{ id: string }, { workspaceId: string; visibility: Visibility }>(
  'change.entityWorkspace',
  `CALL {
     MATCH (a:Actor {id: $id}) RETURN a.workspaceId AS workspaceId, a.visibility AS visibility
     UNION
     MATCH ()-[r:RELATES {id: $id}]->() RETURN r.workspaceId AS workspaceId, r.visibility AS visibility
     UNION
     MATCH (s:Source {id: $id}) RETURN s.workspaceId AS workspaceId, s.visibility AS visibility
   }
   RETURN workspaceId, visibility LIMIT 1`,
);
