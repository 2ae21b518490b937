import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type {
  EngagementLevel,
  FundingForm,
  FundingSource,
  FundingTerm,
  Mode,
  ParticipationRole,
  RelationType,
  Visibility,
} from '../../domain/vocabulary';
import {
  EngagementEnum,
  FundingFormEnum,
  FundingSourceEnum,
  FundingTermEnum,
  ModeEnum,
  ParticipationRoleEnum,
  RelationTypeEnum,
  VisibilityEnum,
} from '../vocabulary/vocabulary.enums';

export const DirectionEnum = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' } as const;
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'OUT: the actor is the source; IN: the target; BOTH: either.',
});

@InputType({
  description:
    'A dated change of a tie: from `on`, the fields given replace the state before (the relation’s own fields are its state before the first change).',
})
export class RelationStateInput {
  @Field(() => String, { description: 'First day of the state: YYYY, YYYY-MM or YYYY-MM-DD, inside since–until.' })
  on!: string;

  @Field(() => ModeEnum, { nullable: true, description: 'Mode from that date; null: unchanged.' })
  mode?: Mode | null;

  @Field(() => EngagementEnum, { nullable: true, description: 'Engagement from that date; null: unchanged.' })
  engagement?: EngagementLevel | null;

  @Field(() => Int, { nullable: true, description: 'Strength (1–5) from that date; null: unchanged.' })
  strength?: number | null;

  @Field(() => Float, { nullable: true, description: 'Confidence (0–1) from that date; null: unchanged.' })
  confidence?: number | null;
}

@InputType({ description: 'Fields shared by new and imported relations (not used directly).' })
export abstract class RelationFieldsInput {
  @Field(() => String, { nullable: true, description: 'Id in an outside dataset.' })
  externalId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Defaults to false for PARTNERS_WITH, DECENTRALISED_COOPERATION and SHARES_DATA_WITH, true otherwise.',
  })
  directed?: boolean;

  @Field(() => ModeEnum, { nullable: true, description: "Najam's mode." })
  mode?: Mode | null;

  @Field(() => EngagementEnum, { nullable: true, description: 'IAP2 engagement level.' })
  engagement?: EngagementLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Formal (agreement, contract, membership) or informal.' })
  formal?: boolean | null;

  @Field(() => ParticipationRoleEnum, {
    nullable: true,
    description: 'PARTICIPATES_IN only, and required there: the part the source plays in the target.',
  })
  role?: ParticipationRole | null;

  @Field(() => [String], { nullable: true, description: 'Theme ids of the workspace.' })
  themes?: string[];

  @Field(() => String, { nullable: true, description: 'Start: YYYY, YYYY-MM or YYYY-MM-DD.' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'End: YYYY, YYYY-MM or YYYY-MM-DD; not before since.' })
  until?: string | null;

  @Field(() => Float, { nullable: true, description: 'FUNDS only: amount ≥ 0, with currency.' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'FUNDS only: ISO 4217 currency, with amount.' })
  currency?: string | null;

  @Field(() => FundingSourceEnum, {
    nullable: true,
    description:
      'FUNDS only: PUBLIC, PRIVATE or PHILANTHROPIC money. Unset, the analyses read it from the funder’s sector (government, supranational and global bodies: PUBLIC).',
  })
  fundingSource?: FundingSource | null;

  @Field(() => FundingTermEnum, { nullable: true, description: 'FUNDS only: MULTI_YEAR or SHORT_TERM.' })
  fundingTerm?: FundingTerm | null;

  @Field(() => FundingFormEnum, {
    nullable: true,
    description: 'FUNDS only: GRANT, REGRANT (the recipient passes the money on) or IN_KIND; unset reads as money.',
  })
  fundingForm?: FundingForm | null;

  @Field(() => Int, { nullable: true, description: 'Strength from 1 to 5.' })
  strength?: number | null;

  @Field(() => Float, { nullable: true, description: 'Confidence from 0 to 1; default 1.' })
  confidence?: number;

  @Field(() => [RelationStateInput], {
    nullable: true,
    description:
      'Later dated states (mode, engagement, strength, confidence), in date order; analyses as of a date read the state of that date.',
  })
  states?: RelationStateInput[];

  @Field(() => String, { nullable: true, description: 'Notes, up to 5,000 characters.' })
  notes?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; PUBLIC by default.' })
  visibility?: Visibility;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Members (user ids) who may see it although they are viewers: named readers of a RESTRICTED record (lists, by id, history; not the map or the analytics).',
  })
  readers?: string[];
}

