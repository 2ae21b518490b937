/** The fields every stored record (actor, relation, source) carries for versions, audit and soft delete. */
export const RECORD_AUDIT_FIELDS = [
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
] as const;

/** The audit fields of a record's first version, made by `by` at `now`. */
export function firstVersion(by: string, now: string) {
  return { version: 1, createdAt: now, createdBy: by, updatedAt: now, updatedBy: by, deletedAt: null };
}
