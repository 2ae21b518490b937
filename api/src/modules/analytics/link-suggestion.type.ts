import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Tier } from '../../domain/vocabulary';
import { TierEnum } from '../vocabulary/vocabulary.enums';
import { TierSystemKindEnum } from './analytics.enums';

@ObjectType({
  simpleResolvers: true,
  description: 'A diaspora corridor behind a suggestion: one actor has origins where the other is based.',
})
export class Corridor {
  @Field(() => ID, { description: 'The actor whose origin countries include the other’s country.' })
  diasporaActorId!: string;

  @Field(() => String, { description: 'The shared country (ISO alpha-2).' })
  country!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A vertical gap a suggested link would close.' })
export class GapFill {
  @Field(() => String, { description: 'Theme id of the gap.' })
  theme!: string;

  @Field(() => TierEnum, { description: 'Lower tier of the gap.' })
  lowerTier!: Tier;

  @Field(() => TierEnum, { description: 'Upper tier of the gap.' })
  upperTier!: Tier;

  @Field(() => TierSystemKindEnum, {
    description: 'The system the gap is in: one country’s (NATIONAL, the default) or several read together on request.',
  })
  systemKind!: keyof typeof TierSystemKindEnum;

  @Field(() => [String], {
    description:
      'The country of that national system, or the countries read together (ISO alpha-2, sorted): every gap is named by where it holds.',
  })
  countries!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'The link score of an unlinked pair and everything it rests on.' })
export class LinkScore {
  @Field(() => ID, { description: 'One actor of the pair.' })
  sourceId!: string;

  @Field(() => ID, { description: 'The other actor of the pair.' })
  targetId!: string;

  @Field(() => Float, {
    description:
      'Link score in [0, 1]: 0.30·AA/(1+AA) + 0.20·themeJaccard + 0.15·sameCountry + 0.10·corridor + 0.15·fillsGap + 0.10·bridgesCommunities (weights in `weights`).',
  })
  score!: number;

  @Field(() => Float, {
    description: 'Adamic–Adar index (Adamic & Adar 2003) over cooperative ties: Σ 1/ln(deg z) over common partners z.',
  })
  adamicAdar!: number;

  @Field(() => [ID], { description: 'Common cooperative partners, the introducers the Adamic–Adar index rests on.' })
  commonPartnerIds!: string[];

  @Field(() => Float, { description: 'Jaccard similarity of the two theme sets: |shared| / |union| (0–1).' })
  themeJaccard!: number;

  @Field(() => [String], { description: 'Theme ids both work on.' })
  sharedThemes!: string[];

  @Field(() => Boolean, { description: 'Both are based in the same country.' })
  sameCountry!: boolean;

  @Field(() => [Corridor], { description: 'Diaspora corridors joining the two.' })
  corridors!: Corridor[];

  @Field(() => [GapFill], { description: 'Vertical gaps on a shared theme the link would close.' })
  fillsGaps!: GapFill[];

  @Field(() => Boolean, { description: 'The two sit in different Louvain communities.' })
  bridgesCommunities!: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A suggested missing link: an unlinked pair, its score, and the reasons in words.',
})
export class LinkSuggestion extends LinkScore {
  @Field(() => [String], {
    description: 'The score’s components as sentences, e.g. "both work on reception in GR", "3 common partners: …".',
  })
  reasons!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'The weights of the link score; they add up to 1.' })
export class LinkScoreWeights {
  @Field(() => Float, { description: 'Weight of AA/(1 + AA), the bounded Adamic–Adar index.' })
  adamicAdar!: number;

  @Field(() => Float, { description: 'Weight of the theme Jaccard similarity.' })
  themes!: number;

  @Field(() => Float, { description: 'Weight of being based in the same country.' })
  geography!: number;

  @Field(() => Float, { description: 'Weight of a diaspora corridor between the two.' })
  corridor!: number;

  @Field(() => Float, { description: 'Weight of closing a vertical gap on a shared theme.' })
  tierComplementarity!: number;

  @Field(() => Float, { description: 'Weight of joining two Louvain communities.' })
  bridging!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Missing-link suggestions (PRODUCT.md §4.8), best first.' })
export class LinkSuggestions {
  @Field(() => ID, { nullable: true, description: 'The actor suggestions were made for; null workspace-wide.' })
  actorId!: string | null;

  @Field(() => [LinkSuggestion], {
    description:
      'Unlinked pairs (no relation of any type) by score, highest first; pairs whose only merit is bridging communities are left out.',
  })
  suggestions!: LinkSuggestion[];

  @Field(() => Int, {
    description:
      'Pairs scored: every unlinked actor for one actor; workspace-wide the bounded candidate set (distance-2 pairs and pairs sharing a theme and a place).',
  })
  candidatePairs!: number;

  @Field(() => LinkScoreWeights, { description: 'The weights the scores were computed with.' })
  weights!: LinkScoreWeights;
}
