/** The longest alias taken as an actor's short name. */
export const SHORT_NAME_MAX = 16;

/**
 * The name to show where an actor's full name does not fit (a crowded map): its shortest alias of 2
 * to SHORT_NAME_MAX characters that is shorter than the name — an acronym ("USAID", "COSLA") or a
 * short form ("Global Exchange") — the first of them on a tie; null when it has none.
 */
export function shortNameOf(name: string, aliases: readonly string[] | null | undefined): string | null {
  let best: string | null = null;
  for (const alias of aliases ?? []) {
    const text = alias.trim();
    if (text.length < 2 || text.length > SHORT_NAME_MAX || text.length >= name.trim().length) continue;
    if (best === null || text.length < best.length) best = text;
  }
  return best;
}
