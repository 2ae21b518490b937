import { Field, ID, InputType } from 'type-graphql';
import type { RelationType } from '../../domain/vocabulary';
import { ActorInput } from '../actor/actor.input';
import { RelationFieldsInput } from '../relation/relation.input';
import { SourceInput } from '../source/source.input';
import { RelationTypeEnum } from '../vocabulary/vocabulary.enums';
import { ThemeInput } from '../workspace/workspace.input';

@InputType({ description: 'An actor to create or update, matched by externalId (required here).' })
export class ImportActorInput extends ActorInput {
  @Field(() => [SourceInput], {
    nullable: true,
    description: 'Evidence; a source already attached is not added twice.',
  })
  sources?: SourceInput[];
}

@InputType({
  description: 'A relation to create or update, matched by externalId (required here); its ends are actor externalIds.',
})
export class ImportRelationInput extends RelationFieldsInput {
  @Field(() => RelationTypeEnum, { description: 'What the tie is.' })
  type!: RelationType;

  @Field(() => ID, { description: 'externalId of the source actor, in this import or already in the workspace.' })
  source!: string;

  @Field(() => ID, { description: 'externalId of the target actor.' })
  target!: string;

  @Field(() => [SourceInput], {
    nullable: true,
    description: 'Evidence; a source already attached is not added twice.',
  })
  sources?: SourceInput[];
}

@InputType({ description: 'A graph to upsert into a workspace: themes, then actors, then relations.' })
export class ImportGraphInput {
  @Field(() => [ThemeInput], { nullable: true, description: 'Workspace themes to add or relabel first.' })
  themes?: ThemeInput[];

  @Field(() => [ImportActorInput], { description: 'Actors, matched by externalId.' })
  actors!: ImportActorInput[];

  @Field(() => [ImportRelationInput], { description: 'Relations, matched by externalId.' })
  relations!: ImportRelationInput[];
}
