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
  const amounts = [...sums.entries()]
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
  return { amounts, relationCount: relations.length, unknownAmountCount };
}
