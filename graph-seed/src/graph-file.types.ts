import type { Population, Service } from '../../api/src/domain/capacity';
import type { RelationStateRecord } from '../../api/src/domain/relation';
import type {
  ActorKind,
  EngagementLevel,
  FundingForm,
  FundingSource,
  FundingTerm,
  Mode,
  ParticipationRole,
  RelationType,
  ThemeDefinition,
  Tier,
  Visibility,
} from '../../api/src/domain/vocabulary';

/**
 * The on-disk shape of a map, shared by the seed dataset, the synthetic generator and JSON import.
 * A map is a folder with workspace.json, themes.json, actors.json and relations.json.
 * Actors and relations are keyed by `externalId`; relations point at actors by their externalId.
 */

/** Evidence for an actor or a relation: the document and a verbatim quote from it. */
export interface SourceRecord {
  /** File name of the source document, e.g. "000_ca9679b983d127cd.txt". */
  document?: string;
  title?: string;
  url?: string;
  /** Verbatim text from the document (whitespace may differ). */
  quote?: string;
  page?: string;
  /** ISO date the source was read. */
  accessed?: string;
}

export interface WorkspaceRecord {
  slug: string;
  title: string;
  description: string;
  visibility: Visibility;
}

export interface ActorRecord {
  externalId: string;
  name: string;
  aliases: string[];
  kind: ActorKind;
  tier: Tier;
  /** ISO 3166-1 alpha-2, or null for actors without one country (UN agencies, global networks). */
  country: string | null;
  city: string | null;
  /** Countries of origin a diaspora or migrant-led organisation is tied to (ISO alpha-2). */
  originCountries: string[];
  themes: string[];
  description: string | null;
  website: string | null;
  /** Year or partial date, "2018", "2018-05" or "2018-05-14". */
  founded: string | null;
  /**
   * Lifespan (partial dates), only where a source states it: the actor is in no answer as of a date
   * outside it. Absent means "for as long as we know"; one of the actor's sources quotes it.
   */
  since?: string | null;
  until?: string | null;
  /** Names the actor carried before, oldest first, each replaced on the date of the same index in `renamedOn`. */
  formerNames?: string[];
  renamedOn?: string[];
  /**
   * Capacity profile (issue 20), only where one of the actor's sources states it (the quote that does
   * is among its sources): the groups it serves, the services it offers, the languages it works in.
   */
  populationsServed?: Population[];
  services?: Service[];
  languages?: string[];
  sources: SourceRecord[];
}

export interface RelationRecord {
  externalId: string;
  type: RelationType;
  /** externalId of the source actor. */
  source: string;
  /** externalId of the target actor. */
  target: string;
  directed: boolean;
  mode: Mode | null;
  engagement: EngagementLevel | null;
  formal: boolean | null;
  /** PARTICIPATES_IN only: the part the source plays in the target (organiser, participant, …). */
  role: ParticipationRole | null;
  themes: string[];
  since: string | null;
  until: string | null;
  amount: number | null;
  currency: string | null;
  /** FUNDS only, where a source states it (issue 20): PUBLIC, PRIVATE or PHILANTHROPIC money. */
  fundingSource?: FundingSource | null;
  /** FUNDS only, where a source states it: MULTI_YEAR or SHORT_TERM. */
  fundingTerm?: FundingTerm | null;
  /** FUNDS only, where a source states it: GRANT, REGRANT (passed on) or IN_KIND. */
  fundingForm?: FundingForm | null;
  strength: number | null;
  confidence: number;
  /** Later dated states of the tie (mode, engagement, strength, confidence from a date), in date order. */
  states?: RelationStateRecord[];
  notes: string | null;
  sources: SourceRecord[];
}

export interface GraphFiles {
  workspace: WorkspaceRecord;
  themes: ThemeDefinition[];
  actors: ActorRecord[];
  relations: RelationRecord[];
}
