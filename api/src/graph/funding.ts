import type { GraphData, GraphRelation } from './analytics-graph';
import { indexActors, usableRelations } from './analytics-graph';
import type { CoFundingPair } from './co-funding';
import { coFunding } from './co-funding';
import { fundingChains } from './funding-chains';
import type { FunderPortfolio } from './funder-portfolios';
import { funderPortfolios } from './funder-portfolios';
import type { UnfundedCell } from './unfunded-cells';
import { unfundedCells } from './unfunded-cells';
import { shareBasis } from './money';
import { pushTo } from './push-to';

export interface FunderShare {
  funderId: string;
  relationIds: string[];
  /** Sum of the funder's amounts to this recipient; null on a COUNT basis. */
  amount: number | null;
  share: number;
}

export interface RecipientFunding {
  recipientId: string;
  /**
   * AMOUNT when every FUNDS relation to the recipient has an amount, all in one currency, and they add
   * up to more than zero; COUNT (shares by number of relations) otherwise.
   */
  shareBasis: 'AMOUNT' | 'COUNT';
  /** The common currency on an AMOUNT basis; null otherwise. */
  currency: string | null;
  totalAmount: number | null;
  relationCount: number;
  /** Largest share first, then by funder id. */
  funders: FunderShare[];
  /** Herfindahl–Hirschman index Σ sᵢ², from 1/n (even) to 1 (a single funder). */
  hhi: number;
  topFunderId: string;
  topFunderShare: number;
  /** Share from government funders: the co-optation risk. */
  governmentShare: number;
  /**
   * Share of the money received (in kind left out) whose own tie is PUBLIC money, recorded or read from
   * the funder's sector (`defaultFundingSource`); see `fundingChains`.
   */
  directStateShare: number;
  /** Share of the money received that is PUBLIC at its ultimate funder, through intermediaries (`fundingChains`). */
  stateShare: number;
  /** topFunderShare ≥ the dependence threshold. */
  dependent: boolean;
}

export interface FundingOptions {
  /** Top-funder share at or above which a recipient is flagged dependent; 0.5 unless given. */
  dependenceThreshold?: number;
}

export interface FundingResult {
  dependenceThreshold: number;
  /** Recipients in id order. */
  recipients: RecipientFunding[];
  funders: FunderPortfolio[];
  unfundedCells: UnfundedCell[];
  coFunding: CoFundingPair[];
}

/**
 * Funding concentration of one recipient from its incoming FUNDS relations (source = funder): shares
 * by amount where the amounts allow it, else by count (see `shareBasis`), the Herfindahl–Hirschman
 * index Σ sᵢ² (Rhoades 1993), the top funder's share, the share from government and the dependence flag.
 */
export function recipientFunding(
  recipientId: string,
  grants: readonly Readonly<GraphRelation>[],
  isGovernment: (actorId: string) => boolean,
  dependenceThreshold: number,
): Omit<RecipientFunding, 'directStateShare' | 'stateShare'> {
  const { byAmount, currency, knownTotal } = shareBasis(grants);
  const weightOf = (g: Readonly<GraphRelation>): number => (byAmount ? (g.amount as number) : 1);
  const total = byAmount ? knownTotal : grants.length;

  const perFunder = new Map<string, { relationIds: string[]; weight: number }>();
  for (const grant of grants) {
    const entry = perFunder.get(grant.source) ?? { relationIds: [], weight: 0 };
    entry.relationIds.push(grant.id);
    entry.weight += weightOf(grant);
    perFunder.set(grant.source, entry);
  }
  const funders = [...perFunder.entries()]
    .map(([funderId, entry]) => ({
      funderId,
      relationIds: entry.relationIds.sort(),
      amount: byAmount ? entry.weight : null,
      share: entry.weight / total,
    }))
    .sort((a, b) => b.share - a.share || (a.funderId < b.funderId ? -1 : 1));
  const top = funders[0] as FunderShare;
  return {
    recipientId,
    shareBasis: byAmount ? 'AMOUNT' : 'COUNT',
    currency,
    totalAmount: byAmount ? knownTotal : null,
    relationCount: grants.length,
    funders,
    hhi: funders.reduce((sum, f) => sum + f.share * f.share, 0),
    topFunderId: top.funderId,
    topFunderShare: top.share,
    governmentShare: funders.filter((f) => isGovernment(f.funderId)).reduce((sum, f) => sum + f.share, 0),
    dependent: top.share >= dependenceThreshold,
  };
}

/**
 * The funding analysis (PRODUCT.md §4.6): per recipient its funders, shares, HHI (Rhoades 1993), top
 * share, government share, state share (direct and through intermediaries) and dependence flag; per funder its portfolio by theme and tier; theme × tier
 * cells with actors but no funding; and co-funding pairs. FUNDS relations are read source = funder,
 * target = recipient, whether or not they are marked directed.
 */
export function funding(data: Readonly<GraphData>, options: Readonly<FundingOptions> = {}): FundingResult {
  const dependenceThreshold = options.dependenceThreshold ?? 0.5;
  return {
    dependenceThreshold,
    recipients: fundedRecipients(data, dependenceThreshold),
    funders: funderPortfolios(data),
    unfundedCells: unfundedCells(data),
    coFunding: coFunding(data),
  };
}

/** `recipientFunding` of every recipient of a FUNDS relation, in id order (the recipients of `funding`). */
export function fundedRecipients(data: Readonly<GraphData>, dependenceThreshold = 0.5): RecipientFunding[] {
  const actors = indexActors(data);
  const grantsTo = new Map<string, GraphRelation[]>();
  for (const r of usableRelations(data)) {
    if (r.type === 'FUNDS') pushTo(grantsTo, r.target, r);
  }
  const isGovernment = (id: string): boolean => actors.get(id)?.sector === 'GOVERNMENT';
  return [...grantsTo.keys()].sort().map((id) => {
    const chains = fundingChains(data, id);
    return {
      ...recipientFunding(id, grantsTo.get(id) ?? [], isGovernment, dependenceThreshold),
      directStateShare: chains?.directStateShare ?? 0,
      stateShare: chains?.stateShare ?? 0,
    };
  });
}
