import { graphql } from '../../../gql';
import type { RenameActorMutation } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const RENAME_ACTOR = graphql(`
  mutation RenameActor($id: ID!, $name: String!, $on: String!, $expectedVersion: Int) {
    renameActor(id: $id, name: $name, on: $on, expectedVersion: $expectedVersion) {
      operationId
      actors {
        ...MapActorFields
      }
    }
  }
`);

export type RenameResult = RenameActorMutation['renameActor'];

/**
 * Renames an actor from a date (earlier dates keep the former name); BAD_USER_INPUT on name or on,
 * CONFLICT when it is no longer at `expectedVersion`. One operation: revertChange(operationId) undoes it.
 */
export async function renameActor(
  id: string,
  name: string,
  on: string,
  expectedVersion: number,
): Promise<RenameResult> {
  return (await request(RENAME_ACTOR, { id, name, on, expectedVersion })).renameActor;
}
