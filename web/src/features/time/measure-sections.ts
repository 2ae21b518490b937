import { humanize } from '../../lib/domain';
import type { TimeMeasureDiffQuery } from '../../gql/graphql';
import type { DiffContext, DiffItem, DiffSection, DiffTarget, DiffTone } from './diff-sections';

/** The measure fields of analytics.diff as the changes view asks for them (api/get-measure-diff.ts). */
export type MeasureDiffAnswer = TimeMeasureDiffQuery['analytics']['diff'];

type Evidence = MeasureDiffAnswer['brokerageChanges'][number]['evidence'];
type EvidenceRelation = Evidence['relations'][number];
type BrokerageChange = MeasureDiffAnswer['brokerageChanges'][number];
type Roles = NonNullable<BrokerageChange['rolesFrom']>;
type GapChange = MeasureDiffAnswer['gapsOpened'][number];
type DeliveryChange = MeasureDiffAnswer['deliveryWithoutVoiceAppeared'][number];

/** How many evidence ties a line names before "and N more". */
const EVIDENCE_SHOWN = 3;
const HIDDEN = 'A hidden actor';
const ROLE_NAMES = ['coordinator', 'itinerant', 'gatekeeper', 'representative', 'liaison'] as const;
const GAP_STATUS: Record<GapChange['fromStatus'], string> = { GAP: 'gap', TIED: 'tied', NOT_CHECKED: 'not checked' };

const MINUS = '\u2212';
const signed = (value: number, digits: number) => `${value < 0 ? MINUS : '+'}${Math.abs(value).toFixed(digits)}`;
const measure = (value: number | null) => (value === null ? 'absent' : value.toFixed(3));
const share = (value: number | null) => (value === null ? '0%' : `${Math.round(value * 100)}%`);

/** The evidence ties in words: whether each started, ended or changed, between whom, of what type. */
function evidenceText(answer: MeasureDiffAnswer, evidence: Evidence, none: string): string {
  if (evidence.relations.length === 0) return none;
  const added = new Set(answer.addedRelationIds);
  const ended = new Set(answer.endedRelationIds);
  const tie = (relation: EvidenceRelation) =>
    `${added.has(relation.id) ? 'started' : ended.has(relation.id) ? 'ended' : 'changed'}: ${relation.source.name} → ${relation.target.name} (${humanize(relation.type)})`;
  const shown = evidence.relations.slice(0, EVIDENCE_SHOWN).map(tie).join('; ');
  const more = evidence.relations.length - EVIDENCE_SHOWN;
  return `Ties ${shown}${more > 0 ? `; and ${more} more` : ''}.`;
}

/** The first evidence tie, else the fallback: what a click on the line selects. */
const evidenceTarget = (evidence: Evidence, fallback: DiffTarget | null): DiffTarget | null =>
  evidence.relations[0] ? { kind: 'relation', id: evidence.relations[0].id } : fallback;

const evidenceEnds = (evidence: Evidence) =>
  evidence.relations.flatMap((relation) => [relation.source.id, relation.target.id]);

/** Roles gained and lost, e.g. "roles: gatekeeper +3; coordinator −8". */
function rolesText(from: Roles | null, to: Roles | null): string {
  const moves = ROLE_NAMES.map((role) => ({ role, delta: (to?.[role] ?? 0) - (from?.[role] ?? 0) })).filter(
    (move) => move.delta !== 0,
  );
  return moves.length === 0 ? '' : `; roles ${moves.map((move) => `${move.role} ${signed(move.delta, 0)}`).join(', ')}`;
}

/**
 * Gained when betweenness rose, or stayed and the roles grew (or changed without growing: the API lists
 * only actors with some change, and such a one is a gain of roles as much as a loss).
 */
function gained(change: BrokerageChange): boolean {
  if (change.delta !== 0) return change.delta > 0;
  return (change.rolesTo?.total ?? 0) >= (change.rolesFrom?.total ?? 0);
}

