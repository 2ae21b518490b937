import type { LensDecoration } from '../../../lib/lens-decoration';
import type { FundingAnswer } from '../api/get-funding';

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
