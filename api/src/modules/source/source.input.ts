import { Field, ID, InputType } from 'type-graphql';
import type { Visibility } from '../../domain/vocabulary';
import { VisibilityEnum } from '../vocabulary/vocabulary.enums';

/** The `evidence` argument of createActor and createRelation. */
export const EVIDENCE_DESCRIPTION =
  'A source for the new record (e.g. the quote it rests on), written with it in one transaction: if either is refused, neither is written. The source’s own fields are checked as createSource checks them, under `evidence`.';

@InputType({ description: 'Evidence: at least a title, a url or a document; ideally a verbatim quote.' })
export class SourceInput {
  @Field(() => String, { nullable: true, description: 'Title of the document or page.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Absolute http(s) URL.' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'File name of the document.' })
  document?: string | null;

  @Field(() => String, { nullable: true, description: 'The supporting passage, verbatim.' })
  quote?: string | null;

  @Field(() => String, { nullable: true, description: 'Page or section.' })
  page?: string | null;

  @Field(() => String, { nullable: true, description: 'Date read, YYYY-MM-DD.' })
  accessed?: string | null;

  @Field(() => VisibilityEnum, { nullable: true, description: 'Who may see it; PUBLIC by default.' })
  visibility?: Visibility;

  @Field(() => [ID], {
    nullable: true,
    description:
      'Members (user ids) who may see it although they are viewers: named readers of a RESTRICTED record (lists, by id, history; not the map or the analytics).',
  })
  readers?: string[];
}
