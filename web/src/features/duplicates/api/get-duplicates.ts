import { graphql } from '../../../gql';
import type { DuplicateCandidatesQuery } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';

export type DuplicatePair = DuplicateCandidatesQuery['duplicateCandidates'][number];
export type DuplicateSide = DuplicatePair['a'];

const DUPLICATES = graphql(`
  query DuplicateCandidates($workspace: ID!) {
    duplicateCandidates(workspace: $workspace, first: 100) {
      score
      reasons {
        kind
        text
      }
      a {
        ...DuplicateSideFields
      }
      b {
        ...DuplicateSideFields
      }
    }
  }
  fragment DuplicateSideFields on Actor {
    id
    name
    aliases
    kind
    tier
    country
    city
    identifiers {
      scheme
      value
    }
    relations {
      id
      type
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

/** Pairs of actors of a workspace that may be one organisation, best first, with both sides' ties. */
export async function getDuplicates(workspace: string): Promise<DuplicatePair[]> {
  return (await request(DUPLICATES, { workspace })).duplicateCandidates;
}
