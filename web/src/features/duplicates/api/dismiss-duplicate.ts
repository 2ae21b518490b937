import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const DISMISS = graphql(`
  mutation DismissDuplicate($aId: ID!, $bId: ID!) {
    dismissDuplicate(aId: $aId, bId: $bId) {
      operationId
    }
  }
`);

/** Says two actors are not one organisation; the answer's operationId reverts it. */
export async function dismissDuplicate(aId: string, bId: string): Promise<string> {
  return (await request(DISMISS, { aId, bId })).dismissDuplicate.operationId;
}
