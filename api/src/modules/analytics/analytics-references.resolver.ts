import type { ClassType } from 'type-graphql';
import { Broker } from './brokers.type';
import { CoverageCell } from './coverage.type';
import { DeliveryWithoutVoice } from './delivery-without-voice.type';
import { ChainPath, FundingChains, InKindSupport, UltimateFunder } from './funding-chains.type';
import { CoFundingPair, FunderPortfolio, FunderShare, RecipientFunding, UnfundedCell } from './funding.type';
import { Corridor, LinkScore, LinkSuggestion, LinkSuggestions } from './link-suggestion.type';
import { PartnerCandidate, Partners } from './partners.type';
import { ActorPath, PathStep, Paths } from './paths.type';
import { referenceResolver, type Reference } from './reference-resolver';
import { Community, ConnectedComponent } from './silos.type';
import { RenamedActor, Succession, TimeDiff } from './time-diff.type';
import { TierPair, TierPresence } from './vertical-gaps.type';
import {
  BrokerageChange,
  ChangeEvidence,
  CommunityPart,
  DeliveryWithoutVoiceChange,
  FundingChange,
  GapChange,
} from './time-diff-measures.type';

const actor = <T>(id: (parent: T) => string | null, description: string): Reference<T> => ({
  kind: 'actor',
  id,
  description: `${description} Loaded for the viewer; null only if it was hidden after the analysis was computed.`,
});
const actors = <T>(ids: (parent: T) => readonly string[] | null, description: string): Reference<T> => ({
  kind: 'actors',
  ids,
  description,
});
const relations = <T>(ids: (parent: T) => readonly string[], description: string): Reference<T> => ({
  kind: 'relations',
  ids,
  description,
});

const linkPair = {
  source: actor<LinkScore>((s) => s.sourceId, 'The actor `sourceId`.'),
  target: actor<LinkScore>((s) => s.targetId, 'The actor `targetId`.'),
  commonPartners: actors<LinkScore>((s) => s.commonPartnerIds, 'The common partners, in id order.'),
};

const deliveryCase: Record<string, Reference<DeliveryWithoutVoice>> = {
  civilSocietyActor: actor((d) => d.civilSocietyActorId, 'The civil-society actor.'),
  governmentActor: actor((d) => d.governmentActorId, 'The government actor.'),
  deliveryRelations: relations((d) => d.deliveryRelationIds, 'The DELIVERS_SERVICES_FOR relations.'),
  contractRelations: relations((d) => d.contractRelationIds, 'The CONTRACTS relations.'),
};

/**
 * The Actor and Relation objects behind the ids of every analytics result type, so a client can
 * show names without further queries: `xId` has `x`, `xIds` has `xs`.
 */
