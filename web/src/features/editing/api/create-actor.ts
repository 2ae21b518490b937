import { graphql } from '../../../gql';
import type { ActorInput, MapActorFieldsFragment, SourceInput } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

const CREATE_ACTOR = graphql(`
  mutation CreateActor($workspace: ID!, $input: ActorInput!, $evidence: SourceInput) {
    createActor(workspace: $workspace, input: $input, evidence: $evidence) {
      ...MapActorFields
    }
  }
`);

/**
 * Creates an actor; BAD_USER_INPUT names each rejected field.
 * With `evidence`, its source is written in the same transaction (neither is written if either is refused).
 */
export async function createActor(
  workspace: string,
  input: ActorInput,
  evidence: SourceInput | null = null,
): Promise<MapActorFieldsFragment> {
  return (await request(CREATE_ACTOR, { workspace, input, evidence })).createActor;
}
