import type { ActorNode } from './actor.queries';
import { defineQuery } from '../query';
import { recordVisible, type VisibleParams } from './visibility';

/**
 * Serialises the writes that give actors identifiers in one workspace: taken before the uniqueness
 * check, so two writers of the same identifier run one after the other and the second sees the first.
 */
export const IDENTIFIER_WORKSPACE_LOCK = defineQuery<{ ws: string }, { id: string }>(
  'identifier.lockWorkspace',
  'MATCH (w:Workspace {id: $ws}) SET w._identifierLock = true REMOVE w._identifierLock RETURN w.id AS id',
);

/**
 * Live actors of a workspace, other than `id` (null: any), that hold any of `keys` and that the
 * writer may see (an actor the writer may not see is never named to them, not even by a refusal:
 * docs/adr/0031).
 */
export const IDENTIFIER_HOLDERS = defineQuery<
  VisibleParams & { ws: string; id: string | null; keys: string[] },
  { id: string; name: string; identifiers: string[] }
>(
  'identifier.holders',
  `MATCH (a:Actor {workspaceId: $ws})
   WHERE a.deletedAt IS NULL AND ($id IS NULL OR a.id <> $id) AND ${recordVisible('a')}
     AND any(key IN coalesce(a.identifiers, []) WHERE key IN $keys)
   RETURN a.id AS id, a.name AS name, a.identifiers AS identifiers`,
);

/**
 * What duplicate detection reads of each live actor of a workspace the viewer may see: names,
 * aliases, country, identifiers and the pairs already dismissed.
 */
export const DUPLICATE_CANDIDATE_ACTORS = defineQuery<VisibleParams & { ws: string }, { actor: ActorNode }>(
  'identifier.duplicateActors',
  `MATCH (a:Actor {workspaceId: $ws})
   WHERE a.deletedAt IS NULL AND ${recordVisible('a')}
   RETURN a {.id, .version, .name, .aliases, .formerNames, .country, .kind, .tier, .identifiers, .notDuplicateOf} AS actor`,
);
