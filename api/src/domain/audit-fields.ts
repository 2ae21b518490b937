/** The fields every stored record (actor, relation, source) carries for versions, audit and soft delete. */
export const RECORD_AUDIT_FIELDS = [
  'version',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'deletedAt',
] as const;
