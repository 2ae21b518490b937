/** What the portfolios are read from: each recipient's funders and their shares. */
export interface PortfolioInput {
  recipients: readonly {
    recipientId: string;
    recipient: { name: string } | null;
    shareBasis: 'AMOUNT' | 'COUNT';
    currency: string | null;
    funders: readonly { funderId: string; amount: number | null; share: number; relationIds: readonly string[] }[];
  }[];
}

/** One grant line of a funder's portfolio: a recipient, what it got from the funder, and the shares. */
export interface PortfolioLine {
  recipientId: string;
  recipientName: string;
  /** Known amount from this funder (null when the recipient's shares are by count). */
  amount: number | null;
  currency: string | null;
  grants: number;
  /** Share of the funder's portfolio: by amount when every line of the funder has one, else by grants. */
  portfolioShare: number;
  /** This funder's share of everything the recipient receives (sᵢ of the recipient's HHI). */
  recipientShare: number;
}

/**
 * Each funder's portfolio, recipient by recipient, read from the recipients' funding: shares of the
 * portfolio are by amount where every grant of the funder has one in a single currency, else by grant count.
 * Lines are biggest first.
 */
export function funderPortfolios(funding: PortfolioInput): Map<string, PortfolioLine[]> {
  const lines = new Map<string, PortfolioLine[]>();
  for (const recipient of funding.recipients) {
    for (const share of recipient.funders) {
      const list = lines.get(share.funderId) ?? [];
      list.push({
        recipientId: recipient.recipientId,
        recipientName: recipient.recipient?.name ?? 'Hidden actor',
        amount: recipient.shareBasis === 'AMOUNT' ? share.amount : null,
        currency: recipient.shareBasis === 'AMOUNT' ? recipient.currency : null,
        grants: share.relationIds.length,
        portfolioShare: 0,
        recipientShare: share.share,
      });
      lines.set(share.funderId, list);
    }
  }
  for (const list of lines.values()) {
    const currencies = new Set(list.map((line) => line.currency));
    const byAmount = list.every((line) => line.amount !== null) && currencies.size === 1;
    const total = list.reduce((sum, line) => sum + (byAmount ? line.amount! : line.grants), 0);
    for (const line of list) line.portfolioShare = total > 0 ? (byAmount ? line.amount! : line.grants) / total : 0;
    list.sort((a, b) => b.portfolioShare - a.portfolioShare || a.recipientName.localeCompare(b.recipientName));
  }
  return lines;
}
