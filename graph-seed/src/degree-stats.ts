import type { GraphFiles } from './graph-file.types';

export interface DegreeBin {
  /** Smallest degree in the bin. */
  readonly from: number;
  /** Largest degree in the bin. */
  readonly to: number;
  readonly actors: number;
}

export interface DegreeStats {
  readonly actors: number;
  readonly relations: number;
  readonly mean: number;
  readonly median: number;
  readonly max: number;
  /** Share of actors with at least 10 relations. */
  readonly shareAtLeast10: number;
  /** Bins 0, 1, 2–3, 4–7, 8–15, …: equal width on a log scale, the usual view of a heavy tail. */
  readonly histogram: readonly DegreeBin[];
}

/** Degree distribution of a map: every relation counts once at each end that is an actor, whatever its direction. */
export function degreeStats(files: Pick<GraphFiles, 'actors' | 'relations'>): DegreeStats {
  const degree = new Map<string, number>(files.actors.map((a) => [a.externalId, 0]));
  for (const r of files.relations) {
    for (const end of [r.source, r.target]) {
      const d = degree.get(end);
      if (d !== undefined) degree.set(end, d + 1);
    }
  }
  const values = [...degree.values()].sort((a, b) => a - b);
  const n = values.length;
  const max = n > 0 ? values[n - 1]! : 0;
  const median = n === 0 ? 0 : n % 2 === 1 ? values[(n - 1) / 2]! : (values[n / 2 - 1]! + values[n / 2]!) / 2;
  const histogram: DegreeBin[] = [{ from: 0, to: 0, actors: 0 }];
  for (let from = 1; from <= max; from *= 2) histogram.push({ from, to: from * 2 - 1, actors: 0 });
  for (const d of values) {
    const bin = d === 0 ? 0 : Math.floor(Math.log2(d)) + 1;
    histogram[bin] = { ...histogram[bin]!, actors: histogram[bin]!.actors + 1 };
  }
  return {
    actors: n,
    relations: files.relations.length,
    mean: n === 0 ? 0 : values.reduce((s, d) => s + d, 0) / n,
    median,
    max,
    shareAtLeast10: n === 0 ? 0 : values.filter((d) => d >= 10).length / n,
    histogram,
  };
}
