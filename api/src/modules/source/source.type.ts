import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { SubjectKind } from '../../domain/source';
import type { Visibility } from '../../domain/vocabulary';
import { DateTimeScalar } from '../common/scalars';
import { VisibilityEnum } from '../vocabulary/vocabulary.enums';

export const SubjectKindEnum = { ACTOR: 'ACTOR', RELATION: 'RELATION' } as const;
registerEnumType(SubjectKindEnum, { name: 'SubjectKind', description: 'What a source is evidence for.' });

@ObjectType({ description: 'Evidence for an actor or a relation: where the claim comes from, with a verbatim quote.' })
export class Source {
  @Field(() => ID, { description: 'Stable server-made id.' })
  id!: string;

  @Field(() => ID, { description: 'The workspace the source belongs to.' })
  workspaceId!: string;

  @Field(() => ID, { description: 'Id of the actor or relation this source supports.' })
  subjectId!: string;

  @Field(() => SubjectKindEnum, { description: 'Whether the subject is an actor or a relation.' })
  subjectKind!: SubjectKind;

  @Field(() => String, { nullable: true, description: 'Title of the document or page.' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the source can be read.' })
  url!: string | null;

  @Field(() => String, { nullable: true, description: 'File name of the source document.' })
  document!: string | null;

  @Field(() => String, { nullable: true, description: 'The supporting passage, verbatim.' })
  quote!: string | null;

  @Field(() => String, { nullable: true, description: 'Page or section of the quote.' })
  page!: string | null;

  @Field(() => String, { nullable: true, description: 'Date the source was read (YYYY-MM-DD).' })
  accessed!: string | null;

  @Field(() => VisibilityEnum, { description: 'Who may see this source.' })
  visibility!: Visibility;

  /** Named readers (served by the resolver to editors only). */
  readers?: string[];

  @Field(() => Int, { description: 'Increases by one with every change; pass it as expectedVersion when updating.' })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the source was added.' })
  createdAt!: string;

  @Field(() => String, { description: 'Who added it.' })
  createdBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was last changed.' })
  updatedAt!: string;

  @Field(() => String, { description: 'Who changed it last.' })
  updatedBy!: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When it was soft-deleted; null while it is live.' })
  deletedAt!: string | null;
}
