import { formatMoney } from '../../../lib/format-money';
import type { FundingAnswer } from '../lens-answers';
import { countOf, percent, type LensWords } from './lens-words';

/** A funded actor as a list row: who funds it and how much it depends on its top funder. */
export interface RecipientRow {
  actorId: string;
  name: string;
  dependent: boolean;
  topFunder: string;
  topShare: string;
  hhi: string;
  received: string;
  funderIds: string[];
}

/** A funder as a list row: how many it funds and the known amounts, per currency. */
export interface FunderRow {
  actorId: string;
  name: string;
  recipients: number;
  granted: string;
  recipientIds: string[];
}

/**
 * Recipients, dependent ones first, then by top-funder share and HHI (most concentrated first), then
 * by name: the order a programme officer reads dependence in.
 */
export function recipientRows(funding: FundingAnswer, words: LensWords): RecipientRow[] {
  const name = (recipient: FundingAnswer['recipients'][number]) => words.actorName(recipient.recipientId);
  return [...funding.recipients]
    .sort(
      (a, b) =>
        Number(b.dependent) - Number(a.dependent) ||
        b.topFunderShare - a.topFunderShare ||
        b.hhi - a.hhi ||
        name(a).localeCompare(name(b)),
    )
    .map((recipient) => {
      const funders = countOf(recipient.funders.length, 'funder');
      return {
        actorId: recipient.recipientId,
        name: name(recipient),
        dependent: recipient.dependent,
        topFunder: words.actorName(recipient.topFunderId),
        topShare: percent(recipient.topFunderShare),
        hhi: recipient.hhi.toFixed(2),
        received:
          recipient.totalAmount !== null
            ? `${formatMoney(recipient.totalAmount, recipient.currency)} from ${funders}`
            : `${funders}, amounts unknown`,
        funderIds: recipient.funders.map((funder) => funder.funderId),
      };
    });
}

/** Funders by the number of recipients (most first), then by name; amounts summed per currency. */
export function funderRows(funding: FundingAnswer, words: LensWords): FunderRow[] {
  const funders = new Map<string, { recipientIds: string[]; totals: Map<string, number> }>();
  for (const recipient of funding.recipients)
    for (const funder of recipient.funders) {
      const entry = funders.get(funder.funderId) ?? { recipientIds: [], totals: new Map<string, number>() };
      entry.recipientIds.push(recipient.recipientId);
      if (funder.amount !== null && funder.amount !== undefined && recipient.currency)
        entry.totals.set(recipient.currency, (entry.totals.get(recipient.currency) ?? 0) + funder.amount);
      funders.set(funder.funderId, entry);
    }
  return [...funders]
    .map(([actorId, entry]) => {
      const amounts = [...entry.totals].map(([currency, total]) => formatMoney(total, currency));
      return {
        actorId,
        name: words.actorName(actorId),
        recipients: entry.recipientIds.length,
        granted: amounts.length ? amounts.join(' + ') : 'amounts unknown',
        recipientIds: entry.recipientIds,
      };
    })
    .sort((a, b) => b.recipients - a.recipients || a.name.localeCompare(b.name));
}
