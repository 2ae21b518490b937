import { firstVersion } from './audit-fields';
import { randomUUID } from 'node:crypto';
import type { InputChecker } from './validation';
import { endOf, isOrderedPeriod, isPartialDate, startOf } from './partial-date';
import {
  isSuccessionType,
  PARTICIPATION_TYPE,
  type EngagementLevel,
  type FundingForm,
  type FundingSource,
  type FundingTerm,
  type Mode,
  type ParticipationRole,
  type RelationType,
  type Visibility,
} from './vocabulary';

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
  /** FUNDS only: where the money comes from; null reads as the funder's sector's (`defaultFundingSource`). */
  fundingSource: FundingSource | null;
  /** FUNDS only: multi-year or short-term. */
  fundingTerm: FundingTerm | null;
  /** FUNDS only: a grant, a re-grant the recipient passes on, or in kind; null reads as money (a grant). */
  fundingForm: FundingForm | null;
  strength: number | null;
  confidence: number;
  /** Later dated states of the tie (mode, engagement, strength, confidence from a date), in date order. */
  states: RelationStateRecord[];
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

/**
 * A dated change of a tie: from `on`, the fields given replace those of the state before (fields left
 * out, or null, stay as they were; the relation's own fields are its state before the first change).
 */
export interface RelationStateRecord {
  on: string;
  mode?: Mode | null;
  engagement?: EngagementLevel | null;
  strength?: number | null;
  confidence?: number | null;
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
  fundingSource?: FundingSource | null;
  fundingTerm?: FundingTerm | null;
  fundingForm?: FundingForm | null;
  strength?: number | null;
  confidence?: number;
  states?: RelationStateRecord[];
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
  'fundingSource',
  'fundingTerm',
  'fundingForm',
  'strength',
  'confidence',
  'states',
  'notes',
  'visibility',
  'readers',
] as const satisfies readonly (keyof RelationFields)[];

/** The modality fields of a FUNDS tie (issue 20): refused on every other type. */
export const FUNDING_FIELDS = [
  'fundingSource',
  'fundingTerm',
  'fundingForm',
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
  for (const name of FUNDING_FIELDS) {
    if (merged.type && merged.type !== 'FUNDS' && merged[name] != null)
      check.add(at(name), `only FUNDS relations carry a funding modality (type is ${merged.type})`);
  }
  check.range(at('strength'), merged.strength, 1, 5, { integer: true });
  check.range(at('confidence'), merged.confidence, 0, 1);
  checkRelationStates(check, merged, at('states'));
  checkSuccession(check, merged, at);
  check.text(at('notes'), merged.notes, { max: 5000 });
  check.list(at('readers'), merged.readers, 100, (path, id) => check.text(path, id, { min: 1, max: 100 }));
}

/**
 * Dated states: each with a date inside the relation's period and after the one before it, changing
 * at least one field, with values as the relation's own fields take them.
 */
function checkRelationStates(check: InputChecker, merged: RelationFields, path: readonly (string | number)[]): void {
  check.list(path, merged.states, 100, (at, state) => {
    const field = (name: string) => [...at, name];
    check.required(field('on'), state.on);
    check.partialDate(field('on'), state.on);
    check.range(field('strength'), state.strength, 1, 5, { integer: true });
    check.range(field('confidence'), state.confidence, 0, 1);
    if (state.mode == null && state.engagement == null && state.strength == null && state.confidence == null) {
      check.add(at, 'must change at least one of mode, engagement, strength, confidence');
    }
  });
  const states = merged.states ?? [];
  if (!states.every((state) => typeof state.on === 'string' && isPartialDate(state.on))) return;
  states.forEach((state, i) => {
    const previous = states[i - 1];
    if (previous && startOf(state.on) <= startOf(previous.on)) {
      check.add([...path, i, 'on'], `must come after the state before it (${previous.on} ≥ ${state.on})`);
    }
    if (merged.since && isPartialDate(merged.since) && startOf(state.on) <= startOf(merged.since)) {
      check.add([...path, i, 'on'], `must fall after the relation's since (${merged.since} ≥ ${state.on})`);
    }
    if (merged.until && isPartialDate(merged.until) && startOf(state.on) > endOf(merged.until)) {
      check.add([...path, i, 'on'], `must fall inside the relation's period (until ${merged.until} < ${state.on})`);
    }
  });
}

/**
 * A succession (SUCCEEDS, MERGED_INTO, SPLIT_FROM) is dated by its `since` and is not a tie: it
 * carries no mode, engagement, strength, amount or dated states, and reads one way.
 */
function checkSuccession(check: InputChecker, merged: RelationFields, at: (name: string) => (string | number)[]): void {
  if (!merged.type || !isSuccessionType(merged.type)) return;
  if (!merged.since) check.add(at('since'), `is required: a ${merged.type} relation is dated by its since`);
  for (const name of ['mode', 'engagement', 'strength', 'until'] as const) {
    if (merged[name] != null)
      check.add(at(name), `must be empty: a ${merged.type} relation is a succession, not a tie`);
  }
  if (merged.states && merged.states.length > 0) check.add(at('states'), `must be empty on a ${merged.type} relation`);
  if (merged.directed === false) check.add(at('directed'), `must be true: a ${merged.type} relation reads one way`);
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
    fundingSource: fields.fundingSource ?? null,
    fundingTerm: fields.fundingTerm ?? null,
    fundingForm: fields.fundingForm ?? null,
    strength: fields.strength ?? null,
    confidence: fields.confidence ?? 1,
    states: fields.states ?? [],
    notes: fields.notes ?? null,
    visibility: fields.visibility ?? 'PUBLIC',
    readers: fields.readers ?? [],
    ...firstVersion(by, now),
  };
}
