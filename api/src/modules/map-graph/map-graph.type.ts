import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ActorKind, EngagementLevel, Mode, RelationType, Sector, Tier } from '../../domain/vocabulary';
import {
  ActorKindEnum,
  EngagementEnum,
  ModeEnum,
  RelationTypeEnum,
  SectorEnum,
  TierEnum,
} from '../vocabulary/vocabulary.enums';

const COLUMN = 'The i-th entry belongs to the i-th actor.';
const RELATION_COLUMN = 'The i-th entry belongs to the i-th relation.';

@ObjectType({
  description: `A workspace's actors as the map needs them, as parallel lists (one per field): entry i of every list is actor i. Columns cost far less to send and execute than one object per actor.`,
})
export class MapActorColumns {
  @Field(() => Int, { description: 'How many actors (the length of every list).' })
  count!: number;

  @Field(() => [ID], { description: `Actor ids. ${COLUMN}` })
  ids!: string[];

  @Field(() => [String], {
    description: `Names: as of the map's asOf date, the name each actor carried then (see Actor.nameOn); otherwise today's. ${COLUMN}`,
  })
  names!: string[];

  @Field(() => [ActorKindEnum], { description: `Kinds. ${COLUMN}` })
  kinds!: ActorKind[];

  @Field(() => [TierEnum], { description: `Tiers. ${COLUMN}` })
  tiers!: Tier[];

  @Field(() => [SectorEnum], { description: `Sectors. ${COLUMN}` })
  sectors!: Sector[];

  @Field(() => [String], { nullable: 'items', description: `ISO 3166-1 alpha-2 countries, null if none. ${COLUMN}` })
  countries!: (string | null)[];

  @Field(() => [[String]], { description: `Theme ids each actor works on. ${COLUMN}` })
  themes!: string[][];

  @Field(() => [String], {
    nullable: 'items',
    description: `Lifespan starts (YYYY, YYYY-MM or YYYY-MM-DD), null if unknown. ${COLUMN}`,
  })
  since!: (string | null)[];

  @Field(() => [String], { nullable: 'items', description: `Lifespan ends, null while it exists. ${COLUMN}` })
  until!: (string | null)[];

  @Field(() => [[String]], {
    description: `Names each actor carried before its current one, oldest first (see Actor.formerNames), so that a client can show the name of any date. ${COLUMN}`,
  })
  formerNames!: string[][];

  @Field(() => [[String]], {
    description: `The date each former name was replaced on (entry j for formerNames entry j). ${COLUMN}`,
  })
  renamedOn!: string[][];

  @Field(() => [String], {
    nullable: 'items',
    description: `A shorter name to show where the whole name does not fit (see Actor.shortName); null when the actor has none, and as of a date when it carried another name then. ${COLUMN}`,
  })
  shortNames!: (string | null)[];
}

@ObjectType({
  description: `A workspace's relations as the map needs them, as parallel lists (one per field): entry i of every list is relation i. Only relations between two actors of the same map are listed.`,
})
export class MapRelationColumns {
  @Field(() => Int, { description: 'How many relations (the length of every list).' })
  count!: number;

  @Field(() => [ID], { description: `Relation ids. ${RELATION_COLUMN}` })
  ids!: string[];

  @Field(() => [RelationTypeEnum], { description: `What each tie is. ${RELATION_COLUMN}` })
  types!: RelationType[];

  @Field(() => [Boolean], {
    description: `True for a succession (SUCCEEDS, MERGED_INTO, SPLIT_FROM): a lineage between institutions, not a cooperation tie; no analysis counts it as a tie, and a map should draw it as lineage. ${RELATION_COLUMN}`,
  })
  isSuccession!: boolean[];

  @Field(() => [ID], { description: `Source actor ids. ${RELATION_COLUMN}` })
  sourceIds!: string[];

  @Field(() => [ID], { description: `Target actor ids. ${RELATION_COLUMN}` })
  targetIds!: string[];