export const ANALYTICS_REFERENCE_RESOLVERS: readonly ClassType[] = [
  referenceResolver(ConnectedComponent, { actors: actors((c) => c.actorIds, 'The member actors.') }),
  referenceResolver(Community, { actors: actors((c) => c.actorIds, 'The member actors.') }),
  referenceResolver(TierPresence, { actors: actors((t) => t.actorIds, 'The actors of the tier on the theme.') }),
  referenceResolver(TierPair, {
    lowerActors: actors((p) => p.lowerActorIds, 'Actors on the theme in the lower tier.'),
    upperActors: actors((p) => p.upperActorIds, 'Actors on the theme in the upper tier.'),
    relations: relations((p) => p.relationIds, 'The relations joining the two tiers on the theme.'),
  }),
  referenceResolver(LinkScore, linkPair),
  referenceResolver(LinkSuggestion, linkPair as Record<string, Reference<LinkSuggestion>>),
  referenceResolver(Corridor, { diasporaActor: actor((c) => c.diasporaActorId, 'The diaspora actor.') }),
  referenceResolver(LinkSuggestions, { actor: actor((s) => s.actorId, 'The actor suggestions were made for.') }),
  referenceResolver(CoverageCell, { actors: actors((c) => c.actorIds, 'The cell’s actors.') }),
  referenceResolver(DeliveryWithoutVoice, deliveryCase),
  referenceResolver(DeliveryWithoutVoiceChange, deliveryCase as Record<string, Reference<DeliveryWithoutVoiceChange>>),
  referenceResolver(FunderShare, { funder: actor((f) => f.funderId, 'The funder.') }),
  referenceResolver(RecipientFunding, {
    recipient: actor((r) => r.recipientId, 'The recipient.'),
    topFunder: actor((r) => r.topFunderId, 'The funder with the largest share.'),
  }),
  referenceResolver(UltimateFunder, { funder: actor((f) => f.funderId, 'The ultimate funder.') }),
  referenceResolver(ChainPath, { actors: actors((p) => p.actorIds, 'The actors along the path.') }),
  referenceResolver(InKindSupport, { funder: actor((f) => f.funderId, 'The funder.') }),
  referenceResolver(FundingChains, { recipient: actor((c) => c.recipientId, 'The recipient.') }),
  referenceResolver(FunderPortfolio, {
    funder: actor((p) => p.funderId, 'The funder.'),
    recipients: actors((p) => p.recipientIds, 'Its recipients, in id order.'),
  }),
  referenceResolver(UnfundedCell, { actors: actors((c) => c.actorIds, 'The cell’s actors.') }),
  referenceResolver(CoFundingPair, {
    funderA: actor((p) => p.funderAId, 'The funder `funderAId`.'),
    funderB: actor((p) => p.funderBId, 'The funder `funderBId`.'),
    sharedRecipients: actors((p) => p.sharedRecipientIds, 'The recipients both fund.'),
  }),
  referenceResolver(Broker, { actor: actor((b) => b.actorId, 'The actor.') }),
  referenceResolver(PartnerCandidate, {
    actor: actor((c) => c.actorId, 'The candidate.'),
    introductionActors: actors((c) => c.introductionPath, 'The introduction path as actors; empty when unreachable.'),
    intermediaries: actors((c) => c.intermediaryIds, 'The intermediaries as actors.'),
  }),
  referenceResolver(Partners, { actor: actor((p) => p.actorId, 'The actor looking for partners.') }),
  referenceResolver(PathStep, {
    from: actor((s) => s.fromId, 'The actor the step leaves.'),
    to: actor((s) => s.toId, 'The actor the step reaches.'),
    relations: relations((s) => s.relationIds, 'The relations of the step.'),
  }),
  referenceResolver(ActorPath, { actors: actors((p) => p.actorIds, 'The actors along the path.') }),
  referenceResolver(Paths, {
    from: actor((p) => p.fromId, 'The start actor.'),
    to: actor((p) => p.toId, 'The end actor.'),
  }),
  referenceResolver(TimeDiff, {
    addedActors: actors((d) => d.addedActorIds, 'The added actors.'),
    endedActors: actors((d) => d.endedActorIds, 'The ended actors.'),
    addedRelations: relations((d) => d.addedRelationIds, 'The added relations.'),
    endedRelations: relations((d) => d.endedRelationIds, 'The ended relations.'),
  }),
  referenceResolver(ChangeEvidence, {
    relations: relations(
      (e) => e.relationIds,
      'The relations that explain the change, as the viewer may see them (a hidden one is left out).',
    ),
  }),
  referenceResolver(BrokerageChange, {
    actor: actor((b) => b.actorId, 'The institution.'),
    fromActors: actors((b) => b.fromActorIds, 'The actors on `from` that stand for it.'),
  }),
  referenceResolver(GapChange, { relations: relations((g) => g.relationIds, 'The ties joining the tiers.') }),
  referenceResolver(CommunityPart, { actors: actors((p) => p.actorIds, 'The member actors.') }),
  referenceResolver(FundingChange, {
    funder: actor((f) => f.funderId, 'The funder.'),
    recipient: actor((f) => f.recipientId, 'The recipient.'),
    relationsFrom: relations((f) => f.relationIdsFrom, 'The pair’s FUNDS relations on `from`.'),
    relationsTo: relations((f) => f.relationIdsTo, 'The pair’s FUNDS relations on `to`.'),
  }),
  referenceResolver(RenamedActor, { actor: actor((r) => r.actorId, 'The actor on `to`.') }),
  referenceResolver(Succession, {
    predecessorActor: actor((s) => s.predecessor, 'The earlier institution.'),
    successorActor: actor((s) => s.successor, 'The later institution.'),
  }),
];
