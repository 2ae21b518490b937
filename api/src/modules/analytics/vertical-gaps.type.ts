import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Tier } from '../../domain/vocabulary';
import { TierEnum } from '../vocabulary/vocabulary.enums';
import { GapRuleEnum, TierSystemKindEnum } from './analytics.enums';
import { LinkSuggestion } from './link-suggestion.type';

@ObjectType({ simpleResolvers: true, description: 'A tier with actors on the theme.' })
export class TierPresence {
  @Field(() => TierEnum, { description: 'The tier.' })
  tier!: Tier;

  @Field(() => [ID], { description: 'Actors of this tier whose themes include the theme, in id order.' })
  actorIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A tier pair checked for a vertical gap on the theme within one national system (unless the filter reads across borders): a gap when no cooperative relation on the theme joins an actor on it in one tier to one in the other.',
})
export class TierPair {
  @Field(() => TierEnum, { description: 'The lower tier.' })
  lowerTier!: Tier;

  @Field(() => TierEnum, { description: 'The upper tier.' })
  upperTier!: Tier;

  @Field(() => GapRuleEnum, { description: 'Why this pair is checked.' })
  rule!: keyof typeof GapRuleEnum;

  @Field(() => [ID], { description: 'Actors on the theme in the lower tier.' })
  lowerActorIds!: string[];

  @Field(() => [ID], { description: 'Actors on the theme in the upper tier.' })
  upperActorIds!: string[];

  @Field(() => [ID], { description: 'Cooperative relations on the theme joining the two tiers; empty for a gap.' })
  relationIds!: string[];

  @Field(() => Boolean, { description: 'True when no such relation exists.' })
  isGap!: boolean;

  @Field(() => TierSystemKindEnum, {
    description: 'The system the gap is in: one country’s (NATIONAL, the default) or several read together on request.',
  })
  systemKind!: keyof typeof TierSystemKindEnum;

  @Field(() => [String], {
    description:
      'The country of that national system, or the countries read together (ISO alpha-2, sorted): every gap is named by where it holds.',
  })
  countries!: string[];

  @Field(() => [LinkSuggestion], {
    description:
      'For a gap, the best unlinked pairs across it by link score (among the 300 most connected actors of each side); empty otherwise.',
  })
  suggestedLinks!: LinkSuggestion[];
}

@ObjectType({ simpleResolvers: true, description: 'Vertical gaps on one theme (PRODUCT.md §4.3).' })
export class VerticalGaps {
  @Field(() => String, { description: 'The theme id.' })
  theme!: string;

  @Field(() => [TierPresence], { description: 'Tiers with actors on the theme, in tier order.' })
  tiersPresent!: TierPresence[];

  @Field(() => [TierPair], {
    description:
      'Every tier pair checked, per national system (each with its country; see AnalyticsFilter.crossBorder), by country then tier: adjacent tiers both present in the system, plus LOCAL–NATIONAL when no regional actor of the system is on the theme.',
  })
  pairs!: TierPair[];

  @Field(() => Int, { description: 'Number of pairs that are gaps.' })
  gapCount!: number;
}
