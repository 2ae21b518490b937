import { graphql } from '../../../gql';
import type { MapRelationFieldsFragment, RelationInput, SourceInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const CREATE_RELATION = graphql(`
  mutation CreateRelation($workspace: ID!, $input: RelationInput!, $evidence: SourceInput) {
    createRelation(workspace: $workspace, input: $input, evidence: $evidence) {
      ...MapRelationFields
    }
  }
`);

/**
 * Creates a relation between two live actors; BAD_USER_INPUT names each rejected field.
 * With `evidence`, its source is written in the same transaction (neither is written if either is refused).
 */
export async function createRelation(
  workspace: string,
  input: RelationInput,
  evidence: SourceInput | null = null,
): Promise<MapRelationFieldsFragment> {
  return (await request(CREATE_RELATION, { workspace, input, evidence })).createRelation;
}
