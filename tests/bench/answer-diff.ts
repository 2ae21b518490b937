/** Differences between two answers, as short lines for a benchmark's equivalence check. */

const sample = (values: readonly string[]) =>
  values.length > 3 ? `${values.slice(0, 3).join(', ')} … (${values.length})` : values.join(', ');

/** Lines naming what only one side has; empty when both hold the same distinct values. */
export function diffSets(label: string, tiermap: readonly string[], peer: readonly string[]): string[] {
  const a = new Set(tiermap);
  const b = new Set(peer);
  const onlyTiermap = [...a].filter((value) => !b.has(value));
  const onlyPeer = [...b].filter((value) => !a.has(value));
  const lines: string[] = [];
  if (onlyTiermap.length) lines.push(`${label}: only Tiermap has ${sample(onlyTiermap)}`);
  if (onlyPeer.length) lines.push(`${label}: only the peer has ${sample(onlyPeer)}`);
  if (a.size !== tiermap.length) lines.push(`${label}: Tiermap repeats values`);
  if (b.size !== peer.length) lines.push(`${label}: the peer repeats values`);
  return lines;
}

/** A line naming the first position where the sequences differ; empty when equal. */
export function diffSequences(label: string, tiermap: readonly string[], peer: readonly string[]): string[] {
  const length = Math.max(tiermap.length, peer.length);
  for (let i = 0; i < length; i += 1) {
    if (tiermap[i] !== peer[i]) {
      return [
        `${label}: position ${i} is ${tiermap[i] ?? '(absent)'} in Tiermap, ${peer[i] ?? '(absent)'} in the peer`,
      ];
    }
  }
  return [];
}

/** A line when two values differ; empty when equal. */
export function diffValues(label: string, tiermap: unknown, peer: unknown): string[] {
  return tiermap === peer ? [] : [`${label}: ${String(tiermap)} in Tiermap, ${String(peer)} in the peer`];
}
