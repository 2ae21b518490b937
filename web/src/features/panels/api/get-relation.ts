import { request } from '../../../lib/graphql-client';
import type { SourceAnswer } from './get-actor';

interface RelationEnd {
  id: string;
  name: string;
  tier: string;
  kind: string;
  country: string | null;
}

export interface RelationDetail {
  id: string;
  version: number;
  type: string;
  directed: boolean;
  mode: string | null;
  engagement: string | null;
  formal: boolean | null;
  themes: string[];
  since: string | null;
  until: string | null;
  amount: number | null;
  currency: string | null;
  strength: number | null;
  confidence: number;
  notes: string | null;
  unsourced: boolean;
  updatedAt: string;
  updatedBy: string;
  deletedAt: string | null;
  source: RelationEnd;
  target: RelationEnd;
  sources: SourceAnswer[];
}

const RELATION = /* GraphQL */ `
  query Relation($id: ID!) {
    relation(id: $id) {
      id
      version
      type
      directed
      mode
      engagement
      formal
      themes
      since
      until
      amount
      currency
      strength
      confidence
      notes
      unsourced
      updatedAt
      updatedBy
      deletedAt
      source {
        id
        name
        tier
        kind
        country
      }
      target {
        id
        name
        tier
        kind
        country
      }
      sources {
        id
        title
        url
        document
        quote
        page
      }
    }
  }
`;

/** One relation with both ends and its evidence; null when it does not exist or is hidden. */
export async function getRelation(id: string, signal?: AbortSignal): Promise<RelationDetail | null> {
  return (await request<{ relation: RelationDetail | null }>(RELATION, { id }, signal)).relation;
}
