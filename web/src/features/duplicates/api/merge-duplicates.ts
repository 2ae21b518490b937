import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const MERGE = graphql(`
  mutation MergeDuplicates($keepId: ID!, $mergeId: ID!) {
    mergeDuplicates(keepId: $keepId, mergeId: $mergeId) {
      operationId
      movedRelations {
        id
      }
      droppedRelationIds
    }
  }
`);

/** Merges `mergeId` into `keepId`; the answer's operationId reverts it. */
export async function mergeDuplicates(keepId: string, mergeId: string) {
  return (await request(MERGE, { keepId, mergeId })).mergeDuplicates;
}
