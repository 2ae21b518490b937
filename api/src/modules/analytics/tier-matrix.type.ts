import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Mode, RelationType } from '../../domain/vocabulary';
import { ModeEnum, RelationTypeEnum } from '../vocabulary/vocabulary.enums';

@ObjectType({ simpleResolvers: true, description: 'Relations of one type in a matrix cell.' })
export class TypeCount {
  @Field(() => RelationTypeEnum, { description: 'The relation type.' })
  type!: RelationType;

  @Field(() => Int, { description: 'Relations of this type read from the row group to the column group.' })
  count!: number;
}

@ObjectType({ simpleResolvers: true, description: 'Relations in one mode in a matrix cell.' })
export class ModeCount {
  @Field(() => ModeEnum, { nullable: true, description: 'The mode; null for relations recorded without one.' })
  mode!: Mode | null;

  @Field(() => Int, { description: 'Relations in this mode read from the row group to the column group.' })
  count!: number;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'One cell of a group × group matrix: relations from actors of group `from` to actors of group `to`. Directed relations count source → target; undirected ones both ways (once on the diagonal).',
})
export class MatrixCell {
  @Field(() => String, { description: 'Row group: a tier or a sector.' })
  from!: string;

  @Field(() => String, { description: 'Column group: a tier or a sector.' })
  to!: string;

  @Field(() => Int, { description: 'Relations read from a `from` actor to a `to` actor (undirected ones both ways).' })
  count!: number;

  @Field(() => [TypeCount], { description: 'The count by relation type; non-zero types only, in vocabulary order.' })
  byType!: TypeCount[];

  @Field(() => [ModeCount], {
    description: 'The count by mode; non-zero modes only, in vocabulary order, relations without a mode last.',
  })
  byMode!: ModeCount[];

  @Field(() => Int, {
    description: 'Distinct ordered actor pairs (a, b), a ≠ b, with at least one relation read from a to b.',
  })
  tiedPairs!: number;

  @Field(() => Int, {
    description: 'Ordered pairs that could be tied: n_from · n_to off the diagonal, n(n − 1) on it.',
  })
  possiblePairs!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'tiedPairs / possiblePairs (directed density, 0–1); null when there are no possible pairs.',
  })
  density!: number | null;
}

@ObjectType({ simpleResolvers: true, description: 'Who works with whom across tiers and sectors (PRODUCT.md §4.1).' })
export class TierMatrix {
  @Field(() => [MatrixCell], { description: '25 cells, tier × tier in tier order (LOCAL … GLOBAL), row by row.' })
  tiers!: MatrixCell[];

  @Field(() => [MatrixCell], { description: '36 cells, sector × sector in sector order, row by row.' })
  sectors!: MatrixCell[];
}
