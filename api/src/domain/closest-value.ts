/** A name folded for comparison: case, accents, spaces, `_` and `-` ignored ("External ID" → "externalid"). */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Levenshtein distance (insert, delete, substitute: cost 1 each), two rows of memory. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The allowed value closest to what was written, compared folded ("ngo" ~ "NGO", "Un agency" ~
 * "UN_AGENCY"): one that starts with it or that it starts with first, then the nearest by edit
 * distance if that is at most half the word. Null when nothing is close.
 */
export function closestValue(written: string, allowed: readonly string[]): string | null {
  const folded = foldName(written);
  if (folded === '') return null;
  const candidates = allowed.map((value) => ({ value, folded: foldName(value) }));
  const prefixed = candidates.filter((c) => c.folded.startsWith(folded) || folded.startsWith(c.folded));
  if (prefixed.length > 0) {
    return prefixed.sort(
      (a, b) => Math.abs(a.folded.length - folded.length) - Math.abs(b.folded.length - folded.length),
    )[0]!.value;
  }
  const best = nearest(folded, candidates);
  return best.distance <= Math.max(1, Math.floor(folded.length / 2)) ? best.value : null;
}

/** The candidate nearest to `folded` by edit distance (the first of equals). */
export function nearest<T>(
  folded: string,
  candidates: ReadonlyArray<{ value: T; folded: string }>,
): { value: T | null; distance: number } {
  let best: { value: T | null; distance: number } = { value: null, distance: Infinity };
  for (const candidate of candidates) {
    const distance = editDistance(folded, candidate.folded);
    if (distance < best.distance) best = { value: candidate.value, distance };
  }
  return best;
}
