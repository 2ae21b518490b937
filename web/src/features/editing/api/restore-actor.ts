import { graphql } from '../../../gql';
import type { RestoreActorMutation } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const RESTORE_ACTOR = graphql(`
  mutation RestoreActor($id: ID!) {
    restoreActor(id: $id) {
      ...MapActorFields
      relations {
        ...MapRelationFields
      }
    }
  }
`);

/** Restores a soft-deleted actor and the relations deleted with it (returned so the map can redraw them). */
export async function restoreActor(id: string): Promise<RestoreActorMutation['restoreActor']> {
  return (await request(RESTORE_ACTOR, { id })).restoreActor;
}
