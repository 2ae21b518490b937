import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const UNDO = graphql(`
  mutation UndoOperation($id: ID!) {
    revertChange(id: $id) {
      id
    }
  }
`);

/** Reverts a merge or a dismissal as a whole (its operation id is its first change). */
export async function undoOperation(operationId: string): Promise<void> {
  await request(UNDO, { id: operationId });
}
