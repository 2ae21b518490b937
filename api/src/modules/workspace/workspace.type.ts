import { Field, ID, Int, ObjectType } from 'type-graphql';
import { VisibilityEnum } from '../vocabulary/vocabulary.enums';
import type { Visibility } from '../../domain/vocabulary';
import { DateTimeScalar } from '../common/scalars';
import { AuditEvent } from '../account/account.type';

@ObjectType({
  description: 'One map: a country study, a corridor, the seed ecosystem. Queries never cross workspaces.',
})
export class Workspace {
  @Field(() => ID, { description: 'Stable server-made id.' })
  id!: string;

  @Field(() => String, { description: 'Short unique name used in URLs, e.g. seed-ecosystem.' })
  slug!: string;

  @Field(() => String, { description: 'Human title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'What the map covers and where its data comes from.' })
  description!: string | null;

  @Field(() => VisibilityEnum, { description: 'Who may see the workspace.' })
  visibility!: Visibility;

  @Field(() => DateTimeScalar, { description: 'When the workspace was created.' })
  createdAt!: string;

  @Field(() => DateTimeScalar, { description: 'When the workspace itself was last changed.' })
  updatedAt!: string;

  @Field(() => Int, {
    description: 'Increases with every change of its settings; pass it as expectedVersion to updateWorkspace.',
  })
  version!: number;
}

@ObjectType({ description: 'A deleted workspace that can still be restored.' })
export class DeletedWorkspace extends Workspace {
  @Field(() => DateTimeScalar, { description: 'When it was deleted.' })
  deletedAt!: string;

  @Field(() => DateTimeScalar, { description: 'When it will be purged for good.' })
  purgeAt!: string;
}

@ObjectType({ description: 'A page of a workspace’s audit log.' })
export class AuditPage {
  @Field(() => [AuditEvent], { description: 'Newest first.' })
  events!: AuditEvent[];

  @Field(() => Boolean, { description: 'Whether older events follow.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page.' })
  endCursor!: string | null;
}
