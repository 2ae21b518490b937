import { firstVersion } from './audit-fields';
import { randomUUID } from 'node:crypto';
import type { InputChecker } from './validation';
import { isOrderedPeriod } from './partial-date';
import type { EngagementLevel, Mode, ParticipationRole, RelationType, Visibility } from './vocabulary';
import { PARTICIPATION_TYPE } from './vocabulary';

export interface RelationRecord {
  id: string;
  workspaceId: string;
  externalId: string | null;
  type: RelationType;
  sourceId: string;
  targetId: string;
  directed: boolean;
  mode: Mode | null;
  engagement: EngagementLevel | null;
  formal: boolean | null;
  /** The part the source plays in the target; set on PARTICIPATES_IN relations only. */
  role: ParticipationRole | null;
  themes: string[];
  since: string | null;
  until: string | null;
  amount: number | null;
  currency: string | null;
  strength: number | null;
  confidence: number;
  notes: string | null;
  visibility: Visibility;
  /** Members who may see the relation although their role does not let them see its visibility. */
  readers: string[];
  version: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
}

export interface RelationFields {
  externalId?: string | null;
  type?: RelationType;
  sourceId?: string;
  targetId?: string;
  directed?: boolean;
  mode?: Mode | null;
  engagement?: EngagementLevel | null;
  formal?: boolean | null;
  role?: ParticipationRole | null;
  themes?: string[];
  since?: string | null;
  until?: string | null;
  amount?: number | null;
  currency?: string | null;
  strength?: number | null;
  confidence?: number;
  notes?: string | null;
  visibility?: Visibility;
  readers?: string[];
}

export const RELATION_EDITABLE_FIELDS = [
  'externalId',
  'type',
  'directed',
  'mode',
  'engagement',
  'formal',
  'role',
  'themes',
  'since',
  'until',
  'amount',
  'currency',
  'strength',
  'confidence',
  'notes',
  'visibility',
  'readers',
] as const satisfies readonly (keyof RelationFields)[];

/**
 * Types that may link an actor to itself. None does: an organisation funding or partnering with
 * itself is a data-entry error. Kept as a list so a future type (e.g. internal restructuring) can opt in.
 */
export const SELF_RELATION_TYPES: readonly RelationType[] = [];

/**
 * Checks a relation as it would be after the write (`merged` = stored values overlaid with the
 * patch), reporting problems at the paths of the input fields.
 */
export function checkRelationFields(
  check: InputChecker,
  merged: RelationFields,
  prefix: readonly (string | number)[],
  { create, knownThemes }: { create: boolean; knownThemes: ReadonlySet<string> },
): void {
  const at = (name: string) => [...prefix, name];
  if (create) {
    check.required(at('type'), merged.type);
    check.required(at('sourceId'), merged.sourceId);
    check.required(at('targetId'), merged.targetId);
  }
  check.externalId(at('externalId'), merged.externalId);
  if (
    merged.sourceId &&
    merged.sourceId === merged.targetId &&
    merged.type &&
    !SELF_RELATION_TYPES.includes(merged.type)
  ) {
    check.add(at('targetId'), `must differ from sourceId: a ${merged.type} relation cannot link an actor to itself`);
  }
  check.themes(at('themes'), merged.themes, knownThemes);
  check.partialDate(at('since'), merged.since);
  check.partialDate(at('until'), merged.until);
  if (merged.since && merged.until && check.ok && !isOrderedPeriod(merged.since, merged.until)) {
    check.add(at('until'), `must not be before since (${merged.since} > ${merged.until})`);
  }
  if (merged.type === PARTICIPATION_TYPE && merged.role == null) {
    check.add(
      at('role'),
      'is required on a PARTICIPATES_IN relation (ORGANISER, FUNDER, IMPLEMENTER, PARTNER, PARTICIPANT or BENEFICIARY)',
    );
  }
  if (merged.type && merged.type !== PARTICIPATION_TYPE && merged.role != null) {
    check.add(at('role'), `only PARTICIPATES_IN relations carry a role (type is ${merged.type})`);
  }
  check.range(at('amount'), merged.amount, 0, 1e15);
  check.currency(at('currency'), merged.currency);
  if (merged.type && merged.type !== 'FUNDS' && (merged.amount != null || merged.currency != null)) {
    check.add(
      at(merged.amount != null ? 'amount' : 'currency'),
      `only FUNDS relations carry an amount (type is ${merged.type})`,
    );
  }
  if (merged.amount != null && merged.currency == null)
    check.add(at('currency'), 'is required when an amount is given');
  if (merged.currency != null && merged.amount == null) check.add(at('amount'), 'is required when a currency is given');
  check.range(at('strength'), merged.strength, 1, 5, { integer: true });
  check.range(at('confidence'), merged.confidence, 0, 1);
  check.text(at('notes'), merged.notes, { max: 5000 });
  check.list(at('readers'), merged.readers, 100, (path, id) => check.text(path, id, { min: 1, max: 100 }));
}

/** A new relation record (version 1) from checked create fields and resolved end ids. */
export function newRelationRecord(
  workspaceId: string,
  fields: RelationFields,
  sourceId: string,
  targetId: string,
  externalId: string | null,
  by: string,
  now: string,
): RelationRecord {
  return {
    id: randomUUID(),
    workspaceId,
    externalId,
    type: fields.type!,
    sourceId,
    targetId,
    directed: fields.directed!,
    mode: fields.mode ?? null,
    engagement: fields.engagement ?? null,
    formal: fields.formal ?? null,
    role: fields.role ?? null,
    themes: fields.themes ?? [],
    since: fields.since ?? null,
    until: fields.until ?? null,
    amount: fields.amount ?? null,
    currency: fields.currency ?? null,
    strength: fields.strength ?? null,
    confidence: fields.confidence ?? 1,
    notes: fields.notes ?? null,
    visibility: fields.visibility ?? 'PUBLIC',
    readers: fields.readers ?? [],
    ...firstVersion(by, now),
  };
}
