import type { MapActor, Sector, Theme } from '../../../lib/domain';
import { countryLabel } from '../../../map/hover-content';

/** What a lens needs to put its answer in words: actors by name, themes by label, countries by name. */
export interface LensWords {
  actorName(id: string): string;
  actorCountry(id: string): string | null;
  sectorOf(id: string): Sector | undefined;
  themeLabel(id: string): string;
  countryName(code: string): string;
}

/** The words for the loaded map's actors and the workspace's themes; unknown ids get a plain stand-in, never the id. */
export function lensWords(actors: readonly MapActor[], themes: readonly Theme[]): LensWords {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  const labels = new Map(themes.map((theme) => [theme.id, theme.label]));
  return {
    actorName: (id) => byId.get(id)?.name ?? 'an actor not on the map',
    actorCountry: (id) => byId.get(id)?.country ?? null,
    sectorOf: (id) => byId.get(id)?.sector,
    // A theme missing from the vocabulary reads as words rather than as an id with underscores.
    themeLabel: (id) => labels.get(id) ?? id.replace(/[_-]+/g, ' '),
    countryName: countryLabel,
  };
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** "1 actor", "3 actors". */
export const countOf = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A share 0–1 as a whole percentage. */
export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Krackhardt and Stern's E–I index with its sign, or "n/a" for a group without ties. */
export const formatEi = (value: number | null) =>
  value === null ? 'E–I n/a' : `E–I ${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;

/**
 * Where a tier reading holds, in words: "in Greece (GR)" for a national system (or several), "across
 * Senegal (SN) and Spain (ES)" for a corridor asked for, "across borders" for every country at once.
 */
export function systemWords(
  system: { systemKind: string; countries: readonly string[] },
  words: Pick<LensWords, 'countryName'>,
): string {
  if (system.systemKind === 'POOLED') return 'across borders';
  const names = joinWords(system.countries.map(words.countryName));
  return system.systemKind === 'NATIONAL' ? `in ${names}` : `across ${names}`;
}