function brokerItem(answer: MeasureDiffAnswer, change: BrokerageChange, tone: DiffTone): DiffItem {
  const rank = (value: number | null) => (value === null ? '—' : `#${value}`);
  return {
    key: change.actorId,
    text: `${change.actor?.name ?? HIDDEN}: betweenness ${measure(change.betweennessFrom)} → ${measure(change.betweennessTo)} (${signed(change.delta, 3)}), rank ${rank(change.rankFrom)} → ${rank(change.rankTo)}${rolesText(change.rolesFrom, change.rolesTo)}`,
    why: evidenceText(answer, change.evidence, 'No tie of its own changed: the ties around it did.'),
    tone,
    target: { kind: 'actor', id: change.actorId },
  };
}

function gapItem(answer: MeasureDiffAnswer, gap: GapChange, tone: DiffTone, context: DiffContext): DiffItem {
  const place = gap.countries.map(context.countryName).join(', ');
  const unchecked =
    gap.toStatus === 'NOT_CHECKED'
      ? 'No longer checked: one of the tiers has no actor on the theme.'
      : gap.fromStatus === 'NOT_CHECKED'
        ? 'Newly checked: both tiers have actors on the theme.'
        : 'No tie between them changed.';
  const relations = { relations: [...gap.evidence.relations, ...gap.relations] };
  return {
    key: `${gap.theme}:${gap.countries.join(',')}:${gap.lowerTier}:${gap.upperTier}`,
    text: `${context.themeLabel(gap.theme)} in ${place}: ${humanize(gap.lowerTier)} – ${humanize(gap.upperTier)}, ${GAP_STATUS[gap.fromStatus]} → ${GAP_STATUS[gap.toStatus]}`,
    why: evidenceText(answer, gap.evidence, unchecked),
    tone,
    target: evidenceTarget(relations, null),
    actorIds: evidenceEnds(relations),
  };
}

function deliveryItem(
  answer: MeasureDiffAnswer,
  change: DeliveryChange,
  tone: DiffTone,
  words: (civilSociety: string, government: string) => string,
): DiffItem {
  return {
    key: `${change.civilSocietyActorId}:${change.governmentActorId}`,
    text: words(change.civilSocietyActor?.name ?? HIDDEN, change.governmentActor?.name ?? HIDDEN),
    why: evidenceText(answer, change.evidence, 'No tie between them changed.'),
    tone,
    target: { kind: 'actor', id: change.civilSocietyActorId },
    actorIds: [change.civilSocietyActorId, change.governmentActorId],
  };
}

type CommunityChange = MeasureDiffAnswer['communityChanges'][number];
type FundingChange = MeasureDiffAnswer['fundingChanges'][number];

function communityItem(answer: MeasureDiffAnswer, change: CommunityChange): DiffItem {
  const part = (p: CommunityChange['parts'][number]) => {
    const names = p.actors.slice(0, 2).map((actor) => actor.name);
    return `${names.join(', ')}${p.size > names.length ? ` and ${p.size - names.length} more` : ''}`;
  };
  const count = change.parts.length;
  const firstMember = change.parts[0]?.actorIds[0];
  return {
    key: `${change.kind}:${change.communityIndex}`,
    text:
      change.kind === 'MERGED'
        ? `${count} communities merged into one of ${change.communitySize} actors`
        : `A community of ${change.communitySize} actors split into ${count}`,
    why: `Parts: ${change.parts.map(part).join(' | ')}. ${evidenceText(answer, change.evidence, 'No tie between the parts changed: ties elsewhere regrouped them.')}`,
    tone: 'changed',
    target: evidenceTarget(change.evidence, firstMember ? { kind: 'actor', id: firstMember } : null),
    actorIds: change.parts.flatMap((p) => p.actorIds),
  };
}

function communitySection(id: string, title: string, kind: CommunityChange['kind']): DiffSection<MeasureDiffAnswer> {
  return {
    id,
    title,
    items: (answer) =>
      answer.communityChanges.filter((change) => change.kind === kind).map((change) => communityItem(answer, change)),
  };
}

