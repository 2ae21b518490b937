import type { GraphRelation } from './analytics-graph';

export interface MoneyAmount {
  /** ISO 4217 code as recorded; null when the source gave an amount without a currency. */
  currency: string | null;
  amount: number;
}

export interface MoneyTotals {
  /** Known amounts summed per currency, never across currencies; in currency order, null last. */
  amounts: MoneyAmount[];
  /** Relations counted. */
  relationCount: number;
  /** Relations without an amount. */
  unknownAmountCount: number;
}

/** Sums the amounts of funding relations per currency, because amounts in different currencies do not add. */
export function sumByCurrency(relations: readonly Readonly<GraphRelation>[]): MoneyTotals {
  const sums = new Map<string | null, number>();
  let unknownAmountCount = 0;
  for (const r of relations) {
    if (r.amount === null) unknownAmountCount += 1;
    else sums.set(r.currency, (sums.get(r.currency) ?? 0) + r.amount);
  }
  const amounts = moneyAmounts(sums);
  return { amounts, relationCount: relations.length, unknownAmountCount };
}

/** Sums per currency as the answers list them: in currency order, unknown currency last. */
export function moneyAmounts(sums: ReadonlyMap<string | null, number>): MoneyAmount[] {
  return [...sums.entries()]
    .map(([currency, amount]) => ({ currency, amount }))
    .sort((a, b) =>
      a.currency === b.currency
        ? 0
        : a.currency === null
          ? 1
          : b.currency === null
            ? -1
            : a.currency < b.currency
              ? -1
              : 1,
    );
}

export interface ShareBasis {
  /** Whether shares are by amount: every grant has one, all in one currency, adding up to more than zero. */
  byAmount: boolean;
  /** The common currency when by amount; null otherwise. */
  currency: string | null;
  /** Σ known amounts. */
  knownTotal: number;
}

/** How a recipient's shares are computed from its grants: by amount where the amounts allow it, else by count. */
export function shareBasis(grants: readonly Readonly<GraphRelation>[]): ShareBasis {
  const currencies = new Set(grants.map((g) => g.currency));
  const knownTotal = grants.reduce((sum, g) => sum + (g.amount ?? 0), 0);
  const byAmount =
    grants.length > 0 && grants.every((g) => g.amount !== null) && currencies.size === 1 && knownTotal > 0;
  return { byAmount, currency: byAmount ? ([...currencies][0] ?? null) : null, knownTotal };
}
