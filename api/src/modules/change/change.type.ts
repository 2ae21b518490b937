import type { ChangeOperation } from '../../repositories/change-log';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { ChangeRecord } from '../../repositories/change.repository';
import { DateTimeScalar, JSONObjectScalar } from '../common/scalars';

export const EntityKindEnum = { ACTOR: 'ACTOR', RELATION: 'RELATION', SOURCE: 'SOURCE' } as const;
registerEnumType(EntityKindEnum, { name: 'EntityKind', description: 'What kind of record a change is about.' });

export const ChangeActionEnum = {
  CREATE: 'CREATE',
  UPDATE: 'UPDATE',
  DELETE: 'DELETE',
  RESTORE: 'RESTORE',
  REVERT: 'REVERT',
  IMPORT: 'IMPORT',
} as const;
registerEnumType(ChangeActionEnum, { name: 'ChangeAction', description: 'What a change did.' });

@ObjectType({ description: 'One recorded write: who, when, which record, and its values before and after.' })
export class Change {
  @Field(() => ID, { description: 'Id of the change; pass it to revertChange to undo it.' })
  id!: string;

  @Field(() => ID, { description: 'Workspace of the record.' })
  workspaceId!: string;

  @Field(() => ID, { description: 'Id of the actor, relation or source that changed.' })
  entityId!: string;

  @Field(() => EntityKindEnum, { description: 'What kind of record changed.' })
  entityKind!: ChangeRecord['entityKind'];

  @Field(() => ChangeActionEnum, { description: 'What the change did.' })
  action!: ChangeRecord['action'];

  @Field(() => DateTimeScalar, { description: 'When it happened.' })
  at!: string;

  @Field(() => String, { description: 'Who made it.' })
  by!: string;

  @Field(() => JSONObjectScalar, {
    nullable: true,
    description: 'Values of the changed fields before (null for a creation).',
  })
  before!: Record<string, unknown> | null;

  @Field(() => JSONObjectScalar, { nullable: true, description: 'Values of the changed fields after.' })
  after!: Record<string, unknown> | null;

  @Field(() => Int, { nullable: true, description: 'Version of the record after this change.' })
  version!: number | null;

  @Field(() => ID, { nullable: true, description: 'For a revert: the change it undid.' })
  revertOf!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a cascaded change (e.g. a relation deleted with its actor): the change that caused it.',
  })
  causeId!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'RENAME, MERGE or SPLIT when the change is one step of a succession (renameActor, mergeActors, splitActor); MERGE_DUPLICATES or DISMISS_DUPLICATE for mergeDuplicates and dismissDuplicate; IMPORT when it was written by an import (importGraph, a file import). Reverting any step reverts them all: the whole operation, or the whole import.',
  })
  operation!: ChangeOperation | null;

  @Field(() => ID, { nullable: true, description: 'The succession or import this change is a step of.' })
  operationId!: string | null;

  @Field(() => [String], { description: 'Names of the fields this change touched.' })
  changedFields!: string[];
}
