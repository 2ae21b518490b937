import type { ActorRecord } from '../domain/actor';
import { identifierKey, parseIdentifierKey } from '../domain/identifiers';
import type { InputChecker } from '../domain/validation';

/** An actor of the workspace that holds identifiers (IDENTIFIER_HOLDERS). */
export interface IdentifierHolder {
  id: string;
  name: string;
  identifiers: string[];
}

/** An import row's actor: its externalId, name and the identifier keys it gives, if any. */
interface IdentifierRow {
  externalId: string;
  name?: string | null;
  identifiers?: readonly string[] | null;
}

/** Who holds a key once the import is written: a row of the payload, or an actor it leaves alone. */
type Owner = { row: number } | { holder: IdentifierHolder };

/** The key as uniqueness compares it (identifierKey's normalised value), or the key itself when unparsed. */
export function canonicalIdentifierKey(key: string): string {
  const identifier = parseIdentifierKey(key.trim());
  return identifier ? identifierKey(identifier) : key.trim();
}

/** Every key the rows give, as given and as compared: what to ask the database about. */
export function importedIdentifierKeys(rows: readonly IdentifierRow[]): string[] {
  const keys = new Set<string>();
  for (const row of rows)
    for (const key of row.identifiers ?? []) {
      if (typeof key !== 'string') continue;
      keys.add(key.trim()).add(canonicalIdentifierKey(key));
    }
  return [...keys];
}

/**
 * One identifier, one actor (docs/adr/0031), for an import: a row is refused (at its identifier,
 * naming the other actor) when another actor would hold the same key once the import is written —
 * an earlier row of the payload, or an actor of the workspace the writer may see. An actor that the
 * payload itself updates counts with the identifiers its row leaves it, so that an identifier may move
 * from one actor to another in one import. Keys whose format is wrong are left to checkIdentifiers.
 */
export function checkImportedIdentifiers(
  check: InputChecker,
  rows: readonly IdentifierRow[],
  stored: ReadonlyMap<string, Pick<ActorRecord, 'id' | 'name' | 'identifiers'>>,
  holders: readonly IdentifierHolder[],
  prefix: readonly (string | number)[],
): void {
  const owners = new Map<string, Owner>();
  const rewritten = new Set<string>();
  rows.forEach((row) => {
    const id = stored.get(row.externalId)?.id;
    if (id) rewritten.add(id);
  });
  for (const holder of holders) {
    if (rewritten.has(holder.id)) continue;
    for (const key of holder.identifiers) owners.set(canonicalIdentifierKey(key), { holder });
  }
  // Actors the payload updates without giving identifiers keep theirs: those are taken first.
  rows.forEach((row, index) => {
    if (row.identifiers != null) return;
    for (const key of stored.get(row.externalId)?.identifiers ?? [])
      if (!owners.has(canonicalIdentifierKey(key))) owners.set(canonicalIdentifierKey(key), { row: index });
  });
  rows.forEach((row, index) => {
    (row.identifiers ?? []).forEach((key, k) => {
      if (typeof key !== 'string' || !parseIdentifierKey(key.trim())) return;
      const canonical = canonicalIdentifierKey(key);
      const owner = owners.get(canonical);
      if (!owner) owners.set(canonical, { row: index });
      else if ('holder' in owner) {
        check.add(
          [...prefix, 'actors', index, 'identifiers', k],
          `${canonical} is already an identifier of actor ${owner.holder.id} (${owner.holder.name}); merge the two if they are one organisation`,
        );
      } else if (owner.row !== index) {
        const other = rows[owner.row]!;
        check.add(
          [...prefix, 'actors', index, 'identifiers', k],
          `${canonical} is also an identifier of actor "${other.externalId}" (${other.name ?? stored.get(other.externalId)?.name ?? 'no name'}) in this import; one identifier belongs to one actor`,
        );
      }
    });
  });
}
