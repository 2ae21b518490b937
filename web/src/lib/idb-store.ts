/**
 * A small IndexedDB cache of the web client (layouts and map data by workspace). Every failure —
 * a private window, a full disk, no IndexedDB — reads as a miss: the cache only saves time.
 */

const DB_NAME = 'tiermap-cache';
export type CacheStore = 'layouts' | 'graphs';
const STORES: readonly CacheStore[] = ['layouts', 'graphs'];

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      for (const store of STORES) request.result.createObjectStore(store, { keyPath: 'workspace' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
  });
}

let db: Promise<IDBDatabase> | null = null;

/** The record stored for a workspace, or null. */
export async function readCached<T extends { workspace: string }>(
  store: CacheStore,
  workspace: string,
): Promise<T | null> {
  try {
    db ??= openDb();
    const objects = (await db).transaction(store, 'readonly').objectStore(store);
    return await new Promise((resolve, reject) => {
      const request = objects.get(workspace);
      request.onsuccess = () => resolve((request.result as T | undefined) ?? null);
      request.onerror = () => reject(request.error ?? new Error('IndexedDB read failed'));
    });
  } catch {
    return null;
  }
}

/** Stores a workspace's record, replacing the previous one; false when it could not be stored. */
export async function writeCached<T extends { workspace: string }>(store: CacheStore, record: T): Promise<boolean> {
  try {
    db ??= openDb();
    const tx = (await db).transaction(store, 'readwrite');
    tx.objectStore(store).put(record);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    });
    return true;
  } catch {
    // Nothing to do: the next visit loads or lays out again.
    return false;
  }
}
