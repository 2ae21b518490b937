import type { GraphData } from './analytics-graph';
import { indexActors } from './analytics-graph';
import type { MatrixCell } from './group-matrix';
import { groupMatrix } from './group-matrix';
import { SECTORS, TIERS } from '../domain/vocabulary';

export interface TierMatrixResult {
  /** 25 cells, tier × tier in tier order (LOCAL … GLOBAL), row-major. */
  tiers: MatrixCell[];
  /** 36 cells, sector × sector in sector order, row-major. */
  sectors: MatrixCell[];
}

/**
 * The tier matrix (PRODUCT.md §4.1): relations from tier i to tier j, by type and by mode, with the
 * density of each cell, and the same for sector × sector. Counting and density conventions are those
 * of `groupMatrix`: directed relations source → target, undirected ones both ways; density over
 * ordered pairs, n_i·n_j off the diagonal and n_i(n_i − 1) on it.
 */
export function tierMatrix(data: Readonly<GraphData>): TierMatrixResult {
  const actors = indexActors(data);
  return {
    tiers: groupMatrix(data, (id) => actors.get(id)?.tier ?? '', TIERS),
    sectors: groupMatrix(data, (id) => actors.get(id)?.sector ?? '', SECTORS),
  };
}
