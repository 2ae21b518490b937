/**
 * A small IndexedDB cache of the web client (layouts and map data). Every failure — a private window,
 * a full disk, no IndexedDB — reads as a miss: the cache only saves time.
 *
 * Records are keyed by `cacheId(workspace, viewerClass)`: what a map holds depends on who looks at it
 * (public, members or everything, the prefix of the API's revision), so a copy made for one class is
 * never shown to another. Signing out clears everything (clearCache).
 */

const DB_NAME = 'tiermap-cache';
/**
 * 2: records keyed by workspace and viewer class (`id`), no longer by workspace alone.
 * 3: map copies carry actor lifespans (since, until); older copies lack them and are dropped.
 * 4: map copies carry former names (formerNames, renamedOn), for the name of the as-of month.
 * 5: map copies carry short names (shortName), for names on a crowded map.
 */
const DB_VERSION = 5;
export type CacheStore = 'layouts' | 'graphs';
const STORES: readonly CacheStore[] = ['layouts', 'graphs'];

/** What a viewer may see of a workspace: the revision's prefix (`public`, `members` or `all`). */
export type ViewerClass = string;

/** The key of a workspace's records for one viewer class. */
export function cacheId(workspace: string, viewerClass: ViewerClass): string {
  return `${viewerClass}|${workspace}`;
}

/** The viewer class of a revision such as `members:12`. */
export function viewerClassOf(revision: string): ViewerClass {
  const colon = revision.indexOf(':');
  return colon < 0 ? 'public' : revision.slice(0, colon);
}

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      // Copies of earlier versions lack what this one needs (a viewer class, actor lifespans, former names): start afresh.
      for (const name of Array.from(request.result.objectStoreNames)) request.result.deleteObjectStore(name);
      for (const store of STORES) request.result.createObjectStore(store, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      // A later version opened in another tab must not wait for this one.
      request.result.onversionchange = () => request.result.close();
      resolve(request.result);
    };
    // A tab of the previous version still holds the database: go without the cache rather than wait.
    request.onblocked = () => reject(new Error('IndexedDB is held by another tab'));
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

let db: Promise<IDBDatabase> | null = null;

/**
 * Opens the database ahead of the first read (a first visit creates it, which takes a while), so that
 * the opening overlaps with other work; a failure still reads as a miss later.
 */
export function openCacheEarly(): void {
  db ??= openDb();
  db.catch(() => undefined);
}

/** The record stored under `id` (see cacheId), or null. */
export async function readCached<T extends { id: string }>(store: CacheStore, id: string): Promise<T | null> {
  try {
    db ??= openDb();
    const objects = (await db).transaction(store, 'readonly').objectStore(store);
    return await new Promise((resolve, reject) => {
      const request = objects.get(id);
      request.onsuccess = () => resolve((request.result as T | undefined) ?? null);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
  } catch {
    return null;
  }
}

/** Stores a record, replacing the previous one with its id; false when it could not be stored. */
export async function writeCached<T extends { id: string }>(store: CacheStore, record: T): Promise<boolean> {
  try {
    db ??= openDb();
    const tx = (await db).transaction(store, 'readwrite');
    tx.objectStore(store).put(record);
    await completion(tx);
    return true;
  } catch {
    // Nothing to do: the next visit loads or lays out again.
    return false;
  }
}

/** Deletes every stored map and layout (sign-out: the next person on this browser sees none of it). */
export async function clearCache(): Promise<void> {
  try {
    db ??= openDb();
    const tx = (await db).transaction([...STORES], 'readwrite');
    for (const store of STORES) tx.objectStore(store).clear();
    await completion(tx);
  } catch {
    // No IndexedDB: nothing was stored either.
  }
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}
