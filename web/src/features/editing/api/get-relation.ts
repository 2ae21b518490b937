import { graphql } from '../../../gql';
import type { EditableRelationQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type EditableRelation = NonNullable<EditableRelationQuery['relation']>;

const RELATION = graphql(`
  query EditableRelation($id: ID!) {
    relation(id: $id) {
      ...MapRelationFields
      version
      formal
      role
      strength
      notes
      visibility
      source {
        id
        name
      }
      target {
        id
        name
      }
    }
  }
`);

/** A relation with every field its edit form shows and the version an update is based on. */
export async function getRelation(id: string, signal?: AbortSignal): Promise<EditableRelation | null> {
  return (await request(RELATION, { id }, signal)).relation;
}
