import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A sum of money in one currency.' })
export class MoneyAmount {
  @Field(() => String, { nullable: true, description: 'ISO 4217 code as recorded; null when recorded without one.' })
  currency!: string | null;

  @Field(() => Float, { description: 'Sum of the known amounts in this currency (never converted across currencies).' })
  amount!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Funding relations summed per currency.' })
export class MoneyTotals {
  @Field(() => [MoneyAmount], { description: 'Known amounts per currency, in currency order, unknown currency last.' })
  amounts!: MoneyAmount[];

  @Field(() => Int, { description: 'FUNDS relations counted.' })
  relationCount!: number;

  @Field(() => Int, { description: 'FUNDS relations counted that have no amount.' })
  unknownAmountCount!: number;
}