  @Field(() => [Boolean], { description: `False for symmetric ties (see Relation.directed). ${RELATION_COLUMN}` })
  directed!: boolean[];

  @Field(() => [ModeEnum], { nullable: 'items', description: `Najam modes, null where unknown. ${RELATION_COLUMN}` })
  modes!: (Mode | null)[];

  @Field(() => [EngagementEnum], {
    nullable: 'items',
    description: `IAP2 engagement levels, null where unknown. ${RELATION_COLUMN}`,
  })
  engagements!: (EngagementLevel | null)[];

  @Field(() => [[String]], { description: `Theme ids each tie is about. ${RELATION_COLUMN}` })
  themes!: string[][];

  @Field(() => [String], {
    nullable: 'items',
    description: `Starts (YYYY, YYYY-MM or YYYY-MM-DD), null if unknown. ${RELATION_COLUMN}`,
  })
  since!: (string | null)[];

  @Field(() => [String], { nullable: 'items', description: `Ends, null while ongoing. ${RELATION_COLUMN}` })
  until!: (string | null)[];

  @Field(() => [Float], {
    nullable: 'items',
    description: `Amounts of FUNDS ties in their currency, else null. ${RELATION_COLUMN}`,
  })
  amounts!: (number | null)[];

  @Field(() => [String], { nullable: 'items', description: `ISO 4217 currencies of the amounts. ${RELATION_COLUMN}` })
  currencies!: (string | null)[];

  @Field(() => [Float], { description: `Confidence of each claim, from 0 to 1. ${RELATION_COLUMN}` })
  confidences!: number[];

  /** The workspace the relations belong to (for the `unsourced` column; not in the schema). */
  workspaceId!: string;
}

@ObjectType({
  description:
    'Every live actor and relation of a workspace the viewer may see, with the fields the map draws and filters on, read in one go (the paged `actors` and `relations` give every field).',
})
export class MapGraph {
  @Field(() => ID, { description: 'The workspace id.' })
  workspaceId!: string;

  @Field(() => String, {
    description: 'The data revision read before the graph (as `analytics.revision`): cache the map under it.',
  })
  revision!: string;

  @Field(() => Int, { description: 'Which part of the map this answer is, from 0 to `parts` − 1.' })
  part!: number;

  @Field(() => Int, {
    description:
      'Into how many parts the map was split for this answer: 1 when it is the whole map (asked so, or answered whole under `wholeUpTo`).',
  })
  parts!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'The date the map is as of (see the asOf argument); null when it holds every record whatever its dates.',
  })
  asOf!: string | null;

  @Field(() => MapActorColumns, { description: 'The actors, in columns.' })
  actors!: MapActorColumns;

  @Field(() => MapRelationColumns, { description: 'The relations between those actors, in columns.' })
  relations!: MapRelationColumns;
}

@ObjectType({ description: 'One tier band of a map layout: where it sits, in layout units.' })
export class MapLayoutBand {
  @Field(() => TierEnum, { description: 'The tier whose actors the band holds.' })
  tier!: Tier;

  @Field(() => Float, { description: 'The top of the band.' })
  top!: number;

  @Field(() => Float, { description: 'The height of the band.' })
  height!: number;
}

@ObjectType({
  description:
    "The web client's tier layout of a whole map (tier bands, global at the top; related actors near each other inside a band), in layout units, as parallel lists: entry i is the position of the answer's actor i.",
})
export class MapLayout {
  @Field(() => [Float], { description: 'Horizontal positions. The i-th entry belongs to the i-th actor.' })
  xs!: number[];

  @Field(() => [Float], { description: 'Vertical positions (down). The i-th entry belongs to the i-th actor.' })
  ys!: number[];

  @Field(() => [MapLayoutBand], { description: 'The bands, from the top.' })
  bands!: MapLayoutBand[];

  @Field(() => Float, { description: 'The width of the layout.' })
  width!: number;
}
