import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { FundingSource } from '../../domain/vocabulary';
import { FundingSourceEnum } from '../vocabulary/vocabulary.enums';
import { ShareBasisEnum } from './analytics.enums';
import { MoneyAmount } from './money.type';

@ObjectType({ simpleResolvers: true, description: 'One way money reaches the recipient through intermediaries.' })
export class ChainPath {
  @Field(() => [ID], { description: 'Actor ids from the ultimate funder to the recipient.' })
  actorIds!: string[];

  @Field(() => Float, { description: 'Part of the recipient’s money that runs along this path (0–1).' })
  share!: number;
}

@ObjectType({ simpleResolvers: true, description: 'A funder that ultimately pays for part of a recipient’s money.' })
export class UltimateFunder {
  @Field(() => ID, { description: 'The ultimate funder: money is followed back no further than this actor.' })
  funderId!: string;

  @Field(() => FundingSourceEnum, {
    nullable: true,
    description:
      'The source of its money: the fundingSource of its own tie, or, unset, its sector’s (government, supranational and global bodies PUBLIC, philanthropy PHILANTHROPIC, businesses PRIVATE); null when unknown. A funder giving money of two sources appears once per source.',
  })
  source!: FundingSource | null;

  @Field(() => Float, { description: 'Part of the recipient’s money it pays for, on the share basis (0–1).' })
  share!: number;

  @Field(() => [MoneyAmount], {
    description: 'Its part of each amount the recipient received, per currency (never added across currencies).',
  })
  amounts!: MoneyAmount[];

  @Field(() => Boolean, { description: 'Whether it also funds the recipient directly.' })
  direct!: boolean;

  @Field(() => [ChainPath], { description: 'Its paths to the recipient, most money first (at most 10).' })
  paths!: ChainPath[];

  @Field(() => Int, { description: 'Its paths to the recipient in all.' })
  pathCount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'The part of a recipient’s money of one source.' })
export class SourceShare {
  @Field(() => FundingSourceEnum, { nullable: true, description: 'PUBLIC, PRIVATE, PHILANTHROPIC; null: unknown.' })
  source!: FundingSource | null;

  @Field(() => Float, { description: 'Share of the money (0–1).' })
  share!: number;

  @Field(() => [MoneyAmount], { description: 'Amounts of that source, per currency.' })
  amounts!: MoneyAmount[];
}

@ObjectType({ simpleResolvers: true, description: 'Support in kind from one funder: listed, in no sum or share.' })
export class InKindSupport {
  @Field(() => ID, { description: 'The funder.' })
  funderId!: string;

  @Field(() => [ID], { description: 'Its IN_KIND FUNDS relations to the recipient.' })
  relationIds!: string[];
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Who ultimately pays for a recipient’s money (docs/adr/0028). Each money FUNDS tie the recipient receives is followed back through intermediaries: the money a tie leaving an actor carries is financed by that actor’s incoming money — its REGRANT ties when it has any, else all its money ties — in proportion to their amounts when they and the tie share one currency (by count otherwise); what it gives out beyond what it receives in that currency is its own money. A tie from an actor already on the chain is not followed (cycles end), nor one more than 8 ties away. In-kind support is listed apart.',
})
export class FundingChains {
  @Field(() => ID, { description: 'The recipient.' })
  recipientId!: string;

  @Field(() => ShareBasisEnum, { description: 'What the recipient’s shares are computed from (in kind left out).' })
  shareBasis!: keyof typeof ShareBasisEnum;

  @Field(() => String, { nullable: true, description: 'The common currency on an AMOUNT basis; null otherwise.' })
  currency!: string | null;

  @Field(() => Float, { nullable: true, description: 'Σ money received on an AMOUNT basis; null otherwise.' })
  totalAmount!: number | null;

  @Field(() => Int, { description: 'Money FUNDS relations received (in kind left out).' })
  grantCount!: number;

  @Field(() => [UltimateFunder], { description: 'Ultimate funders, largest share first; shares add up to 1.' })
  ultimateFunders!: UltimateFunder[];

  @Field(() => [SourceShare], {
    description: 'Shares by source of money: PUBLIC, PRIVATE, PHILANTHROPIC, then unknown (null), each once.',
  })
  bySource!: SourceShare[];

  @Field(() => Float, { description: 'Share of the money received on PUBLIC ties, one hop (0–1).' })
  directStateShare!: number;

  @Field(() => Float, {
    description: 'Share of the money that is PUBLIC at its ultimate funder, through intermediaries (0–1).',
  })
  stateShare!: number;

  @Field(() => [InKindSupport], { description: 'Funders giving support in kind, in id order.' })
  inKind!: InKindSupport[];

  @Field(() => Boolean, {
    description:
      'Whether a walk stopped at the depth (8 ties) or step limit: the actor where it stopped counts as an ultimate funder.',
  })
  truncated!: boolean;
}
