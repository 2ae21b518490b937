import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const DELETE_ACTOR = graphql(`
  mutation DeleteActor($id: ID!, $expectedVersion: Int) {
    deleteActor(id: $id, expectedVersion: $expectedVersion) {
      id
      version
    }
  }
`);

/** Soft-deletes an actor and its live relations; CONFLICT when it changed since `expectedVersion`. */
export async function deleteActor(id: string, expectedVersion: number): Promise<{ id: string; version: number }> {
  return (await request(DELETE_ACTOR, { id, expectedVersion })).deleteActor;
}
