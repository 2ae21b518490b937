import { graphql } from '../../../gql';
import type { MapRelation } from '../../../lib/domain';
import { request } from '../../../lib/graphql-client';

const RESTORE_RELATION = graphql(`
  mutation RestoreRelation($id: ID!) {
    restoreRelation(id: $id) {
      ...MapRelationFields
    }
  }
`);

/** Restores a soft-deleted relation (both its actors must be live), returned for the map to draw again. */
export async function restoreRelation(id: string): Promise<MapRelation> {
  return (await request(RESTORE_RELATION, { id })).restoreRelation;
}
