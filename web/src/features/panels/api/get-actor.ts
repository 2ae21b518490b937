import type { EditableActor, Sector } from '../../../lib/domain';
import { request } from '../../../lib/graphql-client';

export interface SourceAnswer {
  id: string;
  title: string | null;
  url: string | null;
  document: string | null;
  quote: string | null;
  page: string | null;
}

export interface ActorRelationAnswer {
  id: string;
  type: string;
  directed: boolean;
  mode: string | null;
  engagement: string | null;
  since: string | null;
  until: string | null;
  amount: number | null;
  currency: string | null;
  confidence: number;
  unsourced: boolean;
  source: { id: string; name: string };
  target: { id: string; name: string };
  sources: SourceAnswer[];
}

export interface ActorDetail extends EditableActor {
  sector: Sector;
  city: string | null;
  aliases: string[];
  originCountries: string[];
  founded: string | null;
  updatedAt: string;
  updatedBy: string;
  sources: SourceAnswer[];
  relations: ActorRelationAnswer[];
}

const SOURCE_FIELDS = 'id title url document quote page';

const ACTOR = /* GraphQL */ `
  query Actor($id: ID!) {
    actor(id: $id) {
      id
      version
      name
      aliases
      kind
      tier
      sector
      country
      city
      originCountries
      themes
      description
      website
      founded
      updatedAt
      updatedBy
      sources { ${SOURCE_FIELDS} }
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
        source { id name }
        target { id name }
        sources { ${SOURCE_FIELDS} }
      }
    }
  }
`;

/** One actor with its evidence and relations; null when it does not exist or is hidden. */
export async function getActor(id: string, signal?: AbortSignal): Promise<ActorDetail | null> {
  return (await request<{ actor: ActorDetail | null }>(ACTOR, { id }, signal)).actor;
}
