import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const DELETE_RELATION = graphql(`
  mutation DeleteRelation($id: ID!, $expectedVersion: Int) {
    deleteRelation(id: $id, expectedVersion: $expectedVersion) {
      id
    }
  }
`);

/** Soft-deletes a relation; CONFLICT when it changed since `expectedVersion`. */
export async function deleteRelation(id: string, expectedVersion: number): Promise<void> {
  await request(DELETE_RELATION, { id, expectedVersion });
}
