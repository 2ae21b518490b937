/** "1 250 000, EUR" → "€1.3M": compact money for tables; the bare number when the currency is unknown. */
export function formatMoney(amount: number, currency: string | null): string {
  const compact = { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } as const;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat('en', { ...compact, style: 'currency', currency }).format(amount);
    } catch {
      // an unknown ISO code: fall through to the plain number with the code
    }
  }
  return `${new Intl.NumberFormat('en', compact).format(amount)}${currency ? ` ${currency}` : ''}`;
}