const FUNDING_WORDS: Record<
  FundingChange['kind'],
  (change: FundingChange, funder: string, recipient: string) => string
> = {
  STARTED: (change, funder, recipient) =>
    `${funder} started funding ${recipient} (${share(change.shareTo)} of its funding)`,
  STOPPED: (change, funder, recipient) =>
    `${funder} stopped funding ${recipient} (was ${share(change.shareFrom)} of its funding)`,
  SHARE_CHANGED: (change, funder, recipient) =>
    `${funder}'s share of ${recipient}'s funding: ${share(change.shareFrom)} → ${share(change.shareTo)}`,
};

function fundingSection(id: string, title: string, kind: FundingChange['kind'], tone: DiffTone) {
  return {
    id,
    title,
    items: (answer: MeasureDiffAnswer) =>
      answer.fundingChanges
        .filter((change) => change.kind === kind)
        .map((change) => ({
          key: `${change.funderId}:${change.recipientId}`,
          text: FUNDING_WORDS[kind](change, change.funder?.name ?? HIDDEN, change.recipient?.name ?? HIDDEN),
          why: evidenceText(
            answer,
            change.evidence,
            'No funding tie to it changed: its other funders moved the shares.',
          ),
          tone,
          target: { kind: 'actor' as const, id: change.recipientId },
          actorIds: [change.funderId, change.recipientId],
        })),
  };
}

/**
 * The measure sections of the changes view, in order, read from the measure diff. Tones follow the ties:
 * green where actors gained brokerage, a gap closed, funding or a voice started; red where they were
 * lost; amber where communities regrouped or a share moved.
 */
export const MEASURE_SECTIONS: readonly DiffSection<MeasureDiffAnswer>[] = [
  {
    id: 'brokers-gained',
    title: 'Brokers who gained',
    items: (answer) => answer.brokerageChanges.filter(gained).map((change) => brokerItem(answer, change, 'added')),
  },
  {
    id: 'brokers-lost',
    title: 'Brokers who lost',
    items: (answer) =>
      answer.brokerageChanges.filter((change) => !gained(change)).map((change) => brokerItem(answer, change, 'ended')),
  },
  {
    id: 'gaps-opened',
    title: 'Gaps opened',
    items: (answer, context) => answer.gapsOpened.map((gap) => gapItem(answer, gap, 'ended', context)),
  },
  {
    id: 'gaps-closed',
    title: 'Gaps closed',
    items: (answer, context) => answer.gapsClosed.map((gap) => gapItem(answer, gap, 'added', context)),
  },
  communitySection('communities-merged', 'Communities merged', 'MERGED'),
  communitySection('communities-split', 'Communities split', 'SPLIT'),
  fundingSection('funding-started', 'Funding started', 'STARTED', 'added'),
  fundingSection('funding-stopped', 'Funding stopped', 'STOPPED', 'ended'),
  fundingSection('funding-share', 'Funding share changed', 'SHARE_CHANGED', 'changed'),
  {
    id: 'voice-appeared',
    title: 'Delivery without voice appeared',
    items: (answer) =>
      answer.deliveryWithoutVoiceAppeared.map((change) =>
        deliveryItem(answer, change, 'ended', (cso, gov) => `${cso} delivers services for ${gov} without a voice tie`),
      ),
  },
  {
    id: 'voice-ended',
    title: 'Delivery without voice ended',
    items: (answer) =>
      answer.deliveryWithoutVoiceEnded.map((change) =>
        deliveryItem(answer, change, 'added', (cso, gov) => `${cso} and ${gov}: no longer delivery without voice`),
      ),
  },
];

/** How betweenness was computed, said once over the brokers: exact, or sampled with its error bound. */
export function betweennessNote(answer: MeasureDiffAnswer): string {
  if (answer.betweennessMethod !== 'SAMPLED' || answer.betweennessErrorBound === null) return 'Betweenness exact.';
  return `Betweenness sampled, ±${answer.betweennessErrorBound.toFixed(2)}: small changes may be noise.`;
}
