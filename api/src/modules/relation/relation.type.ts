import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
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
import { PageInfo } from '../common/page-info.type';
import { DateTimeScalar } from '../common/scalars';
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

@ObjectType({ description: 'A dated change of a tie: from `on`, the non-null fields replace the state before.' })
export class RelationState {
  @Field(() => String, { description: 'First day of the state: YYYY, YYYY-MM or YYYY-MM-DD.' })
  on!: string;

  @Field(() => ModeEnum, { nullable: true, description: 'Mode from that date; null: unchanged.' })
  mode?: Mode | null;

  @Field(() => EngagementEnum, { nullable: true, description: 'Engagement from that date; null: unchanged.' })
  engagement?: EngagementLevel | null;

  @Field(() => Int, { nullable: true, description: 'Strength from that date; null: unchanged.' })
  strength?: number | null;

  @Field(() => Float, { nullable: true, description: 'Confidence from that date; null: unchanged.' })
  confidence?: number | null;
}

@ObjectType({ description: 'A typed tie between two actors of the same workspace, with evidence.' })
export class Relation {
  @Field(() => ID, { description: 'Stable server-made id.' })
  id!: string;

  @Field(() => ID, { description: 'The workspace the relation belongs to.' })
  workspaceId!: string;

  @Field(() => String, { nullable: true, description: 'Id in an outside dataset; imports upsert by it.' })
  externalId!: string | null;

  @Field(() => RelationTypeEnum, { description: 'What the tie is.' })
  type!: RelationType;

  @Field(() => ID, { description: 'Id of the source actor (the funder, the member, the one who consults…).' })
  sourceId!: string;

  @Field(() => ID, { description: 'Id of the target actor.' })
  targetId!: string;

  @Field(() => Boolean, {
    description: 'False for symmetric ties (e.g. partnership), where source and target are interchangeable.',
  })
  directed!: boolean;

  @Field(() => ModeEnum, {
    nullable: true,
    description: "Najam's mode of the government–civil-society tie, where known.",
  })
  mode!: Mode | null;

  @Field(() => EngagementEnum, { nullable: true, description: 'IAP2 engagement level, where known.' })
  engagement!: EngagementLevel | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for formal ties (agreement, contract, membership), false for informal, null if unknown.',
  })
  formal!: boolean | null;

  @Field(() => ParticipationRoleEnum, {
    nullable: true,
    description:
      'On PARTICIPATES_IN relations: the part the source plays in the event, programme or statement (organiser, funder, implementer, partner, participant, beneficiary); null on every other type.',
  })
  role!: ParticipationRole | null;

  @Field(() => [String], { description: 'Theme ids the tie is about.' })
  themes!: string[];

  @Field(() => String, { nullable: true, description: 'Start: YYYY, YYYY-MM or YYYY-MM-DD; null if unknown.' })
  since!: string | null;

  @Field(() => String, { nullable: true, description: 'End: YYYY, YYYY-MM or YYYY-MM-DD; null while ongoing.' })
  until!: string | null;

  @Field(() => Float, { nullable: true, description: 'Amount of a FUNDS tie, in `currency`.' })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of `amount`.' })
  currency!: string | null;

  @Field(() => FundingSourceEnum, {
    nullable: true,
    description:
      'FUNDS: PUBLIC, PRIVATE or PHILANTHROPIC money, as recorded; null when not recorded, and the analyses then read it from the funder’s sector (government, supranational and global bodies: PUBLIC; philanthropy: PHILANTHROPIC; private: PRIVATE).',
  })
  fundingSource!: FundingSource | null;

  @Field(() => FundingTermEnum, { nullable: true, description: 'FUNDS: MULTI_YEAR or SHORT_TERM, where known.' })
  fundingTerm!: FundingTerm | null;

  @Field(() => FundingFormEnum, {
    nullable: true,
    description:
      'FUNDS: GRANT, REGRANT (the recipient passes the money on) or IN_KIND (listed, but in no sum of money); null reads as money.',
  })
  fundingForm!: FundingForm | null;

  @Field(() => Int, { nullable: true, description: 'Strength of the tie from 1 (weak) to 5 (strong), where assessed.' })
  strength!: number | null;

  @Field(() => Float, { description: 'How sure the claim is, from 0 to 1 (1 = stated explicitly by the source).' })
  confidence!: number;

  @Field(() => [RelationState], {
    description: 'Later dated states of the tie, in date order; analyses as of a date read the state of that date.',
  })
  states!: RelationState[];

  @Field(() => String, { nullable: true, description: 'Free notes.' })
  notes!: string | null;

  @Field(() => VisibilityEnum, { description: 'Who may see this relation (it is also hidden when either actor is).' })
  visibility!: Visibility;

  /** Named readers (served by the resolver to editors only). */
  readers?: string[];

  @Field(() => Int, { description: 'Increases by one with every change; pass it as expectedVersion when updating.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the relation was created.' })
  createdAt!: string;

  @Field(() => String, { description: 'Who created it.' })
  createdBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was last changed.' })
  updatedAt!: string;

  @Field(() => String, { description: 'Who changed it last.' })
  updatedBy!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was soft-deleted; null while it is live.' })
  deletedAt!: string | null;
}

@ObjectType({ description: 'A relation in a page of results, with its cursor.' })
export class RelationEdge {
  @Field(() => String, { description: 'Opaque position of this relation in the list.' })
  cursor!: string;

  @Field(() => Relation, { description: 'The relation.' })
  node!: Relation;
}

@ObjectType({ description: 'A page of relations.' })
export class RelationConnection {
  @Field(() => Int, { description: 'How many relations match the filter, across all pages.' })
  totalCount!: number;

  @Field(() => [RelationEdge], { description: 'The relations of this page.' })
  edges!: RelationEdge[];

  @Field(() => PageInfo, { description: 'Whether more pages follow.' })
  pageInfo!: PageInfo;
}
