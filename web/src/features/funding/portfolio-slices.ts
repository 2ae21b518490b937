import { TIERS } from '../../lib/domain';

/** A sum of money in one currency (null: recorded without one). */
export interface Money {
  currency: string | null;
  amount: number;
}

/** What the API counts in every slice of a portfolio. */
export interface SliceTotals {
  amounts: readonly Money[];
  relationCount: number;
  unknownAmountCount: number;
  recipientIds: readonly string[];
}

/** The funders' answer as the breakdown reads it: each funder's slices by theme and by tier. */
export interface SlicedFunder {
  funderId: string;
  relationCount: number;
  byTheme: readonly (SliceTotals & { theme: string | null })[];
  byTier: readonly (SliceTotals & { tier: string })[];
}

export type SliceDimension = 'theme' | 'tier';

/** One row of a breakdown: a theme (null: no theme) or a tier, with what went to it. */
export interface SliceRow {
  key: string | null;
  grants: number;
  unknownAmountCount: number;
  recipientCount: number;
  amounts: Money[];
  /** Grants on this row / all grants of the funder(s): a grant on several themes counts under each. */
  shareOfGrants: number;
}

/** Adds amounts currency by currency, in currency order with the unknown currency last (as the API does). */
export function addMoney(lists: readonly (readonly Money[])[]): Money[] {
  const sums = new Map<string | null, number>();
  for (const list of lists)
    for (const money of list) sums.set(money.currency, (sums.get(money.currency) ?? 0) + money.amount);
  return [...sums]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) => (a.currency === null ? 1 : b.currency === null ? -1 : a.currency.localeCompare(b.currency)));
}

const slicesOf = (funder: SlicedFunder, by: SliceDimension) =>
  (by === 'theme' ? funder.byTheme : funder.byTier).map((slice) => ({
    key: 'theme' in slice ? slice.theme : slice.tier,
    slice,
  }));

/**
 * The portfolio of one funder (`funderId`) or of all of them (null) by theme or by recipient tier: the
 * API's slices, merged across funders for the overall view (grants and amounts added, recipients counted
 * once). Themes come in the order of `themeOrder` (labels), no theme last; tiers from global to local.
 */
export function portfolioSlices(
  funders: readonly SlicedFunder[],
  by: SliceDimension,
  funderId: string | null,
  themeOrder: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): SliceRow[] {
  const chosen = funderId === null ? funders : funders.filter((funder) => funder.funderId === funderId);
  const totalGrants = chosen.reduce((sum, funder) => sum + funder.relationCount, 0);
  const merged = new Map<string | null, SliceTotals[]>();
  for (const funder of chosen)
    for (const { key, slice } of slicesOf(funder, by)) merged.set(key, [...(merged.get(key) ?? []), slice]);
  const rows = [...merged].map(([key, slices]): SliceRow => {
    const grants = slices.reduce((sum, slice) => sum + slice.relationCount, 0);
    return {
      key,
      grants,
      unknownAmountCount: slices.reduce((sum, slice) => sum + slice.unknownAmountCount, 0),
      recipientCount: new Set(slices.flatMap((slice) => slice.recipientIds)).size,
      amounts: addMoney(slices.map((slice) => slice.amounts)),
      shareOfGrants: totalGrants > 0 ? grants / totalGrants : 0,
    };
  });
  const tierRank = (key: string | null) => TIERS.indexOf(key as (typeof TIERS)[number]);
  return rows.sort((a, b) =>
    by === 'tier'
      ? tierRank(a.key) - tierRank(b.key)
      : a.key === null
        ? 1
        : b.key === null
          ? -1
          : themeOrder(a.key, b.key),
  );
}

/** The unfunded cells as a grid: one row per theme (in the API's order), the tiers that lack funding in it. */
export function unfundedGrid<Cell extends { theme: string; tier: string }>(
  cells: readonly Cell[],
): { theme: string; byTier: Map<string, Cell> }[] {
  const rows = new Map<string, Map<string, Cell>>();
  for (const cell of cells) {
    const row = rows.get(cell.theme) ?? new Map<string, Cell>();
    row.set(cell.tier, cell);
    rows.set(cell.theme, row);
  }
  return [...rows].map(([theme, byTier]) => ({ theme, byTier }));
}
