/**
 * The shapes of the lenses' analytics answers, from the generated GraphQL types alone (no client, no
 * environment), so that the pure row builders and decorations, and their unit tests, can use them.
 */
import type {
  BrokersQuery,
  FundingQuery,
  GapsQuery,
  LinkSuggestionFieldsFragment,
  SilosQuery,
} from '../../gql/graphql';

export type BrokersAnswer = BrokersQuery['analytics']['brokers'];
export type BrokerAnswer = BrokersAnswer['actors'][number];
export type FundingAnswer = FundingQuery['analytics']['funding'];
export type GapsAnswer = GapsQuery['analytics']['gaps'];
export type TierPairAnswer = GapsAnswer['pairs'][number];
export type SilosAnswer = SilosQuery['analytics']['silos'];
/** A suggested link with the figures its reasons are written from (the lists and hover cards word them). */
export type LinkAnswer = LinkSuggestionFieldsFragment;
