import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Tier } from '../../domain/vocabulary';
import { TierEnum } from '../vocabulary/vocabulary.enums';
import { ShareBasisEnum } from './analytics.enums';
import { MoneyAmount } from './money.type';

@ObjectType({ simpleResolvers: true, description: 'One funder’s part in a recipient’s funding.' })
export class FunderShare {
  @Field(() => ID, { description: 'The funder (source of the FUNDS relations).' })
  funderId!: string;

  @Field(() => [ID], { description: 'Its FUNDS relations to the recipient.' })
  relationIds!: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'Sum of its amounts to the recipient on an AMOUNT basis; null on a COUNT basis.',
  })
  amount!: number | null;

  @Field(() => Float, {
    description: 'sᵢ = its amount / total amount (AMOUNT basis) or its grants / all grants (COUNT basis).',
  })
  share!: number;
}

@ObjectType({ simpleResolvers: true, description: 'How one recipient is funded and how dependent it is.' })
export class RecipientFunding {
  @Field(() => ID, { description: 'The recipient (target of the FUNDS relations).' })
  recipientId!: string;

  @Field(() => ShareBasisEnum, { description: 'What the shares are computed from.' })
  shareBasis!: keyof typeof ShareBasisEnum;

  @Field(() => String, { nullable: true, description: 'The common currency on an AMOUNT basis; null otherwise.' })
  currency!: string | null;

  @Field(() => Float, { nullable: true, description: 'Σ amounts received on an AMOUNT basis; null otherwise.' })
  totalAmount!: number | null;

  @Field(() => Int, { description: 'FUNDS relations received.' })
  relationCount!: number;

  @Field(() => [FunderShare], { description: 'Funders, largest share first (ties by funder id).' })
  funders!: FunderShare[];

  @Field(() => Float, {
    description:
      'Herfindahl–Hirschman index HHI = Σ sᵢ² over funder shares (Rhoades 1993): 1/n for n equal funders, 1 for a single funder.',
  })
  hhi!: number;

  @Field(() => ID, { description: 'The funder with the largest share.' })
  topFunderId!: string;

  @Field(() => Float, { description: 'max sᵢ: the largest funder’s share (0–1).' })
  topFunderShare!: number;

  @Field(() => Float, {
    description: 'Σ sᵢ over government funders (sector GOVERNMENT): the co-optation risk (0–1).',
  })
  governmentShare!: number;

  @Field(() => Float, {
    description:
      'Share of the money received (in-kind support left out) given on PUBLIC ties: the tie’s fundingSource, or, unset, the funder’s sector (government, supranational and global bodies are PUBLIC) (0–1).',
  })
  directStateShare!: number;

  @Field(() => Float, {
    description:
      'Share of the money received that is PUBLIC at its ultimate funder: state money arriving through intermediaries counts as state funding (see Analytics.fundingChains, docs/adr/0028) (0–1).',
  })
  stateShare!: number;

  @Field(() => Boolean, { description: 'topFunderShare ≥ the dependence threshold.' })
  dependent!: boolean;
}

/**
 * The totals every slice of grants reports: amounts, counts and recipients; the types below inherit
 * its fields. It is in the schema only if a field returns it (none does), as type-graphql 2 builds
 * the schema from what the resolvers reach.
 */
@ObjectType({ simpleResolvers: true, description: 'Totals of a set of grants: amounts, counts and recipients.' })
export abstract class GrantTotals {
  @Field(() => [MoneyAmount], { description: 'Known amounts per currency.' })
  amounts!: MoneyAmount[];

  @Field(() => Int, { description: 'Grants counted.' })
  relationCount!: number;

  @Field(() => Int, { description: 'Grants counted without an amount.' })
  unknownAmountCount!: number;

  @Field(() => [ID], { description: 'Recipients of those grants, in id order.' })
  recipientIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'A funder’s grants on one theme.' })
export class ThemeSlice extends GrantTotals {
  @Field(() => String, {
    nullable: true,
    description: 'Theme id; null for grants on no theme (no themes of their own and none shared by both ends).',
  })
  theme!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A funder’s grants to recipients of one tier.' })
export class TierSlice extends GrantTotals {
  @Field(() => TierEnum, { description: 'The recipients’ tier.' })
  tier!: Tier;
}

@ObjectType({ simpleResolvers: true, description: 'What one funder funds.' })
export class FunderPortfolio extends GrantTotals {
  @Field(() => ID, { description: 'The funder.' })
  funderId!: string;

  @Field(() => [ThemeSlice], {
    description: 'By theme (alphabetical, unthemed last); a grant on several themes counts in full under each.',
  })
  byTheme!: ThemeSlice[];

  @Field(() => [TierSlice], { description: 'By recipient tier, in tier order; tiers without grants left out.' })
  byTier!: TierSlice[];
}

@ObjectType({ simpleResolvers: true, description: 'A theme × tier cell with actors but no funding on the theme.' })
export class UnfundedCell {
  @Field(() => String, { description: 'Theme id.' })
  theme!: string;

  @Field(() => TierEnum, { description: 'Tier.' })
  tier!: Tier;

  @Field(() => [ID], { description: 'Actors of the tier on the theme, none receiving a FUNDS relation on it.' })
  actorIds!: string[];
}

@ObjectType({ simpleResolvers: true, description: 'Two funders with recipients in common.' })
export class CoFundingPair {
  @Field(() => ID, { description: 'One funder (the smaller id).' })
  funderAId!: string;

  @Field(() => ID, { description: 'The other funder.' })
  funderBId!: string;

  @Field(() => [ID], { description: 'Recipients both fund, in id order.' })
  sharedRecipientIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Funding (PRODUCT.md §6): FUNDS relations read source = funder, target = recipient, whether or not marked directed.',
})
export class Funding {
  @Field(() => Float, { description: 'Top-funder share at or above which a recipient is flagged dependent.' })
  dependenceThreshold!: number;

  @Field(() => Int, { description: 'Recipients flagged dependent.' })
  dependentCount!: number;

  @Field(() => [RecipientFunding], { description: 'Every recipient of funding, in id order.' })
  recipients!: RecipientFunding[];

  @Field(() => [FunderPortfolio], { description: 'Every funder, in id order.' })
  funders!: FunderPortfolio[];

  @Field(() => [UnfundedCell], {
    description: 'Theme × tier cells with actors but no funding; theme, then tier order.',
  })
  unfundedCells!: UnfundedCell[];

  @Field(() => [CoFundingPair], { description: 'Funders with shared recipients, most shared first.' })
  coFunding!: CoFundingPair[];
}
