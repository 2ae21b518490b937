import { formatMoney } from '../../../lib/format-money';
import type { LensDecoration } from '../../../lib/lens-decoration';
import type { FundingAnswer } from '../lens-answers';
import { percent } from '../lists/lens-words';

/** Funding lens: only FUNDS ties, width by amount (or share), a ring on dependent recipients. */
export function fundingDecoration(funding: FundingAnswer): LensDecoration {
  const edgeWidth = new Map<string, number>();
  const nodeColour = new Map<string, string>();
  const ringed = new Set<string>();
  const amounts = funding.recipients.flatMap((recipient) => recipient.funders.map((funder) => funder.amount ?? 0));
  const maxLog = Math.log10(Math.max(10, ...amounts));
  for (const recipient of funding.recipients) {
    nodeColour.set(recipient.recipientId, '#E69F00');
    if (recipient.dependent) ringed.add(recipient.recipientId);
    for (const funder of recipient.funders) {
      nodeColour.set(funder.funderId, '#009E73');
      const width = funder.amount ? 1.5 + (7 * Math.log10(funder.amount + 1)) / maxLog : 1 + 3 * funder.share;
      for (const id of funder.relationIds) edgeWidth.set(id, width / Math.max(1, funder.relationIds.length / 2));
    }
  }
  const dependent = funding.recipients.filter((recipient) => recipient.dependent).length;
  return {
    nodeColour,
    nodeFacts: fundingFacts(funding),
    greyOthers: true,
    ringed,
    edgeWidth,
    edgeFilter: new Set(edgeWidth.keys()),
    legend: [
      { label: 'Funder', colour: '#009E73', shape: 'dot' },
      { label: 'Recipient', colour: '#E69F00', shape: 'dot' },
      {
        label: 'Dependent recipient',
        colour: '#D55E00',
        shape: 'ring',
        detail: `top funder ≥ ${Math.round(funding.dependenceThreshold * 100)}%`,
      },
      { label: 'Width: amount (log), else share', colour: '#9aa5b1', shape: 'line' },
    ],
    note: `${funding.recipients.length} funded actors, ${dependent} dependent on one funder.`,
  };
}

/** Each funded actor's funding and dependence, and each funder's grants, for the hover card. */
function fundingFacts(funding: FundingAnswer): Map<string, string[]> {
  const facts = new Map<string, string[]>();
  const grants = new Map<string, { recipients: number; totals: Map<string, number> }>();
  for (const recipient of funding.recipients) {
    const funders = recipient.funders.length;
    const received =
      recipient.totalAmount !== null
        ? `Receives ${formatMoney(recipient.totalAmount, recipient.currency)} from ${funders} funder${funders === 1 ? '' : 's'}`
        : `Funded by ${funders} funder${funders === 1 ? '' : 's'}`;
    facts.set(recipient.recipientId, [
      received,
      `Top funder ${percent(recipient.topFunderShare)}${recipient.dependent ? ' (dependent)' : ''}, HHI ${recipient.hhi.toFixed(2)}`,
    ]);
    for (const funder of recipient.funders) {
      const entry = grants.get(funder.funderId) ?? { recipients: 0, totals: new Map<string, number>() };
      entry.recipients += 1;
      if (funder.amount) {
        const currency = recipient.currency ?? '';
        entry.totals.set(currency, (entry.totals.get(currency) ?? 0) + funder.amount);
      }
      grants.set(funder.funderId, entry);
    }
  }
  for (const [funderId, entry] of grants) {
    const amounts = [...entry.totals].map(([currency, total]) => formatMoney(total, currency || null));
    const line = `Funds ${entry.recipients} recipient${entry.recipients === 1 ? '' : 's'}${amounts.length ? `: ${amounts.join(' + ')}` : ''}`;
    facts.set(funderId, [...(facts.get(funderId) ?? []), line]);
  }
  return facts;
}
