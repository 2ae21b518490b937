import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Relay-style paging: whether more items follow and the cursor to ask for them.' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when a next page exists.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page; null for an empty page.' })
  endCursor!: string | null;
}
