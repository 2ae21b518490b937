import { ACTOR_EDITABLE_FIELDS } from '../../domain/actor';
import { RECORD_AUDIT_FIELDS } from '../../domain/audit-fields';
import { RELATION_EDITABLE_FIELDS } from '../../domain/relation';

/**
 * Which properties a statement returns for an actor or a relation. The API asks only for the fields
 * the client selected (see modules/common/selection.ts): decoding fewer properties is much of the
 * cost of a read that returns hundreds of records. Names come from these closed lists only.
 */
export const ACTOR_PROPERTIES = [
  'id',
  'workspaceId',
  'sector',
  ...ACTOR_EDITABLE_FIELDS,
  ...RECORD_AUDIT_FIELDS,
] as const;

/**
 * What every actor read returns whatever was selected: the id and the workspace, which the fields
 * resolved apart (relations, sources) start from; the workspace decides the viewer's role for
 * them. Visibility and liveness are decided in the statements.
 */
export const ACTOR_REQUIRED = ['id', 'workspaceId'] as const;

export const RELATION_PROPERTIES = ['id', 'workspaceId', ...RELATION_EDITABLE_FIELDS, ...RECORD_AUDIT_FIELDS] as const;

/** What every relation read returns whatever was selected (ends' ids are added by each statement). */
export const RELATION_REQUIRED = ['id', 'workspaceId'] as const;

/**
 * Fields served by a resolver from stored properties rather than read as one: the properties each
 * needs, added to a statement's projection when the field is selected.
 */
export const COMPUTED_FIELD_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  names: ['name', 'since', 'formerNames', 'renamedOn'],
  nameOn: ['name', 'formerNames', 'renamedOn'],
  localizedAliases: ['aliases', 'aliasLanguages'],
  shortName: ['name', 'aliases'],
};

/** Property names to return, sorted; null for every property. */
export type Fields = readonly string[] | null;

/** `v {.a, .b}` for the given fields, or `v {.*}` for all; `extra` adds computed entries. */
export function projection(variable: string, fields: Fields, extra = ''): string {
  const entries = fields === null ? ['.*'] : fields.map((field) => `.${field}`);
  return `${variable} {${[...entries, ...(extra ? [extra] : [])].join(', ')}}`;
}