@InputType({ description: 'A new relation between two live actors of the workspace.' })
export class RelationInput extends RelationFieldsInput {
  @Field(() => RelationTypeEnum, { description: 'What the tie is.' })
  type!: RelationType;

  @Field(() => ID, { description: 'Source actor id.' })
  sourceId!: string;

  @Field(() => ID, { description: 'Target actor id; must differ from the source.' })
  targetId!: string;
}

@InputType({ description: 'Changes to a relation; its ends cannot change (delete it and create another instead).' })
export class RelationPatch {
  @Field(() => String, { nullable: true, description: 'Id in an outside dataset.' })
  externalId?: string | null;

  @Field(() => RelationTypeEnum, { nullable: true, description: 'What the tie is.' })
  type?: RelationType;

  @Field(() => Boolean, { nullable: true, description: 'Directed or symmetric.' })
  directed?: boolean;

  @Field(() => ModeEnum, { nullable: true, description: "Najam's mode." })
  mode?: Mode | null;

  @Field(() => EngagementEnum, { nullable: true, description: 'IAP2 engagement level.' })
  engagement?: EngagementLevel | null;

  @Field(() => Boolean, { nullable: true, description: 'Formal or informal.' })
  formal?: boolean | null;

  @Field(() => ParticipationRoleEnum, {
    nullable: true,
    description: 'PARTICIPATES_IN only: the part the source plays.',
  })
  role?: ParticipationRole | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the themes.' })
  themes?: string[];

  @Field(() => String, { nullable: true, description: 'Start date.' })
  since?: string | null;

  @Field(() => String, { nullable: true, description: 'End date.' })
  until?: string | null;

  @Field(() => Float, { nullable: true, description: 'FUNDS amount.' })
  amount?: number | null;

  @Field(() => String, { nullable: true, description: 'FUNDS currency.' })
  currency?: string | null;

  @Field(() => FundingSourceEnum, {
    nullable: true,
    description: 'FUNDS only: PUBLIC, PRIVATE or PHILANTHROPIC; null clears it (then read from the funder’s sector).',
  })
  fundingSource?: FundingSource | null;

  @Field(() => FundingTermEnum, { nullable: true, description: 'FUNDS only: MULTI_YEAR or SHORT_TERM.' })
  fundingTerm?: FundingTerm | null;

  @Field(() => FundingFormEnum, { nullable: true, description: 'FUNDS only: GRANT, REGRANT or IN_KIND.' })
  fundingForm?: FundingForm | null;

  @Field(() => Int, { nullable: true, description: 'Strength from 1 to 5.' })
  strength?: number | null;

  @Field(() => Float, { nullable: true, description: 'Confidence from 0 to 1.' })
  confidence?: number;

  @Field(() => [RelationStateInput], {
    nullable: true,
    description: 'Replaces the dated states (in date order); null or [] clears them.',
  })
  states?: RelationStateInput[] | null;

  @Field(() => String, { nullable: true, description: 'Notes.' })
  notes?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it.' })
  visibility?: Visibility;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Members (user ids) who may see it although they are viewers: named readers of a RESTRICTED record (lists, by id, history; not the map or the analytics).',
  })
  readers?: string[];
}

@InputType({ description: 'Which relations to include; every facet is optional.' })
export class RelationFilter {
  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Any of these types.' })
  types?: RelationType[];

  @Field(() => [ModeEnum], { nullable: true, description: 'Any of these modes.' })
  modes?: Mode[];

  @Field(() => [EngagementEnum], { nullable: true, description: 'Any of these engagement levels.' })
  engagements?: EngagementLevel[];

  @Field(() => [String], { nullable: true, description: 'About any of these themes.' })
  themes?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Only relations active on this day (YYYY-MM-DD): since ≤ day ≤ until.',
  })
  asOf?: string;

  @Field(() => Float, { nullable: true, description: 'Only relations with at least this confidence.' })
  minConfidence?: number;

  @Field(() => Boolean, { nullable: true, description: 'Only formal (true) or informal (false) relations.' })
  formal?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'Include soft-deleted relations (default false).' })
  includeDeleted?: boolean;
}

@InputType({ description: 'Which relations of a workspace to list.' })
export class RelationListFilter extends RelationFilter {
  @Field(() => ID, { nullable: true, description: 'Only relations with this actor at either end.' })
  actorId?: string;
}
