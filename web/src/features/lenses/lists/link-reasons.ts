import type { LinkAnswer } from '../lens-answers';
import { joinWords, systemWords, type LensWords } from './lens-words';

const MAX_NAMED_PARTNERS = 5;

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

/**
 * Why a link is suggested, as sentences: shared themes and place, common partners (up to five named),
 * diaspora corridors, the vertical gaps it would close (one sentence per pair of tiers, with the
 * country whose system has the gap), bridging of
 * communities. Themes by their label, actors by name, countries by name: the API's own `reasons` print
 * theme ids and country codes.
 */
export function linkReasons(link: LinkAnswer, words: LensWords): string[] {
  const reasons: string[] = [];
  const code = link.sameCountry ? words.actorCountry(link.sourceId) : null;
  const place = code ? ` in ${words.countryName(code)}` : '';
  if (link.sharedThemes.length > 0)
    reasons.push(`both work on ${joinWords(link.sharedThemes.map(words.themeLabel))}${place}`);
  else if (code) reasons.push(`both are based${place}`);
  const partners = link.commonPartnerIds;
  if (partners.length > 0) {
    const named = partners.slice(0, MAX_NAMED_PARTNERS).map(words.actorName);
    if (partners.length > MAX_NAMED_PARTNERS) named.push(`${partners.length - MAX_NAMED_PARTNERS} more`);
    reasons.push(`${partners.length} common partner${partners.length === 1 ? '' : 's'}: ${joinWords(named)}`);
  }
  for (const corridor of link.corridors) {
    const other = corridor.diasporaActorId === link.sourceId ? link.targetId : link.sourceId;
    reasons.push(
      `${words.actorName(corridor.diasporaActorId)} has origins in ${words.countryName(corridor.country)}, where ${words.actorName(other)} is based`,
    );
  }
  // One sentence per pair of tiers and place, naming every theme it would close a gap on there.
  const gaps = new Map<string, { tiers: string; where: string; themes: string[] }>();
  for (const gap of link.fillsGaps) {
    const tiers = `${gap.lowerTier.toLowerCase()} and ${gap.upperTier.toLowerCase()}`;
    const where = systemWords(gap, words);
    const entry = gaps.get(`${tiers} ${where}`) ?? { tiers, where, themes: [] };
    entry.themes.push(words.themeLabel(gap.theme));
    gaps.set(`${tiers} ${where}`, entry);
  }
  for (const { tiers, where, themes } of gaps.values())
    reasons.push(`would link the ${tiers} tiers on ${joinWords(themes)} ${where}`);
  if (link.bridgesCommunities) reasons.push('would bridge two different communities');
  return reasons.map(sentence);
}
