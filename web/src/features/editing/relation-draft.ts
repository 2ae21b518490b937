import { SYMMETRIC_RELATION_TYPES, type MapRelation } from '../../lib/domain';
import type {
  EngagementLevel,
  Mode,
  ParticipationRole,
  RelationInput,
  RelationPatch,
  RelationType,
  Visibility,
} from '../../gql/graphql';

/** The values the relation form edits, as typed (numbers stay text until saved). */
export interface RelationDraft {
  type: RelationType;
  /** One-way (source → target) or symmetric; follows the type until the editor sets it. */
  directed: boolean;
  outgoing: boolean;
  mode: Mode | '';
  engagement: EngagementLevel | '';
  /** Formal (agreement, contract, membership), informal, or not known (''). */
  formal: '' | 'formal' | 'informal';
  /** PARTICIPATES_IN only: the source's part in the event, programme or statement. */
  role: ParticipationRole;
  /** 1–5, or '' when not rated. */
  strength: string;
  themes: string[];
  since: string;
  until: string;
  confidence: string;
  amount: string;
  currency: string;
  notes: string;
  visibility: Visibility;
}

export const EMPTY_RELATION_DRAFT: RelationDraft = {
  type: 'PARTNERS_WITH',
  directed: false,
  outgoing: true,
  mode: 'COOPERATION',
  engagement: '',
  formal: '',
  role: 'PARTICIPANT',
  strength: '',
  themes: [],
  since: '',
  until: '',
  confidence: '1',
  amount: '',
  currency: '',
  notes: '',
  visibility: 'PUBLIC',
};

/**
 * The draft with another type, and the direction that type reads in: a partnership is symmetric, a
 * grant one-way. Changing PARTNERS_WITH to FUNDS must not leave "A funds B" drawn both ways.
 */
export function withType(draft: RelationDraft, type: RelationType): RelationDraft {
  return { ...draft, type, directed: !(SYMMETRIC_RELATION_TYPES as readonly string[]).includes(type) };
}

/** The draft of an existing relation, seen from `actorId`'s side. */
export function relationToDraft(
  relation: MapRelation & {
    notes?: string | null;
    visibility?: Visibility;
    formal?: boolean | null;
    strength?: number | null;
    role?: ParticipationRole | null;
  },
  actorId: string | null,
): RelationDraft {
  return {
    type: relation.type,
    directed: relation.directed,
    outgoing: actorId === null || relation.sourceId === actorId,
    mode: relation.mode ?? '',
    engagement: relation.engagement ?? '',
    formal: relation.formal === true ? 'formal' : relation.formal === false ? 'informal' : '',
    role: relation.role ?? 'PARTICIPANT',
    strength: relation.strength == null ? '' : String(relation.strength),
    themes: relation.themes,
    since: relation.since ?? '',
    until: relation.until ?? '',
    confidence: String(relation.confidence),
    amount: relation.amount === null ? '' : String(relation.amount),
    currency: relation.currency ?? '',
    notes: relation.notes ?? '',
    visibility: relation.visibility ?? 'PUBLIC',
  };
}

type Values = Omit<RelationInput, 'sourceId' | 'targetId'>;

/**
 * The API values of a draft, or the fields the client can already tell are wrong (not a number).
 * Amount and currency are sent only for FUNDS, a role only for PARTICIPATES_IN; empty text is null.
 */
export function draftValues(draft: RelationDraft): { values: Values; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const number = (text: string, field: string): number | null => {
    if (text.trim() === '') return null;
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) problems[field] = 'Enter a number.';
    return value;
  };
  const text = (value: string) => (value.trim() ? value.trim() : null);
  const funds = draft.type === 'FUNDS';
  const values: Values = {
    type: draft.type,
    directed: draft.directed,
    mode: draft.mode || null,
    engagement: draft.engagement || null,
    formal: draft.formal === '' ? null : draft.formal === 'formal',
    role: draft.type === 'PARTICIPATES_IN' ? draft.role : null,
    strength: draft.strength === '' ? null : Number(draft.strength),
    themes: draft.themes,
    since: text(draft.since),
    until: text(draft.until),
    confidence: number(draft.confidence, 'confidence') ?? 1,
    amount: funds ? number(draft.amount, 'amount') : null,
    currency: funds ? (text(draft.currency)?.toUpperCase() ?? null) : null,
    notes: text(draft.notes),
    visibility: draft.visibility,
  };
  return { values, problems };
}

/** The fields of `values` that differ from the relation's current draft (an update sends only those). */
export function relationPatch(original: RelationDraft, draft: RelationDraft): RelationPatch {
  const before = draftValues(original).values;
  const after = draftValues(draft).values;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Values)[]) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  return patch as RelationPatch;
}
