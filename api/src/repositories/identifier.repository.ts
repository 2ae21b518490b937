import type { Viewer } from '../auth/viewer';
import {
  DUPLICATE_CANDIDATE_ACTORS,
  IDENTIFIER_HOLDERS,
  IDENTIFIER_WORKSPACE_LOCK,
} from '../db/queries/identifier.queries';
import type { Database, Tx } from '../db/run-query';
import type { DuplicateActor } from '../domain/duplicate-candidates';

function visibleParams(viewer: Viewer) {
  return { visibilities: [...viewer.visibilities], reader: viewer.readerId };
}

/**
 * The live actors the viewer may see, other than `id`, that already hold one of `keys`, read after
 * the workspace's identifier lock (so that a concurrent writer of the same key is seen).
 */
export async function identifierHolders(
  tx: Tx,
  viewer: Viewer,
  workspaceId: string,
  id: string,
  keys: readonly string[],
): Promise<Array<{ id: string; name: string; identifiers: string[] }>> {
  if (keys.length === 0) return [];
  await tx.run(IDENTIFIER_WORKSPACE_LOCK, { ws: workspaceId });
  return tx.run(IDENTIFIER_HOLDERS, { ...visibleParams(viewer), ws: workspaceId, id, keys: [...keys] });
}

/**
 * The live actors the viewer may see that hold one of `keys`, without the lock: for a check before
 * writing (an import's validation, its dry run), not for the write itself.
 */
export function readIdentifierHolders(
  tx: Tx,
  viewer: Viewer,
  workspaceId: string,
  keys: readonly string[],
): Promise<Array<{ id: string; name: string; identifiers: string[] }>> {
  if (keys.length === 0) return Promise.resolve([]);
  return tx.run(IDENTIFIER_HOLDERS, { ...visibleParams(viewer), ws: workspaceId, id: null, keys: [...keys] });
}

/** The live actors of a workspace the viewer may see, with what duplicate detection compares. */
export async function duplicateCandidateActors(
  db: Database,
  viewer: Viewer,
  workspaceId: string,
): Promise<DuplicateActor[]> {
  const rows = await db.read(DUPLICATE_CANDIDATE_ACTORS, { ...visibleParams(viewer), ws: workspaceId });
  return rows.map(({ actor }) => ({
    id: actor.id,
    name: actor.name as string,
    aliases: (actor.aliases as string[] | null) ?? [],
    formerNames: (actor.formerNames as string[] | null) ?? [],
    country: (actor.country as string | null) ?? null,
    identifiers: (actor.identifiers as string[] | null) ?? [],
    notDuplicateOf: (actor.notDuplicateOf as string[] | null) ?? [],
  }));
}
