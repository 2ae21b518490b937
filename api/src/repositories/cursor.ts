import { serverKeys } from '../auth/secrets';
import { BadUserInputError } from '../errors';

const SEALED = 's.';

/**
 * Opaque keyset cursor: the sort key and id of the last item of a page. A numeric key (a search
 * relevance score, which moves with documents the viewer may not see) is sealed: encrypted with a
 * fresh nonce each time, so a cursor reveals neither the score nor whether it changed.
 */
export function encodeCursor(key: string | number, id: string): string {
  const text = JSON.stringify([key, id]);
  if (typeof key === 'number') return `${SEALED}${serverKeys().seal(text)}`;
  return Buffer.from(text).toString('base64url');
}

export function decodeCursor(cursor: string, field: string): { key: string | number; id: string } {
  try {
    const text = cursor.startsWith(SEALED)
      ? serverKeys().unseal(cursor.slice(SEALED.length))
      : Buffer.from(cursor, 'base64url').toString('utf8');
    if (text === null) throw new Error('not sealed here');
    const value: unknown = JSON.parse(text);
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || (typeof value[0] === 'number' && cursor.startsWith(SEALED))) &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError([{ field: [field], reason: 'is not a cursor returned by this API' }]);
}

/** Checks `first` and returns the limit to ask the database for (one more, to know if a page follows). */
export function pageSize(first: number | null | undefined, { fallback = 50, max = 500 } = {}): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new BadUserInputError([
      { field: ['first'], reason: `must be a whole number from 0 to ${max} (got ${size})` },
    ]);
  }
  return size;
}

export interface Page<T> {
  totalCount: number | null;
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a connection from `size + 1` rows. */
export function toPage<R, T>(
  rows: readonly R[],
  size: number,
  total: number | null,
  map: (row: R) => { node: T; key: string | number; id: string },
): Page<T> {
  const edges = rows.slice(0, size).map((row) => {
    const { node, key, id } = map(row);
    return { cursor: encodeCursor(key, id), node };
  });
  return {
    totalCount: total,
    edges,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
  };
}
