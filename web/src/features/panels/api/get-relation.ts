import { graphql } from '../../../gql';
import type { RelationQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type RelationDetail = NonNullable<RelationQuery['relation']>;

graphql(`
  fragment RelationEndFields on Actor {
    id
    name
    tier
    kind
    country
  }
`);

const RELATION = graphql(`
  query Relation($id: ID!) {
    relation(id: $id) {
      id
      version
      type
      directed
      mode
      engagement
      formal
      role
      themes
      since
      until
      amount
      currency
      strength
      confidence
      notes
      unsourced
      visibility
      updatedAt
      updatedBy
      deletedAt
      source {
        ...RelationEndFields
      }
      target {
        ...RelationEndFields
      }
      sources {
        ...ActorSourceFields
      }
    }
  }
`);

/** One relation with both ends and its evidence; null when it does not exist or is hidden. */
export async function getRelation(id: string, signal?: AbortSignal): Promise<RelationDetail | null> {
  return (await request(RELATION, { id }, signal)).relation;
}
