import { graphql } from '../../../gql';
import type { MapRelationFieldsFragment, RelationInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const CREATE_RELATION = graphql(`
  mutation CreateRelation($workspace: ID!, $input: RelationInput!) {
    createRelation(workspace: $workspace, input: $input) {
      ...MapRelationFields
    }
  }
`);

/** Creates a relation between two live actors; BAD_USER_INPUT names each rejected field. */
export async function createRelation(workspace: string, input: RelationInput): Promise<MapRelationFieldsFragment> {
  return (await request(CREATE_RELATION, { workspace, input })).createRelation;
}
