import { graphql } from '../../../gql';
import type { ActorInput, MapActorFieldsFragment } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const CREATE_ACTOR = graphql(`
  mutation CreateActor($workspace: ID!, $input: ActorInput!) {
    createActor(workspace: $workspace, input: $input) {
      ...MapActorFields
    }
  }
`);

/** Creates an actor; BAD_USER_INPUT names each rejected field. */
export async function createActor(workspace: string, input: ActorInput): Promise<MapActorFieldsFragment> {
  return (await request(CREATE_ACTOR, { workspace, input })).createActor;
}
