import type { EditableActor } from '../../../lib/domain';
import { request } from '../../../lib/graphql-client';

export type ActorPatch = Partial<Omit<EditableActor, 'id' | 'version'>>;

const UPDATE_ACTOR = /* GraphQL */ `
  mutation UpdateActor($id: ID!, $input: ActorPatch!, $expectedVersion: Int!) {
    updateActor(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      version
      name
      kind
      tier
      country
      themes
      description
      website
    }
  }
`;

/** Changes an actor; fails with CONFLICT when it is no longer at `expectedVersion`, BAD_USER_INPUT per field. */
export async function updateActor(id: string, input: ActorPatch, expectedVersion: number): Promise<EditableActor> {
  const data = await request<{ updateActor: EditableActor }>(UPDATE_ACTOR, { id, input, expectedVersion });
  return data.updateActor;
}
