import { formatMoney } from '../../../lib/format-money';
import type { Money } from '../portfolio-slices';

export interface MoneyTextProps {
  amounts: readonly Money[];
  grants: number;
  unknownAmountCount: number;
}

/** Known amounts per currency ("€1.2M + $300K"), then how many grants state none. */
export function MoneyText({ amounts, grants, unknownAmountCount }: MoneyTextProps) {
  return (
    <>
      {amounts.map((money) => formatMoney(money.amount, money.currency)).join(' + ')}
      {unknownAmountCount > 0 && (
        <small className="muted">
          {amounts.length ? ' + ' : ''}
          {unknownAmountCount === grants ? 'not stated' : `${unknownAmountCount} not stated`}
        </small>
      )}
    </>
  );
}
