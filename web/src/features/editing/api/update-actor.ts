import type { ActorPatch, UpdateActorMutation } from '../../../gql/graphql';
import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

export type { ActorPatch } from '../../../gql/graphql';

const UPDATE_ACTOR = graphql(`
  mutation UpdateActor($id: ID!, $input: ActorPatch!, $expectedVersion: Int!) {
    updateActor(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...EditableActorFields
      ...MapActorFields
    }
  }
`);

/** Changes an actor; fails with CONFLICT when it is no longer at `expectedVersion`, BAD_USER_INPUT per field. */
export async function updateActor(
  id: string,
  input: ActorPatch,
  expectedVersion: number,
): Promise<UpdateActorMutation['updateActor']> {
  const data = await request(UPDATE_ACTOR, { id, input, expectedVersion });
  return data.updateActor;
}
