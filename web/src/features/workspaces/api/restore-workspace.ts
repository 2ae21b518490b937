import { graphql } from '../../../gql';
import { request } from '../../../lib/graphql-client';

const RESTORE_WORKSPACE = graphql(`
  mutation RestoreWorkspace($id: ID!) {
    restoreWorkspace(id: $id) {
      id
      slug
    }
  }
`);

/** Brings a deleted workspace back before it is purged (owners). */
export async function restoreWorkspace(id: string): Promise<{ id: string; slug: string }> {
  return (await request(RESTORE_WORKSPACE, { id })).restoreWorkspace;
}
