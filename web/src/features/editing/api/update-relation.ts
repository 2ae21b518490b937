import { graphql } from '../../../gql';
import type { MapRelationFieldsFragment, RelationPatch } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const UPDATE_RELATION = graphql(`
  mutation UpdateRelation($id: ID!, $input: RelationPatch!, $expectedVersion: Int!) {
    updateRelation(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...MapRelationFields
    }
  }
`);

/** Changes a relation; CONFLICT when it is no longer at `expectedVersion`, BAD_USER_INPUT per field. */
export async function updateRelation(
  id: string,
  input: RelationPatch,
  expectedVersion: number,
): Promise<MapRelationFieldsFragment> {
  return (await request(UPDATE_RELATION, { id, input, expectedVersion })).updateRelation;
}
