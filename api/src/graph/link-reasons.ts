import type { LinkScore, LinkScoringContext } from './link-scoring';
import { describeSystem } from './national-systems';
import { joinWords, placeName } from './words';

const MAX_NAMED_PARTNERS = 5;

/**
 * The reasons behind a link score as sentences a caseworker can read: shared themes and place first
 * ("both work on reception in Greece"), then common partners ("3 common partners: A, B and C"),
 * corridors, vertical gaps ("would link the local and national tiers on reception in Greece", the
 * system always named) and bridging. Themes appear by id, actors and countries by name; at most five
 * partners are named.
 */
export function describeLink(context: LinkScoringContext, score: Readonly<LinkScore>): string[] {
  const nameOf = (id: string): string => context.actors.get(id)?.name ?? id;
  const reasons: string[] = [];
  const code = score.sameCountry ? context.actors.get(score.sourceId)?.country : null;
  const country = code ? placeName(code) : null;
  if (score.sharedThemes.length > 0) {
    reasons.push(`both work on ${joinWords(score.sharedThemes)}${country ? ` in ${country}` : ''}`);
  } else if (country) {
    reasons.push(`both are based in ${country}`);
  }
  const partners = score.commonPartnerIds;
  if (partners.length > 0) {
    const named = partners.slice(0, MAX_NAMED_PARTNERS).map(nameOf);
    if (partners.length > MAX_NAMED_PARTNERS) named.push(`${partners.length - MAX_NAMED_PARTNERS} more`);
    reasons.push(`${partners.length} common partner${partners.length === 1 ? '' : 's'}: ${joinWords(named)}`);
  }
  for (const corridor of score.corridors) {
    const other = corridor.diasporaActorId === score.sourceId ? score.targetId : score.sourceId;
    reasons.push(
      `${nameOf(corridor.diasporaActorId)} has origins in ${placeName(corridor.country)}, where ${nameOf(other)} is based`,
    );
  }
  for (const gap of score.fillsGaps) {
    const where = describeSystem({ kind: gap.systemKind, countries: gap.countries });
    reasons.push(
      `would link the ${gap.lowerTier.toLowerCase()} and ${gap.upperTier.toLowerCase()} tiers on ${gap.theme} ${where}`,
    );
  }
  if (score.bridgesCommunities) reasons.push('would bridge two different communities');
  return reasons;
}
