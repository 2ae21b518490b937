import { graphql } from '../../../gql';
import type { ActorQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type ActorDetail = NonNullable<ActorQuery['actor']>;
export type ActorRelationAnswer = ActorDetail['relations'][number];
export type SourceAnswer = ActorDetail['sources'][number];

graphql(`
  fragment ActorSourceFields on Source {
    id
    title
    url
    document
    quote
    page
    visibility
  }
`);

const ACTOR = graphql(`
  query Actor($id: ID!) {
    actor(id: $id) {
      ...EditableActorFields
      aliases
      sector
      city
      originCountries
      founded
      since
      until
      names {
        name
        since
        replacedOn
      }
      updatedAt
      updatedBy
      sources {
        ...ActorSourceFields
      }
      relations {
        id
        type
        directed
        mode
        engagement
        since
        until
        amount
        currency
        confidence
        unsourced
        visibility
        source {
          id
          name
        }
        target {
          id
          name
        }
        sources {
          ...ActorSourceFields
        }
      }
    }
  }
`);

/** One actor with its evidence and relations; null when it does not exist or is hidden. */
export async function getActor(id: string, signal?: AbortSignal): Promise<ActorDetail | null> {
  return (await request(ACTOR, { id }, signal)).actor;
}
