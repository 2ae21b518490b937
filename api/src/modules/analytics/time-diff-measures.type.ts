import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Tier } from '../../domain/vocabulary';
import type { GapStatus } from '../../graph/measure-diff';
import type { TierPairCheck } from '../../graph/tier-gaps';
import { TierEnum } from '../vocabulary/vocabulary.enums';
import { CommunityChangeKindEnum, FundingChangeKindEnum, GapRuleEnum, GapStatusEnum } from './analytics.enums';
import { BrokerageRoles } from './brokers.type';

@ObjectType({
  simpleResolvers: true,
  description:
    'What explains a change in a diff: the relations added, ended, changed in state or moved by a succession between the two dates that touch the actors concerned, and the successions dated between them that involve those actors (TimeDiff.successions).',
})
export class ChangeEvidence {
  @Field(() => [ID], { description: 'The relations, in id order.' })
  relationIds!: string[];

  @Field(() => [ID], { description: 'The succession relations (SUCCEEDS, MERGED_INTO, SPLIT_FROM), in id order.' })
  successionIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One institution’s betweenness and brokerage roles on both dates of a diff, lineage followed: an actor on `from` is read as the one standing for it on `to` (itself, its successor, or the actor it merged into).',
})
export class BrokerageChange {
  @Field(() => ID, { description: 'The institution on `to` (on `from` when it is not there on `to`).' })
  actorId!: string;

  @Field(() => [ID], {
    description: 'The actors on `from` that stand for it (itself, or those it succeeded or absorbed); empty when new.',
  })
  fromActorIds!: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'Normalised betweenness on `from` (of several merged actors, the highest); null when absent.',
  })
  betweennessFrom!: number | null;

  @Field(() => Float, { nullable: true, description: 'Normalised betweenness on `to`; null when absent.' })
  betweennessTo!: number | null;

  @Field(() => Float, { description: 'betweennessTo − betweennessFrom, an absent date counting 0.' })
  delta!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Position by betweenness among every actor on `from`, 1 = highest.',
  })
  rankFrom!: number | null;

  @Field(() => Int, { nullable: true, description: 'Position by betweenness among every actor on `to`, 1 = highest.' })
  rankTo!: number | null;

  @Field(() => BrokerageRoles, { nullable: true, description: 'Brokerage roles on `from`; null when absent.' })
  rolesFrom!: BrokerageRoles | null;

  @Field(() => BrokerageRoles, { nullable: true, description: 'Brokerage roles on `to`; null when absent.' })
  rolesTo!: BrokerageRoles | null;

  @Field(() => ChangeEvidence, { description: 'The changed ties of the actor and the successions involving it.' })
  evidence!: ChangeEvidence;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A tier pair of one national system that became a vertical gap on a theme, or stopped being one (§4.3 on both dates).',
})
export class GapChange {
  @Field(() => String, { description: 'The theme.' })
  theme!: string;

  @Field(() => [String], { description: 'The country of the national system (or the countries read together).' })
  countries!: string[];

  @Field(() => TierEnum, { description: 'The lower tier.' })
  lowerTier!: Tier;

  @Field(() => TierEnum, { description: 'The upper tier.' })
  upperTier!: Tier;

  @Field(() => GapRuleEnum, { description: 'Why the pair is checked.' })
  rule!: TierPairCheck['rule'];

  @Field(() => GapStatusEnum, { description: 'The pair on `from`.' })
  fromStatus!: GapStatus;

  @Field(() => GapStatusEnum, { description: 'The pair on `to`.' })
  toStatus!: GapStatus;

  @Field(() => [ID], { description: 'The ties on the theme joining the tiers, on the date where there are some.' })
  relationIds!: string[];

  @Field(() => ChangeEvidence, {
    description: 'The changed ties between the two tiers’ actors (whose start closed it or whose end opened it).',
  })
  evidence!: ChangeEvidence;
}

@ObjectType({ simpleResolvers: true, description: 'One of the communities a community merged from or split into.' })
export class CommunityPart {
  @Field(() => Int, { description: 'Its index among the Louvain communities of its date (0 = largest).' })
  index!: number;

  @Field(() => Int, { description: 'Its number of members.' })
  size!: number;

  @Field(() => Int, { description: 'Members shared with the merged (or split) community.' })
  overlap!: number;

  @Field(() => Float, { description: 'Jaccard index of the two member sets: overlap / size of their union.' })
  jaccard!: number;

  @Field(() => [ID], { description: 'Its members, as the institutions on `to` (lineage followed), in id order.' })
  actorIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Louvain communities (seeded, §4.2) that merged or split between the two dates: a part counts when it has at least 3 members and most of them are in the one community.',
})
export class CommunityChange {
  @Field(() => CommunityChangeKindEnum, { description: 'MERGED or SPLIT.' })
  kind!: 'MERGED' | 'SPLIT';

  @Field(() => Int, { description: 'The one community’s index: on `to` for MERGED, on `from` for SPLIT.' })
  communityIndex!: number;

  @Field(() => Int, { description: 'The one community’s number of members.' })
  communitySize!: number;

  @Field(() => [CommunityPart], {
    description: 'The communities it came from (MERGED) or went to (SPLIT), largest overlap first.',
  })
  parts!: CommunityPart[];

  @Field(() => ChangeEvidence, { description: 'The changed ties between members of two different parts.' })
  evidence!: ChangeEvidence;
}

@ObjectType({
  simpleResolvers: true,
  description: 'Funding of a recipient by a funder that started, stopped or changed share (§4.6 on both dates).',
})
export class FundingChange {
  @Field(() => FundingChangeKindEnum, { description: 'STARTED, STOPPED or SHARE_CHANGED.' })
  kind!: 'STARTED' | 'STOPPED' | 'SHARE_CHANGED';

  @Field(() => ID, { description: 'The funder (on `to`, lineage followed).' })
  funderId!: string;

  @Field(() => ID, { description: 'The recipient (on `to`, lineage followed).' })
  recipientId!: string;

  @Field(() => Float, { nullable: true, description: 'The funder’s share of the recipient’s funding on `from`.' })
  shareFrom!: number | null;

  @Field(() => Float, { nullable: true, description: 'Its share on `to`.' })
  shareTo!: number | null;

  @Field(() => [ID], { description: 'The pair’s FUNDS relations on `from`.' })
  relationIdsFrom!: string[];

  @Field(() => [ID], { description: 'The pair’s FUNDS relations on `to`.' })
  relationIdsTo!: string[];

  @Field(() => ChangeEvidence, {
    description: 'The FUNDS relations to the recipient added, ended or changed: what moved the shares.',
  })
  evidence!: ChangeEvidence;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A delivery-without-voice case (§4.5) that holds on one date of a diff and not on the other.',
})
export class DeliveryWithoutVoiceChange {
  @Field(() => ID, { description: 'The civil-society actor.' })
  civilSocietyActorId!: string;

  @Field(() => ID, { description: 'The government actor.' })
  governmentActorId!: string;

  @Field(() => [ID], { description: 'DELIVERS_SERVICES_FOR relations of the case, on the date where it holds.' })
  deliveryRelationIds!: string[];

  @Field(() => [ID], { description: 'CONTRACTS relations of the case, on the date where it holds.' })
  contractRelationIds!: string[];

  @Field(() => ChangeEvidence, {
    description: 'The changed relations between the two (a voice tie that started or ended, a delivery that did).',
  })
  evidence!: ChangeEvidence;
}
