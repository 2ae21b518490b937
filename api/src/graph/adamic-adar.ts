export interface AdamicAdar {
  value: number;
  /** The common neighbours the value rests on, in id order. */
  commonIds: string[];
}

/**
 * Adamic & Adar (2003): Σ 1/ln(deg(w)) over the common neighbours w of a and b, so a shared partner
 * counts for more the fewer partners it has. Same definition as networkx's `adamic_adar_index`; a
 * common neighbour always has degree ≥ 2, so the logarithm is never zero.
 */
export function adamicAdar(neighbours: ReadonlyMap<string, ReadonlySet<string>>, a: string, b: string): AdamicAdar {
  const ofA = neighbours.get(a);
  const ofB = neighbours.get(b);
  if (!ofA || !ofB) return { value: 0, commonIds: [] };
  const [small, large] = ofA.size <= ofB.size ? [ofA, ofB] : [ofB, ofA];
  const commonIds: string[] = [];
  for (const w of small) if (w !== a && w !== b && large.has(w)) commonIds.push(w);
  commonIds.sort();
  let value = 0;
  for (const w of commonIds) value += 1 / Math.log(neighbours.get(w)?.size ?? 2);
  return { value, commonIds };
}
